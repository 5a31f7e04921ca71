// Builds the legacy-encoded fixtures: seed releases re-encoded as Big5, GB18030 and UTF-16, each with the
// hand-checked expected.json of its UTF-8 twin (same text, so the same fields). Run: node scripts/build-encoded-fixtures.mjs
// iconv-lite (a dev dependency) encodes; pressparse itself decodes with the platform's TextDecoder.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';

const root = new URL('../fixtures/', import.meta.url);
const builds = [
  { from: 'zh-hant-hkgov-wan', to: 'zh-hant-hkgov-wan-big5', encoding: 'big5' },
  { from: 'zh-hans-hkstp-wuxi-xdc', to: 'zh-hans-hkstp-wuxi-xdc-gb18030', encoding: 'gb18030' },
  { from: 'en-prnewswire-two-abouts', to: 'en-prnewswire-two-abouts-utf16le', encoding: 'utf-16le', bom: true },
];

for (const { from, to, encoding, bom } of builds) {
  const text = readFileSync(new URL(`${from}/input.txt`, root), 'utf8');
  const bytes = iconv.encode(text, encoding, { addBOM: Boolean(bom) });
  if (iconv.decode(bytes, encoding) !== text) throw new Error(`${from} does not survive ${encoding}`);
  mkdirSync(new URL(`${to}/`, root), { recursive: true });
  writeFileSync(new URL(`${to}/input.txt`, root), bytes);
  writeFileSync(new URL(`${to}/expected.json`, root), readFileSync(new URL(`${from}/expected.json`, root)));
}
