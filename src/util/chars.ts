/** Character classes used across stages. Each test looks at one UTF-16 unit, so it runs in constant time. */

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const CJK_PUNCT = /[\u3000-\u303f\uff00-\uffef]/;
const KANA = /[\u3040-\u30ff]/;
const HANGUL = /[\uac00-\ud7af]/;

export const isHan = (ch: string | undefined): boolean => ch !== undefined && HAN.test(ch);
export const isKana = (ch: string | undefined): boolean => ch !== undefined && KANA.test(ch);
export const isHangul = (ch: string | undefined): boolean => ch !== undefined && HANGUL.test(ch);
/** Han, kana, hangul or full-width punctuation: scripts written without spaces between words. */
export const isCjk = (ch: string | undefined): boolean =>
  ch !== undefined && (HAN.test(ch) || CJK_PUNCT.test(ch) || KANA.test(ch) || HANGUL.test(ch));
export const isLatinLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch) && !isCjk(ch);
export const isLower = (ch: string | undefined): boolean => ch !== undefined && /\p{Ll}/u.test(ch);
export const isUpper = (ch: string | undefined): boolean => ch !== undefined && /\p{Lu}/u.test(ch);
export const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

/** Columns a line takes in a monospace rendering: wide (CJK) characters count twice. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += isCjk(ch) ? 2 : 1;
  return w;
}

/** How many Han characters and Latin letters a text has. */
export function scriptCounts(s: string): { han: number; latin: number; kana: number; hangul: number } {
  let han = 0;
  let latin = 0;
  let kana = 0;
  let hangul = 0;
  for (const ch of s) {
    if (HAN.test(ch)) han++;
    else if (KANA.test(ch)) kana++;
    else if (HANGUL.test(ch)) hangul++;
    else if (/[A-Za-z\u00c0-\u024f]/.test(ch)) latin++;
  }
  return { han, latin, kana, hangul };
}
