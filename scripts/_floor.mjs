import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { PDFParse } from 'pdf-parse';
const pdfjs = dirname(createRequire(createRequire('/work/main/package.json').resolve('pdf-parse')).resolve('pdfjs-dist/package.json'));
const dir = '/tmp/pressparse-bench/pdf';
const files = readdirSync(dir).sort().map((f) => new Uint8Array(readFileSync(join(dir, f))));
const opts = { cMapUrl: `${pdfjs}/cmaps/`, cMapPacked: true, standardFontDataUrl: `${pdfjs}/standard_fonts/`, isEvalSupported: false };
for (let r = 0; r < 4; r++) { const t = performance.now(); for (const b of files) { const p = new PDFParse({ data: new Uint8Array(b), ...opts }); try { await p.getText(); } finally { await p.destroy(); } } console.log(((performance.now() - t) / files.length).toFixed(2)); }
