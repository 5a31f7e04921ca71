import type { PressRelease, Span } from '../src/index.js';

/** White space and the invisible characters `cleanOutput` drops from values are not part of what a span must hold. */
const squash = (s: string): string => s.replace(/[\s\u200b-\u200d\u2060\ufeff\u00ad]/g, '');
const QUOTE_MARKS = /["“”‘’「」『』]/g;

function isSubsequence(sub: string, of: string): boolean {
  let i = 0;
  // By UTF-16 unit, as spans count.
  for (let k = 0; k < of.length && i < sub.length; k++) if (of[k] === sub[i]) i++;
  return i === sub.length;
}

/**
 * How a value relates to the text its span points to, from strongest to weakest:
 * - exact: the span holds the value and nothing else (white space aside);
 * - tight: the value's characters, in order, starting at the span's first and ending at its last (a value
 *   read from several lines leaves out their markdown markup; a body paragraph drops page furniture and
 *   line-end hyphens from inside);
 * - within: the value is one unbroken run of the span's text (white space and quotation marks aside: a quote's
 *   span covers its marks);
 * - ordered: the value's characters appear in order in the span (people are named in either script; lines are
 *   read without their markdown markup).
 */
export type Relation = 'exact' | 'tight' | 'within' | 'ordered';

export function holds(text: string, span: Span, value: string, relation: Relation): boolean {
  const src = squash(text.slice(span[0], span[1]));
  const v = squash(value);
  switch (relation) {
    case 'exact':
      return src === v;
    case 'tight':
      return isSubsequence(v, src) && src[0] === v[0] && src.at(-1) === v.at(-1);
    case 'within':
      return src.replace(QUOTE_MARKS, '').includes(v.replace(QUOTE_MARKS, ''));
    case 'ordered':
      return isSubsequence(v, src);
  }
}

/** Every value of a release that has a span, with the relation its span must satisfy. */
export function spannedItems(r: PressRelease): { what: string; span: Span; value: string; relation: Relation }[] {
  const out: { what: string; span: Span; value: string; relation: Relation }[] = [];
  const one = (what: string, span: Span | null | undefined, value: string | null, relation: Relation): void => {
    if (span && value !== null) out.push({ what, span, value, relation });
  };
  one('headline', r.spans.headline, r.headline, 'tight');
  one('subheadline', r.spans.subheadline, r.subheadline, 'tight');
  one('endMark', r.spans.endMark, r.endMark, 'exact');
  r.labels.forEach((v, i) => one(`labels[${i}]`, r.spans.labels[i], v, 'exact'));
  r.highlights.forEach((v, i) => one(`highlights[${i}]`, r.spans.highlights[i], v, 'tight'));
  r.links.forEach((v, i) => one(`links[${i}]`, r.spans.links[i], v, 'exact'));
  if (r.dateline) one('dateline', r.dateline.span, r.dateline.text, 'exact');
  if (r.embargo) one('embargo', r.embargo.span, r.embargo.text, 'tight');
  r.body.forEach((v, i) => one(`body[${i}]`, r.spans.body[i], v, 'tight'));
  // A quote that runs over several paragraphs holds one line each: what stands between them is not quoted.
  r.quotes.forEach((q, i) => q.text.split('\n').forEach((v) => one(`quotes[${i}]`, q.span, v, 'within')));
  // A caption's span runs from its label to its text's end ("附圖：" alone ends in the colon after its label).
  r.captions.forEach((c, i) => one(`captions[${i}]`, c.span, `${c.label ?? ''}${c.text}`, c.text ? 'tight' : 'within'));
  r.about.forEach((a, i) => {
    one(`about[${i}].organization`, a.span, a.organization, 'within');
    // Its lines are read without markup (a "## " that opens one), so the text need not be one unbroken run.
    one(`about[${i}]`, a.span, a.text, 'ordered');
  });
  r.contacts.forEach((c, i) => {
    for (const v of [c.name, ...c.phones, ...c.emails]) one(`contacts[${i}]`, c.span, v, 'within');
    // A title goes on with its department's line, an organization with its institution's: parts joined by ", ".
    for (const v of c.title?.split(', ') ?? []) one(`contacts[${i}].title`, c.span, v, 'within');
    // An organization printed once over several people is shared: it may stand before the span.
    for (const v of c.organization?.split(/, | /) ?? []) one(`contacts[${i}].organization`, [0, c.span[1]], v, 'within');
  });
  r.people.forEach((p, i) => {
    if (p.span[1] > p.span[0]) one(`people[${i}]`, p.span, p.name, 'ordered');
  });
  return out;
}

/** Every span anywhere in a release: `span` fields, the `spans` table and warnings. */
export function allSpans(value: unknown, path = ''): { path: string; span: Span }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => allSpans(v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => {
    const here = `${path}.${k}`;
    if (k === 'span' && v !== undefined) return [{ path: here, span: v as Span }];
    if (k === 'spans') {
      return Object.entries(v as Record<string, Span | Span[] | null>).flatMap(([f, s]) =>
        s === null ? [] : typeof s[0] === 'number' ? [{ path: `${here}.${f}`, span: s as Span }] : (s as Span[]).map((x, i) => ({ path: `${here}.${f}[${i}]`, span: x })));
    }
    return allSpans(v, here);
  });
}
