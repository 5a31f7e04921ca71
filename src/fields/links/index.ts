import type { Span } from '../../schema.js';
import { scanTokens } from '../../util/tokens.js';
import { trimEndWhere } from '../../util/trim.js';

/** Two spellings of one link share this key: no scheme, no "www.", lower case, no trailing slash. */
export const linkKey = (url: string): string =>
  trimEndWhere(url.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, ''), /\//);

/**
 * Every URL in the text once, first spelling kept, then the links the file carries outside its text (PDF link
 * annotations with the span of their page, a web page's anchors with their block's) that the text does not print.
 * E-mail addresses and mailto: are not links.
 */
export function extractLinks(text: string, annotations: readonly { url: string; span: Span }[] = []): { values: string[]; spans: Span[] } {
  const seen = new Set<string>();
  const values: string[] = [];
  const spans: Span[] = [];
  const add = (url: string, span: Span): void => {
    const key = linkKey(url);
    if (seen.has(key)) return;
    seen.add(key);
    values.push(url);
    spans.push(span);
  };
  for (const t of scanTokens(text)) if (t.kind === 'url' || t.kind === 'domain') add(t.value, [t.start, t.end]);
  for (const a of annotations) add(a.url, a.span);
  return { values, spans };
}
