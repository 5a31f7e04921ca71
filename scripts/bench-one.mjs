// One measurement of npm run bench, in its own process so its peak RSS is its own:
//   node scripts/bench-one.mjs <pressparse|floor> <text|html|pdf> <dir>
// Prints {"ms": [...per file], "maxRssMb": n}.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { PDFParse } from 'pdf-parse';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { parseRelease } from '../dist/index.js';

const [what, format, dir] = process.argv.slice(2);
const files = readdirSync(dir).sort().map((f) => join(dir, f));
const pdfjs = dirname(createRequire(createRequire(import.meta.url).resolve('pdf-parse')).resolve('pdfjs-dist/package.json'));

/** The cost of the libraries pressparse stands on, for the same files. */
const floors = {
  text: async (bytes) => new TextDecoder().decode(bytes).normalize('NFKC').split('\n').length,
  html: async (bytes) => cheerio.load(new TextDecoder().decode(bytes)).text().length,
  pdf: async (bytes) => {
    const p = new PDFParse({ data: bytes, cMapUrl: `${pdfjs}/cmaps/`, cMapPacked: true, standardFontDataUrl: `${pdfjs}/standard_fonts/`, isEvalSupported: false });
    try {
      return (await p.getText()).text.length;
    } finally {
      await p.destroy();
    }
  },
};
const run = what === 'floor' ? floors[format] : (bytes) => parseRelease(bytes);

// Warm-up on the first files (module loading, JIT), then every file once, timed from reading the file to the
// result: the floor the issue sets is reading + decoding, and pressparse reads the same bytes.
for (const f of files.slice(0, 5)) await run(new Uint8Array(readFileSync(f)));
const ms = [];
for (const f of files) {
  const t = performance.now();
  await run(new Uint8Array(readFileSync(f)));
  ms.push(performance.now() - t);
}
console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
