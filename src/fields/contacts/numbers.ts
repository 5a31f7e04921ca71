import { type CountryCode, Metadata, type PhoneNumber as Parsed, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Tables } from '../../locales/index.js';
import type { PhoneNumber } from '../../schema.js';

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

/** Country-code domains sold to anyone (.io, .ai, .co, .me, .tv …): they say nothing of where a sender is. */
const OPEN_DOMAINS = new Set(['io', 'ai', 'co', 'me', 'tv', 'fm', 'ly', 'gg', 'ws', 'cc', 'to', 'so', 'sh', 'ac', 'vc', 'la', 'im']);

/** The country an address's domain names ("…@moh.gov.sg" → SG, ".uk" → GB), if it names one. */
function countryOfDomain(address: string): CountryCode | null {
  const tld = address.slice(address.lastIndexOf('.') + 1).toLowerCase();
  if (tld.length !== 2 || OPEN_DOMAINS.has(tld)) return null;
  const code = tld === 'uk' ? 'GB' : tld.toUpperCase();
  return isSupportedCountry(code) ? code : null;
}

const EXTENSION = /(?:分機|分机|內線|内线|轉|转|\bposte\b)[:：]?/;

/**
 * "2712 3456 分機 123", Canadian French "555-0142, poste 2218" → "… ext. …", which the phone library reads, the
 * spaces around the word folded into the marker's.
 */
function markExtension(text: string): string {
  const m = EXTENSION.exec(text);
  if (!m) return text;
  // trimEnd/trimStart rather than \s* around the word: that rescans a long run of spaces from each start.
  return `${text.slice(0, m.index).trimEnd()} ext. ${text.slice(m.index + m[0].length).trimStart()}`;
}

const digitsOf = (s: string): string => s.replace(/\D/g, '');

/** A length check first: most tries fail it, and it costs far less than the full validation. */
const valid = (n: Parsed): boolean => n.isPossible() && n.isValid();

const prefixes = new Map<CountryCode, string | undefined>();
/**
 * The digit a region's numbers are dialled with at home before the area code ("0" in Britain), if any, from
 * libphonenumber's metadata. Its typings leave `nationalPrefix` out: without it, "0" sends every number to the
 * exact (slower) test.
 */
function nationalPrefix(region: CountryCode): string | undefined {
  if (!prefixes.has(region)) {
    const metadata = new Metadata();
    metadata.selectNumberingPlan(region);
    const plan = metadata.numberingPlan as { nationalPrefix?: () => string | undefined } | undefined;
    prefixes.set(region, plan?.nationalPrefix ? plan.nationalPrefix() : '0');
  }
  return prefixes.get(region);
}

/**
 * The number is printed as that region prints its numbers: its national form ("020 7946 0321" in Britain,
 * "(415) 555-2671" in the US) or after the country code. libphonenumber also takes a British number without
 * its leading 0, so "555-201-7734" would pass for one.
 */
function printedIn(printed: string, n: Parsed, region: CountryCode): boolean {
  const digits = digitsOf(printed);
  // Printed with a leading 0 or its country code, or in a region whose numbers have no leading 0 (the US, Hong
  // Kong): as printed there. Only the rest needs the national form, which costs a format.
  if (digits.startsWith('0') || digits.startsWith(n.countryCallingCode) || nationalPrefix(region) !== '0') return true;
  const formatted = n.format('NATIONAL');
  const ext = formatted.indexOf(' ext.');
  const national = digitsOf(ext === -1 ? formatted : formatted.slice(0, ext));
  return digits.startsWith(national);
}

/**
 * One printed number in E.164: with its own country code, the one before it on the line, or the first of the
 * release's likely regions where it is a valid number.
 */
function e164(text: string, regions: readonly CountryCode[], previous: string | null, parse: ParsePhone): { e164: string | null; country: string | null } {
  const cleaned = markExtension(text);
  // Without a region, only a number with its "+" can parse (libphonenumber throws and catches otherwise: costly).
  // A number printed with one leading 0 is a national number only where numbers are dialled with a 0.
  const trunkZero = /^\D*0(?!0)/.test(cleaned);
  const tries = [
    () => (/^\s*\+/.test(cleaned) ? parse(cleaned) : undefined),
    ...regions.map((region) => () => {
      if (trunkZero && nationalPrefix(region) !== '0') return undefined;
      const n = parse(cleaned, region);
      return n && valid(n) && printedIn(cleaned, n, region) ? n : undefined;
    }),
    // "(852)3106 2281": a country code in brackets.
    () => (cleaned.trimStart().startsWith('(') ? parse(cleaned.replace(/^\((\d{1,3})\)\s*/, '+$1 ')) : undefined),
    // "6010 9246" after "+852 2837 4718/": the same country as the number before it.
    () => (previous ? parse(`+${previous} ${cleaned}`) : undefined),
  ];
  for (const t of tries) {
    const n = t();
    if (n && valid(n)) return { e164: n.number, country: n.countryCallingCode };
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

const LETTER = /\p{L}/u;

/** `place` names `k`, a Latin name as whole words ("Indianapolis" names no India, "Jerome" no Rome); 中國香港 names 香港. */
function namesPlace(place: string, k: string): boolean {
  if (!/^[a-z]/.test(k)) return place.includes(k);
  for (let i = place.indexOf(k); i !== -1; i = place.indexOf(k, i + 1)) {
    if (!LETTER.test(place[i - 1] ?? '') && !LETTER.test(place[i + k.length] ?? '')) return true;
  }
  return false;
}

/** A number printed in North America's shape: (NNN) NNN-NNNN. */
const NANP = /^\(\d{3}\) ?\d{3}[-. ]\d{4}\b/;

/**
 * The regions a release's numbers printed without a country code are likely from, most likely first: the
 * country of the first number that prints its code, the dateline's place, the country of the contacts' e-mail
 * addresses, then the language's usual places (a number is read in the first where it is valid).
 */
export function releaseRegions(phones: readonly string[], place: string | null, emails: readonly string[], tables: Tables, language: string, parse: ParsePhone): CountryCode[] {
  const out: CountryCode[] = [];
  for (const p of phones) {
    // "(852) 2584 4554" names its country; "(646) 555-0177" is a North American area code, not +64.
    if (NANP.test(p.trim())) continue;
    const n = /^[+(]/.test(p.trim()) ? parse(p.replace(/^\((\d{1,3})\)\s*/, '+$1 ')) : undefined;
    if (n?.country) {
      out.push(n.country);
      break;
    }
  }
  const lower = place?.toLowerCase() ?? '';
  for (const [k, v] of tables.regions) if (namesPlace(lower, k)) out.push(v as CountryCode);
  // "media@moh.gov.sg": the country of a contact's address.
  for (const e of emails) {
    const region = countryOfDomain(e);
    if (region) out.push(region);
  }
  const locale = tables.locales.find((l) => l.tags.some((t) => language === t || language.startsWith(`${t}-`)));
  out.push(...((locale?.phoneRegions ?? []) as CountryCode[]));
  return [...new Set(out)];
}
