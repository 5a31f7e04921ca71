/** Character classes used across stages. Each test looks at one UTF-16 unit, so it runs in constant time. */

import { unitEscape } from './regexp.js';

// Code-unit ranges rather than a regex per character: these run on every character of every release.
const inHan = (c: number): boolean => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
const inKana = (c: number): boolean => c >= 0x3040 && c <= 0x30ff;
const inHangul = (c: number): boolean => c >= 0xac00 && c <= 0xd7af;
const inCjk = (c: number): boolean =>
  inHan(c) || inKana(c) || inHangul(c) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef);
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

type Blocks = readonly (readonly [number, number])[];
/** A table of the UTF-16 units in `blocks`: a test is one array read. */
function unitsIn(blocks: Blocks): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const [from, to] of blocks) table.fill(1, from, to + 1);
  return table;
}
/** `blocks` as the ranges of a RegExp character class. */
const classOf = (blocks: Blocks): string => blocks.map(([from, to]) => `${unitEscape(from)}-${unitEscape(to)}`).join('');

/**
 * The combining marks decomposed Latin, Greek and Vietnamese use, and kana's voicing marks (プ as フ + ◌゚ in
 * decomposed Japanese): they add no column.
 */
const COMBINING_BLOCKS: Blocks = [[0x300, 0x36f], [0x1ab0, 0x1aff], [0x1dc0, 0x1dff], [0x20d0, 0x20ff], [0x3099, 0x309a], [0xfe20, 0xfe2f]];
const COMBINING_UNITS = unitsIn(COMBINING_BLOCKS);
const isCombining = (c: number): boolean => COMBINING_UNITS[c] === 1;

// The same blocks as a regex: it scans a page of text in native code, ten times faster than \p{M}.
const COMBINING = new RegExp(`[${classOf(COMBINING_BLOCKS)}]`);
/** Whether `s` holds one of those combining marks. */
export const hasCombining = (s: string): boolean => COMBINING.test(s);

/**
 * A test of one UTF-16 unit against `re`, remembered per unit in a table filled as units are met: a page of text
 * meets few, and each later test is an array read.
 */
function unitTest(re: RegExp): (c: number) => boolean {
  const table = new Uint8Array(0x10000);
  return (c) => {
    if (!table[c]) table[c] = re.test(String.fromCharCode(c)) ? 1 : 2;
    return table[c] === 1;
  };
}

export const isHan = (ch: string | undefined): boolean => ch !== undefined && inHan(ch.charCodeAt(0));
export const isKana = (ch: string | undefined): boolean => ch !== undefined && inKana(ch.charCodeAt(0));
export const isHangul = (ch: string | undefined): boolean => ch !== undefined && inHangul(ch.charCodeAt(0));
/** Han, kana, hangul or full-width punctuation: scripts written without spaces between words. */
export const isCjk = (ch: string | undefined): boolean => ch !== undefined && inCjk(ch.charCodeAt(0));
export const isLatinLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch) && !isCjk(ch);
// ASCII answered by range (most calls), the rest by Unicode property.
export const isLower = (ch: string | undefined): boolean => {
  const c = ch === undefined ? -1 : ch.charCodeAt(0);
  return c < 0x80 ? c >= 0x61 && c <= 0x7a : /\p{Ll}/u.test(ch!);
};
export const isUpper = (ch: string | undefined): boolean => {
  const c = ch === undefined ? -1 : ch.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : /\p{Lu}/u.test(ch!);
};

const BEYOND_LATIN = /[^\0-\u02ff]/;

/** Columns a line takes in a monospace rendering: wide (CJK) characters count twice, combining marks not at all. */
export function displayWidth(s: string): number {
  // Below U+0300 every unit takes one column: most Latin lines are as wide as they are long (the regex scans
  // in native code, faster than the loop).
  if (!BEYOND_LATIN.test(s)) return s.length;
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isLowSurrogate(c) && !isCombining(c)) w += inCjk(c) ? 2 : 1;
  }
  return w;
}

const MARK_FIRST = /^\p{M}/u;
const isMarkUnit = unitTest(MARK_FIRST);

/** Whether the character at `i` (one unit, or a surrogate pair) is a combining mark of any script. */
function isMarkAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x300) return false;
  if (isHighSurrogate(c)) return MARK_FIRST.test(s.slice(i, i + 2));
  return isMarkUnit(c);
}

/** Whether the unit at `i` starts a character `charsOver` counts: not the second half of a pair, not a mark. */
export const startsChar = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  if (isLowSurrogate(c)) return !isHighSurrogate(s.charCodeAt(i - 1));
  return !isMarkAt(s, i);
};

/**
 * Whether `s` has more than `max` characters as a reader counts them: a surrogate pair is one, a combining mark
 * none, so a limit holds alike for composed (NFC) and decomposed (NFD) text. Stops counting once it knows.
 */
export function charsOver(s: string, max: number): boolean {
  // A text has no more characters than UTF-16 units, and below U+0300 exactly as many.
  if (s.length <= max) return false;
  if (!BEYOND_LATIN.test(s)) return true;
  let n = 0;
  for (let i = 0; i < s.length; i++) if (startsChar(s, i) && ++n > max) return true;
  return false;
}

/** Latin letters: ASCII, Latin-1 to Extended-B, and Extended Additional (Vietnamese ộ, ễ), each one letter as its decomposed base is. */
const LATIN_BLOCKS: Blocks = [[0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f], [0x1e00, 0x1eff]];
const LATIN_UNITS = unitsIn(LATIN_BLOCKS);
const LATIN_CLASS = classOf(LATIN_BLOCKS);

/** A Han character, global for counting with `hasMatches`. */
export const HAN_CHAR = /[\u3400-\u9fff]/g;

/** A digit, global for counting with `hasMatches`. */
export const DIGIT = /\d/g;

/**
 * A Latin word with its accents, composed or not (decomposed, "é" would split one word in two), for counting
 * words with `hasMatches`. Ranges, not \p{Script=Latin}, which takes three times as long.
 */
export const LATIN_WORD = new RegExp(`[${LATIN_CLASS}][${LATIN_CLASS}\\u0300-\\u036f]*`, 'g');

/** How many Han characters and Latin letters a text has. */
export function scriptCounts(s: string): { han: number; latin: number; kana: number; hangul: number } {
  let han = 0;
  let latin = 0;
  let kana = 0;
  let hangul = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (inHan(c)) han++;
    else if (inKana(c)) kana++;
    else if (inHangul(c)) hangul++;
    else if (LATIN_UNITS[c] === 1) latin++;
  }
  return { han, latin, kana, hangul };
}

const isLetterTableUnit = unitTest(/\p{L}/u);
/** A letter (\p{L}): ASCII by range, the rest by table. */
const isLetterUnit = (c: number): boolean => (c < 0x80 ? (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) : isLetterTableUnit(c));

/**
 * The runs of letters in `s`, as `s.match(/\p{L}+/gu)` gives them, at half its cost: that regex walks
 * every character through Unicode property tables, where a table per unit answers ASCII by range.
 */
export function letterRuns(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const pair = isHighSurrogate(c) && isLowSurrogate(s.charCodeAt(i + 1));
    const letter = pair ? /\p{L}/u.test(s.slice(i, i + 2)) : isLetterUnit(c);
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) {
      out.push(s.slice(start, i));
      start = -1;
    }
    if (pair) i++;
  }
  if (start >= 0) out.push(s.slice(start));
  return out;
}

/**
 * Characters that are never capitals (\p{Lu}): ASCII but A–Z, Latin-1 signs, general punctuation, CJK and
 * kana, full-width forms but Ａ–Ｚ. Simple ranges, which the regex engine checks far faster than \p{Lu}.
 */
const NO_CAPITAL = /^[\0-\x40\x5b-\xbf\u2000-\u206f\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff20\uff3b-\uffef]*$/;

/** Whether `s` certainly has no capital letter: true of most lines of a Chinese text. False means "maybe". */
export const hasNoCapital = (s: string): boolean => NO_CAPITAL.test(s);
