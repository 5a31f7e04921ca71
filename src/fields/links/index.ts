import type { Span } from '../../schema.js';
import { scanTokens } from '../../util/tokens.js';

/** Two spellings of one link share this key: no scheme, no "www.", lower case, no trailing slash. */
const linkKey = (url: string): string =>
  url.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');

/** Every URL in the text once, first spelling kept. E-mail addresses and mailto: are not links. */
export function extractLinks(text: string): { values: string[]; spans: Span[] } {
  const seen = new Set<string>();
  const values: string[] = [];
  const spans: Span[] = [];
  for (const t of scanTokens(text)) {
    if (t.kind !== 'url' && t.kind !== 'domain') continue;
    const key = linkKey(t.value);
    if (seen.has(key)) continue;
    seen.add(key);
    values.push(t.value);
    spans.push([t.start, t.end]);
  }
  return { values, spans };
}
