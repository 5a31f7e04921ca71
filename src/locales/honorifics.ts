import { type Tables, perTables } from './index.js';

// Each with the space after it, longest first: built once, where each call tested and joined every entry.
const spacedHonorifics = perTables((tables) => tables.list('honorifics').filter((h) => /^[a-z]/.test(h)).map((h) => `${h} `));

/**
 * Removes a leading English honorific ("Dr", "The Hon."); returns it and the rest. Here, below the segmenter and
 * the extractors, because both read names: a signatory over the headline, a speaker, a contact.
 */
export function splitLeadingHonorific(s: string, tables: Tables): { honorific: string | null; rest: string } {
  const lower = s.slice(0, tables.longest('honorifics') + 1).toLowerCase();
  for (const h of spacedHonorifics(tables)) {
    if (lower.startsWith(h)) return { honorific: s.slice(0, h.length - 1), rest: s.slice(h.length).trim() };
  }
  return { honorific: null, rest: s };
}
