import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText } from '../src/formats/text.js';
import type { PressRelease, Span } from '../src/index.js';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export interface Fixture {
  name: string;
  /** The file as stored (some fixtures are Big5, GB18030 or UTF-16). */
  bytes: Uint8Array;
  /** Its text. */
  input: string;
  expected: Record<string, unknown>;
}

export function fixtures(): Fixture[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'errors')
    .map((d) => {
      const bytes = readFileSync(join(FIXTURES, d.name, 'input.txt'));
      return {
        name: d.name,
        bytes,
        input: decodeText(bytes).text,
        expected: JSON.parse(readFileSync(join(FIXTURES, d.name, 'expected.json'), 'utf8')) as Record<string, unknown>,
      };
    });
}

/**
 * The release as expected.json holds it: no spans, no text, warning codes only, and contacts as organization,
 * name, phones and e-mails (their `numbers`, `title` and `role` are checked by the contacts unit tests).
 */
export function comparable(r: PressRelease): Record<string, unknown> {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'span').map(([k, x]) => [k, strip(x)]));
    }
    return v;
  };
  const { text: _text, spans: _spans, warnings, contacts, ...rest } = r;
  return {
    ...(strip(rest) as object),
    contacts: contacts.map(({ organization, name, honorific, phones, emails }) => ({ organization, name, honorific, phones, emails })),
    warnings: warnings.map((w) => w.code),
  };
}

const squash = (s: string): string => s.replace(/\s+/g, '');

/** `value`'s characters appear, in order, in the text its span points to (line breaks and hyphens may go). */
export function spanHolds(text: string, span: Span, value: string): boolean {
  const [a, b] = span;
  if (a < 0 || b > text.length || a > b) return false;
  const src = squash(text.slice(a, b));
  const v = squash(value);
  let i = 0;
  for (const ch of src) if (ch === v[i]) i++;
  return i === v.length;
}

/** Every span of a release with the value it should hold. */
export function spannedValues(r: PressRelease): { what: string; span: Span; value: string }[] {
  const out: { what: string; span: Span; value: string }[] = [];
  const one = (what: string, span: Span | null, value: string | null): void => {
    if (span && value !== null) out.push({ what, span, value });
  };
  one('headline', r.spans.headline, r.headline);
  one('subheadline', r.spans.subheadline, r.subheadline);
  one('endMark', r.spans.endMark, r.endMark);
  r.labels.forEach((v, i) => one(`labels[${i}]`, r.spans.labels[i]!, v));
  r.highlights.forEach((v, i) => one(`highlights[${i}]`, r.spans.highlights[i]!, v));
  r.body.forEach((v, i) => one(`body[${i}]`, r.spans.body[i]!, v));
  r.links.forEach((v, i) => one(`links[${i}]`, r.spans.links[i]!, v));
  if (r.dateline) one('dateline', r.dateline.span, r.dateline.text);
  if (r.embargo) one('embargo', r.embargo.span, r.embargo.text);
  r.quotes.forEach((q, i) => one(`quotes[${i}]`, q.span, q.text));
  r.captions.forEach((c, i) => one(`captions[${i}]`, c.span, `${c.label ?? ''}${c.text}`));
  r.people.forEach((p, i) => {
    if (p.span[1] > p.span[0]) one(`people[${i}]`, p.span, p.name);
  });
  r.about.forEach((a, i) => one(`about[${i}]`, a.span, `${a.organization}${a.text}`));
  r.contacts.forEach((c, i) => {
    for (const v of [c.name, ...c.phones, ...c.emails]) one(`contacts[${i}]`, c.span, v);
    // An organization printed once over several people is shared: it may stand before the span.
    one(`contacts[${i}].organization`, [0, c.span[1]], c.organization);
  });
  return out;
}
