// npm run corpus: parses every file under ../shared/corpus/ (real public releases, never committed here) and
// prints what was found in each. Fails when a file gives neither a release nor a typed error, or when a PDF
// with a text layer comes back with an empty body.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PressparseError, parseFile } from '../dist/index.js';

const root = new URL('../../shared/corpus/', import.meta.url).pathname;
if (!existsSync(root)) {
  console.log(`no corpus at ${root}: nothing to do`);
  process.exit(0);
}
const files = [];
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.(?:pdf|html?|docx|txt)$/i.test(e.name)) files.push(p);
  }
};
walk(root);

const cut = (s, n) => (s == null ? '-' : s.length > n ? `${s.slice(0, n - 1)}…` : s);
let failures = 0;
for (const file of files) {
  const name = relative(root, file);
  try {
    const r = await parseFile(file);
    const emails = r.contacts.flatMap((c) => c.emails).length;
    console.log(`${cut(name, 44).padEnd(44)} ok   ${r.language.padEnd(7)} ${String(r.date).padEnd(10)} body ${String(r.body.length).padStart(3)} quotes ${String(r.quotes.length).padStart(2)} emails ${emails} links ${r.links.length}  ${cut(r.headline, 60)}`);
    if (r.source.format === 'pdf' && r.body.length === 0) {
      console.log('  ✗ a PDF with a text layer gave no body');
      failures++;
    }
  } catch (e) {
    if (e instanceof PressparseError) console.log(`${cut(name, 44).padEnd(44)} error ${e.code}: ${cut(e.message, 80)}`);
    else {
      console.log(`${cut(name, 44).padEnd(44)} ✗ untyped failure: ${e instanceof Error ? e.stack : e}`);
      failures++;
    }
  }
}
console.log(`${files.length} files, ${failures} failures`);
process.exit(failures ? 1 : 0);
