import type { Span } from '../../schema.js';
import type { Context } from '../context.js';

/** The end mark ("###", "- End -", 完, "Ends/Thursday, June 29, 2023") as printed. */
export function extractEndMark(ctx: Context): { value: string | null; span: Span | null } {
  const i = ctx.outline.kinds.indexOf('endMark');
  if (i < 0) return { value: null, span: null };
  const b = ctx.blocks[i]!;
  return { value: b.text, span: b.m.span() };
}
