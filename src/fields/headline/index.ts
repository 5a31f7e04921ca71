import type { Span } from '../../schema.js';
import { foldForMatching } from '../../normalize/fold.js';
import { BULLET, bracketedLabel, isLabel } from '../../segment/line-kinds.js';
import { comparableTitle } from '../../segment/outline.js';
import type { Context } from '../context.js';

export interface TopFields {
  headline: string | null;
  subheadline: string | null;
  highlights: string[];
  spans: { headline: Span | null; subheadline: Span | null; highlights: Span[] };
}

/** Headline, subheadline and the bullet highlights between them and the body; `metadataTitle` as a fallback. */
export function extractTop(ctx: Context, metadataTitle: string | null = null, pageHeading: string | null = null): TopFields {
  // A metadata title that is only a label ("Press Release", プレスリリース) says nothing.
  const fallbackTitle = metadataTitle && !isLabel(foldForMatching(metadataTitle), ctx.tables) ? metadataTitle : null;
  const { outline: o, blocks } = ctx;
  const at = (i: number | null) => (i === null ? null : blocks[i]!);
  // The page's own headline (og:title, JSON-LD, its <h1>) picks between the two top lines: one above it that it
  // does not match (a category, a site's banner) is not the headline.
  const picks = (t: string | null): boolean => t !== null && o.subheadline !== null && o.headline !== null &&
    sameTitle(blocks[o.subheadline]!.text, t) && !sameTitle(blocks[o.headline]!.text, t);
  const promoted = picks(metadataTitle) || picks(pageHeading);
  const h = at(promoted ? o.subheadline : o.headline);
  // "【新闻稿】科创公司推出…": the label in brackets goes to labels, the headline starts after it.
  const labelled = h ? bracketedLabel(h.fold, ctx.tables) : null;
  const title = h && labelled ? h.m.slice(labelled[1] + 1).trim() : h?.m;
  const sb = at(promoted ? null : o.subheadline);
  // "——资金将用于建设智能分拣中心": the dash that sets a Chinese subtitle off is no part of it.
  let s = sb?.m.slice(sb.fold.match(SUBTITLE_DASH)?.[0].length ?? 0);
  // "－為期三年…－", "~ Mass production … ~": the same marks on both sides set it off too.
  const pair = sb?.fold.match(SUBTITLE_MARKS);
  if (sb && pair && sb.fold.trimEnd().endsWith(pair[1]!)) {
    const end = sb.fold.trimEnd().length - pair[1]!.length;
    if (end > pair[0].length) s = sb.m.slice(pair[0].length, end).trim();
  }
  // A subtitle printed over two or more lines, each its own block.
  if (s && sb && o.subheadlineEnd !== null && o.subheadlineEnd > o.subheadline!) {
    for (let i = o.subheadline! + 1; i <= o.subheadlineEnd; i++) s = s.pushInserted(' ').append(blocks[i]!.m);
  }
  const highlights = o.highlights.map((i) => {
    const b = blocks[i]!;
    const cut = b.fold.match(BULLET)?.[0].length ?? 0;
    const point = b.m.slice(cut).trim();
    // "-- Approval based on the trial --": a wire's closing dashes are no part of the point.
    return b.fold.startsWith('--') && point.text.endsWith('--') ? point.slice(0, point.text.length - 2).trim() : point;
  });
  if (!h && fallbackTitle) {
    ctx.warn({ code: 'from_metadata', message: "The headline was taken from the file's metadata: the text shows none." });
  } else if (!h) {
    ctx.warn({ code: 'no_headline', message: 'No headline found before the first paragraph of the body.' });
  }
  return {
    headline: title?.text ?? fallbackTitle,
    subheadline: s?.text ?? null,
    highlights: highlights.map((m) => m.text),
    spans: { headline: title?.span() ?? null, subheadline: s?.span() ?? null, highlights: highlights.map((m) => m.span()) },
  };
}

const SUBTITLE_DASH = /^(?:——|—{1,2}|--) ?/;
const SUBTITLE_MARKS = /^([-~〜—–]{1,2}) ?(?=[^-~〜—–\s])/;

const sameTitle = (a: string, b: string): boolean => comparableTitle(foldForMatching(a)) === comparableTitle(foldForMatching(b));
