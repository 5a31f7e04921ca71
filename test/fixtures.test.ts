import { describe, expect, it } from 'vitest';
import { PressReleaseSchema, parseRelease } from '../src/index.js';
import { comparable, fixtures, spanHolds, spannedValues } from './helpers.js';

const FIELDS = [
  'language', 'labels', 'embargo', 'headline', 'subheadline', 'highlights', 'dateline', 'date', 'body', 'quotes',
  'captions', 'about', 'contacts', 'endMark', 'links', 'warnings',
];

describe.each(fixtures())('fixture $name', ({ bytes, input, expected }) => {
  // Parsed from the file's bytes, as parseFile and the CLI do.
  const parsed = parseRelease(bytes);

  it('states every public field', () => {
    expect(Object.keys(expected).sort()).toEqual([...FIELDS].sort());
  });

  it.each(FIELDS)('%s matches expected.json', async (field) => {
    expect(comparable(await parsed)[field]).toEqual(expected[field]);
  });

  it('validates against the schema', async () => {
    expect(PressReleaseSchema.safeParse(await parsed).success).toBe(true);
  });

  it('points every span at the text its value came from', async () => {
    const release = await parsed;
    for (const { what, span, value } of spannedValues(release)) {
      expect(spanHolds(release.text, span, value), `${what} ${JSON.stringify(span)}`).toBe(true);
    }
  });

  it('gives the same result twice, and from the decoded text', async () => {
    const release = await parsed;
    expect(await parseRelease(bytes)).toEqual(release);
    const { source: _a, ...fromText } = parseRelease(input);
    const { source: _b, ...fromBytes } = release;
    expect(fromText).toEqual(fromBytes);
  });
});
