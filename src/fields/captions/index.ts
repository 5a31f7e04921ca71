import type { z } from 'zod';
import type { CaptionSchema } from '../../schema.js';
import type { Mapped } from '../../util/mapped.js';
import { BULLET, bareCaptionLabel } from '../../segment/line-kinds.js';
import type { Context } from '../context.js';

type Caption = z.infer<typeof CaptionSchema>;

const CLOSE_OF: Readonly<Record<string, string>> = { '[': ']', '(': ')' };

/**
 * Captions (圖一：…, Photo 1: …, (From left) …) and image credits, wherever they stand, with the mapped text
 * of each (quotes are read from captions too).
 */
export function extractCaptions(ctx: Context): { captions: Caption[]; texts: Mapped[] } {
  const out: Caption[] = [];
  const texts: Mapped[] = [];
  ctx.blocks.forEach((b, i) => {
    const kind = ctx.outline.kinds[i];
    if (kind !== 'caption' && kind !== 'credit') return;
    // "• 圖一：…": a page's list of captions.
    const item = kind === 'caption' ? b.fold.match(BULLET)?.[0].length ?? 0 : 0;
    const m = ctx.tables.match(kind === 'credit' ? 'creditLabel' : 'captionLabel', b.fold.slice(item));
    // "Photo 1" on its own line, the caption under it.
    if (!m && kind === 'caption' && b.lines.length > 1 && bareCaptionLabel(b.lines[0]!.fold, ctx.tables)) {
      const first = b.lines[0]!.text.trim();
      const body = b.m.slice(b.text.indexOf(first) + first.length).trim();
      out.push({ label: first, text: body.text, span: b.m.span() });
      texts.push(body);
      return;
    }
    if (!m || m[1] === undefined) {
      // "▲ …": a pointer before an unlabelled caption is no part of its text.
      const pointer = kind === 'caption' ? ctx.tables.match('captionUnlabelled', b.fold)?.[1]?.length ?? 0 : 0;
      const text = pointer ? b.m.slice(pointer) : b.m;
      out.push({ label: null, text: text.text, span: b.m.span() });
      texts.push(text);
      return;
    }
    const at = item + m.index + m[0].indexOf(m[1]);
    const label = b.text.slice(at, at + m[1].length).trim();
    let body = b.m.slice(item + m.index + m[0].length).trim();
    // "[Photo: Jane Doe at the opening]": the bracket the label opened closes the caption, and is no part of it.
    const open = b.fold[item + m.index] ?? '';
    const close = CLOSE_OF[open];
    if (close && body.text.endsWith(close) && body.text.split(close).length === body.text.split(open).length + 1) body = body.slice(0, body.text.length - 1).trim();
    // "圖片說明：" over the captions it heads: a label with no text is no caption.
    if (!body.text) return;
    out.push({ label, text: body.text, span: b.m.span() });
    texts.push(body);
  });
  return { captions: out, texts };
}
