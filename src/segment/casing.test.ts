import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCapitals, isTitleCase } from './blocks.js';

// The definitions as first written: each character tested on its own, every line composed and split into words.
const upper = (ch: string | undefined): boolean => ch !== undefined && /\p{Lu}/u.test(ch);
function titleCaseByWords(s: string): boolean {
  if (/[.!?。！？:：」”"』)）']$/.test(s)) return false;
  const long = (s.normalize('NFC').match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => w.length > 3);
  return long.length >= 3 && long.filter((w) => upper(w[0])).length >= 0.75 * long.length;
}
function capitalsByCharacter(s: string): boolean {
  if (/\p{Ll}/u.test(s)) return false;
  let n = 0;
  for (const ch of s) if (upper(ch) && ++n >= 3) return true;
  return false;
}

/** Lines of words in every casing, with accents composed and decomposed, CJK, and astral capitals. */
const line = fc
  .array(fc.constantFrom('Acme', 'opens', 'LAB', 'Émile', 'E\u0301mile', 'ÅNGSTRÖM', 'in', 'Hong', 'Kong', '香港科技園', '𝐀𝐁𝐂𝐃', 'Ǆemal', 'ǅemal', 'ΑΘΗΝΑ', 'x', '2023', '—', 'Ω'), { maxLength: 9 })
  .chain((words) => fc.constantFrom(' ', '  ', '\t').chain((sep) => fc.constantFrom('', '.', ':', '!').map((end) => words.join(sep) + end)));

describe('line casing', () => {
  it('reads title case and capitals as the word-by-word definitions do', () => {
    fc.assert(fc.property(fc.oneof(line, fc.string({ unit: 'grapheme', maxLength: 40 })), (s) => {
      expect(isTitleCase(s)).toBe(titleCaseByWords(s));
      expect(isCapitals(s)).toBe(capitalsByCharacter(s));
    }), { numRuns: 3000, seed: 11 });
  });

  it('tells headlines from sentences and capitals', () => {
    expect(isTitleCase('Campaign Launches to Demand Justice for Joseph Lagerman')).toBe(true);
    expect(isTitleCase('Acme opens a research lab in Hong Kong today')).toBe(false);
    expect(isTitleCase('香港科技園公司與地平線簽署合作備忘錄')).toBe(false);
    expect(isCapitals('ACME OPENS LAB')).toBe(true);
    expect(isCapitals('ACME Opens LAB')).toBe(false);
    expect(isCapitals('新闻稿 AB')).toBe(false);
  });
});
