import { type Tables, perTables } from './index.js';

// Each with the space after it, longest first: built once, where each call tested and joined every entry.
const spacedHonorifics = perTables((tables) => tables.list('honorifics').filter((h) => /^[a-z]/.test(h)).map((h) => `${h} `));

/** Honorifics stacked before one name: "His Excellency Sheikh", "H.E. Dr.". */
const STACKED_MAX = 3;

/**
 * Removes the leading English honorifics ("Dr", "The Hon.", "His Excellency Sheikh"); returns them and the rest.
 * Here, below the segmenter and the extractors, because both read names: a signatory over the headline, a
 * speaker, a contact.
 */
export function splitLeadingHonorific(s: string, tables: Tables): { honorific: string | null; rest: string } {
  let end = 0;
  for (let n = 0; n < STACKED_MAX; n++) {
    const lower = s.slice(end, end + tables.longest('honorifics') + 1).toLowerCase();
    const h = spacedHonorifics(tables).find((x) => lower.startsWith(x));
    if (!h) break;
    end += h.length;
    while (s[end] === ' ') end++;
  }
  return end ? { honorific: s.slice(0, end).trimEnd(), rest: s.slice(end) } : { honorific: null, rest: s };
}
