import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { type PressRelease, parseRelease } from '../src/index.js';
import { fixtures } from './helpers.js';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const traditional = fixtures().filter((f) => f.name.startsWith('zh-hant-'));

/** Everything but the text read, the detected script and the input's identity. */
const fields = ({ text: _text, language: _language, source: _source, ...rest }: PressRelease) => rest;

describe('the same release, converted', () => {
  it.each(traditional.map((f) => [f.name, f.input] as const))('%s in Simplified gives the same structure', (_name, input) => {
    const simplified = toSimplified(input);
    const fromSimplified = parseRelease(simplified);
    expect(fromSimplified.language).toBe('zh-Hans');
    // Parsing the Traditional text and converting its output must give what parsing the converted text gives.
    expect(fields(fromSimplified)).toEqual(fields(parseRelease(input, { script: 'zh-Hans' })));
  });

  it.each(fixtures().map((f) => [f.name, f.input] as const))('%s with CRLF line ends gives the same fields', (_name, input) => {
    const crlf = parseRelease(input.replace(/\n/g, '\r\n'));
    expect(crlf.text).toBe(parseRelease(input).text);
    expect(fields(crlf)).toEqual(fields(parseRelease(input)));
  });

  it.each(fixtures().map((f) => [f.name, f.input] as const))('%s behind site chrome keeps its headline, dateline, quotes and contacts', (_name, input) => {
    const plain = parseRelease(input);
    const wrapped = parseRelease(`Home | News | Press releases\n\n${input}\n\nShare this\nBack to top\n`);
    for (const key of ['headline', 'dateline', 'quotes', 'contacts'] as const) {
      const strip = (v: unknown) => JSON.parse(JSON.stringify(v, (k, x) => (k === 'span' ? undefined : x)));
      expect(strip(wrapped[key]), key).toEqual(strip(plain[key]));
    }
  });
});
