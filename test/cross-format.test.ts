import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRelease } from '../src/index.js';
import { FIXTURES } from './helpers.js';

const SEEDS = ['zh-hans-hkstp-wuxi-xdc', 'zh-hant-hkstp-astrazeneca', 'en-hkstp-co-incubation-web', 'en-hkstp-biomap-fragment', 'zh-hant-hkstp-horizon'];
const FIELDS = ['headline', 'subheadline', 'labels', 'dateline', 'highlights', 'quotes', 'captions', 'about', 'contacts', 'endMark'] as const;

/**
 * Without spans, and without white space: formats differ there (HTML collapses runs of it, a PDF's line
 * breaks fall where the layout put them), not in the words.
 */
const comparable = (v: unknown): unknown =>
  JSON.parse(JSON.stringify(v, (k, x) => (k === 'span' ? undefined : typeof x === 'string' ? x.replace(/\s+/g, '') : x)));

const FORMATS = [
  ['html', 'the newsroom page'],
  ['docx', 'the Word file'],
  ['pdf', 'the PDF'],
] as const;

describe.each(SEEDS)('seed %s in every format', (name) => {
  const txt = parseRelease(readFileSync(join(FIXTURES, name, 'input.txt')));

  describe.each(FORMATS)('as %s', (ext, what) => {
    const other = parseRelease(readFileSync(join(FIXTURES, name, `input.${ext}`)), { fileName: `input.${ext}` });

    it('is read in its own format', async () => {
      expect((await other).source.format).toBe(ext);
    });

    it.each(FIELDS)(`${what} gives the same %s as the text`, async (field) => {
      expect(comparable((await other)[field])).toEqual(comparable((await txt)[field]));
    });

    // A PDF does not mark where paragraphs end; a paragraph whose last line is full may run into the next.
    it.skipIf(ext === 'pdf')(`${what} gives the same body paragraphs as the text`, async () => {
      expect(comparable((await other).body)).toEqual(comparable((await txt).body));
    });
  });
});
