import { describe, expect, it } from 'vitest';
import { foldForMatching, scriptChanges } from './fold.js';

describe('foldForMatching', () => {
  it('keeps the length, folds full-width forms and converts Traditional to Simplified', () => {
    const s = '（香港，２０２３年１０月１８日）香港科技園公司與';
    const f = foldForMatching(s);
    expect(f).toHaveLength(s.length);
    expect(f).toBe('(香港,2023年10月18日)香港科技园公司与');
  });

  it('leaves text with no CJK character as NFKC alone', () => {
    expect(foldForMatching('Café ＨＫ \u200bTel: +852 1234')).toBe('Café HK  Tel: +852 1234');
  });

  it('converts Han characters that follow a long Latin stretch', () => {
    const s = `${'x'.repeat(200)} 發佈`;
    expect(foldForMatching(s).endsWith('发布')).toBe(true);
  });
});

describe('scriptChanges', () => {
  it('counts more Traditional-to-Simplified changes in Traditional text, and the reverse', () => {
    const hant = scriptChanges('香港科技園公司與阿斯利康簽署合作備忘錄');
    const hans = scriptChanges('香港科技园公司与阿斯利康签署合作备忘录');
    expect(hant.toSimplified).toBeGreaterThan(hant.toTraditional);
    expect(hans.toTraditional).toBeGreaterThan(hans.toSimplified);
  });

  it('reads only the first 1,000 Han characters', () => {
    const sample = scriptChanges(`${'園'.repeat(1000)}${'园'.repeat(5000)}`);
    expect(sample.toSimplified).toBe(1000);
    expect(sample.toTraditional).toBe(0);
  });
});
