import type { Context } from '../context.js';

/** Label lines ("PRESS RELEASE", 新闻稿, 即時發佈) before the body, as printed. */
export function extractLabels(ctx: Context): { values: string[]; spans: [number, number][] } {
  const values: string[] = [];
  const spans: [number, number][] = [];
  const end = ctx.outline.bodyStart ?? ctx.outline.bodyEnd;
  ctx.blocks.forEach((b, i) => {
    if (i < end && ctx.outline.kinds[i] === 'label') {
      values.push(b.text.replace(/[:：]$/, '').trim());
      spans.push(b.m.span());
    }
  });
  return { values, spans };
}
