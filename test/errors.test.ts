import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_HINTS } from '../src/errors.js';
import { parseRelease } from '../src/index.js';
import { FIXTURES } from './helpers.js';

// Files that are not releases (scripts/build-error-fixtures.mjs): each gives its typed error, nothing else.
const CASES = [
  ['empty.txt', 'empty'],
  ['random-bytes.bin', 'decode_failed'],
  ['truncated.pdf', 'unreadable'],
  ['encrypted.pdf', 'encrypted'],
  ['image-only.pdf', 'no_text_layer'],
  ['no-release.html', 'no_release'],
] as const;

describe.each(CASES)('%s', (file, code) => {
  it(`gives the typed error ${code}`, async () => {
    await expect(parseRelease(readFileSync(join(FIXTURES, 'errors', file)), { fileName: file })).rejects.toMatchObject({ code, name: 'PressparseError', hint: ERROR_HINTS[code] });
  });
});

it('gives every error code a hint that says what to do', () => {
  for (const hint of Object.values(ERROR_HINTS)) expect(hint).toMatch(/^[A-Z].{20,}\.$/);
});
