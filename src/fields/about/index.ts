import type { z } from 'zod';
import type { AboutSchema, Span } from '../../schema.js';
import { aboutDescription, aboutHeading, aboutLead } from '../../segment/line-kinds.js';
import { scanTokens } from '../../util/tokens.js';
import type { Context } from '../context.js';
import type { Block } from '../../segment/blocks.js';
import { linkKey } from '../links/index.js';

type About = z.infer<typeof AboutSchema>;

/**
 * One entry per "About X" / 关于X / 關於X section: X, the paragraphs under it, the URLs they print, and those their
 * links point to (`links`: a web page's anchors, with their block's span).
 */
export function extractAbout(ctx: Context, links: readonly { url: string; span: Span }[] = []): About[] {
  return ctx.outline.about.map(({ heading, blocks }) => {
    const h = ctx.blocks[heading]!;
    const { at, name: [a, b], text: lead } = headingOf(h, ctx);
    const organization = at.text.slice(a, b).trim();
    const parts = blocks.map((i) => ctx.blocks[i]!);
    // "About Acme: Acme is …": the heading's paragraph is the text's first.
    const text = [...(lead === null ? [] : [h.text.slice(lead)]), ...parts.map((p) => p.text)].join('\n');
    const urls = scanTokens(text).filter((t) => t.kind === 'url' || t.kind === 'domain').map((t) => t.value);
    const last = parts[parts.length - 1] ?? h;
    const span: Span = [h.m.span()[0], last.m.span()[1]];
    const keys = new Set(urls.map(linkKey));
    for (const l of links) {
      if (l.span[0] < span[0] || l.span[1] > span[1] || keys.has(linkKey(l.url))) continue;
      keys.add(linkKey(l.url));
      urls.push(l.url);
    }
    return { organization, text, urls, span };
  });
}

/** Organization names from About headings, folded, to help split speaker descriptors. */
export function aboutOrganizations(ctx: Pick<Context, 'blocks' | 'outline' | 'tables'>): string[] {
  return ctx.outline.about.map(({ heading }) => {
    const { at, name: [a, b] } = headingOf(ctx.blocks[heading]!, ctx);
    return at.fold.slice(a, b).trim();
  });
}

/**
 * An About heading's name, and where its text starts when the heading opens a paragraph: in its first line, or,
 * for a description its line wraps before "is a", in the whole paragraph (`at` says which), as the outline read it.
 */
function headingOf(h: Block, ctx: Pick<Context, 'tables'>): { at: { text: string; fold: string }; name: [number, number]; text: number | null } {
  const line = h.lines[0]!;
  const heading = aboutHeading(line.fold, ctx.tables);
  if (heading) return { at: line, name: heading, text: null };
  const lead = aboutLead(line.fold, ctx.tables) ?? aboutDescription(line.fold, ctx.tables);
  return lead ? { at: line, ...lead } : { at: h, ...aboutDescription(h.fold, ctx.tables)! };
}
