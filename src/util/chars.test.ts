import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charsOver, displayWidth, hasCombining, hasNoCapital, isCjk, isHan, isHangul, isKana, isLower, isUpper, letterRuns, scriptCounts, startsChar } from './chars.js';

describe('character classes', () => {
  it('tells upper- from lower-case letters in any script that has case', () => {
    expect(['A', 'Z', 'É', 'Ω', 'Ж', '𝐀'].every(isUpper)).toBe(true);
    expect(['a', '@', '[', '1', 'é', '香', ' ', undefined].some(isUpper)).toBe(false);
    expect(['a', 'z', 'é', 'ω', 'ж'].every(isLower)).toBe(true);
    expect(['A', '`', '{', '1', 'É', '香', undefined].some(isLower)).toBe(false);
  });

  it('tells Han, kana, hangul and full-width punctuation from Latin', () => {
    expect(['香', '港', '\u3400', '\u9fff', '\uf900'].every(isHan)).toBe(true);
    expect(['A', 'é', '1', '\u2e7f', '\ua000', undefined].some(isHan)).toBe(false);
    expect(isKana('の') && isKana('カ') && !isKana('香')).toBe(true);
    expect(isHangul('한') && !isHangul('香')).toBe(true);
    expect(['，', '。', '「', '（', 'Ａ', '香', 'の', '한'].every(isCjk)).toBe(true);
    expect(['A', ',', '“', '—', ' ', undefined].some(isCjk)).toBe(false);
  });

  it('counts wide characters twice and a surrogate pair once', () => {
    expect(displayWidth('HK 香港')).toBe(7);
    expect(displayWidth('（香港）')).toBe(8);
    expect(displayWidth('a😀b')).toBe(3);
    expect(displayWidth('')).toBe(0);
  });

  it('gives a word the same width composed and decomposed', () => {
    expect(displayWidth('Zoë Müller'.normalize('NFD'))).toBe(10);
    expect(displayWidth('Nguyễn'.normalize('NFD'))).toBe(displayWidth('Nguyễn'.normalize('NFC')));
  });

  it('counts scripts, accented Latin letters included', () => {
    expect(scriptCounts('Café 香港 の 한 42!')).toEqual({ han: 2, latin: 4, kana: 1, hangul: 1 });
    // Vietnamese letters (Latin Extended Additional) count as their decomposed base letters do.
    for (const form of ['NFC', 'NFD'] as const) expect(scriptCounts('Nguyễn Thị Ánh'.normalize(form)).latin).toBe(12);
  });

  /** Characters as `charsOver` counts them: the least `max` it is not over. */
  const count = (s: string): number => {
    let n = 0;
    while (charsOver(s, n)) n++;
    return n;
  };

  it('counts characters, not UTF-16 units: a pair once, a combining mark of any script not at all', () => {
    expect(count('Hong Kong')).toBe(9);
    expect(count('香港 a😀b')).toBe(6);
    expect(count('')).toBe(0);
    expect(count('Zoë Müller'.normalize('NFD'))).toBe(10);
    // Kaithi letter with nukta: decomposed into two astral characters, the second a mark.
    expect(count('\u{1109c}'.normalize('NFD'))).toBe(1);
    // A lone surrogate, high or low, is still a character.
    expect(count('a\ud800b')).toBe(3);
    expect(count('a\udc00b')).toBe(3);
  });

  // Not Hangul: its syllables decompose into letters (jamo), not marks.
  it('counts the NFC and NFD forms of a text alike', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => !/[\uac00-\ud7af]/.test(s)), (s) => {
      const nfd = s.normalize('NFD');
      expect(count(nfd)).toBe(count(s.normalize('NFC')));
      let starts = 0;
      for (let i = 0; i < nfd.length; i++) if (startsChar(nfd, i)) starts++;
      expect(starts).toBe(count(nfd));
    }), { numRuns: 2000, seed: 31 });
  });

  it('sees the combining marks decomposed Latin, Greek and Vietnamese use', () => {
    for (const s of ['Zoë', 'Ελληνικά', 'Nguyễn']) expect(hasCombining(s.normalize('NFD'))).toBe(true);
    expect(hasCombining('Zoë Ελληνικά Nguyễn 香港'.normalize('NFC'))).toBe(false);
  });
});

describe('letterRuns', () => {
  const byRegex = (s: string): string[] => s.match(/\p{L}+/gu) ?? [];

  it('splits text into runs of letters of any script', () => {
    expect(letterRuns("Zoë Müller's 2023 report: 香港科技園, Ελλάδα")).toEqual(['Zoë', 'Müller', 's', 'report', '香港科技園', 'Ελλάδα']);
    expect(letterRuns('')).toEqual([]);
    expect(letterRuns('12 — 34')).toEqual([]);
  });

  it('reads a letter beyond U+FFFF as one, and a lone surrogate as no letter', () => {
    expect(letterRuns('a\u{1D400}b c\u{20BB7}')).toEqual(['a\u{1D400}b', 'c\u{20BB7}']);
    expect(letterRuns('ab\uD800cd\uDC00')).toEqual(['ab', 'cd']);
  });

  it('gives what /\\p{L}+/gu gives, on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
      expect(letterRuns(s)).toEqual(byRegex(s));
    }), { numRuns: 2000, seed: 31 });
  });
});

describe('hasNoCapital', () => {
  it('holds of no string with a capital: every unit it accepts is checked against \\p{Lu}', () => {
    const accepted: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (hasNoCapital(String.fromCharCode(c))) accepted.push(c);
    expect(accepted.filter((c) => /\p{Lu}/u.test(String.fromCharCode(c)))).toEqual([]);
    expect(accepted.length).toBeGreaterThan(20000);
  });

  it('answers for whole lines: Chinese and lower-case ones have none, any capital makes it maybe', () => {
    expect(hasNoCapital('香港科技園公司與地平線簽署合作備忘錄（2023 年 12 月 1 日）')).toBe(true);
    expect(hasNoCapital('acme opens lab — “soon”')).toBe(true);
    expect(hasNoCapital('香港 HKSTP')).toBe(false);
    expect(hasNoCapital('Ｈ香港')).toBe(false);
    expect(hasNoCapital('é À')).toBe(false);
    expect(hasNoCapital('\u{1D400}')).toBe(false);
  });
});
