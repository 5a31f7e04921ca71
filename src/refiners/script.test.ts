import { describe, expect, it } from 'vitest';
import { cleanOutput, convertOutput } from './script.js';

describe('cleanOutput', () => {
  it('drops zero-width characters from values but never from the text spans point into', () => {
    const release = { text: 'A\u200bB', headline: { text: 'A\u200bB', span: [0, 3] }, labels: ['X\u200b'] };
    expect(cleanOutput(release)).toEqual({ text: 'A\u200bB', headline: { text: 'AB', span: [0, 3] }, labels: ['X'] });
  });

  it('returns unchanged parts as they are', () => {
    const headline = { text: 'Clean', span: [0, 5] };
    const quotes = [{ text: 'Also clean', span: [6, 16] }];
    const out = cleanOutput({ text: 'Clean Also clean', headline, quotes });
    expect(out.headline).toBe(headline);
    expect(out.quotes).toBe(quotes);
  });
});

describe('convertOutput', () => {
  it('converts values to the asked script and leaves text and language alone', () => {
    const out = convertOutput({ text: '發佈', language: 'zh-Hant', headline: { text: '發佈' } }, 'zh-Hans');
    expect(out).toEqual({ text: '發佈', language: 'zh-Hant', headline: { text: '发布' } });
  });
});
