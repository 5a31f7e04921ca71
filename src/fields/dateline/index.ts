import type { Tables } from '../../locales/index.js';
import type { Block } from '../../segment/blocks.js';
import { isDateLabel, isLabel } from '../../segment/line-kinds.js';
import { isExists } from 'date-fns/isExists';
import { WEEKDAY, findDates, isoDate } from '../../util/dates.js';
import { trimEndWhere } from '../../util/trim.js';
import { charsOver, isHan } from '../../util/chars.js';
import { isNameWord } from '../shared/names.js';

export interface DatelineFound {
  location: string | null;
  date: string | null;
  /** Month and day as printed, for a date whose year must come from elsewhere. */
  monthDay: [number, number] | null;
  /** Length of the prefix to cut from the paragraph (dateline and separator). */
  cut: number;
  text: string;
}

const DASH = /^ ?(?:--|—{1,2}|–|-|―|:)(?= |[^\s-]|$) ?/;
const DASHES = /--|—{1,2}|–|―| -(?= |$)/g;
const SENTENCE_END = /[.。!?]\s|[。]/;
const MAX_PREFIX = 160;

/**
 * Reads a dateline at the start of a paragraph: （香港，2023 年 10 月 18 日）—, (Hong Kong, 18 October 2023) –,
 * HONG KONG, Oct. 18, 2023 /PRNewswire/ --, NEW YORK--(BUSINESS WIRE)--, 香港2023年10月18日 /美通社/ --,
 * HONG KONG - September 18, 2025 (NEWMEDIAWIRE) -.
 */
export function readDateline(block: Pick<Block, 'text' | 'fold'>, tables: Tables): DatelineFound | null {
  const found = bracketed(block.text, block.fold, tables) ?? dispatch(block.text, block.fold, tables) ?? openForm(block.text, block.fold, tables);
  return found && issuerAfter(block.text, found) ? { ...found, cut: block.text.length, text: block.text.trim() } : found;
}

/**
 * "March 4, 2025 – Ottawa, Ontario – Indigenous Services Canada" alone on its line: after date and place, each
 * followed by a dash, who issues the release (a few capitalised words, no sentence): the dateline's, not the body's.
 */
function issuerAfter(text: string, found: DatelineFound): boolean {
  // A wire's dateline ("HONG KONG - September 18, 2025 (NEWMEDIAWIRE) - Acme …") runs on into its paragraph.
  if ((found.text.match(DASHES) ?? []).length < 2 || /[(/]/.test(found.text)) return false;
  const rest = text.slice(found.cut).trim();
  if (!rest || text.includes('\n') || charsOver(rest, 60) || /[.。!?！？,，:：;]/.test(rest)) return false;
  const words = rest.split(/\s+/);
  return words.length <= 6 && words.every(isNameWord);
}

/** （香港，2023 年 10 月 18 日）— : a place and date in brackets, the dash optional. */
function bracketed(text: string, fold: string, tables: Tables): DatelineFound | null {
  const open = fold.match(/^[(【[]/);
  if (!open) return null;
  const close = fold.slice(0, MAX_PREFIX).search(/[)】\]]/);
  if (close < 0) return null;
  const inner = fold.slice(1, close);
  const dates = findDates(inner, tables.months);
  // （中央社訊息服務20240701 14:05:30）: a news service prints the date as digits.
  const compact = inner.match(/(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/);
  if (!dates.length && compact && isExists(+compact[1]!, +compact[2]! - 1, +compact[3]!)) {
    dates.push({ start: compact.index!, end: compact.index! + 8, year: +compact[1]!, month: +compact[2]!, day: +compact[3]! });
  }
  let cut = close + 1;
  const dash = fold.slice(cut).match(DASH);
  if (dash) cut += dash[0].length;
  if (!dates.length) {
    // 【台北訊】, （中央社／台北訊）: where the story was filed, with no date.
    const mark = DISPATCH_MARK.exec(inner);
    if (!mark || NEWS_SERVICE.test(mark[1]!)) return null;
    // 【本報訊】: the paper's own report, filed from no place it names.
    if (OWN_REPORT.test(mark[1]!)) return finish(text, cut, null, null);
    const at = 1 + inner.indexOf(mark[1]!, inner.length - mark[0].length);
    return finish(text, cut, text.slice(at, at + mark[1]!.length), null);
  }
  const d = dates[0]!;
  const place = (inner.slice(0, d.start) + ' ' + inner.slice(d.end)).replace(/[\s,，、]+/g, ' ').trim();
  if (charsOver(place, 40) || /[.。]/.test(place)) return null;
  return finish(text, cut, placeFrom(text, 1, close, d), d);
}

const TIME = /\d{1,2}:\d{2}(?::\d{2})?/;
/**
 * 台北訊, 中央社/台北讯, 吉隆坡5日讯, 中央社記者張書瑋新竹5日電: a place (and the day) and the mark of a dispatch from
 * it, an agency's name (and its reporter's) before them.
 */
const DISPATCH_MARK = /^(?:[\u3400-\u9fff]{2,8} ?\/ ?|[\u3400-\u9fff]{1,3}社(?:记者[\u3400-\u9fff]{2,4})?)?([\u3400-\u9fff]{2,6})(?:\d{1,2}日)?[讯电]$/;
const OWN_REPORT = /^本[报网刊]$/;
const NEWS_SERVICE = /(?:社|讯息服务|訊息服務|通讯|通訊|newswire|wire)$/i;

function placeFrom(text: string, offset: number, end: number, d: { start: number; end: number }): string | null {
  const before = text.slice(offset, offset + d.start);
  const after = text.slice(offset + d.end, end);
  const pick = (trimEndWhere(before, /[\s,，、—–/／-]/).trim() || after.replace(/^[\s,，、—–/／-]+/, '').trim()).replace(TIME, '').trim();
  // 中央社訊息服務 14:05:30: a news service, not a place.
  if (NEWS_SERVICE.test(pick)) return null;
  // 台北訊, 北京電: the dispatch mark is not part of the place.
  return pick.replace(/(?<=[\u3400-\u9fff]{2})[訊讯電电]$/, '') || null;
}

function finish(text: string, cut: number, location: string | null, d: { year: number | null; month: number; day: number } | null): DatelineFound {
  const raw = text.slice(0, cut).trim();
  const year = d?.year ?? null;
  return {
    location,
    date: d && year !== null ? isoDate(year, d.month, d.day) : null,
    monthDay: d ? [d.month, d.day] : null,
    cut,
    text: raw,
  };
}

/** A block that is a dateline and nothing else: "NEW YORK", "HONG KONG, Oct. 18, 2023", "香港，2023年10月18日". */
export function readWholeDateline(block: Pick<Block, 'text' | 'fold'>, tables: Tables): DatelineFound | null {
  const fold = block.fold.trim();
  if (charsOver(fold, 80) || /[.。]$/.test(fold)) return null;
  const found = readPrefix(block.text.trim(), fold, fold.length, tables, true);
  return found && (found.date || found.location) ? found : null;
}

/** 新华社北京3月5日电（记者张晓华）, 本报北京3月5日讯: a news agency's dispatch line. */
function dispatch(text: string, fold: string, tables: Tables): DatelineFound | null {
  const m = tables.match('dispatch', fold);
  if (!m) return null;
  let cut = m[0].length;
  while (cut < fold.length && /\s/.test(fold[cut]!)) cut++;
  const place = m[1] ?? m[3];
  // 本报讯（通讯员…）: the paper's own report, with no place or date.
  if (place === undefined) return finish(text, cut, null, null);
  const d = findDates(m[2] ?? m[4]!, tables.months)[0];
  // 吉隆坡5日讯: the day alone, so the place and no date.
  if (!d && /月/.test(m[2] ?? m[4]!)) return null;
  const at = fold.indexOf(place);
  return finish(text, cut, text.slice(at, at + place.length), d ?? null);
}

/** HONG KONG, Oct. 18, 2023 /PRNewswire/ -- and its relatives: place, date, wire, dash in some order. */
function openForm(text: string, fold: string, tables: Tables): DatelineFound | null {
  const head = fold.slice(0, MAX_PREFIX);
  // Most paragraphs have no dash in their opening words: one test, before matchAll copies the regex.
  if (!ANY_SEPARATOR.test(head)) return null;
  let best: DatelineFound | null = null;
  // Try each dash in the opening words; the longest prefix made only of place, date and wire tag wins.
  for (const sep of head.matchAll(SEPARATOR)) {
    if (sep.index === 0) continue;
    let cut = sep.index + sep[0].length;
    while (cut < fold.length && /\s/.test(fold[cut]!)) cut++;
    const found = readPrefix(text, fold.slice(0, sep.index), cut, tables);
    // "Espoo, Finland - October 5, 2017: …": a colon ends a dateline only after its date; a slash only
    // after a date too ("NEW YORK, NY / ACCESSWIRE / March 12, 2024 /").
    if (found && (!/[:/]/.test(sep[0]) || found.date)) best = found;
  }
  return best;
}

const SEPARATOR = / ?(?:--|—{1,2}|–|―| - |: | \/ )(?! ?[-—–])/g;
const ANY_SEPARATOR = new RegExp(SEPARATOR.source);
const WIRE_TAG = /(?:\/ ?[^/]{2,40} ?\/|\([^()]{2,40}\))/g;
const INNER_DASH = /--|—|–|―| - /;

/** Capitalised words (with the odd particle) or a few Han characters (中国·合肥: a country's, a dot, a city's): a place name. */
const PLACE = /^(?:[\p{Lu}\d][\p{L}\p{M}.'’-]*,?(?: (?:[\p{Lu}\d][\p{L}\p{M}.'’-]*|of|de|la|le|upon|am|an|del|di|and|&),?){0,8}|[\u3400-\u9fff]{1,12}(?:[ ·・‧•]?[\u3400-\u9fff]{1,12})?)$/u;
const PLACE_REGION = /^\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){0,3}, (?:\p{Lu}{2}|\p{Lu}[\p{Ll}.]+(?: \p{Lu}[\p{Ll}.]+){0,2})$/u;

/**
 * "LONDON -- Acme …", "WASHINGTON – The …": a capitalised place of a few words, a dash, and a sentence starting
 * after it. An en dash between two words ("SHANNON–CHICAGO SERVICE") joins them: a headline in capitals.
 */
const isCapitalPlace = (place: string, sep: string, after: string): boolean =>
  place !== '' && place === place.toUpperCase() && /\p{Lu}{3}/u.test(place) && place.split(/\s+/).length <= 5 &&
  /--|—|–/.test(sep) && sep !== '–' && /^[\p{Lu}\d“"「]/u.test(after);

function readPrefix(text: string, prefix: string, cut: number, tables: Tables, whole = false): DatelineFound | null {
  // A sentence's end in it, but for abbreviations ("Calif.", "Feb.", "ST. PAUL") and a German day ("12. März").
  if (SENTENCE_END.test(prefix) && SENTENCE_END.test(prefix.replace(/\b(?:[A-Z][a-z]{0,3}|[A-Z]{2}|Calif|\d{1,2})\.\s/g, ''))) return null;
  // Blank out the wire tags and the date; what is left, before or after them, is the place.
  const blanks: [number, number][] = [...prefix.matchAll(WIRE_TAG)].map((m) => [m.index, m.index + m[0].length]);
  const wire = blanks.length > 0;
  // Every date is blanked ("Nov 12, 2020, Nov. 12, 2020"); the first is the dateline's.
  const dates = findDates(prefix, tables.months);
  const d = dates[0] ?? null;
  for (const x of dates) blanks.push([x.start, x.end]);
  // "Thursday, June 30, 2023": the day of the week is part of the date, not the place.
  if (d) for (const w of prefix.matchAll(WEEKDAY)) blanks.push([w.index, w.index + w[0].length]);
  blanks.sort((x, y) => x[0] - y[0]);
  const pieces: [number, number][] = [];
  let from = 0;
  for (const [a, b] of [...blanks, [prefix.length, prefix.length] as [number, number]]) {
    const piece = trimSeparators(prefix, from, a);
    if (piece) pieces.push(piece);
    from = Math.max(from, b);
  }
  // "FOR IMMEDIATE RELEASE - March 4, 2026 - DENVER, CO -": a label before the date (labels reads it), the place after.
  if (pieces.length === 2 && d && pieces[0]![1] <= d.start && pieces[1]![0] >= d.end && isLabel(prefix.slice(...pieces[0]!), tables)) pieces.shift();
  if (pieces.length > 1) return null;
  const [placeStart, end] = withoutDateArticle(text, pieces[0] ?? [0, 0], d !== null, tables);
  // 香港時間2026年3月18日: the time zone named after a place gives the place.
  const placeEnd = placeStart + (zoneRegion(prefix.slice(placeStart, end), tables)?.length ?? end - placeStart);
  const place = text.slice(placeStart, placeEnd);
  if (INNER_DASH.test(place) || charsOver(place, 60) || place.split(/\s+/).length > 9) return null;
  // Without a date or a wire tag, only an upper-case place ("LONDON --") or a place with its region
  // ("Grand Rapids, MI -") reads as a dateline.
  // A line in capitals alone is a place when it is as short as one ("NEW YORK", "WASHINGTON, D.C."), not a
  // headline set in capitals ("MORE BULK BILLING FOR REGIONAL AUSTRALIANS").
  const capitals = whole
    ? place === place.toUpperCase() && /\p{Lu}{3}/u.test(place) && place.split(/\s+/).length <= 4
    : isCapitalPlace(place, text.slice(placeEnd, cut), text.slice(cut));
  // Alone on its line, a place the tables know ("Brussels") is one too, and so is one before a dash and the
  // sentence it opens ("London – Acme today …").
  const known = tables.regions.has(prefix.slice(placeStart, placeEnd).toLowerCase()) &&
    (whole || (/--|—|–/.test(text.slice(placeEnd, cut)) && /^\p{Lu}/u.test(text.slice(cut))));
  if (!d && !wire && !(capitals || known || PLACE_REGION.test(place))) return null;
  // "FOR IMMEDIATE RELEASE – March 5, 2026 –": a label before the date, which labels reads; no place.
  if (place && d && isLabel(prefix.slice(placeStart, placeEnd), tables)) return finish(text, cut, null, d);
  if (place && (!PLACE.test(place) || isLabelWord(prefix.slice(placeStart, placeEnd), tables) || namesBody(prefix.slice(placeStart, placeEnd), tables))) return null;
  return finish(text, cut, place || null, d);
}

/** 香港时间 → 香港: the region a time zone's name starts with. */
function zoneRegion(fold: string, tables: Tables): string | undefined {
  if (!tables.timeZones.has(fold)) return undefined;
  for (const r of tables.regions.keys()) if (fold.startsWith(r) && r.length < fold.length) return r;
  return undefined;
}

/** 新闻发布会, 证监会: a Chinese name that ends as an organization's or an event's does, not a place's (北京市). */
function namesBody(fold: string, tables: Tables): boolean {
  if (!isHan(fold[fold.length - 1])) return false;
  const places = tables.set('placeSuffixes');
  return tables.cjk('orgSuffixes').some((x) => !places.has(x) && fold.endsWith(x));
}

/** "Date: 12 March 2025", "FOR IMMEDIATE RELEASE: 12 March 2025": a label before a date, not a place. */
const isLabelWord = (fold: string, tables: Tables): boolean => isDateLabel(fold, tables) || isLabel(fold, tables);

/** "Paris, le" before "12 mars 2025": the place without the word that introduces its date. */
function withoutDateArticle(text: string, [a, b]: [number, number], dated: boolean, tables: Tables): [number, number] {
  const space = text.lastIndexOf(' ', b - 1);
  if (!dated || space <= a || !tables.set('dateArticles').has(text.slice(space + 1, b).toLowerCase())) return [a, b];
  return trimSeparators(text, a, space) ?? [a, b];
}

const SEPARATOR_CHAR = /[\s,，、/—–:-]/;

/** `[a, b)` without the separators at either end, or null when nothing is left. */
function trimSeparators(s: string, a: number, b: number): [number, number] | null {
  while (a < b && SEPARATOR_CHAR.test(s[a]!)) a++;
  while (b > a && SEPARATOR_CHAR.test(s[b - 1]!)) b--;
  return a < b ? [a, b] : null;
}
