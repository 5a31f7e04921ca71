import { describe, expect, it } from 'vitest';
import { trimEndWhere, trimStartWhere } from './trim.js';

describe('trimEndWhere / trimStartWhere', () => {
  it('strips only the run at that end', () => {
    expect(trimEndWhere('a: b :. ', /[:.\s]/)).toBe('a: b');
    expect(trimStartWhere(' (x) ', /[\s(]/)).toBe('x) ');
  });

  it('may strip everything, or nothing', () => {
    expect(trimEndWhere('::', /:/)).toBe('');
    expect(trimStartWhere('', /:/)).toBe('');
    expect(trimEndWhere('abc', /:/)).toBe('abc');
  });
});
