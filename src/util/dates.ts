import { format } from 'date-fns/format';
import { isExists } from 'date-fns/isExists';

/** A calendar date found in text. `year` is null when the text does not print it. */
export interface FoundDate {
  start: number;
  end: number;
  year: number | null;
  month: number;
  day: number;
}

const CN_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** "2023", "二〇二三", "十八", "二十一" → number. */
export function cjkNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (!s.includes('十')) {
    let n = 0;
    for (const ch of s) {
      const d = CN_DIGITS[ch];
      if (d === undefined) return null;
      n = n * 10 + d;
    }
    return n;
  }
  const [tens, ones] = s.split('十') as [string, string];
  const t = tens === '' ? 1 : CN_DIGITS[tens];
  const o = ones === '' ? 0 : CN_DIGITS[ones];
  return t === undefined || o === undefined ? null : t * 10 + o;
}

/** A year in digits, a 年 or a Republic year (113-09-27): every full date has one, so a text without it is not searched for one. */
export const YEAR = /\d{4}|年|\b1\d\d[-/]\d/;

/** A day of the week, printed beside a date ("Thursday, June 30, 2023", 2023年6月30日（星期四）). */
export const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|星期.|周.|礼拜./gi;
/** A day of the week cut short, as web pages print it before a date ("Fri 30 Jan 2026"); not on a dateline, where "Sun" may be a place's. */
export const WEEKDAY_SHORT = /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?/gi;

const CN_NUM = '[0-9〇零一二三四五六七八九十]';
const CJK_DATE = new RegExp(
  `(民国 ?)?(${CN_NUM}{2,4}) ?年 ?(${CN_NUM}{1,3}) ?月 ?(${CN_NUM}{1,3}) ?[日号]|(?<![0-9年])(${CN_NUM}{1,3}) ?月 ?(${CN_NUM}{1,3}) ?[日号]`,
  'g',
);
/** Year first, one separator throughout: 2023-10-18, 2023/10/18, 2023.10.18. */
const YMD_DATE = /\b(\d{4})([-/.])(\d{1,2})\2(\d{1,2})\b/g;
/** Taiwan's official numeric form, a Republic year first: 113-09-27, 113/09/27 (2024); not with dots, as versions are. */
const ROC_YMD_DATE = /\b(1\d\d)([-/])(\d{1,2})\2(\d{1,2})\b/g;
/** Year last: 18/10/2023 or 10/18/2023, read only where one of the first two cannot be a month. */
const DMY_DATE = /\b(\d{1,2})([/.])(\d{1,2})\2(\d{4})\b/g;
const WORD = '([A-Za-z\u00c0-\u00ff]{3,9}\\.?)';
/** "16th", and "16TH" as an all-capitals dateline prints it (NAIROBI, 16TH MAY, 2025). */
const ORDINAL = '(?:st|nd|rd|th|ST|ND|RD|TH)';
const MONTH_FIRST = new RegExp(`\\b${WORD} (\\d{1,2})${ORDINAL}?(?:,? (\\d{4}))?\\b`, 'g');
/** "18 October 2023", "5 juin 2019", and German's "12. März 2025" and Spanish's "12 de marzo de 2025" (group 2). */
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:${ORDINAL}|er|(\\.| de))? ${WORD},?(?: de)? (\\d{4})?`, 'g');

/** "5-MAR-2024", "05-Mar-2024": day, month's name and year joined by hyphens, as some sites and systems print them. */
const DAY_MONTH_YEAR = /\b(\d{1,2})-([A-Za-z]{3,9})-(\d{4})\b/g;
const DAY_MONTH_HINT = /\d-[A-Za-z]{3}/;

/** "October", "Oct.", "oct" → 10. */
const monthNamed = (w: string, months: ReadonlyMap<string, number>): number | undefined =>
  months.get(w.toLowerCase()) ?? months.get(w.toLowerCase().replace(/\.$/, ''));

function make(start: number, end: number, year: number | null, month: number, day: number): FoundDate | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (year !== null && (year < 1900 || year > 2200 || !isExists(year, month - 1, day))) return null;
  return { start, end, year, month, day };
}

/**
 * Every date in `fold` (folded text: ASCII digits, Simplified characters), in order: 2023年10月18日,
 * 二〇二三年十月十八日, 民國112年…, 2023-10-18, 2023/10/18, 18/10/2023, October 18, 2023, Oct. 18, 18 October 2023,
 * 5-MAR-2024, 5 juin 2019, 5. Juni 2019, 5 de junio de 2019.
 * Whitespace runs are expected to be single spaces; callers pass folded text with spaces collapsed or not,
 * offsets are into `fold` as given.
 */
export function findDates(fold: string, months: ReadonlyMap<string, number>): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of fold.matchAll(CJK_DATE)) {
    if (m[2] !== undefined) {
      let year = cjkNumber(m[2]);
      // 民國112年, and Taiwan's official 114年 without 民國: a three-digit year is the Republic's.
      if (year !== null && (m[1] || (year >= 100 && year < 200))) year += 1911;
      else if (year !== null && year < 1900) continue;
      const d = make(m.index, m.index + m[0].length, year, cjkNumber(m[3]!) ?? 0, cjkNumber(m[4]!) ?? 0);
      if (d) out.push(d);
    } else {
      const d = make(m.index, m.index + m[0].length, null, cjkNumber(m[5]!) ?? 0, cjkNumber(m[6]!) ?? 0);
      if (d) out.push(d);
    }
  }
  for (const m of fold.matchAll(YMD_DATE)) {
    const d = make(m.index, m.index + m[0].length, Number(m[1]), Number(m[3]), Number(m[4]));
    if (d) out.push(d);
  }
  for (const m of fold.matchAll(ROC_YMD_DATE)) {
    const d = make(m.index, m.index + m[0].length, Number(m[1]) + 1911, Number(m[3]), Number(m[4]));
    if (d) out.push(d);
  }
  for (const m of fold.matchAll(DMY_DATE)) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    // 03/04/2021 is March 4 in the United States and 3 April elsewhere: such a date is not guessed.
    if (a <= 12 && b <= 12 && a !== b) continue;
    const d = a > 12 ? make(m.index, m.index + m[0].length, Number(m[4]), b, a) : make(m.index, m.index + m[0].length, Number(m[4]), a, b);
    if (d) out.push(d);
  }
  for (const m of fold.matchAll(MONTH_FIRST)) {
    const mo = monthNamed(m[1]!, months);
    if (mo === undefined) continue;
    const d = make(m.index, m.index + m[0].length, m[3] ? Number(m[3]) : null, mo, Number(m[2]));
    if (d) out.push(d);
  }
  for (const m of fold.matchAll(DAY_FIRST)) {
    const mo = monthNamed(m[3]!, months);
    // The German and Spanish forms are read only with their year ("see point 12. March sales" is no date).
    if (mo === undefined || (m[2] && !m[4])) continue;
    const text = m[0].replace(/,? $/, '');
    const d = make(m.index, m.index + text.length, m[4] ? Number(m[4]) : null, mo, Number(m[1]));
    if (d) out.push(d);
  }
  // Most text has no digit, hyphen and letters so: the pattern's every match is not sought in it.
  if (DAY_MONTH_HINT.test(fold)) for (const m of fold.matchAll(DAY_MONTH_YEAR)) {
    const mo = monthNamed(m[2]!, months);
    const d = mo === undefined ? null : make(m.index, m.index + m[0].length, Number(m[3]), mo, Number(m[1]));
    if (d) out.push(d);
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // Drop dates inside one found before them (sorted by start, longest first).
  let reach = -1;
  return out.filter((d) => {
    if (d.end <= reach) return false;
    reach = d.end;
    return true;
  });
}

const MONTH_YEAR = /^(?:(\d{4}) ?年 ?(\d{1,2}) ?月|([A-Za-z]{3,9}\.?),? (\d{4}))$/;

/** A line that is a month and its year alone: "2017年3月", "March 2017", "Aug., 2026". */
export function monthYear(fold: string, months: ReadonlyMap<string, number>): { year: number; month: number } | null {
  const m = MONTH_YEAR.exec(fold.trim());
  if (!m) return null;
  const year = Number(m[1] ?? m[4]);
  const month = m[2] !== undefined ? Number(m[2]) : monthNamed(m[3]!, months);
  return month !== undefined && month >= 1 && month <= 12 && year >= 1900 && year <= 2200 ? { year, month } : null;
}

/** YYYY-MM-DD, as date-fns formats the date (which rolls an overflowing day or month over, and reads 0–99 as 19xx). */
export function isoDate(year: number, month: number, day: number): string {
  // A real date of a four-digit year, nearly every call, is its own digits: date-fns's format was 1% of a release.
  if (Number.isInteger(year) && year >= 1000 && year <= 9999 && Number.isInteger(month) && Number.isInteger(day) && isExists(year, month - 1, day)) {
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return format(new Date(year, month - 1, day), 'yyyy-MM-dd');
}
