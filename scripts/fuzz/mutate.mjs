// Deterministic mutations of PDF, HTML and Word files for the fuzzer (scripts/fuzz.mjs) and its fixed-seed
// test (test/fuzz.test.ts): the same seed always gives the same bytes, so any failure can be replayed.
import { readZip, writeZip } from './zip.mjs';

/** A small, fast PRNG (mulberry32): `next()` in [0, 1). */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return { next, int, pick: (list) => list[int(list.length)] };
}

const latin1 = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
const fromLatin1 = (s) => new Uint8Array(Buffer.from(s, 'latin1'));
const utf8 = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
const fromUtf8 = (s) => new Uint8Array(Buffer.from(s, 'utf8'));
const splice = (bytes, start, end, insert = new Uint8Array(0)) =>
  new Uint8Array(Buffer.concat([bytes.subarray(0, start), insert, bytes.subarray(end)]));

/** Bytes that mean something to one of the parsers: delimiters, escapes, length-ish numbers. */
const INTERESTING = ['\x00', '\xff', '<', '>', '[', ']', '(', ')', '\\', '<<', '>>', '/', '&', '"', "'", '<!--', ']]>', '999999999', '-1', '0', 'endobj', 'stream', '</', '&#0;', '\ufeff'];

/** Mutations any file can take. */
const GENERIC = {
  bitflip(bytes, r) {
    const out = new Uint8Array(bytes);
    for (let n = 1 + r.int(8); n > 0 && out.length; n--) out[r.int(out.length)] ^= 1 << r.int(8);
    return out;
  },
  overwrite(bytes, r) {
    const out = new Uint8Array(bytes);
    for (let n = 1 + r.int(4); n > 0 && out.length; n--) {
      const at = r.int(out.length);
      const fill = r.next() < 0.5 ? fromLatin1(r.pick(INTERESTING)) : Uint8Array.from({ length: 1 + r.int(16) }, () => r.int(256));
      out.set(fill.subarray(0, out.length - at), at);
    }
    return out;
  },
  truncate(bytes, r) {
    return bytes.subarray(0, 1024 * r.int(Math.ceil(bytes.length / 1024)));
  },
  deleteRange(bytes, r) {
    const start = r.int(bytes.length);
    return splice(bytes, start, Math.min(bytes.length, start + 1 + r.int(2048)));
  },
  duplicateRange(bytes, r) {
    const start = r.int(bytes.length);
    const range = bytes.subarray(start, Math.min(bytes.length, start + 1 + r.int(4096)));
    const copies = r.pick([1, 2, 10, 1000]);
    const at = r.int(bytes.length + 1);
    return splice(bytes, at, at, Buffer.concat(Array.from({ length: copies }, () => range)));
  },
};

/** `N G obj … endobj` ranges of a PDF, found by scanning (no backtracking regex over the file). */
function pdfObjects(s) {
  const out = [];
  for (const m of s.matchAll(/\d{1,10} \d{1,5} obj\b/g)) {
    const end = s.indexOf('endobj', m.index);
    if (end > 0) out.push([m.index, end + 'endobj'.length]);
  }
  return out;
}

const PDF = {
  deleteObject(bytes, r) {
    const objects = pdfObjects(latin1(bytes));
    if (!objects.length) return GENERIC.deleteRange(bytes, r);
    const [start, end] = r.pick(objects);
    return splice(bytes, start, end);
  },
  hugeLength(bytes, r) {
    const s = latin1(bytes);
    const lengths = [...s.matchAll(/\/Length \d{1,10}/g)];
    const value = r.pick(['999999999', '4294967295', '-1', '0', '99999999999999999999']);
    if (!lengths.length) return fromLatin1(`${s}/Length ${value}`);
    const m = r.pick(lengths);
    return fromLatin1(`${s.slice(0, m.index)}/Length ${value}${s.slice(m.index + m[0].length)}`);
  },
  hugeCount(bytes, r) {
    const s = latin1(bytes);
    const value = r.pick(['999999999', '501', '-5', '0']);
    return fromLatin1(s.replace(/\/Count \d{1,10}/, `/Count ${value}`));
  },
  deepArray(bytes, r) {
    const s = latin1(bytes);
    const depth = r.pick([1000, 10_000, 100_000]);
    const objects = pdfObjects(s);
    const at = objects.length ? s.indexOf('<<', r.pick(objects)[0]) + 2 : r.int(s.length);
    const nest = r.next() < 0.5 ? `/Deep ${'['.repeat(depth)}${']'.repeat(depth)} ` : `/Deep ${'<< /A '.repeat(depth)}${'>>'.repeat(depth)} `;
    return fromLatin1(`${s.slice(0, at)}${nest}${s.slice(at)}`);
  },
};

const HTML = {
  deepNest(bytes, r) {
    const s = utf8(bytes);
    const depth = r.pick([1000, 10_000, 100_000]);
    const [open, close] = r.pick([['<div>', '</div>'], ['<span>', '</span>'], ['<header>', '</header>'], ['<ul><li>', '</li></ul>'], ['<table><tr><td>', '</td></tr></table>'], ['<b>', '</b>'], ['<div>', '']]);
    const at = Math.max(0, s.indexOf('<article>'));
    return fromUtf8(`${s.slice(0, at)}${open.repeat(depth)}${s.slice(at)}${close.repeat(depth)}`);
  },
  unclosedTags(bytes, r) {
    const s = utf8(bytes);
    return fromUtf8(s.replace(/<\/(?:p|div|article|li|h1|td)>/g, (m) => (r.next() < 0.5 ? '' : m)));
  },
};

const WORD_XML = 'word/document.xml';

/** The Word file with document.xml changed (and the archive rebuilt with correct sizes); unchanged if not a zip. */
function withDocumentXml(bytes, change) {
  let entries;
  try {
    entries = readZip(bytes);
  } catch {
    return bytes;
  }
  return writeZip(entries.map((e) => (e.name === WORD_XML ? { name: e.name, data: change(e.data) } : e)));
}

/** A billion-laughs DOCTYPE: each entity ten of the one before, `levels` deep, used once in the body. */
export function billionLaughs(xml, levels = 10) {
  const entities = [...Array(levels).keys()].map((i) =>
    i ? `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">` : '<!ENTITY lol0 "lol">').join('');
  return withDoctype(xml, entities, `&lol${levels - 1};`);
}

/** An external entity naming a local file, used in the body. */
export function externalEntity(xml, url = 'file:///etc/passwd') {
  return withDoctype(xml, `<!ENTITY xxe SYSTEM "${url}">`, '&xxe;');
}

/** The XML with an internal DTD after its declaration and `use` as the text of its first run. */
function withDoctype(xml, entities, use) {
  const root = xml.match(/<([\w:]+)[\s>]/)?.[1] ?? 'w:document';
  const decl = xml.startsWith('<?xml') ? xml.slice(0, xml.indexOf('?>') + 2) : '';
  const rest = xml.slice(decl.length).replace(/<w:t(?: [^>]*)?>/, (m) => `${m}${use}`);
  return `${decl}<!DOCTYPE ${root} [${entities}]>${rest}`;
}

const DOCX = {
  zipSizes(bytes, r) {
    const out = new Uint8Array(bytes);
    const view = new DataView(out.buffer);
    const headers = [];
    for (let i = 0; i + 30 <= out.length; i++) {
      const sig = view.getUint32(i, true);
      if (sig === 0x02014b50 || sig === 0x04034b50) headers.push([i, sig]);
    }
    if (!headers.length) return out;
    const [at, sig] = r.pick(headers);
    const field = sig === 0x02014b50 ? r.pick([20, 24]) : r.pick([18, 22]);
    if (at + field + 4 <= out.length) view.setUint32(at + field, r.pick([0xffffffff, 999_999_999, 0, 1]), true);
    return out;
  },
  xmlBytes(bytes, r) {
    const op = r.pick(Object.values(GENERIC));
    return withDocumentXml(bytes, (xml) => op(xml, r));
  },
  deepXml(bytes, r) {
    const depth = r.pick([1000, 10_000, 100_000]);
    const [open, close] = r.pick([['<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>'], ['<x>', '</x>'], ['<w:tbl><w:tr><w:tc>', '<w:p/></w:tc></w:tr></w:tbl>']]);
    return withDocumentXml(bytes, (xml) => fromUtf8(utf8(xml).replace(/<w:body>/, `<w:body>${open.repeat(depth)}${close.repeat(depth)}`)));
  },
  entities(bytes, r) {
    return withDocumentXml(bytes, (xml) => fromUtf8(r.next() < 0.5 ? billionLaughs(utf8(xml), 3 + r.int(8)) : externalEntity(utf8(xml))));
  },
};

const OPS = { pdf: { ...GENERIC, ...PDF }, html: { ...GENERIC, ...HTML }, docx: { ...GENERIC, ...DOCX } };

/** The format of a seed file, from its extension. */
export function formatOf(name) {
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return ext === 'htm' ? 'html' : ext;
}

/**
 * Fuzz case `index` of a run seeded with `seed`: a seed file chosen from `seeds` and one or two mutations of it.
 * @param seeds [{ name, bytes }] with names ending in .pdf, .html or .docx
 */
export function fuzzCase(seeds, seed, index) {
  const r = rng(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35));
  const file = r.pick(seeds);
  const format = formatOf(file.name);
  const ops = OPS[format] ?? GENERIC;
  const names = [r.pick(Object.keys(ops))];
  if (r.next() < 0.25) names.push(r.pick(Object.keys(ops)));
  let bytes = new Uint8Array(file.bytes);
  for (const name of names) bytes = ops[name](bytes, r);
  return { index, seedFile: file.name, format, ops: names, bytes };
}

/** The seed file cut at every kilobyte boundary: the first `k` KiB for each k. */
export function* truncations(file) {
  for (let k = 0; k * 1024 < file.bytes.length; k++) {
    yield { seedFile: file.name, format: formatOf(file.name), ops: [`truncate@${k}KiB`], bytes: file.bytes.subarray(0, k * 1024) };
  }
}
