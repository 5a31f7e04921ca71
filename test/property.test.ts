import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PressRelease, PressReleaseSchema, PressparseError, parseRelease } from '../src/index.js';
import { anyText, releaseShaped, releaseText } from './arbitraries.js';
import { allSpans, holds, spannedItems } from './span-relations.js';

/** Fixed seeds: a failure is reproduced by the same run. */
const RUNS = { seed: 20231018, numRuns: 500 };
/** Several hundred parses per property: well past vitest's default 5 s on a slow shared machine. */
const TIMEOUT = 60_000;

/** What holds for every release parsed from any text. */
function checkRelease(input: string, r: PressRelease): void {
  expect(PressReleaseSchema.safeParse(r).success).toBe(true);
  for (const { path, span } of allSpans(r)) {
    expect(0 <= span[0] && span[0] <= span[1] && span[1] <= r.text.length, `${path} ${JSON.stringify(span)}`).toBe(true);
  }
  for (const { what, span, value, relation } of spannedItems(r)) {
    expect(holds(r.text, span, value, relation), `${what} ${JSON.stringify(span)} ${relation}: ${JSON.stringify(value)}`).toBe(true);
  }
  expect(parseRelease(input)).toEqual(r);
}

/** Parses `input`: a release, or `empty` for input that is white space only; never any other throw. */
function parseChecked(input: string): void {
  let r: PressRelease;
  try {
    r = parseRelease(input);
  } catch (e) {
    expect(e).toBeInstanceOf(PressparseError);
    expect((e as PressparseError).code).toBe('empty');
    expect(input.replace(/^\ufeff/, '').trim()).toBe('');
    return;
  }
  checkRelease(input, r);
}

describe('parseRelease on any text', () => {
  it('never throws, and gives a valid release whose spans hold their values', () => {
    fc.assert(fc.property(anyText, parseChecked), RUNS);
  }, TIMEOUT);
});

describe('parseRelease on releases built from fragments', () => {
  it('never throws, and gives a valid release whose spans hold their values', () => {
    fc.assert(fc.property(releaseText, parseChecked), { ...RUNS, seed: 8032024 });
  }, TIMEOUT);

  it('laid out as releases are, gives a valid release whose spans hold their values', () => {
    fc.assert(fc.property(releaseShaped, parseChecked), { ...RUNS, numRuns: 300, seed: 5032024 });
  }, TIMEOUT);
});

const MB = 1 << 20;
/** `unit` repeated to about `length` UTF-16 units. */
const run = (unit: string, length = MB): string => unit.repeat(Math.ceil(length / unit.length));

describe('parseRelease on outsized input', () => {
  it.each([
    ['one 5 MB line', run('Acme opens a lab in Hong Kong 香港 ', 5 * MB)],
    ['200,000 empty lines', `Acme opens a lab${'\n'.repeat(200_000)}The lab opens today.`],
    ['a 1 MB run of 「', run('「')],
    ['a 1 MB run of "', run('"')],
    ['a 1 MB run of spaces', run(' ')],
    ['a 1 MB run of spaces between words', `Acme opens a lab${run(' ')}The lab opens today.`],
    ['a 1 MB run of colons and stops between words', `Press release${run(':.')}of the year`],
    ['a 1 MB run of "Tel: "', run('Tel: ')],
    ['a 1 MB run of @', run('@')],
    ['a 1 MB run of digits', run('0123456789')],
    ['1 MB of nested brackets', `${'('.repeat(MB / 2)}${')'.repeat(MB / 2)}`],
    // Scanned to its end from every ", ", this line took minutes: the hang guard is its timeout.
    ['a 4 MB line of small words between commas', run('lorem ipsum dolor sit amet, ', 4 * MB)],
  ])('%s', (_name, input) => parseChecked(input), TIMEOUT);
});

