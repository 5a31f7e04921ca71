/** Sentence edges in English and Chinese text, aware of abbreviations ("Dr.", "Inc."). */

import { trimEndWhere } from '../../util/trim.js';

const ABBREV = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'no', 'vs', 'u.s', 'e.g', 'i.e', 'mt', 'ft', 'hon', 'smt', 'rev', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'capt', 'sgt', 'supt', 'insp', 'det', 'cpl', 'cmdr', 'approx', 'rs', 'yr', 'yrs', 'fig', 'vol', 'dept', 'h.e', 'h.h', 'h.r.h', 'eng', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const CJK_END = /[。！？；\n]/;

function isStop(s: string, i: number): boolean {
  const ch = s[i];
  if (ch === undefined) return false;
  if (CJK_END.test(ch)) return true;
  if (ch !== '.' && ch !== '!' && ch !== '?') return false;
  let j = i + 1;
  while (j < s.length && /["”’)]/.test(s[j]!)) j++;
  if (j < s.length && !/\s/.test(s[j]!)) return false;
  if (ch !== '.') return true;
  const head = s.slice(Math.max(0, i - 6), i);
  const word = head.slice(trimEndWhere(head, /[A-Za-z.]/).length);
  return !(ABBREV.has(word.toLowerCase()) || /^[A-Z]$/.test(word));
}

/** Sentences longer than this are cut there: keeps every lookup bounded on text with no stops. */
const MAX_SENTENCE = 1000;

/** Offset where the sentence holding `i` starts. */
export function sentenceStart(s: string, i: number): number {
  const floor = Math.max(0, i - MAX_SENTENCE);
  for (let k = i - 1; k >= floor; k--) {
    if (isStop(s, k)) {
      let a = k + 1;
      while (a < i && /["”’)\s]/.test(s[a]!)) a++;
      return a;
    }
  }
  return floor;
}

/** Offset of the mark that ends the sentence holding `i` (or the text's length). */
export function sentenceEnd(s: string, i: number): number {
  const ceiling = Math.min(s.length, i + MAX_SENTENCE);
  for (let k = i; k < ceiling; k++) if (isStop(s, k)) return k;
  return ceiling;
}
