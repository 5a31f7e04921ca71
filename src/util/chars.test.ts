import { describe, expect, it } from 'vitest';
import { displayWidth, isCjk, isHan, isHangul, isKana, isLower, isUpper, scriptCounts } from './chars.js';

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
  });
});
