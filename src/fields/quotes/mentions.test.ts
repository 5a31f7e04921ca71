import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EN_APPOSITIVE, appositives } from './mentions.js';

const NAMES = ['Jane', 'Doe', 'Zoë', 'Müller', 'Lee', 'Á', 'O’Neil', 'McDonald', 'Mary-Jane', 'Núñez', 'ACME', 'jane', '𝐀bc', 'e\u0301'];
const OTHER = ['the', 'said', 'Chief Executive', 'CEO of Acme', 'Head of Digital at Beta', 'Inc.', 'Ltd.', '陳大文', '3D'];
const GLUE = [...Array(8).fill(' '), ...Array(4).fill(', '), ',', '  ', '. ', '; ', '(', '“', '"', '-', '\n', ''];

/** Texts of names, titles and the punctuation around them, in random order. */
const nameText = fc.array(fc.tuple(fc.oneof({ arbitrary: fc.constantFrom(...NAMES), weight: 3 }, fc.constantFrom(...OTHER)), fc.constantFrom(...GLUE)), { minLength: 5, maxLength: 40 })
  .map((parts) => parts.map(([p, g]) => p + g).join(''));

const all = (it: Iterable<RegExpExecArray>) => [...it].map((m) => [m.index, m[0], m[1], m[2]]);

describe('appositives', () => {
  it('finds what matchAll finds, in the same order', () => {
    let found = 0;
    fc.assert(fc.property(nameText, (s) => {
      const expected = all(s.matchAll(EN_APPOSITIVE));
      expect(all(appositives(s))).toEqual(expected);
      found += expected.length;
    }), { numRuns: 5000, seed: 77 });
    // The texts hold appositives to find, not only texts without any.
    expect(found).toBeGreaterThan(500);
  });

  it('finds names of two and three words, after punctuation, one after another', () => {
    const s = 'Grace Lim, Head of Digital at Acme, and (Mary Ann Lee, CEO of Beta, Inc., spoke); Zoë Müller, Directrice.';
    expect(all(appositives(s)).map(([, , name, title]) => [name, title])).toEqual([
      ['Grace Lim', 'Head of Digital at Acme'],
      ['Mary Ann Lee', 'CEO of Beta, Inc.'],
      ['Zoë Müller', 'Directrice'],
    ]);
  });
});
