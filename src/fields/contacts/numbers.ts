import { type CountryCode, type PhoneNumber as Parsed, parsePhoneNumberFromString } from 'libphonenumber-js';
import type { z } from 'zod';
import type { PhoneNumberSchema } from '../../schema.js';

type PhoneNumber = z.infer<typeof PhoneNumberSchema>;

export type ParsePhone = (text: string, region?: CountryCode) => Parsed | undefined;

/**
 * libphonenumber's parse, remembered for one release: the number that tells the release's region is parsed
 * again when it is normalized, and parsing is most of what contacts cost.
 */
export function phoneParser(): ParsePhone {
  const seen = new Map<string, Parsed | undefined>();
  return (text, region) => {
    const key = `${region ?? ''}\n${text}`;
    if (!seen.has(key)) seen.set(key, parsePhoneNumberFromString(text, region));
    return seen.get(key);
  };
}

const EXTENSION = /分機|分机|內線|内线|轉|转/;

/** "2712 3456 分機 123" → "2712 3456 ext. 123", the spaces around the word folded into the marker's. */
function markExtension(text: string): string {
  const m = EXTENSION.exec(text);
  if (!m) return text;
  // trimEnd/trimStart rather than \s* around the word: that rescans a long run of spaces from each start.
  return `${text.slice(0, m.index).trimEnd()} ext. ${text.slice(m.index + m[0].length).trimStart()}`;
}

/**
 * One printed number in E.164: with its own country code, the one before it on the line, or the first of the
 * release's likely regions where it is a valid number.
 */
function e164(text: string, regions: readonly CountryCode[], previous: string | null, parse: ParsePhone): { e164: string | null; country: string | null } {
  const cleaned = markExtension(text);
  // Without a region, only a number with its "+" can parse (libphonenumber throws and catches otherwise: costly).
  const tries = [
    () => (/^\s*\+/.test(cleaned) ? parse(cleaned) : undefined),
    ...regions.map((region) => () => parse(cleaned, region)),
    // "(852)3106 2281": a country code in brackets.
    () => (cleaned.trimStart().startsWith('(') ? parse(cleaned.replace(/^\((\d{1,3})\)\s*/, '+$1 ')) : undefined),
    // "6010 9246" after "+852 2837 4718/": the same country as the number before it.
    () => (previous ? parse(`+${previous} ${cleaned}`) : undefined),
  ];
  for (const t of tries) {
    const n = t();
    if (n?.isValid()) return { e164: n.number, country: n.countryCallingCode };
  }
  return { e164: null, country: null };
}

/** The numbers of one contact, phones then faxes, normalized. */
export function normalizeNumbers(phones: readonly string[], faxes: readonly string[], regions: readonly CountryCode[], parse: ParsePhone): PhoneNumber[] {
  let previous: string | null = null;
  const read = (text: string, kind: PhoneNumber['kind']): PhoneNumber => {
    const r = e164(text, regions, previous, parse);
    previous = r.country ?? previous;
    return { text, e164: r.e164, kind };
  };
  return [...phones.map((t) => read(t, 'phone')), ...faxes.map((t) => read(t, 'fax'))];
}

/**
 * The regions a release's numbers printed without a country code are likely from, most likely first: the
 * country of the first number that prints its code, the dateline's place, then the language's usual places.
 */
export function releaseRegions(phones: readonly string[], place: string | null, regions: ReadonlyMap<string, string>, language: string, parse: ParsePhone): CountryCode[] {
  const out: CountryCode[] = [];
  for (const p of phones) {
    const n = /^[+(]/.test(p.trim()) ? parse(p.replace(/^\((\d{1,3})\)\s*/, '+$1 ')) : undefined;
    if (n?.country) {
      out.push(n.country);
      break;
    }
  }
  const lower = place?.toLowerCase() ?? '';
  for (const [k, v] of regions) if (lower.includes(k)) out.push(v as CountryCode);
  // A Chinese release comes from Hong Kong, Taiwan or the mainland: the first where the number is valid.
  if (language.startsWith('zh')) out.push(...(['HK', 'TW', 'CN'] as const));
  return [...new Set(out)];
}
