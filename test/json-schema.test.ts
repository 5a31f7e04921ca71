import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pressReleaseJsonSchema } from '../src/index.js';

describe('press-release.schema.json', () => {
  it('is the JSON Schema zod produces from PressReleaseSchema (npm run build writes it)', () => {
    const shipped = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'press-release.schema.json'), 'utf8'));
    expect(shipped).toEqual(pressReleaseJsonSchema());
    expect(shipped.required).toEqual(expect.arrayContaining(['language', 'headline', 'quotes', 'contacts', 'spans', 'text']));
  });
});
