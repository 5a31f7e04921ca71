// Builds fixtures/errors/: files that are not releases, each with the typed error it must give
// (test/errors.test.ts). Run: node scripts/build-error-fixtures.mjs. pdfkit is a dev dependency used only here.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';

const dir = new URL('../fixtures/errors/', import.meta.url);
mkdirSync(dir, { recursive: true });

function pdf(options, draw) {
  const doc = new PDFDocument({ size: 'A4', ...options });
  const chunks = [];
  doc.on('data', (c) => chunks.push(c));
  const done = new Promise((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  draw(doc);
  doc.end();
  return done;
}

// Deterministic "random" bytes: a linear congruential generator.
let seed = 20231018;
const random = Buffer.alloc(4096, 0).map(() => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);

const release = readFileSync(new URL('../fixtures/en-hkstp-co-incubation-web/input.pdf', import.meta.url));
const files = {
  'empty.txt': Buffer.alloc(0),
  'random-bytes.bin': random,
  'truncated.pdf': release.subarray(0, Math.floor(release.length / 3)),
  'encrypted.pdf': await pdf({ userPassword: 'secret', ownerPassword: 'owner' }, (d) => d.text('Acme opens a lab in Hong Kong today.')),
  'image-only.pdf': await pdf({}, (d) => d.rect(60, 60, 300, 200).fill('#336699')),
  'no-release.html': Buffer.from('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><script>var x = 1;</script><footer></footer></body></html>'),
};
for (const [name, bytes] of Object.entries(files)) writeFileSync(new URL(name, dir), bytes);
