import * as OpenCC from 'opencc-js';

// Built on first use: building a converter reads its dictionaries into a trie (about 50 ms), which a run of
// English releases never needs.
let simplifier: ((s: string) => string) | null = null;
let traditionalizer: ((s: string) => string) | null = null;
const toSimplified = (s: string): string => (simplifier ??= OpenCC.Converter({ from: 't', to: 'cn' }))(s);
const toTraditional = (s: string): string => (traditionalizer ??= OpenCC.Converter({ from: 'cn', to: 't' }))(s);

/** Converts Simplified to Traditional characters (OpenCC standard), or the other way. */
export function convertScript(s: string, to: 'zh-Hant' | 'zh-Hans'): string {
  return to === 'zh-Hans' ? toSimplified(s) : toTraditional(s);
}

/**
 * A code-unit → code-unit table, filled on first sight of each unit: every later lookup is an array read, where
 * OpenCC's phrase trie and NFKC cost a call per character. 0 marks "not computed yet" (U+0000 maps to itself).
 */
function unitTable(compute: (c: string) => string): (code: number) => number {
  const table = new Uint16Array(0x10000);
  return (code) => {
    let f = table[code]!;
    if (f === 0 && code !== 0) {
      const out = compute(String.fromCharCode(code));
      // A mapping that would change the length (a decomposition, a two-character phrase) keeps the unit: offsets stay.
      f = out.length === 1 ? out.charCodeAt(0) : code;
      table[code] = f;
    }
    return f;
  };
}

/** Zero-width characters PDFs and web pages scatter in text; a space in folded text, so offsets stay. */
const INVISIBLE = /^[\u200b-\u200d\u2060\ufeff\u00ad]$/;

/** NFKC where it keeps one unit, then Traditional → Simplified: character by character, as matching needs. */
const foldUnit = unitTable((c) => {
  if (INVISIBLE.test(c)) return ' ';
  const n = c.normalize('NFKC');
  // OpenCC changes nothing below U+2E80 (CJK radicals on).
  return n.length === 1 && n.charCodeAt(0) >= 0x2e80 ? toSimplified(n) : n;
});
const simplifiedUnit = unitTable(toSimplified);
const traditionalUnit = unitTable(toTraditional);

/**
 * The form every pattern is matched against: NFKC per character where it keeps one unit (full-width digits and
 * punctuation become ASCII) and Traditional characters converted to Simplified, so the Chinese tables are written
 * once. It has exactly the length of its input, so an offset found in it is an offset in the original.
 */
export function foldForMatching(s: string): string {
  const short = s.length <= 64;
  if (short) {
    const cached = shortFolds.get(s);
    if (cached !== undefined) return cached;
  }
  const i = firstChange(s);
  let folded = s;
  if (i !== -1) {
    // Something changes: fold the rest into a buffer (ASCII and unchanged units copied as they are).
    const buf = new Uint16Array(s.length);
    for (let j = 0; j < i; j++) buf[j] = s.charCodeAt(j);
    for (let j = i; j < s.length; j++) {
      const c = s.charCodeAt(j);
      buf[j] = c < 0x80 ? c : foldUnit(c);
    }
    folded = fromUnits(buf);
  }
  if (short) {
    // Names, titles and labels are folded again and again: keep the short ones (a bounded cache).
    if (shortFolds.size > 20000) shortFolds.clear();
    shortFolds.set(s, folded);
  }
  return folded;
}

const shortFolds = new Map<string, string>();
const NON_ASCII_RUN = /[^\0-\x7f]+/g;

/** The offset of the first unit folding changes, or -1. ASCII never changes: the regex skips it natively. */
function firstChange(s: string): number {
  NON_ASCII_RUN.lastIndex = 0;
  for (let m = NON_ASCII_RUN.exec(s); m; m = NON_ASCII_RUN.exec(s)) {
    for (let i = m.index; i < NON_ASCII_RUN.lastIndex; i++) {
      const code = s.charCodeAt(i);
      if (foldUnit(code) !== code) return i;
    }
  }
  return -1;
}

function fromUnits(buf: Uint16Array): string {
  // In chunks: apply() takes a bounded number of arguments. Lone surrogates pass through unchanged.
  let s = '';
  for (let k = 0; k < buf.length; k += 8192) s += String.fromCharCode.apply(null, buf.subarray(k, k + 8192) as unknown as number[]);
  return s;
}

/** How many of the first 1,000 Han characters change when converted to the other script: tells Traditional from Simplified. */
export function scriptChanges(s: string): { toSimplified: number; toTraditional: number } {
  // A thousand Han characters tell the script as surely as the whole text.
  let seen = 0;
  let ts = 0;
  let tt = 0;
  for (let i = 0; i < s.length && seen < 1000; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x3400 || code > 0x9fff) continue;
    seen++;
    if (simplifiedUnit(code) !== code) ts++;
    if (traditionalUnit(code) !== code) tt++;
  }
  return { toSimplified: ts, toTraditional: tt };
}
