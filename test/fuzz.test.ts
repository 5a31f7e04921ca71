// A fixed-seed slice of the fuzzer (npm run fuzz): mutated PDF, HTML and Word fixtures must each give a release
// that passes PressReleaseSchema or a PressparseError with a known code, never another exception.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FuzzCase, formatOf, fuzzCase } from '../scripts/fuzz/mutate.mjs';
import { PRESSPARSE_ERROR_CODES } from '../src/errors.js';
import { PressparseError, PressReleaseSchema, parseRelease } from '../src/index.js';
import { FIXTURES } from './helpers.js';

const SEED = 20231018;
const CASES = 300;

const seeds = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(FIXTURES, d.name)).map((f) => join(d.name, f)))
  .filter((p) => ['pdf', 'html', 'docx'].includes(formatOf(p))).sort()
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(FIXTURES, name))) }));

async function outcome(c: FuzzCase): Promise<string> {
  try {
    const release = await parseRelease(c.bytes, { fileName: `input.${c.format}` });
    const checked = PressReleaseSchema.safeParse(release);
    return checked.success ? 'release' : `invalid release: ${checked.error.message}`;
  } catch (e) {
    if (e instanceof PressparseError && (PRESSPARSE_ERROR_CODES as readonly string[]).includes(e.code)) return 'error';
    return `untyped error: ${e instanceof Error ? e.stack : String(e)}`;
  }
}

const cases = Array.from({ length: CASES }, (_, i) => fuzzCase(seeds, SEED, i));

describe.each(['pdf', 'html', 'docx'])('mutated %s files', (format) => {
  it('give a valid release or a typed error', { timeout: 120_000 }, async () => {
    const mine = cases.filter((c) => c.format === format);
    expect(mine.length).toBeGreaterThan(CASES / 5);
    const failures: string[] = [];
    for (const c of mine) {
      const result = await outcome(c);
      if (result !== 'release' && result !== 'error') failures.push(`case ${c.index} (${c.ops.join('+')} of ${c.seedFile}): ${result}`);
    }
    expect(failures).toEqual([]);
  });
});
