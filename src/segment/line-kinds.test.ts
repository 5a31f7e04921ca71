import { describe, expect, it } from 'vitest';
import { buildTables } from '../locales/index.js';
import { isChrome, isContactHeading, isLabel } from './line-kinds.js';

const tables = buildTables();

describe('isContactHeading', () => {
  it('takes a heading and leaves a sentence that points elsewhere', () => {
    expect(isContactHeading('For more information, please contact:', tables)).toBe(true);
    expect(isContactHeading('Media contact', tables)).toBe(true);
    expect(isContactHeading('For more information, visit www.example.com.', tables)).toBe(false);
    expect(isContactHeading('For more information about Acme, see the website.', tables)).toBe(false);
    // Naming a contact makes it a heading again.
    expect(isContactHeading('For more information about the event, contact:', tables)).toBe(true);
  });
});

describe('line kinds', () => {
  it('reads a label or a chrome line with any colons, stops and spaces after it', () => {
    expect(isLabel('PRESS RELEASE :. ', tables)).toBe(true);
    expect(isChrome('Share this:', tables)).toBe(true);
  });

  // A run of them that does not end the line once took time quadratic in its length (a "[…]+$" regex).
  it('reads a line with a long run of spaces, colons or stops inside in one pass', () => {
    for (const ch of [' ', ':', '.']) {
      const line = `Press release${ch.repeat(200_000)}of the year`;
      expect(isLabel(line, tables)).toBe(false);
      expect(isChrome(line, tables)).toBe(false);
    }
    expect(isLabel(`Press release${' '.repeat(200_000)}:`, tables)).toBe(true);
  });
});
