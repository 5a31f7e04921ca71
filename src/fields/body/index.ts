import type { BlockKind } from '../../segment/outline.js';
import type { Mapped } from '../../util/mapped.js';
import type { Context } from '../context.js';

const NOT_BODY = new Set<BlockKind>([
  'caption', 'credit', 'urls', 'wire', 'chrome', 'rule', 'label', 'trailer', 'endMark', 'contact', 'embargo', 'date',
]);

/**
 * The body's paragraphs in order, with the first one's dateline (`cut` characters) removed.
 */
export function extractBody(ctx: Context, datelineCut: number): Mapped[] {
  const { outline: o, blocks } = ctx;
  const out: Mapped[] = [];
  if (o.bodyStart === null) {
    ctx.warn({ code: 'no_body', message: 'No body paragraphs found.' });
    return out;
  }
  for (let i = o.bodyStart; i < o.bodyEnd; i++) {
    if (NOT_BODY.has(o.kinds[i]!)) continue;
    // Contact details inside the body ("咨询邮箱：lab@…" under a paragraph) stay in it: no contact is read from
    // them, but in a language read in part, where every address is.
    if (o.kinds[i] === 'contactInfo' && ctx.partial) continue;
    let m = blocks[i]!.m;
    if (i === o.bodyStart && datelineCut > 0) m = m.slice(datelineCut).trim();
    if (m.text) out.push(m);
  }
  return out;
}
