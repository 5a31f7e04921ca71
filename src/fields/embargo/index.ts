import type { z } from 'zod';
import type { EmbargoSchema } from '../../schema.js';
import { cjkNumber, findDates, isoDate } from '../../util/dates.js';
import { perTables } from '../../locales/index.js';
import { escapeRegExp } from '../../util/regexp.js';
import type { Context } from '../context.js';
import { labelThenRest } from '../../segment/line-kinds.js';

type Embargo = z.infer<typeof EmbargoSchema>;

// A Han character (10:00前请勿发布) or the zone in brackets (10:00（北京时间）) may follow the time.
const EN_TIME = /\b(\d{1,2})(?:[:.](\d{2}))? ?(am|pm|a\.m\.|p\.m\.)?(?= |,|$|[(\u3400-\u9fff])/i;
/** 下午三时, 上午10时半, 下午3:30: the hour in Chinese or with a colon, after the time of day. */
const ZH_TIME = /(上午|下午|中午|晚上|凌晨)? ?(?:([0-9〇零一二三四五六七八九十]{1,3}) ?[时点](?: ?([0-9〇零一二三四五六七八九十]{1,3}) ?分|(半))?|(?<=[上下中晚凌][午上晨] ?)(\d{1,2}):(\d{2}))/;
/** The locales' time-zone names as one pattern, longest first; a Latin name as a whole word. */
const zonePattern = perTables((tables) => {
  const names = [...tables.timeZones.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const latin = names.filter((n) => /^[a-z]/.test(n));
  const cjk = names.filter((n) => !/^[a-z]/.test(n));
  return new RegExp(`\\b(${latin.join('|')})\\b|(${cjk.join('|')})`, 'i');
});

/** The embargo line under the labels: "EMBARGOED UNTIL 00:01 HKT, 5 June 2024", 禁止發佈至…. */
export function extractEmbargo(ctx: Context): Embargo | null {
  const i = ctx.outline.kinds.indexOf('embargo');
  if (i < 0) return null;
  const b = ctx.blocks[i]!;
  // "For release at 2:00 p.m. EST" over "March 18, 2026": the date on the line under the time.
  const next = ctx.outline.kinds[i + 1] === 'date' ? ctx.blocks[i + 1]! : null;
  // "新聞稿 — 二零二四年…前禁止發布": the label before the dash is the labels' (they read it), the embargo after it.
  const own = b.m.slice(labelThenRest(b.fold, ctx.tables)?.rest ?? 0).trim();
  return { until: readUntil(b.fold, ctx) ?? (next && readUntil(`${b.fold} ${next.fold}`, ctx)), text: own.text, span: own.span() };
}

function readUntil(fold: string, ctx: Context): string | null {
  const d = findDates(fold, ctx.tables.months).find((x) => x.year !== null);
  if (!d) return null;
  const date = isoDate(d.year!, d.month, d.day);
  const rest = fold.slice(0, d.start) + ' ' + fold.slice(d.end);
  let hour: number | null = null;
  let minute = 0;
  const zh = rest.match(ZH_TIME);
  const en = rest.match(EN_TIME);
  if (zh) {
    hour = zh[5] ? Number(zh[5]) : cjkNumber(zh[2]!);
    minute = zh[6] ? Number(zh[6]) : zh[4] ? 30 : zh[3] ? (cjkNumber(zh[3]) ?? 0) : 0;
    if (hour !== null && (zh[1] === '下午' || zh[1] === '晚上') && hour < 12) hour += 12;
  } else if (en && (en[2] !== undefined || en[3] !== undefined)) {
    hour = Number(en[1]);
    minute = en[2] ? Number(en[2]) : 0;
    const mer = en[3]?.toLowerCase().replace(/\./g, '');
    if (mer === 'pm' && hour < 12) hour += 12;
    if (mer === 'am' && hour === 12) hour = 0;
  }
  if (hour === null || hour > 23 || minute > 59) return date;
  const z = rest.match(zonePattern(ctx.tables))?.slice(1).find(Boolean)?.toLowerCase();
  const zone = z === undefined ? undefined : ctx.tables.timeZones.get(z);
  // A fixed offset ("+08:00", "Z"), or a zone whose offset changes with the season ("ET"), read on the day.
  const offset = zone === undefined ? '' : /^[+-]|^Z$/.test(zone) ? zone : offsetOn(zone, d.year!, d.month, d.day, hour, minute);
  return `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}${offset}`;
}

/** The zone's UTC offset ("-05:00", "Z") at that wall-clock time, from the engine's time-zone data. */
function offsetOn(zone: string, year: number, month: number, day: number, hour: number, minute: number): string {
  const at = Date.UTC(year, month - 1, day, hour, minute);
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? '';
  // "GMT-05:00"; at UTC "GMT" or "GMT+00:00", written Z as GMT is.
  const offset = name.replace(/^GMT/, '');
  return offset === '' || offset === '+00:00' ? 'Z' : offset;
}
