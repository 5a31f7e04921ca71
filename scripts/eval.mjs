// npm run eval: scores pressparse on the dev set (fixtures/*/input.txt + expected.json), per field and per
// language: exact match for single values, precision / recall / F1 over items for lists. Lists every miss.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { parseRelease } from '../dist/index.js';

const root = new URL('../fixtures/', import.meta.url);
const SINGLE = ['language', 'embargo', 'headline', 'subheadline', 'dateline', 'date', 'endMark'];
const LISTS = ['labels', 'highlights', 'body', 'quotes', 'captions', 'about', 'contacts', 'links', 'warnings'];
const strip = (v) => JSON.parse(JSON.stringify(v, (k, x) => (k === 'span' ? undefined : x)));
const key = (v) => JSON.stringify(v);

const score = new Map(); // `${field}|${lang}` → { tp, fp, fn } or { ok, n }
const bump = (field, lang, f) => {
  for (const l of [lang, 'all']) {
    const k = `${field}|${l}`;
    const s = score.get(k) ?? { tp: 0, fp: 0, fn: 0, ok: 0, n: 0 };
    f(s);
    score.set(k, s);
  }
};
const misses = [];

const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(new URL(`${d.name}/expected.json`, root)));
for (const { name } of cases) {
  const expected = JSON.parse(readFileSync(new URL(`${name}/expected.json`, root), 'utf8'));
  const r = await parseRelease(readFileSync(new URL(`${name}/input.txt`, root)));
  // expected.json holds each contact's four fields of the brief; its E.164 numbers, title and role are scored by tests.
  const contacts = r.contacts.map(({ organization, name, honorific, phones, emails }) => ({ organization, name, honorific, phones, emails }));
  const actual = { ...strip(r), contacts, warnings: r.warnings.map((w) => w.code) };
  const lang = expected.language;
  for (const f of SINGLE) {
    const ok = key(actual[f]) === key(expected[f]);
    bump(f, lang, (s) => { s.n++; if (ok) s.ok++; });
    if (!ok) misses.push(`${name} ${f}: expected ${key(expected[f])?.slice(0, 120)}, got ${key(actual[f])?.slice(0, 120)}`);
  }
  for (const f of LISTS) {
    const want = expected[f].map(key);
    const got = actual[f].map(key);
    const left = [...want];
    let tp = 0;
    for (const g of got) {
      const i = left.indexOf(g);
      if (i >= 0) { tp++; left.splice(i, 1); } else misses.push(`${name} ${f}: extra ${g.slice(0, 160)}`);
    }
    for (const l of left) misses.push(`${name} ${f}: missed ${l.slice(0, 160)}`);
    bump(f, lang, (s) => { s.tp += tp; s.fp += got.length - tp; s.fn += want.length - tp; });
  }
}

const langs = ['all', 'en', 'zh-Hant', 'zh-Hans'];
const count = (l) => (l === 'all' ? cases.length : cases.filter((c) => JSON.parse(readFileSync(new URL(`${c.name}/expected.json`, root), 'utf8')).language === l).length);
const cell = (s) => {
  if (!s) return '—';
  if (s.n) return (s.ok / s.n).toFixed(2);
  const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
  const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
  return (p + r ? (2 * p * r) / (p + r) : 0).toFixed(2);
};
console.log(`| field | measure | ${langs.map((l) => `${l} (${count(l)})`).join(' | ')} |`);
console.log(`| --- | --- | ${langs.map(() => '---:').join(' | ')} |`);
for (const f of [...SINGLE, ...LISTS]) {
  console.log(`| ${f} | ${SINGLE.includes(f) ? 'exact' : 'F1'} | ${langs.map((l) => cell(score.get(`${f}|${l}`))).join(' | ')} |`);
}
console.log(`\n${misses.length} misses${misses.length ? ':' : ''}`);
for (const m of misses) console.log(`- ${m}`);
