import { type Tables, isTitleWord, orgNameWords, perTables } from '../locales/index.js';
import { splitLeadingHonorific } from '../locales/honorifics.js';
import { WEEKDAY, findDates } from '../util/dates.js';
import { hasMatches } from '../util/regexp.js';
import { scanTokens, withoutTokens } from '../util/tokens.js';
import { blanked, trimEndWhere, trimStartWhere } from '../util/trim.js';
import { DIGIT, charsOver, displayWidth, hasCombining, isHan } from '../util/chars.js';
import { contactTableHeader } from './contact-labels.js';

/**
 * Marks that open a bullet item. "-", "*" and a number ("1.", "2)") need a space after them; a stop (．, folded)
 * opens a Chinese item. U+F0B7 and its neighbours are the private-use characters a Symbol or Wingdings bullet
 * becomes in text taken from Word and PDF files.
 */
export const BULLET = /^(?:[•●▪■◆◇○◦‣∙·➢►▶✓✔❖‧・･\uf0b7\uf0a7\uf0d8\uf0fc\uf076]|(?:[*–]|-{1,2})(?= )|\d{1,2}[.)](?= )|\.(?=[\u3400-\u9fff]))\s*/;
const RULE = /^(?:[*=_~-] ?){3,}$/;

/**
 * The line holds nothing but URLs (a PDF's list of link annotations), or one address written without a scheme
 * ("twitter.com/acme", "acme.com"): no headline or paragraph is an address alone. A capitalized bare name
 * ("Booking.com") may be a company's, and is left.
 */
export function isUrlOnly(fold: string): boolean {
  const t = fold.trim();
  if (!/^(?:https?:\/\/|mailto:|www\.)/i.test(t)) {
    // One address and nothing else has no space in it: a line with one is not scanned for tokens.
    if (/\s/.test(t)) return false;
    const [tok, ...more] = scanTokens(t);
    return tok?.kind === 'domain' && !more.length && tok.start === 0 && tok.end === t.length && (tok.value.includes('/') || tok.value === tok.value.toLowerCase());
  }
  return scanTokens(t).every((tok) => tok.kind === 'url' || tok.kind === 'mailto');
}

export const isRule = (fold: string): boolean => RULE.test(fold) && !fold.includes('#');

const SEPARATOR = /[\s:：,，.\-–—|/()（）【】[\]]/;

/**
 * "FOR IMMEDIATE RELEASE: March 3, 2021", "PRESS RELEASE — 12 May 2020", "新闻稿 2024年3月5日": a label and a date
 * with nothing else on the line. Returns the label's offsets in `fold`.
 */
export function dateLineLabel(fold: string, tables: Tables): [number, number] | null {
  const dates = findDates(fold, tables.months).filter((d) => d.year !== null);
  return dates.length === 1 ? labelBesideDate(fold, dates[0]!, tables) : null;
}

/** "FOR IMMEDIATE RELEASE – March 5, 2026 – Acme …": a label opening a paragraph before its date; its offsets. */
export function labelBeforeDate(fold: string, tables: Tables): [number, number] | null {
  const d = findDates(fold.slice(0, 80), tables.months).find((x) => x.year !== null);
  if (!d) return null;
  const before = trimEndWhere(withoutWeekday(fold.slice(0, d.start), 'end'), SEPARATOR);
  const start = before.length - before.trimStart().length;
  return before.trim() && isLabel(before, tables) ? [start, before.length] : null;
}

export function labelBesideDate(fold: string, date: { start: number; end: number }, tables: Tables): [number, number] | null {
  const before = trimEndWhere(withoutWeekday(fold.slice(0, date.start), 'end'), SEPARATOR);
  const after = trimStartWhere(withoutWeekday(fold.slice(date.end), 'start'), SEPARATOR);
  // "Press release | 3 June 2024 | Brussels": where it was issued may follow the date.
  const place = tables.regions.has(trimEndWhere(after, SEPARATOR).trim().toLowerCase());
  if (before.trim() && (!after.trim() || place) && isLabel(before, tables)) {
    const start = before.length - before.trimStart().length;
    return [start, before.length];
  }
  if (after.trim() && !before.trim() && isLabel(after, tables)) {
    const start = fold.length - after.length;
    return [start, start + after.trimEnd().length];
  }
  return null;
}

/**
 * The day of the week beside a date goes with the date ("For immediate release: Thursday 5 March 2026",
 * 新闻稿 2024年3月5日（星期二）): blanked where it touches the date's side of `s`, so offsets stay.
 */
function withoutWeekday(s: string, dateSide: 'start' | 'end'): string {
  for (const w of s.matchAll(WEEKDAY)) {
    const between = dateSide === 'end' ? s.slice(w.index + w[0].length) : s.slice(0, w.index);
    if (!trimEndWhere(between, SEPARATOR)) return blanked(s, w.index, w.index + w[0].length);
  }
  return s;
}

/** "【新闻稿】", "[PRESS RELEASE]": what the brackets hold; any other text as it is. */
export const unbracketed = (s: string): string => (/^[【[][^【】[\]]*[】\]]$/.test(s) ? s.slice(1, -1).trim() : s);

/** A label in brackets before a headline ("【新闻稿】…", "[PRESS RELEASE] …"): the label's offsets in `fold`. */
export function bracketedLabel(fold: string, tables: Tables): [number, number] | null {
  const m = /^\s*[【[]([^【】[\]]{1,40})[】\]]/.exec(fold);
  if (!m || !isLabel(m[1]!, tables)) return null;
  const start = m[0].length - m[1]!.length - 1;
  return [start, start + m[1]!.length];
}

/** "#", "No.", "Ref.", 编号 (folded): a word the tables know as a release number's marker, its dot or colon aside. */
export const isNumberMark = (fold: string, tables: Tables): boolean => tables.set('numberMarks').has(fold.toLowerCase().replace(/[.:：]$/, ''));
/** "2025-041", "12/2025", "#45": a release's number (one with a digit). */
const RELEASE_NUMBER = /^#?[\w./-]+$/;
const releaseNumber = (w: string): boolean => RELEASE_NUMBER.test(w) && /\d/.test(w);

/**
 * "PRESS RELEASE  #  2025-041", "Media Release No. 12/2025", "Press Release: 2025-041", "[PRESS RELEASE #2025-041]":
 * a label with the release's number after it; "NETWORK | MEDIA RELEASE": a site's section, a bar, then the label.
 * The label's offsets in `fold`, or null.
 */
export function labelWithin(fold: string, tables: Tables): [number, number] | null {
  const t = fold.trim();
  if (charsOver(t, tables.longest('labels') + 30)) return null;
  const lead = fold.length - fold.trimStart().length;
  if (/^[【[]/.test(t) && /[】\]]$/.test(t)) {
    const inner = labelWithin(t.slice(1, -1), tables);
    return inner && [lead + 1 + inner[0], lead + 1 + inner[1]];
  }
  const bar = t.search(/[|｜]/);
  if (bar > 0) {
    const section = t.slice(0, bar).trim();
    const label = t.slice(bar + 1).trim();
    if (!SECTION_NAME.test(section) || !oneLabel(label, tables) || oneLabel(section, tables)) return null;
    const start = lead + t.indexOf(label, bar);
    return [start, start + label.length];
  }
  const words = t.split(/\s+/);
  let n = words.length;
  // 编号：2025-17: the marker and the number joined by a colon.
  const marked = (w: string): boolean => {
    const c = w.search(/[:：]/);
    return c > 0 && isNumberMark(w.slice(0, c), tables) && releaseNumber(w.slice(c + 1));
  };
  // "NEWS RELEASE 5-MAR-2024": a date is no release's number; the line is a label beside its date.
  const dated = (w: string): boolean => findDates(w, tables.months).some((d) => d.year !== null && d.start === 0 && d.end === w.length);
  while (n > 1 && (releaseNumber(words[n - 1]!) || marked(words[n - 1]!)) && !dated(words[n - 1]!)) n--;
  if (n === words.length) return null;
  while (n > 1 && isNumberMark(words[n - 1]!, tables)) n--;
  const label = words.slice(0, n).join(' ');
  const colon = /[:：]$/.test(label) ? 1 : 0;
  if (!oneLabel(label.slice(0, label.length - colon), tables)) return null;
  // Where the label's last word ends in the line as printed, whatever spaces it has.
  let at = 0;
  for (let k = 0; k < n; k++) at = t.indexOf(words[k]!, at) + words[k]!.length;
  return [lead, lead + at - colon];
}

/** A site's section before a bar: a word or three, no digits ("NETWORK", "Corporate News"). */
const SECTION_NAME = /^[\p{L}&]+(?: [\p{L}&]+){0,2}$/u;

export function isLabel(fold: string, tables: Tables): boolean {
  const trimmed = unbracketed(trimEndWhere(fold.trim(), /[:.\s]/));
  // "新聞稿 PRESS RELEASE", "即時發放 For Immediate Release": a label printed in two languages, one at each end.
  const first = trimmed[0];
  const last = trimmed[trimmed.length - 1];
  const bilingual = isHan(first) !== isHan(last) && (isHan(first) ? /^([\u3400-\u9fff]{2,8}) ?([a-z][a-z :.-]{3,40})$/i : /^([a-z][a-z :.-]{3,40})([\u3400-\u9fff]{2,8})$/i).exec(trimmed);
  if (bilingual) return oneLabel(bilingual[1]!.trim(), tables) && oneLabel(bilingual[2]!.trim(), tables);
  // "新 闻 稿": a label set out with a space between its characters, as letterheads do.
  if (LETTER_SPACED.test(trimmed)) return oneLabel(trimmed.replace(/[ \u3000]/g, ''), tables);
  return oneLabel(trimmed, tables) || labelParts(fold, tables) !== null || labelWithin(trimmed, tables) !== null;
}

const GAP_HINT = /[|｜/／·•\u3000]| {2}|[\u3400-\u9fff] [\u3400-\u9fff]/;

/** Between two labels on one line: a bar, a slash or a dot, a wide gap, or a space between Chinese words. */
const LABEL_GAP = /[ \u3000]*[|｜/／·•][ \u3000]*|[ \u3000]{2,}|(?<=[\u3400-\u9fff])[ \u3000](?=[\u3400-\u9fff])/g;
const FIRST_GAP = new RegExp(LABEL_GAP.source);

/** The longest caption label alone on its line ("Picture 12", 附图十二). */
const BARE_LABEL_MAX = 12;

/** "Photo 1", 圖一: a numbered caption label alone on its line, with no colon, its caption on the lines under it. */
export function bareCaptionLabel(fold: string, tables: Tables): boolean {
  const label = fold.trim();
  if (!label || charsOver(label, BARE_LABEL_MAX) || !/[\d一二三四五六七八九十]/.test(label)) return false;
  const m = tables.match('captionLabel', `${label}:`);
  return m !== null && m.index + m[0].length === label.length + 1;
}

/** Items a site's menu has at least on its line; words or Chinese characters an item has at most. */
const MENU_ITEMS = 4;
const MENU_ITEM_WORDS = 3;
const MENU_ITEM_HAN = 6;

/**
 * "Artists  Releases  News  Store  Contact", 個人用戶｜企業用戶｜關於遠聯｜投資人關係, 品牌故事　系列　门店　新闻中心: a
 * site's menu (or share bar) on one line, its items a word or two apart by bars or wide gaps, none with a number or
 * a colon. The items, or null.
 */
export function menuItems(fold: string): string[] | null {
  if (!GAP_HINT.test(fold)) return null;
  const items = fold.trim().split(LABEL_GAP);
  const menu = items.length >= MENU_ITEMS && items.every((x) => x !== '' && !/[\d:：]/.test(x) &&
    // "Policy & Public Interest": an ampersand is no word of its own.
    (isHan(x[0]) ? !charsOver(x, MENU_ITEM_HAN) : x.split(' ').filter((w) => w !== '&').length <= MENU_ITEM_WORDS));
  return menu ? items : null;
}

/**
 * "新聞稿　即時發佈", "PRESS RELEASE | FOR IMMEDIATE RELEASE": two or three labels on one line, each its own;
 * their offsets in `fold`.
 */
export function labelParts(fold: string, tables: Tables): [number, number][] | null {
  // Three labels and their gaps at most: a longer line, or one with no gap between words, is not split (nor scanned).
  if (charsOver(fold, 3 * tables.longest('labels') + 12) || !GAP_HINT.test(fold)) return null;
  // The first part must be a label: most lines' first words are not, and are not split further.
  const first = FIRST_GAP.exec(fold);
  if (!first || !oneLabel(unbracketed(fold.slice(0, first.index).trim()), tables)) return null;
  const parts: [number, number][] = [];
  let from = 0;
  for (const gap of [...fold.matchAll(LABEL_GAP), null]) {
    const to = gap ? gap.index : fold.length;
    const part = fold.slice(from, to);
    const start = from + part.length - part.trimStart().length;
    const end = from + part.trimEnd().length;
    if (end > start) parts.push([start, end]);
    if (gap) from = gap.index + gap[0].length;
  }
  return parts.length >= 2 && parts.length <= 3 && parts.every(([s, e]) => oneLabel(unbracketed(fold.slice(s, e)), tables)) ? parts : null;
}

const LETTER_SPACED = /^[\u3400-\u9fff](?:[ \u3000]{1,3}[\u3400-\u9fff]){1,7}$/;

function oneLabel(trimmed: string, tables: Tables): boolean {
  // Counted in characters, a longer text is no label, and is not scanned for marks.
  if (!trimmed || charsOver(trimmed, tables.longest('labels') + PUBLISHER_WIDTH)) return false;
  // Longer than any label, it can only be one after its publisher's name, or before it.
  if (charsOver(trimmed, tables.longest('labels'))) return publisherLabel(trimmed, tables) || labelThenPublisher(trimmed, tables);
  // Decomposed ("プ" as フ + ◌゚, "é" as e + ◌́: metadata and text from macOS), a label is composed to be looked up.
  const t = hasCombining(trimmed) ? trimmed.normalize('NFC') : trimmed;
  return tables.set('labels').has(t.toLowerCase()) || publisherLabel(t, tables);
}

/**
 * A person who issues the release, printed at its top: "The Hon. Mark Butler MP", "Dr Jane Roe MSP": an
 * honorific before a name or a postnominal after it (the surer sign), and the name's capitalised words.
 */
export function isSignatory(fold: string, tables: Tables): 'honorific' | 'postnominal' | null {
  const s = signatoryParts(fold, tables);
  return s === null ? null : s.postnominal ? 'postnominal' : 'honorific';
}

/** A signatory's line read: the honorific, the name without the postnominal after it, and whether one was. */
export function signatoryParts(line: string, tables: Tables): { honorific: string | null; name: string; postnominal: boolean } | null {
  const t = line.trim();
  if (charsOver(t, 60)) return null;
  const { honorific, rest } = splitLeadingHonorific(t, tables);
  let words = rest.split(/\s+/);
  const post = tables.set('postnominals');
  const postnominal = words.length > 1 && post.has(words[words.length - 1]!.toLowerCase());
  if (postnominal) words = words.slice(0, -1);
  const named = words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{L}\p{M}.'’-]*$/u.test(w));
  return named && (postnominal || honorific !== null) ? { honorific, name: words.join(' '), postnominal } : null;
}

/** The widest publisher's name before a label, in columns: 20 Han characters, 40 Latin letters. */
const PUBLISHER_WIDTH = 40;
/**
 * Marks of a sentence or a quote: a headline ending in "press release" has them, a publisher's name has none; nor
 * has it a bar, which sets a menu's items apart ("搜索新闻稿 | 订阅 | 发布新闻稿").
 */
const NOT_A_NAME = /[，。,!?！？:：;；"“”「」『』|｜]/;

const labelEnds = perTables((tables) => new Set(tables.list('namedLabels').map((l) => l[l.length - 1]!)));

/**
 * "NEWS RELEASE – West Pennine Police": a label, a dash, and the publisher: capitalised words ending in an
 * organization's word ("PRESS RELEASE – Acme Announces Record Results" is a headline).
 */
function labelThenPublisher(t: string, tables: Tables): boolean {
  const m = LABEL_DASH.exec(t);
  if (!m || !tables.set('labels').has(m[1]!.toLowerCase()) || charsOver(m[2]!, PUBLISHER_WIDTH) || NOT_A_NAME.test(m[2]!)) return false;
  const words = m[2]!.split(/\s+/);
  return words.every((w) => NAME_WORD.test(w)) && orgNameWords(tables).has(words[words.length - 1]!.toLowerCase());
}

const LABEL_DASH = /^([^–—|-]{2,30}?) [-–—|] ([^]+)$/;
const LABEL_DASH_REACH = 40;

/** "新聞稿 — 二零二四年三月五日…前禁止發布": a label, a dash and the rest of the line; where the label ends and the rest starts. */
export function labelThenRest(fold: string, tables: Tables): { label: [number, number]; rest: number } | null {
  // The dash comes within a label's length: a line without one there is not matched to its end.
  if (!/[-–—|]/.test(fold.slice(0, LABEL_DASH_REACH))) return null;
  const m = LABEL_DASH.exec(fold.trim());
  if (!m || !tables.set('labels').has(m[1]!.toLowerCase())) return null;
  const start = fold.length - fold.trimStart().length;
  return { label: [start, start + m[1]!.length], rest: fold.trimEnd().length - m[2]!.length };
}

/** Words a name in capitals may hold in lower case ("City of Springfield"). */
const NAME_WORD = /^(?:\p{Lu}|\d|&|(?:of|and|for|the|de|du|la|le|von|van)$)/u;

/**
 * "經濟部新聞稿", "City of Springfield News Release", "European Commission - Press release": a label after its
 * publisher's name. A Latin name is
 * capitalized words ("Acme Responds to Press Release" is a headline).
 */
function publisherLabel(t: string, tables: Tables): boolean {
  // Most lines end in no label's last letter, and are not lowered and compared.
  if (!labelEnds(tables).has(t[t.length - 1]!.toLowerCase())) return false;
  const lower = t.toLowerCase();
  for (const label of tables.list('namedLabels')) {
    if (lower.length <= label.length || !lower.endsWith(label)) continue;
    // "European Commission - Press release": a dash or a bar may stand between them.
    const name = t.slice(0, -label.length).replace(/ [-–—|] $/, ' ');
    // 搜索新闻稿 ("search releases"): a site's control, no publisher.
    if (displayWidth(name.trim()) > PUBLISHER_WIDTH || NOT_A_NAME.test(name) || tables.set('siteNavigation').has(name.trim().toLowerCase())) return false;
    // A Latin label is whole words, after a name of capitalized words.
    return !/^[a-z]/.test(label) || (name.endsWith(' ') && name.trim().split(/\s+/).every((w) => NAME_WORD.test(w)));
  }
  return false;
}

/** "Home | News | Press releases", "Home > News": a site's navigation or breadcrumb line. */
const NAVIGATION = /^[^|>»›:@]{1,30}(?: [|>»›] [^|>»›:@]{1,30})+$/;

/**
 * "沅川新闻网>>时政>>正文", "首页>新闻": a trail's arrows printed doubled, or single between Chinese words with no
 * spaces, spaced out as NAVIGATION reads them ("growth>20%" keeps its sign).
 */
const ARROW = / ?(?:>>|[»›]) ?|(?<=\p{Script=Han})>(?=\p{Script=Han})/gu;
const navigation = (t: string): boolean => NAVIGATION.test(/[>»›]/.test(t) ? t.replace(ARROW, ' > ') : t);

/** "Home > News > Club News", "Home / Press Releases / …": a page's breadcrumb trail, printed over its own title. */
export const isBreadcrumb = (fold: string, tables: Tables): boolean =>
  (/[>»›]/.test(fold) && navigation(fold.trim())) || crumbsTo(fold.trim(), ' / ', chromeWords(tables).words) ||
  crumbsTo(fold.trim(), ' > ', chromeWords(tables).words);

/**
 * "(Stock Code: 1234)", （於開曼群島註冊成立之有限公司）, "ABN 41 612 555 908 | ASX: KRM": a company's incorporation,
 * registration or stock code line, or a few of them on one line set apart by bars or dots.
 */
export function isListing(t: string, tables: Tables): boolean {
  if (tables.match('listing', t)) return true;
  if (t.length > LISTING_LINE_MAX || (!t.includes(' | ') && !t.includes(' · ') && !t.includes(' • '))) return false;
  const parts = t.split(/ [|·•] /, LISTING_PARTS + 1);
  return parts.length > 1 && parts.length <= LISTING_PARTS && parts.every((p) => tables.match('listing', p.trim()) !== null);
}
const LISTING_PARTS = 4;
const LISTING_LINE_MAX = 160;

/** "Revenue | $1,234 | $1,100": a table's row holds figures, where a site's links ("Home | News") do not. */
const dataRow = (t: string): boolean => /\d/.test(t) && !/©|copyright/i.test(t);

/** "唐可欣 | 品牌公关总监", "Jane Roe | Director of Communications": a contact's name and title, not a site's links. */
function nameAndTitle(t: string, tables: Tables): boolean {
  const cells = t.split(/ ?[|｜] ?/);
  if (cells.length !== 2) return false;
  const last = cells[1]!.trim();
  return /[\u3400-\u9fff]$/.test(last) ? tables.cjk('titleHeads').some((h) => last.endsWith(h)) : last.toLowerCase().split(/\s+/).some((w) => isTitleWord(w, tables));
}

/**
 * "Newsroom / Press Releases", "Home / Press Releases / Bluewater Airways Adds …", "Home > News > Council approves
 * …": slashes (or arrows) between a site's sections, one of them a chrome word ("Acme / Beta" is a name); the last
 * may be the page's own title.
 */
function crumbsTo(t: string, separator: string, chrome: ReadonlySet<string>): boolean {
  if (t.length > 250 || !t.includes(separator)) return false;
  const crumbs = t.split(separator);
  return crumbs.every((c, i) => c.length && c.length <= (i === crumbs.length - 1 ? 200 : 30)) && crumbs.some((c) => chrome.has(c.trim().toLowerCase()));
}

/** "© 2026 Acme Inc. All rights reserved.", "Copyright © 2026 …": a site's or a document's copyright line. */
export const COPYRIGHT = /^(?:copyright ?)?(?:©|\(c\) ?(?:19|20)\d{2})/i;
/** A copyright line, its mark first or after a few words ("版权所有 © 2026 澜途汽车 沪ICP备20190417号"): page furniture. */
export const isCopyrightLine = (t: string): boolean => t.length <= 200 && (COPYRIGHT.test(t) || /^[^©\d]{1,12}© ?(?:19|20)\d{2}/.test(t));

/** Whole lines of chrome: the chrome words and the headings over a page's other articles, with the longest's length. */
const chromeWords = perTables((tables) => {
  const lists = ['chrome', 'siteNavigation', 'breadcrumbLeads', 'relatedHeadings'] as const;
  const words = new Set(lists.flatMap((l) => tables.list(l)));
  return { words, longest: Math.max(...lists.map((l) => tables.longest(l))) };
});

/** "Search", "Menu", "繁體版   简体版   A A A", "English | Français": a site's navigation, a whole line or an item of one. */
export function isNavigation(fold: string, tables: Tables): boolean {
  const t = fold.trim().toLowerCase();
  if (t.length > NAVIGATION_MAX) return false;
  const nav = tables.set('siteNavigation');
  return nav.has(t) || t.split(ITEM_GAP).some((x) => nav.has(x.trim()));
}
const NAVIGATION_MAX = 80;
const ITEM_GAP = / {2,}|\t+| ?[|｜] ?/;

const HAN_SPACED = /(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu;

export function isChrome(fold: string, tables: Tables): boolean {
  const t = fold.trim();
  const { words: chrome, longest } = chromeWords(tables);
  // "Share this", and "Tags: …" / "Share: Twitter | LinkedIn" / 编辑｜沈若溪: a chrome word before a colon or a bar.
  // 标　　题：: a form's field name spaced out to the width of its column.
  const head = t.match(/^[([【]?([^:|]{1,20})[:|]/)?.[1]?.trim().toLowerCase().replace(HAN_SPACED, '');
  // "【相关新闻】", "[Related news]": a chrome word in brackets.
  const trimmed = trimEndWhere(t, /[:.]/);
  const bare = t[0] === '[' || t[0] === '【' ? unbracketed(trimmed) : trimmed;
  // "👆点击蓝字 关注我们": a social account's prompt, with its emoji and spaces.
  const short = bare.length <= longest + 8;
  const plain = short && EMOJI.test(bare) ? bare.replace(PROMPT_MARKS, '') : short && bare.includes(' ') ? bare.replace(HAN_SPACED, '') : bare;
  return (
    (plain.length <= longest && chrome.has(plain.toLowerCase())) || (head !== undefined && chrome.has(head)) ||
    (plain.length <= tables.longest('shareButtons') && tables.set('shareButtons').has(plain.toLowerCase())) ||
    (bare.length <= tables.longest('chromeLabels') && tables.set('chromeLabels').has(bare.toLowerCase())) ||
    (navigation(t) && !/[.。]$/.test(t) && !dataRow(t) && !nameAndTitle(t, tables)) || isListing(t, tables) || crumbsTo(t, ' / ', chrome) || crumbsTo(t, ' > ', chrome) ||
    isCopyrightLine(t) || isReference(t, tables) || (BRACKETED_WORDS.test(t) && t.match(BRACKETED_WORD)!.every((w) => chrome.has(w.toLowerCase()))) ||
    footerFields(t, chrome) || tables.match('siteNotice', t) !== null || buttonBar(t, chrome, tables) || promoBar(t, tables) ||
    imagePlaceholder(t, tables)
  );
}

/** "[图片]", "[Image 2]": where a picture was, in a page copied as text ("[Image: The city's seal]" is a caption). */
function imagePlaceholder(t: string, tables: Tables): boolean {
  const m = /^\[([^\]:\d]{1,12}?) ?\d{0,3}\]$/.exec(t);
  return m !== null && tables.set('imagePlaceholders').has(m[1]!.toLowerCase());
}

/** "分享至 Facebook　LINE　X　複製連結", "A-　A　A+": a page's share or text-size buttons on one line, a chrome word first. */
function buttonBar(t: string, chrome: ReadonlySet<string>, tables: Tables): boolean {
  // Most lines' first word is no chrome word: they are not split.
  if (t.length > BUTTON_BAR_MAX) return false;
  const space = t.search(/\s/);
  if (space < 0) return false;
  const first = t.slice(0, space).toLowerCase();
  if (!chrome.has(first) && !TEXT_SIZE.test(first)) return false;
  const rest = t.slice(space + 1).trimStart().toLowerCase().split(/\s+/);
  if (TEXT_SIZE.test(first) && rest.every((w) => TEXT_SIZE.test(w))) return true;
  const share = tables.set('shareButtons');
  return chrome.has(first) && rest.every((w) => share.has(w) || chrome.has(w));
}
const BUTTON_BAR_MAX = 80;
const TEXT_SIZE = /^a[-+]?$/;

/** A field's label before a colon, after the line's start or a space. */
const FIELD_LABEL = /(?<=^|\s)([^\s:]{1,12}) ?:/g;

/**
 * "NEXT MATCH: Harrowdale v Thornbury | Sat 20 July, 15:00 | Pre-season friendly | Buy tickets": a site's banner, items
 * set apart by bars, the last a call to action.
 */
function promoBar(t: string, tables: Tables): boolean {
  if (!t.includes('|')) return false;
  const parts = t.split('|');
  const last = parts[parts.length - 1]!.trim().toLowerCase().split(/\s+/);
  return parts.length >= PROMO_ITEMS_MIN && last.length <= PROMO_ACTION_WORDS && tables.set('callsToAction').has(last[0]!);
}
const PROMO_ITEMS_MIN = 3;
const PROMO_ACTION_WORDS = 3;

/**
 * "联系电话：0551-6512 0000  地址：…  ICP备案号：皖ICP备…": a site's footer, two fields or more labelled with a
 * colon on one line, one of them a chrome word's (a contact's line has none).
 */
function footerFields(t: string, chrome: ReadonlySet<string>): boolean {
  const colon = t.indexOf(':');
  if (colon === -1 || colon === t.lastIndexOf(':')) return false;
  let fields = 0;
  let footer = false;
  for (const m of t.matchAll(FIELD_LABEL)) {
    fields++;
    footer ||= chrome.has(m[1]!.toLowerCase());
  }
  return footer && fields >= 2;
}

/** "【打印本页】【关闭窗口】", "[Print] [Close]": a page's buttons, a chrome word in each pair of brackets. */
const BRACKETED_WORDS = /^(?:[【[][^【】[\]]{1,20}[】\]] {0,4}){2,6}$/;
const BRACKETED_WORD = /(?<=[【[])[^【】[\]]+(?=[】\]])/g;

/**
 * "2026HLTH0034-000312", "PR-2025-014": a release's reference code alone on its line, one word of capitals and
 * four digits or more ("COVID-19" has two).
 */
const isReferenceNumber = (t: string): boolean => t.length >= 8 && t.length <= 32 && /^[A-Z0-9][A-Z0-9./-]+$/.test(t) && /[A-Z]/.test(t) && hasMatches(t, DIGIT, 4);

/** "RELEASE 26-019", "Release No. 25-041", "Ref: PR/2026/014": a reference word, then a code of four digits or more. */
function isReference(t: string, tables: Tables): boolean {
  // A code ends in a digit: most lines do not, and are not looked at further.
  const end = t.charCodeAt(t.length - 1);
  if (end < 48 || end > 57) return false;
  const space = t.lastIndexOf(' ');
  if (space < 0) return isReferenceNumber(t);
  const code = t.slice(space + 1);
  if (code.length > 32 || !/^[A-Za-z0-9][A-Za-z0-9.]*[-/][A-Za-z0-9./-]*\d$/.test(code) || !hasMatches(code, DIGIT, 4)) return false;
  const words = trimEndWhere(t.slice(0, space), /[\s:#]/).toLowerCase();
  return tables.set('chrome').has(words) || tables.set('labels').has(words);
}

const EMOJI = /\p{Extended_Pictographic}/u;
const PROMPT_MARKS = /[\p{Extended_Pictographic}\uFE0F ]/gu;

/** Nothing but phone numbers, e-mail addresses and URLs: a contact detail, a line of its own. */
export function isContactDetail(fold: string): boolean {
  // It needs an e-mail address or seven digits: most lines have neither, and skip the token scan.
  if (!fold.includes('@') && !hasMatches(fold, DIGIT, 7)) return false;
  const tokens = scanTokens(fold);
  const rest = withoutTokens(fold, tokens);
  return (tokens.some((t) => t.kind === 'email') || hasMatches(rest, DIGIT, 7)) && /^[\d\s()+\-./,]*$/.test(rest);
}


const HEADING_MAX = 90;
const ABOUT_NAME_WIDTH = 80;

/** A heading line that opens an "About X" section; returns X's offsets in the line. */
export function aboutHeading(fold: string, tables: Tables): [number, number] | null {
  if (charsOver(fold, HEADING_MAX)) return null;
  // "关于星河云：", "About Acme (HKEX: 1234)": a colon or a listing after the name are cut from the end (the
  // offsets hold).
  // 【关于华禾新材】: a heading in brackets, read inside them (one character in, so the offsets hold).
  const trimmed = trimEndWhere(fold, /[\s:]/);
  const inner = unbracketed(trimmed);
  const shift = inner === trimmed ? 0 : trimmed.indexOf(inner);
  const m = tables.match('aboutHeading', withoutListing(inner));
  if (!m || m[1] === undefined) return null;
  const org = aboutName(m[1], tables);
  if (org === null) return null;
  const start = shift + m.index + m[0].length - m[1].length;
  // "About the Sponsor, Kestrel Group Holdings", "About the Manager, …": the part a trust's release gives the
  // organization, then its name.
  const role = /the\s+$/i.test(fold.slice(0, start)) ? ROLE_BEFORE_NAME.exec(org) : null;
  return role ? [start + role[0].length, start + org.length] : [start, start + org.length];
}

const ROLE_BEFORE_NAME = /^\p{Lu}\p{Ll}+, (?=\p{Lu})/u;

/**
 * "Bluewater Alliance is an independent …", "The Nature Conservancy is a …": an organization's boilerplate with
 * no heading, its name opening it (after an article); the name's offsets, and where the text starts.
 */
export function aboutDescription(fold: string, tables: Tables): { name: [number, number]; text: number } | null {
  const m = tables.match('aboutDescription', fold);
  if (!m) return null;
  const start = m[0].indexOf(m[1]!);
  return { name: [start, start + m[1]!.length], text: 0 };
}

/**
 * "About Acme: Acme Corp. is …", "关于星河云：星河云成立于…": an About section whose paragraph opens with its
 * heading. Returns X's offsets and where the text starts.
 */
export function aboutLead(fold: string, tables: Tables): { name: [number, number]; text: number } | null {
  const m = tables.match('aboutLead', fold);
  if (!m || m[1] === undefined || m[1].includes('\t')) return null;
  const org = aboutName(withoutListing(m[1].trimEnd()), tables);
  // Capitalized, as a name: "About 300 guests came: …" is a sentence.
  if (org === null || !/^(?:\p{Lu}|[\u3400-\u9fff])/u.test(org)) return null;
  let text = m.index + m[0].length;
  while (text < fold.length && /\s/.test(fold[text]!)) text++;
  if (text === fold.length) return null;
  const start = m.index + m[0].indexOf(m[1]);
  return { name: [start, start + org.length], text };
}

/** The name an About heading gives, or null when what follows "About" reads as a sentence. */
function aboutName(raw: string, tables: Tables): string | null {
  const org = trimEndWhere(raw, /[\s:]/);
  // 80 columns: 80 Latin letters or 40 Han characters, counted alike composed or decomposed.
  if (displayWidth(org) > ABOUT_NAME_WIDTH) return null;
  // A sentence ("About 300 firms joined.", "关于此次合作，双方…") is not a heading; "About Acme Holdings, Inc." is.
  const lastWord = org.toLowerCase().split(/\s+/).pop() ?? '';
  if (!org || /[。，;；!?]|[.,]\s*\p{Ll}/u.test(org) || (/[.。]$/.test(org) && !tables.set('orgSuffixes').has(lastWord))) return null;
  return org;
}

/** "… Holdings Limited (HKEX: 1234)", "…星河科技（股票代码：600000）": a listing after a name is no part of it. */
function withoutListing(s: string): string {
  if (!/[)）]$/.test(s)) return s;
  const open = Math.max(s.lastIndexOf('('), s.lastIndexOf('（'));
  return open > 0 && /[:：]/.test(s.slice(open)) ? trimEndWhere(s.slice(0, open), /\s/) : s;
}

export function isContactHeading(fold: string, tables: Tables): boolean {
  return tables.match('contactHeading', fold) !== null && tables.match('contactSentence', fold) === null;
}

export function isEndMark(fold: string, tables: Tables): boolean {
  return tables.match('endMark', fold.trim()) !== null;
}

/** The longest Chinese date label that ends in a listed one (新聞稿發佈日期), in characters. */
const DATE_LABEL_MAX = 8;

/** "Posted", 发布日期: a date's label; a Chinese one may end in a listed one (發稿日期, 更新时间). */
export function isDateLabel(fold: string, tables: Tables): boolean {
  const label = fold.trim().toLowerCase();
  if (tables.set('dateLabels').has(label)) return true;
  return isHan(label[label.length - 1]) && !charsOver(label, DATE_LABEL_MAX) && tables.cjk('dateLabels').some((w) => label.endsWith(w));
}

/** How far into its line a date label without a colon may end ("Last updated on Wednesday 12 …"). */
const BARE_DATE_LABEL_MAX = 30;

/**
 * "发布时间：2025-10-21 16:05 …", "Posted on: 3 March 2026": a page's date line, under its label; or the label and
 * the date with no colon between, a weekday aside ("Published Tuesday 11 November 2025, 7:45pm AEDT").
 */
function startsWithDateLabel(fold: string, tables: Tables): boolean {
  const colon = fold.search(/[:：]/);
  if (colon > 0 && colon <= 20) return isDateLabel(fold.slice(0, colon), tables) && findDates(fold, tables.months).some((d) => d.year !== null);
  // Only a line whose first words hold a label is searched for its date.
  const lead = fold.slice(0, BARE_DATE_LABEL_MAX).toLowerCase().split(' ', 3);
  if (!lead.some((w) => isDateLabel(w, tables))) return false;
  const d = findDates(fold.slice(0, BARE_DATE_LABEL_MAX + 30), tables.months).find((x) => x.year !== null);
  if (!d || d.start > BARE_DATE_LABEL_MAX) return false;
  const label = fold.slice(0, d.start).replace(WEEKDAY, ' ').trim().replace(/,$/, '').replace(/ on$/i, '');
  // The label alone, or a word and the label on a line that is no sentence ("Last updated …"): a wrapped line of
  // a paragraph ("Feasibility Study released on 14 October 2025.") is neither.
  const words = label.split(/\s+/);
  return isDateLabel(label, tables) || (words.length === 2 && isDateLabel(words[1]!, tables) && !/[.。]$/.test(fold.trimEnd()));
}

const TILDED = /^[~〜][^~〜]{1,200}[~〜]$/;

/** A line that starts a new block whatever came before it (besides one that `standsAlone`). */
export function startsBlock(fold: string, tables: Tables): boolean {
  return (
    BULLET.test(fold) ||
    // A Chinese subtitle set off by a double dash under the headline: ——资金将用于…
    fold.startsWith('——') ||
    // A subtitle between tildes, as Japanese companies print one in English: ~ Mass production to begin in 2027 ~
    TILDED.test(fold) ||
    tables.match('captionLabel', fold) !== null ||
    tables.match('creditLabel', fold) !== null ||
    tables.match('captionUnlabelled', fold) !== null ||
    tables.match('embargo', fold) !== null ||
    tables.match('trailer', fold) !== null ||
    isContactHeading(fold, tables) ||
    startsWithDateLabel(fold, tables)
  );
}

/** A line that is a block on its own: nothing joins it. */
export function standsAlone(fold: string, tables: Tables): boolean {
  return (
    isUrlOnly(fold) ||
    isContactDetail(fold) ||
    (isContactHeading(fold, tables) && scanTokens(fold).some((t) => t.kind === 'email')) ||
    isRule(fold) ||
    isEndMark(fold, tables) ||
    isLabel(fold, tables) ||
    isChrome(fold, tables) ||
    aboutHeading(fold, tables) !== null ||
    tables.match('trailer', fold) !== null ||
    // "姓名      職位      電話": a contact table's header, however its columns are spaced.
    contactTableHeader(fold, tables) !== null
  );
}
