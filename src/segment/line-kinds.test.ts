import { describe, expect, it } from 'vitest';
import { buildTables } from '../locales/index.js';
import { isContactHeading } from './line-kinds.js';

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
