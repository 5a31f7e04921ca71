import { isExists } from 'date-fns/isExists';
import type { z } from 'zod';
import type { Context } from '../fields/context.js';
import type { DatelineFound } from '../fields/dateline/index.js';
import type { DatelineSchema, Span } from '../schema.js';
import { findDates, isoDate, monthYear } from '../util/dates.js';

/**
 * The release's date, from the first place that states it: the dateline, a date line near the top, the
 * embargo line, the end mark or a trailer ("Ends/Thursday, June 29, 2023", 2023年6月30日（星期五）), for
 * languages read only in part the first dated block of the top or first paragraph, and last the file's metadata.
 */
export function refineDate(ctx: Context, datelineDate: string | null, datelineSpan: Span | null, published: string | null = null): { date: string | null; span: Span | null } {
  if (datelineDate) return { date: datelineDate, span: datelineSpan };
  const o = ctx.outline;
  const candidates: number[] = [];
  if (o.topDate !== null) candidates.push(o.topDate);
  // An embargo lifts on the day the release is out.
  const embargo = o.kinds.indexOf('embargo');
  if (embargo >= 0) candidates.push(embargo);
  o.kinds.forEach((k, i) => {
    // End marks, trailers, and a date line after the body (a government release's date at its foot).
    if (k === 'endMark' || k === 'trailer' || (k === 'date' && o.bodyStart !== null && i > o.bodyStart)) candidates.push(i);
  });
  if (ctx.partial) {
    const stop = Math.min(ctx.blocks.length, (o.bodyStart ?? 0) + 1);
    for (let i = 0; i < stop; i++) candidates.push(i);
  }
  // A date line that prints only the month ("2017年3月", "March 2017") rules out the dates of other months: a
  // founding date in the company profile, a launch date in the text.
  const month = o.topDate === null ? null : monthYear(ctx.blocks[o.topDate]!.fold, ctx.tables.months);
  const inMonth = (year: number, m: number): boolean => !month || (year === month.year && m === month.month);
  for (const i of candidates) {
    const b = ctx.blocks[i]!;
    const d = findDates(b.fold, ctx.tables.months).find((x) => x.year !== null && inMonth(x.year, x.month));
    if (d) return { date: isoDate(d.year!, d.month, d.day), span: b.m.span(d.start, d.end) };
  }
  if (published && inMonth(Number(published.slice(0, 4)), Number(published.slice(5, 7)))) {
    ctx.warn({ code: 'from_metadata', message: "The date was taken from the file's metadata: the text states none." });
    return { date: published, span: null };
  }
  ctx.warn({ code: 'no_date', message: 'The release states no date.' });
  return { date: null, span: null };
}

/**
 * The dateline as output. A dateline that prints no year ("HONG KONG, June 5 (Reuters) -") takes it from the
 * first full date elsewhere in the release, else from the page's or file's date when that is the same day, and
 * says so with a `year_inferred` warning.
 */
export function refineDateline(ctx: Context, found: DatelineFound, span: Span, published: string | null = null): z.infer<typeof DatelineSchema> {
  let date = found.date;
  if (!date && found.monthDay) {
    const [month, day] = found.monthDay;
    const inText = firstYear(ctx);
    const sameDay = published !== null && Number(published.slice(5, 7)) === month && Number(published.slice(8, 10)) === day;
    const year = inText ?? (sameDay ? Number(published.slice(0, 4)) : null);
    if (year !== null && isExists(year, month - 1, day)) {
      date = isoDate(year, month, day);
      const from = inText !== null ? 'the release' : "the page's or file's date of the same day";
      ctx.warn({ code: 'year_inferred', message: `The dateline prints no year; ${year} was taken from ${from}.`, span });
    }
  }
  return { location: found.location, date, text: found.text, span };
}

function firstYear(ctx: Context): number | null {
  for (const b of ctx.blocks) {
    const d = findDates(b.fold, ctx.tables.months).find((x) => x.year !== null);
    if (d) return d.year;
  }
  return null;
}
