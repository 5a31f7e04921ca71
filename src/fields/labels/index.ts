import { bracketedLabel, dateLineLabel, labelBeforeDate, labelParts, labelThenRest, labelWithin, unbracketed } from '../../segment/line-kinds.js';
import type { Context } from '../context.js';

/**
 * Label lines ("PRESS RELEASE", 新闻稿, 即時發佈, 【新聞稿】) before the body, as printed without a closing colon or
 * brackets; a label printed beside the date on a date line ("FOR IMMEDIATE RELEASE: March 3, 2021") or in
 * brackets before the headline ("【新闻稿】科创公司…"); and one opening the first paragraph before its date
 * ("FOR IMMEDIATE RELEASE – March 5, 2026 – Acme …").
 */
export function extractLabels(ctx: Context): { values: string[]; spans: [number, number][] } {
  const values: string[] = [];
  const spans: [number, number][] = [];
  const end = ctx.outline.bodyStart ?? ctx.outline.bodyEnd;
  ctx.blocks.forEach((b, i) => {
    if (i >= end) return;
    const kind = ctx.outline.kinds[i];
    const parts = kind === 'label' ? labelParts(b.fold, ctx.tables) : null;
    if (parts) {
      for (const at of parts) {
        values.push(unbracketed(b.text.slice(...at)));
        spans.push(b.m.span(...at));
      }
      return;
    }
    // "PRESS RELEASE  #  2025-041", "NETWORK | MEDIA RELEASE": the label without the release's number or the
    // site's section.
    const within = kind === 'label' ? labelWithin(b.fold, ctx.tables) : null;
    if (within) {
      values.push(b.text.slice(...within));
      spans.push(b.m.span(...within));
      return;
    }
    if (kind === 'label') {
      values.push(unbracketed(b.text.replace(/[:：]$/, '').trim()));
      spans.push(b.m.span());
      return;
    }
    const at = i === ctx.outline.headline ? bracketedLabel(b.fold, ctx.tables) : kind === 'date' ? dateLineLabel(b.fold, ctx.tables) :
      kind === 'embargo' ? labelThenRest(b.fold, ctx.tables)?.label ?? null : null;
    if (!at) return;
    values.push(b.text.slice(...at));
    spans.push(b.m.span(...at));
  });
  const first = ctx.outline.bodyStart === null ? undefined : ctx.blocks[ctx.outline.bodyStart];
  const lead = first && labelBeforeDate(first.fold, ctx.tables);
  if (first && lead) {
    values.push(first.text.slice(...lead));
    spans.push(first.m.span(...lead));
  }
  // A label printed twice (on a site's section bar, then over the headline; in each language's copy; a PDF's
  // running head's "Media Release" over "MEDIA RELEASE") is one.
  const keys = values.map((v) => v.toLowerCase());
  const kept = keys.map((k, i) => keys.indexOf(k) === i);
  return { values: values.filter((_, i) => kept[i]), spans: spans.filter((_, i) => kept[i]) };
}
