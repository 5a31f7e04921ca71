/** Sentence edges in English and Chinese text, aware of abbreviations ("Dr.", "Inc."). */

import type { Tables } from '../../locales/index.js';
import { trimEndWhere } from '../../util/trim.js';

const CJK_END = /[。！？；\n]/;

function isStop(s: string, i: number, tables: Tables): boolean {
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
  return !(tables.set('abbreviations').has(word.toLowerCase()) || /^[A-Z]$/.test(word));
}

/** `s` ends in a sentence's stop: not an abbreviation's dot ("Sen. Laura Pike") or an initial's. */
export const endsSentence = (s: string, tables: Tables): boolean => isStop(s, s.length - 1, tables);

/** Sentences longer than this are cut there: keeps every lookup bounded on text with no stops. */
const MAX_SENTENCE = 1000;

/** Offset where the sentence holding `i` starts. */
export function sentenceStart(s: string, i: number, tables: Tables): number {
  const floor = Math.max(0, i - MAX_SENTENCE);
  for (let k = i - 1; k >= floor; k--) {
    if (isStop(s, k, tables)) {
      let a = k + 1;
      while (a < i && /["”’)\s]/.test(s[a]!)) a++;
      return a;
    }
  }
  // "2.   城市韧性部部长…说": a numbered paragraph's number is no part of its first sentence.
  const number = floor === 0 ? PARAGRAPH_NUMBER.exec(s) : null;
  return number && number[0].length <= i ? number[0].length : floor;
}
/** "2.   ", "(3) ": a numbered paragraph's number and the space after it. */
export const PARAGRAPH_NUMBER = /^(?:\d{1,3}[.)、](?!\d)|[(（]\d{1,3}[)）])\s*/;

/** Offset of the mark that ends the sentence holding `i` (or the text's length). */
export function sentenceEnd(s: string, i: number, tables: Tables): number {
  const ceiling = Math.min(s.length, i + MAX_SENTENCE);
  for (let k = i; k < ceiling; k++) if (isStop(s, k, tables)) return k;
  return ceiling;
}
