import { type Tables, isTitleWord, orgNameWords, perTables } from '../locales/index.js';
import { WEEKDAY, WEEKDAY_SHORT, YEAR, findDates, monthYear } from '../util/dates.js';
import { escapeRegExp, hasMatches } from '../util/regexp.js';
import { scanTokens, withoutTokens } from '../util/tokens.js';
import type { Block } from './blocks.js';
import { contactLabels, contactTableHeader } from './contact-labels.js';
import { DIGIT, HAN_CHAR, charsOver, displayWidth } from '../util/chars.js';
import { foldForMatching } from '../normalize/fold.js';
import { trimEndWhere } from '../util/trim.js';
import {
  BULLET, bareCaptionLabel, menuItems, aboutDescription, aboutHeading, unbracketed, aboutLead, isBreadcrumb, isChrome, isContactHeading, isCopyrightLine, isEndMark, isLabel, isListing, isNavigation, isNumberMark, labelThenRest, isRule, isSignatory, isUrlOnly, dateLineLabel, labelBesideDate,
} from './line-kinds.js';

export type BlockKind =
  | 'wire' | 'contactInfo' | 'urls' | 'endMark' | 'rule' | 'label' | 'chrome' | 'embargo' | 'trailer' | 'about' | 'contact'
  | 'credit' | 'caption' | 'bullet' | 'date' | 'heading' | 'title' | 'prose';

/** Where each block stands in the release: the roles fields are read from. */
export interface Outline {
  kinds: BlockKind[];
  headline: number | null;
  subheadline: number | null;
  /** The subheadline's last block, when it runs over two or more title lines; used only when past `subheadline`. */
  subheadlineEnd: number | null;
  highlights: number[];
  /** A date printed on its own line near the top. */
  topDate: number | null;
  /** A dateline printed on its own line above the body ("NEW YORK" under a newsroom page's wire name). */
  datelineLine: number | null;
  bodyStart: number | null;
  /** Exclusive. */
  bodyEnd: number;
  /** "Hon Sam Rivers" over "Minister for Conservation" atop a minister's release: the name's block and the office's. */
  signatory: { name: number; office: number } | null;
  /** A page's heading over links to its other articles ("Related news"): what follows it is the site's, not the release's. */
  related: number | null;
  /** Heading block and the blocks of its text. */
  about: { heading: number; blocks: number[] }[];
  /** Heading block (or first block) and the blocks of each contact section. */
  contacts: { heading: number; blocks: number[] }[];
}

/** A sentence wholly in brackets: a note on the text, not its title. */
const BRACKETED_NOTE = /^[(（][^()（）]*[.。!?！？][)）]$/;

/** Kinds that end the release's text. */
const SECTION_ENDS = new Set<BlockKind>(['endMark', 'about', 'contact', 'trailer']);

/** Narrower, a title line over a label is an organization's banner ("Acme Corp", 香港科技园公司), not the headline. */
const HEADLINE_MIN_WIDTH = 30;
/** The widest line a label and an embargo share ("PRESS RELEASE – EMBARGOED UNTIL …"). */
const EMBARGO_LINE_WIDTH = 200;
/** A closing line's widest ("香港晴天長者服務協會傳訊及籌募部 謹啟"). */
const VALEDICTION_WIDTH = 60;
/** A share button's widest line ("Copy link", 複製連結). */
const SHARE_BUTTON_WIDTH = 12;
const shareButton = (b: Block, tables: Tables): boolean => b.width <= SHARE_BUTTON_WIDTH && tables.set('shareButtons').has(b.fold.trim().toLowerCase());

/** Chinese characters a heading printed with a colon holds at most: more (…今日發表以下聲明：) make a sentence. */
const HAN_HEADING_MAX = 10;
/** Chinese characters that make a line a Chinese title. */
const HAN_TITLE_MIN = 4;

/** Speech verbs, longest first, for the end of a line that introduces a quote. */
const speechVerbs = perTables((tables) => [...tables.list('speechVerbs')].sort((a, b) => b.length - a.length));
/** Characters before the verb that make a subject: "产品介绍：" is a heading, "何志明今日表示：" opens a quote. */
const SUBJECT_MIN = 4;

/** "民進聯盟立法會議員何志明今日表示：", "Jane Doe, chief executive, said:": a sentence that opens a quote, not a heading. */
function introducesSpeech(fold: string, tables: Tables): boolean {
  const t = fold.trimEnd().slice(0, -1).trimEnd().toLowerCase();
  // A word's end is no verb ("Recent essays:"): a Latin verb follows a space.
  const verb = speechVerbs(tables).find((v) => t.endsWith(v) && (!/^[a-z]/.test(v) || t[t.length - v.length - 1] === ' '));
  return verb !== undefined && t.length - verb.length >= SUBJECT_MIN;
}

const SENTENCE_DONE = /[.。!?！？:：)）」”"]\s*$/;

/** A sentence's end: a stop, or a closing quote after one (a headline may end with 」 of a name). */
const PROSE_END = /[.。;；:：]$|[.。!?！？][」”"』’']$/;

/** "Baía de Prata – Resorts Integrados, S.A.", "Acme Robotics Inc.": a company's name, its stop its legal form's. */
function companyName(t: string, width: number, tables: Tables): boolean {
  if (width > COMPANY_NAME_WIDTH || !t.endsWith('.')) return false;
  const last = t.slice(t.lastIndexOf(' ') + 1).toLowerCase();
  return last.length > 1 && tables.set('orgSuffixes').has(last);
}
const COMPANY_NAME_WIDTH = 60;
const SHOUT_END = /[!?！？]$/;

/** The widest date line: a university page's "发布时间：2025-04-22    通讯员：…    编辑：…    审核：…    点击数：3516". */
const DATE_LINE_WIDTH = 100;

function classify(b: Block, tables: Tables): BlockKind {
  const f = b.fold;
  if (isUrlOnly(f)) return 'urls';
  // "Contact Us | Privacy Policy | Disclaimer | Sitemap": a site's links in a row, wherever printed, are no heading.
  if (/[|｜]/.test(f) && menuItems(f) && !contactTableHeader(f, tables)) return 'chrome';
  if (isWire(f, tables)) return 'wire';
  if (isContactHeading(f, tables)) return 'contact';
  if (isContactInfo(b.text, tables)) return 'contactInfo';
  if (isEndMark(f, tables)) return 'endMark';
  if (isRule(f)) return 'rule';
  // "首頁 > 市政新聞 > 新聞稿": a trail whose last crumb is a label's word is no label.
  if (/[>»›]/.test(f) && isBreadcrumb(f, tables)) return 'chrome';
  if (isLabel(f, tables)) return 'label';
  const width = b.width;
  // An embargo line carries a date, but not the release's.
  // "PRESS RELEASE – EMBARGOED UNTIL …": a label before it on the line, which the labels read.
  if (tables.match('embargo', f)) return 'embargo';
  const labelled = width <= EMBARGO_LINE_WIDTH ? labelThenRest(f, tables) : null;
  if (labelled && tables.match('embargo', f.slice(labelled.rest))) return 'embargo';
  // A byline with a date ("来源：… 发布时间：2024-06-18") is a date line before it is chrome, with the page's buttons
  // after it (【字体：大 中 小】【打印】【关闭】) or not.
  const dated = withoutButtons(f);
  if ((dated === f ? width : displayWidth(dated)) <= DATE_LINE_WIDTH && isDateLine(dated, tables)) return 'date';
  // A contact table's header row ("Name | Title | Phone") is no site navigation.
  if (contactTableHeader(f, tables)) return 'contactInfo';
  // A byline is no title: like site chrome, it is skipped above the headline and left out of the body.
  // "From Department of Rural and Community Development", "By Department of Agriculture": the office a government
  // page says it is from or by, no colon.
  const t = f.trim();
  const space = t.indexOf(' ');
  if (space > 0 && tables.set('issuerLeads').has(t.slice(0, space).toLowerCase()) && namesOffice(t.slice(space + 1), tables)) return 'chrome';
  // An e-mail's closing line ("Kind regards,", 謝謝！) ends a contact above it, and is no part of the release.
  if (isChrome(f, tables) || tables.match('byline', f) || (width <= VALEDICTION_WIDTH && tables.match('valediction', t))) return 'chrome';
  if (tables.match('trailer', f)) return 'trailer';
  if (aboutHeading(b.lines[0]!.fold, tables) || aboutLead(b.lines[0]!.fold, tables)) return 'about';
  if (tables.match('creditLabel', f)) return 'credit';
  if (isCaption(f, tables)) return imageLink(f, tables) ? 'urls' : 'caption';
  if (b.lines.length > 1 && bareCaptionLabel(b.lines[0]!.fold, tables)) return 'caption';
  // "·" alone between a page's controls: a separator, no item.
  if (BULLET.test(f)) return f.replace(BULLET, '').trim() ? 'bullet' : 'chrome';
  // "Highlights", 【亮点】: a heading over the bullets, printed with a colon, in brackets or bare.
  if (width <= 60 && ((/[:：]$/.test(f) && !introducesSpeech(f, tables) && !hasMatches(f, HAN_CHAR, HAN_HEADING_MAX + 1)) || (width <= 30 && isHighlightHeading(f, tables)))) return 'heading';
  if ((PROSE_END.test(f) && !companyName(t, width, tables)) || width > 240 || (SHOUT_END.test(f) && width > 140)) return 'prose';
  return 'title';
}

/** A wire service's name on its own line: "PR Newswire", "/PRNewswire/", "News provided by Business Wire". */
function isWire(fold: string, tables: Tables): boolean {
  let name = fold.trim();
  const prefix = tables.match('wirePrefix', name);
  if (prefix) name = name.slice(prefix[0].length);
  // Only a mark at either end is cut below: a longer text (a paragraph) is no wire's name, and is not scanned.
  if (name.length > tables.longest('wires') + 2) return false;
  name = name.replace(/^[/(]|[/)]$/g, '');
  return name.length <= tables.longest('wires') && tables.set('wires').has(name.toLowerCase());
}

const MASK = /X/g;

/** "+41 61 555 44 00": a country code and groups of two digits or more, nine digits in all at least. */
const INTERNATIONAL = /\+\d{1,3}(?:[ .-]?\d{2,4}){3,5}\b/;

/** Three spaces or more, or a tab: a gap between columns. */
const COLUMN_GAP = /\t|   +/;

/**
 * Nothing but e-mail addresses, URLs and phone numbers: contact details printed without a heading, alone or in
 * columns side by side ("Phone: +41 61 …      Phone: +41 61 …").
 */
function isContactInfo(text: string, tables: Tables): boolean {
  // It needs an e-mail address, or a number's seven digits or X's: most blocks have neither, and are not split.
  if (!text.includes('@') && !hasMatches(text, DIGIT, 7) && !hasMatches(text, MASK, 7)) return false;
  // "No. 2025-0617" under a government's label: the release's number, not a phone's; a copyright line's record
  // number (沪ICP备20190417号) neither.
  // An e-mail's "To: newsdesk@…" over a forwarded release is its header.
  if (isReferenceNumber(text, tables) || isCopyrightLine(text.trim()) || tables.match('siteNotice', text.trim()) !== null) return false;
  if (COLUMN_GAP.test(text)) {
    // "Tel: (868) 555-0140   |   www.ttwa.example.tt": bars between the cells, and a web address beside a number;
    // "联系人：孙婧    电话：…": a person under a name's label beside them.
    const cells = text.split(COLUMN_GAP).filter((c) => c.trim() && !/^[|｜·•]$/.test(c.trim()));
    const named = (c: string): boolean => contactLabels(foldForMatching(c.trim()), tables)[0]?.kind === 'name';
    if (cells.length > 1) return cells.every((c) => contactCell(c) || isUrlOnly(c.trim()) || named(c)) && cells.some(contactCell);
  }
  if (contactCell(text)) return true;
  const label = officeLabel(text, tables);
  return label > 0 && contactCell(text.slice(label));
}

const REFERENCE_NUMBER = /^([^\s:：\d]{1,12}) ?[:：]? ?[\d/-]+$/;
/** "No. 2025-0617", 編號：2025-17: a marker the tables know, then digits. */
function isReferenceNumber(text: string, tables: Tables): boolean {
  const m = REFERENCE_NUMBER.exec(text);
  return m !== null && isNumberMark(foldForMatching(m[1]!), tables);
}

/** An office's name before a colon: "Kestrel Vale FC Media Department: ", "Press Office: ", "新闻中心：". */
const OFFICE_LABEL = /^([^:：\n]{2,60})[:：] ?/;

/** The length of the office's name and colon that open `text` ("Press Office: press@acme.com"), or 0. */
function officeLabel(text: string, tables: Tables): number {
  const m = OFFICE_LABEL.exec(text);
  if (!m) return 0;
  const name = foldForMatching(m[1]!.trim()).toLowerCase();
  const last = name.slice(name.lastIndexOf(' ') + 1);
  // 新闻中心：: a Chinese office's short name ending in a department's word.
  const office = tables.set('departments').has(last) || (name.length <= 12 && tables.cjk('departments').some((d) => name.endsWith(d)));
  return office ? m[0].length : 0;
}

/** A word of digits and Latin letters, both: a reference code. */
const CODE = /^(?=[^\d]*\d)(?=[^A-Za-z]*[A-Za-z])[\dA-Za-z]+$/;
const DIGIT_BY_LETTER = /\d[A-Za-z]|[A-Za-z]\d/;

/** One cell of contact details; isContactInfo has checked the block holds an address or a number's digits. */
function contactCell(text: string): boolean {
  const tokens = scanTokens(text);
  // "202603090012A": digits run on with a Latin letter are a code's, not a number (looked for only where a digit
  // touches a letter: most cells have none, and are not split into words).
  let rest = withoutTokens(text, tokens);
  if (DIGIT_BY_LETTER.test(rest)) rest = rest.split(' ').filter((w) => !CODE.test(w)).join(' ');
  // Digits inside a URL are no phone number.
  if (!tokens.some((t) => t.kind === 'email') && !/\d{3}.?\d{4}|\d{4}.?\d{3}.?\d{3}|\+\d{1,3}.?\d{3}.?\d{3}.?\d{3}|X{3}.?X{4}/.test(rest) && !INTERNATIONAL.test(rest)) return false;
  return !charsOver(rest.replace(/[\d\sX()+\-./:|,]/g, ''), 6);
}

/**
 * A line that is a date and little else: "18 October 2023", "Thursday, June 30, 2023", "2023年10月18日", and
 * bylines that carry one: "Posted on 2 May 2024 by Comms Team", "发布时间：2024-06-18 09:30", "原创 青禾农业 2024-03-01".
 */
function isDateLine(fold: string, tables: Tables): boolean {
  // Every form below has a year (four digits or 年): a line without one is not searched for dates.
  if (!YEAR.test(fold)) return false;
  // "March 05, 2026 07:00 ET | Source: Acme, Inc.": a date beside labelled facts, set apart by bars.
  if (fold.includes('|')) {
    const parts = fold.split('|').map((p) => p.trim());
    const dated = parts.filter((p) => isDateLine(p, tables));
    if (dated.length === 1 && parts.every((p) => dated.includes(p) || LABELLED.test(p))) return true;
  }
  // A month and year alone ("2017年3月", "August, 2026") dates the release too, if less precisely.
  if (monthYear(fold, tables.months)) return true;
  const dates = findDates(fold, tables.months).filter((d) => d.year !== null);
  if (dates.length !== 1 || /[.。]$/.test(fold)) return false;
  const d = dates[0]!;
  if (labelBesideDate(fold, d, tables)) return true;
  let rest = (fold.slice(0, d.start) + ' ' + fold.slice(d.end)).toLowerCase().replace(/\d{1,2}:\d{2}(?::\d{2})?/g, ' ');
  // "March 04, 2025 09:00 AM Eastern Standard Time": the time of day and its zone, printed with the date.
  if (rest.length > 2) rest = rest.replace(clockWords(tables), ' ');
  // "February 18, 2025 · 3 min read": a web page's date with its reading time.
  const reading = tables.match('readingTime', rest);
  if (reading) rest = `${rest.slice(0, reading.index)} ${rest.slice(reading.index + reading[0].length)}`;
  // "Posted on …", "Prepared by Jane Doe, May 23, 2021": the date the line is about.
  // A date with words on both sides is a date line only where a label stands apart: 证监会2024年6月14日例行新闻发布会
  // is a headline, though 发布 is in it.
  const labels = dateLabels(tables)[d.start > 0 && d.end < fold.length ? 'apart' : 'any'];
  const meta = reading !== null || rest.search(labels) !== -1 || tables.match('byline', rest.trimStart()) !== null;
  rest = rest.replace(labels, ' ').replace(/\bby\b[^]*/, ' ').replace(WEEKDAY, ' ').replace(WEEKDAY_SHORT, ' ');
  const left = rest.replace(/[\s,.:()|\-—–/·•]/g, '');
  return !charsOver(left, 2) || (meta && !charsOver(left, 30) && !/[.。,，]/.test(rest.trim()));
}


/** "RNS Number : 4821K", "Ref: PR/2025/012": a label and a code with a digit in it. */
const ANNOUNCEMENT_NUMBER = /^[\p{L} .]{2,20}: ?(?=[^ ]*\d)[A-Za-z0-9][A-Za-z0-9/.-]{1,20}$/u;

/** "Source: Acme, Inc.", "来源：新华社": a label of a few words and what it names. */
const LABELLED = /^[\p{L} ]{2,20}[:：]/u;

/** The clock words of every locale as one pattern, whole words only ("et", not the "et" of "market"). */
const clockWords = perTables((tables) => new RegExp(`(?<![\\p{L}.])(?:${tables.list('clockWords').map(escapeRegExp).join('|')})(?![\\p{L}.])`, 'gu'));
/**
 * The words that introduce a byline's date ("Posted on", 发布时间); Latin ones whole words; `apart`, Chinese ones not
 * inside a longer word (the 发布 of 新闻发布会).
 */
const dateLabels = perTables((tables) => {
  const latin = `\\b(?:${tables.list('dateLabels').filter((w) => /^[a-z]/.test(w)).map(escapeRegExp).join('|')})(?: on)?\\b`;
  const cjk = `(?:${tables.cjk('dateLabels').map(escapeRegExp).join('|')})`;
  return {
    any: new RegExp(`${latin}|${cjk}`, 'g'),
    apart: new RegExp(`${latin}|(?<!\\p{Script=Han})${cjk}|${cjk}(?!\\p{Script=Han})`, 'gu'),
  };
});

/**
 * Lays the release out: labels and title at the top, then the body until the end mark, then About and
 * contact sections.
 */
export interface DatelineTests {
  /** The block opens with a dateline: the surest sign that the body starts there. */
  opens(b: Block): boolean;
  /** The block is a dateline and nothing else ("NEW YORK", "HONG KONG, Oct. 18, 2023"). */
  whole(b: Block): boolean;
  /** The block is a dateline with a place and a full date, and nothing else ("Brussels, 5 March 2024"). */
  placedAndDated(b: Block): boolean;
}

/**
 * Lays the release out. `captions` are the offsets of what the file itself marks as captions (an HTML
 * figcaption).
 */
export function outline(blocks: readonly Block[], tables: Tables, dateline: DatelineTests, captions: readonly [number, number][] = []): Outline {
  const startsWithDateline = (b: Block): boolean => dateline.opens(b);
  const kinds = blocks.map((b) => {
    const [s, e] = b.m.span();
    if (!captions.some(([a, z]) => s >= a && e <= z)) return classify(b, tables);
    return tables.match('creditLabel', b.fold) ? 'credit' : 'caption';
  });
  // "From:" over "Department of Health and Social Care", "News provided by" over "Acme Inc.": a page's metadata
  // label, then its value on a line of its own, which is furniture too.
  for (let i = 0; i + 1 < blocks.length; i++) {
    if (kinds[i] !== 'chrome' || blocks[i + 1]!.width > 120) continue;
    const label = /[:：]$/.test(blocks[i]!.fold.trimEnd()) || tables.set('chromeLabels').has(blocks[i]!.fold.trim().toLowerCase());
    // The value may end in a stop: "Acme Inc.".
    const value = kinds[i + 1] === 'title' || (kinds[i + 1] === 'prose' && blocks[i + 1]!.width <= 60);
    if (value && label) kinds[i + 1] = 'chrome';
  }
  // "Facebook" / "Plurk" / "X": a button the tables do not know, one short line between a share bar's others.
  for (let i = 1; i + 1 < blocks.length; i++) {
    if (kinds[i] === 'title' && blocks[i]!.width <= SHARE_BUTTON_WIDTH && shareButton(blocks[i - 1]!, tables) && (kinds[i + 1] === 'chrome' || kinds[i + 1] === 'prose')) kinds[i] = 'chrome';
  }
  numberedParagraphs(blocks, kinds);
  coverNote(blocks, kinds, tables);
  menuAboveCrumbs(blocks, kinds, tables);
  menuAtTop(blocks, kinds, tables);
  // Above any paragraph: 關於恒大, "About us" among a site's menu items is a menu item, not an About section;
  // "Beehive.govt.nz", a site's name printed as its address, is no headline.
  for (let i = 0; i + 1 < blocks.length && kinds[i] !== 'prose'; i++) {
    if ((kinds[i] === 'about' && kinds[i + 1] === 'chrome') || (kinds[i] === 'title' && bareDomain(blocks[i]!.fold))) kinds[i] = 'chrome';
  }
  const o: Outline = {
    kinds, headline: null, subheadline: null, subheadlineEnd: null, highlights: [], topDate: null, datelineLine: null, bodyStart: null,
    bodyEnd: blocks.length, signatory: null, related: null, about: [], contacts: [],
  };
  // A paragraph with a label in it ("(Head Office: Minato-ku, Tokyo; …)") is no contact's details.
  const details = (k: number): boolean => kinds[k] === 'contactInfo' || (kinds[k] !== 'prose' && contactLabels(blocks[k]!.fold, tables).length > 0);
  // A name line: a title, or short like one though it ends in a stop ("John Roe, Beta Inc.").
  const nameLine = (k: number): boolean => kinds[k] === 'title' || (kinds[k] === 'prose' && blocks[k]!.width <= 80);
  /** Contact details within the three blocks after `k`, with only name lines (a name, a job title) between. */
  const detailsFollow = (k: number): boolean => {
    for (let j = k + 1; j <= Math.min(k + 3, blocks.length - 1); j++) {
      if (details(j)) return true;
      if (!nameLine(j)) return false;
    }
    return false;
  };
  /** Contact details right after `k`, or after one more title line: a name over its office, as no headline is. */
  const titlesThenDetails = (k: number): boolean =>
    k + 1 < blocks.length && (details(k + 1) || (kinds[k + 1] === 'title' && k + 2 < blocks.length && details(k + 2)));
  const note = (k: number): boolean =>
    kinds[k] === 'prose' && blocks[k]!.width > 80 && /[.。!?！？]$/.test(blocks[k]!.fold.trimEnd()) && !/\d|@/.test(blocks[k]!.fold);
  /** Under a contact heading above the headline: contact details, or name lines over them. */
  const inTopContact = (k: number): boolean => details(k) || (nameLine(k) && detailsFollow(k));
  /** Two title lines or more of one line each from `k` on, then the paragraph a dateline opens. */
  const summaryPoints = (k: number): boolean => {
    let j = k;
    while (kinds[j] === 'title' && blocks[j]!.lines.length === 1) j++;
    return j - k >= 2 && j < blocks.length && kinds[j] === 'prose' && startsWithDateline(blocks[j]!);
  };
  const skip = new Set<BlockKind>(['embargo', 'rule', 'chrome', 'urls', 'credit', 'caption', 'heading', 'wire']);
  /** The next block after `k` but furniture and labels is a title. */
  const titleAhead = (k: number): boolean => {
    let j = k + 1;
    while (j < blocks.length && (skip.has(kinds[j]!) || kinds[j] === 'label')) j++;
    return kinds[j] === 'title';
  };
  // A label (alone, or beside a date) after the title lines found so far: they were a banner if another title
  // follows it; with none, one wide line was the headline printed above its label.
  let labelBelow = false;
  // A signatory's office printed under their name ("Minister for Health and Aged Care").
  let officeBelow = false;
  let i = 0;
  for (; i < blocks.length; i++) {
    const k = kinds[i]!;
    const b = blocks[i]!;
    // A listed company's incorporation or stock-code line ("(Stock Code: 1234)", （於開曼群島註冊成立之有限公司）):
    // the title lines above it were the company's name, not the headline.
    if (k === 'chrome' && !o.highlights.length && isListing(b.fold.trim(), tables)) o.headline = o.subheadline = null;
    // "GovHK" / "Hong Kong's Information Services Department" over "Search" and the headline: title lines above a
    // site's menu, search or language switch were its banner, when a title follows them.
    // So were the lines over a wire's announcement number ("RNS Number : 4821K"), when a title follows it.
    if (k === 'chrome' && o.headline !== null && !o.highlights.length && (isNavigation(b.fold, tables) || ANNOUNCEMENT_NUMBER.test(b.fold.trim())) && titleAhead(i)) {
      o.headline = o.subheadline = null;
      labelBelow = false;
    }
    if (skip.has(k)) continue;
    // （此为英文文告的华文译本，如有出入，概以英文文告为准。）: a translator's note in brackets, over the headline.
    if (k === 'title' && BRACKETED_NOTE.test(b.fold.trim())) continue;
    const early = o.headline !== null && !o.highlights.length;
    // Contact details after a title-like line: that line was a name, not the headline.
    if (k === 'contactInfo' && early) o.headline = o.subheadline = null;
    if (early && (k === 'label' || (k === 'date' && dateLineLabel(b.fold, tables)))) labelBelow = true;
    if (k === 'label' || k === 'contactInfo') continue;
    // Above the headline, a place and a date on their own line are the release's dateline ("Brussels, 5 March
    // 2024", 香港，2023年10月18日), read as such unless the first paragraph opens with one.
    // A banner's title over a label ("European Agency for Coastal Resilience" / "PRESS RELEASE") is no headline yet.
    const placedAndDated = (o.headline === null || labelBelow) && o.datelineLine === null && (k === 'date' || k === 'title') && dateline.placedAndDated(b);
    if (placedAndDated) o.datelineLine = i;
    if (k === 'date' || placedAndDated) {
      // "香港騰駿會" / "2025年10月5日" over the headline: the name over the date is the issuer's, as a letterhead's.
      if (o.headline !== null && o.subheadline === null && !o.highlights.length && kinds[i + 1] === 'title' && issuerName(blocks[o.headline]!, tables)) o.headline = null;
      o.topDate ??= i;
      continue;
    }
    if (k === 'bullet') {
      o.highlights.push(i);
      continue;
    }
    // Under a label that made the title lines above it a banner, a contact line too is the top's, over the headline.
    if (k === 'contact' && (o.headline === null || labelBelow || (early && o.subheadline === null))) {
      // Contact details printed above the headline, and the name and organization lines over them. Under a title
      // line, only with a label above or below them ("Oregon Department of Justice" / "FOR IMMEDIATE RELEASE" /
      // "Media Contact: …", or "Contact: Jane Doe, 312-555-0163" over the label): the title was a banner.
      let j = i;
      while (j + 1 < blocks.length && (inTopContact(j + 1) || kinds[j + 1] === 'contact')) j++;
      // "發言人：吳佩真 財務長" under the headline and its date, the first paragraph under it, or "Contact Information"
      // over "Released on May 9, 2024": the top's as well.
      if (o.headline === null || labelBelow || kinds[j + 1] === 'label' || kinds[j + 1] === 'prose' || kinds[j + 1] === 'date') {
        i = j;
        continue;
      }
    }
    // An end mark over the headline ends nothing: it sets the release off from what came before it.
    if (k === 'endMark' && o.headline === null && kinds[i + 1] === 'title') {
      kinds[i] = 'rule';
      continue;
    }
    if (k === 'contact' || k === 'about' || k === 'endMark' || k === 'trailer') break;
    if (startsWithDateline(b)) {
      // A dateline on its own over bullets: the highlights a wire prints between it and the first paragraph.
      if (o.headline === null || kinds[i + 1] !== 'bullet' || !dateline.whole(b)) break;
      o.datelineLine = i;
      continue;
    }
    if (k === 'title') {
      // "Denise Okafor / Bryce Halvorsen" over "Headquarters, Washington" and a phone: a contact printed above the
      // headline with no heading, its name and office lines too.
      if (o.headline === null && titlesThenDetails(i)) {
        while (i + 1 < blocks.length && inTopContact(i + 1)) i++;
        continue;
      }
      // "Press release" / "12 March 2025" / "Brussels" over the headline: a word or two right under the top date
      // line, and a wider title under them, are where or who the release is from, not its headline; so is a
      // section's name under a page's chrome ("Home > News > Club News" / "CLUB NEWS").
      const section = kinds[i - 1] === 'chrome' && b.fold.trim().split(/\s+/).length <= 2;
      if (o.headline === null && (o.topDate === i - 1 || section) && b.width < HEADLINE_MIN_WIDTH && fewWordsOfName(b.fold, tables) &&
        kinds[i + 1] === 'title' && blocks[i + 1]!.width > b.width) {
        if (o.datelineLine === null && !section && dateline.whole(b)) o.datelineLine = i;
        continue;
      }
      // "The Hon. Mark Butler MP" over "Minister for Health and Aged Care": the office the release comes from,
      // not its headline, which is the next title line.
      if (o.headline !== null && o.subheadline === null && !o.highlights.length) {
        // 株式会社サクラテック over the headline: the company that issues it (a headline is wider than a name).
        if (tables.match('issuer', blocks[o.headline]!.fold.trim()) && b.width > blocks[o.headline]!.width) {
          // 新加坡華族文化傳承基金會 / Singapore Chinese Heritage Foundation, 澳門特別行政區政府新聞局 / Gabinete de
          // Comunicação Social: the issuer's name in a Latin script, still the issuer.
          if (latinName(blocks[o.headline]!.fold, b.text)) continue;
          o.headline = i;
          // A label between the issuer and this line was the issuer's, not a banner's over the next title.
          labelBelow = false;
          continue;
        }
        // "Ministry of Finance" over the headline: the office that issues it.
        if (namesOffice(blocks[o.headline]!.fold, tables) && b.width > blocks[o.headline]!.width) {
          o.headline = i;
          labelBelow = false;
          continue;
        }
        const signatory = isSignatory(blocks[o.headline]!.fold, tables);
        // Their office: a title word first, or after a place with its portfolio ("Queensland Minister for Transport").
        const head = b.fold.trim().split(/\s+/, 3).findIndex((w) => isTitleWord(w, tables));
        if (signatory && (head === 0 || (head > 0 && / (?:for|of) /.test(b.fold)))) {
          officeBelow = true;
          continue;
        }
        if (signatory === 'postnominal' || (signatory && officeBelow)) {
          o.headline = i;
          continue;
        }
      }
      // "March 12, 2024" / "Ministry of Labour, …" under the headline: the office that issues it, under its date line.
      if (o.headline !== null && o.topDate === i - 1 && o.topDate > o.headline && namesOffice(b.fold, tables)) {
        kinds[i] = 'chrome';
        continue;
      }
      // Under the headline, a line that is only a dateline, right above the first paragraph.
      if (o.headline !== null && kinds[i + 1] === 'prose' && dateline.whole(b)) {
        o.datelineLine = i;
        continue;
      }
      // "WHO:" / "Mayor Denise Holloway" under a media advisory's headline: a section's heading, then its text, is
      // the body (a summary's heading, "Highlights:", is not).
      if (o.headline !== null && kinds[i - 1] === 'heading' && !isHighlightHeading(blocks[i - 1]!.fold, tables)) break;
      // "Hon Tama Whitcombe" / "Emergency Management and Recovery" under the headline: who issues it, and their
      // portfolio's short line, not a subtitle; so is an author's name over their title under the page's date
      // ("Priya Raman" / "Co-founder & CEO").
      const author = o.topDate !== null && o.topDate > (o.headline ?? i) && PLAIN_NAME.test(b.text.trim()) && kinds[i + 1] === 'title' &&
        blocks[i + 1]!.fold.trim().split(/[\s,&]+/, 3).some((w) => isTitleWord(w, tables));
      if (o.headline !== null && !labelBelow && (author || isSignatory(b.fold, tables))) {
        if (kinds[i + 1] === 'title' && blocks[i + 1]!.width < HEADLINE_MIN_WIDTH * 2) i++;
        continue;
      }
      // Headline / "Peer-Reviewed Publication" / "UNIVERSITY OF WESTBROOK": the institution named under the label
      // is who issues it, not a headline after a banner.
      if (labelBelow && o.headline !== null && namesOffice(b.fold, tables)) {
        kinds[i] = 'chrome';
        continue;
      }
      if (o.headline === null || labelBelow) {
        o.headline = i;
        o.subheadline = null;
        labelBelow = false;
      } else if (o.subheadline === null && !o.highlights.length) o.subheadline = i;
      else if (o.subheadline !== null && Math.max(o.subheadline, o.subheadlineEnd ?? 0) === i - 1 && !o.highlights.length &&
        hasMatches(b.fold, HAN_CHAR, HAN_TITLE_MIN) && startsWithDateline(blocks[i + 1] ?? b)) {
        // One more Chinese title line right over the dateline's paragraph (首批12家初創獲選 / 總資助額達港幣三千萬元),
        // as a PDF prints a subtitle line by line: the subtitle goes on; the body starts with the dateline.
        o.subheadlineEnd = i;
      } else if (o.subheadline === i - 1 && o.subheadlineEnd === null && !o.highlights.length && summaryPoints(i)) {
        // "Revenue of $412.3 million, up 11%" / "Raises full-year outlook …" over the dateline's paragraph: a
        // wire's summary points printed without their bullets, the line taken for the subheadline the first. Three
        // lines at least: a subtitle can have one line under it ("News provided by Acme").
        for (let k = o.subheadline; blocks[k] !== undefined && kinds[k] === 'title'; k++) o.highlights.push(k);
        o.subheadline = null;
        i = o.highlights[o.highlights.length - 1]!;
      } else {
        // A third short line, then an address or contact line: the lines so far were letterhead (a logo's words,
        // social handles), and the headline is still to come.
        const end = letterheadEnd(blocks, kinds, i);
        if (end === null) break;
        o.headline = o.subheadline = null;
        i = end - 1;
      }
      continue;
    }
    // Prose. Before any title, a short sentence followed by a title is a site banner, not the body.
    const width = b.width;
    if (o.headline === null && width <= 300 && titleFollows(kinds, i)) continue;
    // Right under the headline, one short sentence before the dateline or bullets is the subheadline.
    if (o.headline !== null && o.subheadline === null && !o.highlights.length && width <= 260 && nextOpensBody(blocks, kinds, i, startsWithDateline)) {
      o.subheadline = i;
      continue;
    }
    // "(a real estate investment trust constituted …)" / "Managed by …" over "NEWS RELEASE" and the headline: a
    // paragraph above the release's label is its letterhead's, not the body's first.
    const label = o.highlights.length ? null : labelThenTitle(kinds, i);
    if (label !== null) {
      o.headline = o.subheadline = null;
      i = label - 1;
      continue;
    }
    break;
  }
  // Kept: one wide title line right over its label. Two lines over it, or a short one, were letterhead.
  if (labelBelow && o.headline !== null && (o.subheadline !== null || blocks[o.headline]!.width < HEADLINE_MIN_WIDTH)) o.headline = o.subheadline = null;
  if (i < blocks.length && !SECTION_ENDS.has(kinds[i]!)) o.bodyStart = i;
  o.signatory = topSignatory(blocks, o.bodyStart ?? i, tables);

  if (o.bodyStart !== null) {
    const related = (k: number): boolean => kinds[k] === 'chrome' && relatedHeading(blocks[k]!.fold, tables);
    let e = o.bodyStart;
    while (e < blocks.length && !SECTION_ENDS.has(kinds[e]!) && !related(e)) e++;
    let r = e;
    while (r < blocks.length && !related(r)) r++;
    if (r < blocks.length) o.related = r;
    o.bodyEnd = trailingContact(blocks, kinds, o.bodyStart, signOff(blocks, kinds, o.bodyStart, e));
    if (!o.highlights.length) o.highlights = summaryInBody(blocks, kinds, o.bodyStart, o.bodyEnd, tables);
  } else {
    o.bodyEnd = i;
  }

  const inAbout = new Set<number>();
  // Each try searches the release for the name: a few boilerplates at most, so a text of many is not quadratic.
  let described = 0;
  for (let j = 0; j < blocks.length; j++) {
    const description = kinds[j] === 'prose' && j >= o.bodyEnd && !inAbout.has(j) && described < UNHEADED_ABOUT_MAX ? aboutDescription(blocks[j]!.fold, tables) : null;
    if (description) {
      described++;
      // Named in the release, or on the line over it (HSBC's "Note to editors:" / "Acme Bank Limited" / "Acme Bank
      // Limited, a subsidiary of …, is …").
      const name = blocks[j]!.fold.slice(...description.name);
      if (namedBefore(name, blocks, o.bodyEnd) || blocks[j - 1]?.fold.trim() === name) kinds[j] = 'about';
    }
    if (kinds[j] === 'about') {
      const own: number[] = [];
      let k = j + 1;
      for (; k < blocks.length; k++) {
        const kk = kinds[k]!;
        // A heading of its own ("Forward-Looking Statements", 前瞻性声明) ends the About text.
        if (SECTION_ENDS.has(kk) || ['caption', 'credit', 'rule', 'chrome', 'heading'].includes(kk)) break;
        if (kk === 'title' && isSectionHeading(blocks[k]!)) break;
        if (contactLabels(blocks[k]!.fold, tables).length || tables.match('notice', blocks[k]!.fold)) break;
        // Contact details with no heading, and the name or office line over them ("Verandis Media Relations");
        // not an address a sentence of the text goes on to ("… Please email" over "jane@acme.com.").
        const done = SENTENCE_DONE.test(blocks[k - 1]!.text);
        if (done && (kk === 'contactInfo' || (kk === 'title' && blocks[k]!.width <= 80 && titlesThenDetails(k)))) break;
        if (kk !== 'urls') own.push(k);
      }
      for (const k of own) inAbout.add(k);
      o.about.push({ heading: j, blocks: own });
    } else if (kinds[j] === 'contact') {
      const own: number[] = [];
      const above = o.bodyStart !== null && j < o.bodyStart;
      for (let k = j + 1; k < blocks.length; k++) {
        const kk = kinds[k]!;
        // Above the headline, only the contact details right under the heading belong to it, with the name and
        // organization lines printed over them.
        if (above && !inTopContact(k)) break;
        if (kk === 'about' || kk === 'contact' || kk === 'endMark' || kk === 'trailer' || kk === 'chrome') break;
        if (kk === 'prose' && blocks[k]!.width > 200) break;
        // "Nadia leads product at Tessellate. Before joining, …": sentences with no number or address in them are
        // no contact's details (an author's note under the contact line), nor is the name over them (a line with
        // labelled numbers in it is more than a name).
        if (note(k) || (kk === 'title' && !details(k) && note(k + 1))) break;
        // "Competent Person Statement" over its paragraph: a section of its own after the contacts.
        if (kk === 'title' && isSectionHeading(blocks[k]!) && kinds[k + 1] === 'prose' && blocks[k + 1]!.width > 200) break;
        own.push(k);
      }
      o.contacts.push({ heading: j, blocks: own });
    }
  }
  return o;
}

/** Words a page's <h1> holds at least to be taken over the outline's headline: "News" or "Press Releases" is a section's. */
const HEADING_WORDS = 4;
/** Or Chinese characters. */
const HEADING_HAN = 8;

/** A folded title as titles are compared: case and runs of white space aside. */
export const comparableTitle = (fold: string): string => fold.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The page's own headline (its <h1>, or a title found by class or place) printed among the lines above the body,
 * where the outline took a shorter line for the headline (an office's name under the release's label) or read it
 * as a date line (2026年3月5日新闻发布会): it is the headline, and the title lines after it open the body.
 */
export function takePageHeading(o: Outline, blocks: readonly Block[], heading: string | null): void {
  if (heading === null || o.headline === null || o.bodyStart === null) return;
  const want = comparableTitle(foldForMatching(heading));
  if (comparableTitle(blocks[o.headline]!.fold) === want || (o.subheadline !== null && comparableTitle(blocks[o.subheadline]!.fold) === want)) return;
  if (want.split(' ').length < HEADING_WORDS && !hasMatches(want, HAN_CHAR, HEADING_HAN)) return;
  const j = blocks.findIndex((b, k) => k < o.bodyStart! && (o.kinds[k] === 'title' || o.kinds[k] === 'date') && comparableTitle(b.fold) === want);
  if (j === -1) return;
  o.headline = j;
  o.subheadline = o.subheadlineEnd = null;
  // Bullets between it and the body stay highlights; the body opens after them.
  const from = Math.max(j, ...o.highlights.filter((k) => k > j));
  o.highlights = o.highlights.filter((k) => k > j);
  for (let k = from + 1; k < o.bodyStart; k++) {
    if (TEXT_KINDS.has(o.kinds[k]!) && o.kinds[k] !== 'bullet') {
      o.bodyStart = k;
      break;
    }
  }
}

/** A caption (圖一：…, (From left) …), or a list's item that is one (• 圖一：…, as a page's list of captions gives). */
function isCaption(f: string, tables: Tables): boolean {
  const item = f.slice(f.match(BULLET)?.[0].length ?? 0);
  return tables.match('captionLabel', item) !== null || tables.match('captionUnlabelled', f) !== null || tables.match('captionCredited', f) !== null;
}

/** "Photo - https://mma.prnewswire.com/…", "Logo - …": a wire's link to an image, with no caption's words. */
function imageLink(f: string, tables: Tables): boolean {
  const m = tables.match('captionLabel', f);
  return m !== null && isUrlOnly(f.slice(m.index + m[0].length));
}

/** "Related articles", 【相关新闻】: a page's heading over links to its other articles, which end the release's text. */
function relatedHeading(fold: string, tables: Tables): boolean {
  const bare = unbracketed(trimEndWhere(fold.trim(), /[:：]/)).toLowerCase();
  return bare.length <= tables.longest('relatedHeadings') && tables.set('relatedHeadings').has(bare);
}

/** Kinds of block the body's text is made of. */
const TEXT_KINDS = new Set<BlockKind>(['prose', 'title', 'heading', 'bullet']);

/**
 * "MINISTRY OF HEALTH" over "12 MARCH 2025" after the last paragraph: who issued the release, signing it off with
 * its date. One or two short name lines right above a date line that ends the text are a trailer, not body.
 * Returns where the body ends: at the trailer, or at `end`.
 */
function signOff(blocks: readonly Block[], kinds: BlockKind[], start: number, end: number): number {
  let t = end - 1;
  while (t > start && !TEXT_KINDS.has(kinds[t]!)) t--;
  const date = kinds.indexOf('date', t + 1);
  if (date === -1 || date >= end) return end;
  let first = end;
  for (let k = 0; k < 2 && t > start && kinds[t] === 'title' && isSectionHeading(blocks[t]!); k++, t--) {
    kinds[t] = 'trailer';
    first = t;
  }
  return first;
}

/** The most short lines (name, title, organization) over contact details that end the text with no heading. */
const CONTACT_LINES = 3;
const CONTACT_LINE_WIDTH = 60;

/**
 * Contact details that end the text with no heading over them ("Corporate Communications", a name, then "Tel: …"):
 * they and the few short lines right over them are the contact's, not the body's. Returns where the body ends.
 */
function trailingContact(blocks: readonly Block[], kinds: BlockKind[], start: number, end: number): number {
  let t = end - 1;
  let details = false;
  for (; t > start && !TEXT_KINDS.has(kinds[t]!); t--) if (kinds[t] === 'contactInfo') details = true;
  if (!details || kinds[t + 1] !== 'contactInfo') return end;
  let first = t + 1;
  for (let k = 0; k < CONTACT_LINES && first - 1 > start && kinds[first - 1] === 'title' && blocks[first - 1]!.width <= CONTACT_LINE_WIDTH; k++) first--;
  return first;
}

const NUMBERED = /^(\d{1,2})[.)]\s/;

/** Short lines in a row, at least, that make a site's menu: "Product", "Solutions", "Pricing", "Blog", "Log in". */
const MENU_LINES = 5;
/** Words a menu item has at most ("Book a demo", "← Back to blog"). */
const MENU_ITEM_WORDS = 4;
/** The widest line of prose a site's banner prints above its crumbs. */
const BANNER_PROSE_WIDTH = 60;
/** A breadcrumb trail printed one item a line: its items' most words, and most items. */
const CRUMB_WORDS = 6;
const CRUMB_ITEMS = 8;

/** "Sign in   Start free trial": fewer items than a menu has, set apart by wide gaps, one of them a chrome word. */
function accountItems(fold: string, tables: Tables): string[] | null {
  if (!fold.includes('  ') && !fold.includes('\t')) return null;
  const items = fold.trim().split(WIDE_GAP);
  return items.length >= 2 && items.every((x) => x.split(' ').length <= MENU_ITEM_WORDS) && items.some((x) => isChrome(x, tables)) ? items : null;
}

const WIDE_GAP = / {2,}|\t+/;

/** Two or three capitalised words: a person's name as a byline prints it. */
const PLAIN_NAME = /^\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){1,2}$/u;

/** `fold` without the bracketed buttons that end it (【打印】【关闭】), at most six. */
function withoutButtons(fold: string): string {
  let t = fold.trimEnd();
  for (let k = 0; k < 6 && /[】\]]$/.test(t); k++) {
    const open = Math.max(t.lastIndexOf('【'), t.lastIndexOf('['));
    if (open < 0 || t.length - open > 22) break;
    t = t.slice(0, open).trimEnd();
  }
  return t;
}

/** One web address without a scheme and nothing else, capitalised or not ("Beehive.govt.nz"). */
function bareDomain(fold: string): boolean {
  const t = fold.trim();
  if (/\s/.test(t) || !t.includes('.')) return false;
  const [tok, ...more] = scanTokens(t);
  return tok?.kind === 'domain' && !more.length && tok.start === 0 && tok.end === t.length;
}

/** What a page prints above its release: the site's name, menus, labels. */
const TOP_FURNITURE = new Set<BlockKind>(['title', 'chrome', 'label', 'rule', 'urls', 'date', 'wire']);
const MENU_RUN = new Set<BlockKind>(['title', 'chrome', 'wire', 'about', 'contact']);
/**
 * What a menu stands over: the headline, or the release's label or date line above it, when no title (a short
 * headline over its date) ends the run, or the run has a menu's many titles.
 */
const MENU_UNDER = new Set<BlockKind>(['date', 'label']);
/** How far under a contact heading its details may start (a name, a title and an organization over them). */
const TOP_CONTACT_LINES = 4;

/**
 * A page copied as text opens with its menu: a run of short lines at the very top, one item each, over a wider
 * headline, or a line of items. They are chrome, not a title and its subtitle.
 */
function menuAtTop(blocks: readonly Block[], kinds: BlockKind[], tables: Tables): void {
  const short = (j: number): boolean => blocks[j]!.width < HEADLINE_MIN_WIDTH && blocks[j]!.fold.trim().split(/\s+/).length <= MENU_ITEM_WORDS;
  // A menu on one line, and the site's name over it when nothing but chrome is above ("CRESCENDO ROW RECORDS" over
  // "Artists  Releases  News  Store"); a share bar ("Share  Facebook  LinkedIn  X") leaves the headline over it.
  for (let j = 0; j < blocks.length && TOP_FURNITURE.has(kinds[j]!); j++) {
    // Read as chrome already when set apart by bars (classify).
    const items = kinds[j] === 'title' || kinds[j] === 'chrome' ? menuItems(blocks[j]!.fold) ?? accountItems(blocks[j]!.fold, tables) : null;
    if (!items) continue;
    kinds[j] = 'chrome';
    const share = items.some((x) => tables.set('shareButtons').has(x.toLowerCase()));
    if (!share && j > 0 && kinds[j - 1] === 'title' && short(j - 1) && kinds.slice(0, j - 1).every((k) => k === 'chrome')) kinds[j - 1] = 'chrome';
  }
  // The run may hold the wire's name a newsroom prints over its menu ("Business Wire"), and its "About us" and
  // "Press contacts" items (a page's contents).
  // It may open under the site's name, however wide ("Press Information Bureau" over "Skip to main content"), which
  // is chrome with it.
  const start = kinds[0] === 'title' && kinds[1] === 'chrome' ? 1 : 0;
  // A contact heading with a phone or an address a few lines under it is the release's, under the menu.
  const contactSection = (j: number): boolean => kinds[j] === 'contact' && kinds.slice(j + 1, j + 1 + TOP_CONTACT_LINES).includes('contactInfo');
  let end = start;
  while (end < blocks.length && MENU_RUN.has(kinds[end]!) && (kinds[end] === 'chrome' || short(end)) && !contactSection(end)) end++;
  const titles = kinds.slice(start, end).filter((k) => k === 'title').length;
  // Items the chrome table does not know ("Solutions", "Resources") among as many it does ("Newsroom", "Log In",
  // "Search") are the menu's too.
  const menu = titles >= MENU_LINES - 1 || (titles > 0 && kinds.slice(start, end).filter((k) => k === 'chrome').length >= titles);
  if (end < blocks.length && menu && end - start >= MENU_LINES && (kinds[end] === 'title' || (MENU_UNDER.has(kinds[end]!) && (kinds[end - 1] !== 'title' || titles >= MENU_LINES)))) for (let j = 0; j < end; j++) if (kinds[j] === 'title' || kinds[j] === 'about' || kinds[j] === 'contact') kinds[j] = 'chrome';
}

/** "Hon Sam Rivers" over "Minister for Conservation" above the body, whether read as the top's title or chrome. */
function topSignatory(blocks: readonly Block[], end: number, tables: Tables): Outline['signatory'] {
  for (let j = 0; j + 1 < end; j++) {
    if (!isSignatory(blocks[j]!.fold, tables)) continue;
    const office = blocks[j + 1]!.fold.trim();
    if (!charsOver(office, OFFICE_MAX) && isTitleWord(office.split(/\s+/, 1)[0]!, tables)) return { name: j, office: j + 1 };
  }
  return null;
}
/** An office's widest line ("Minister for Infrastructure, Transport, Regional Development and Local Government"). */
const OFFICE_MAX = 100;

/**
 * "Dear colleague," / "Please see below a press release …" / "Kind regards," / a rule / "PRESS RELEASE" / the
 * headline: an e-mail's note over the release it sends, its salutation first, is no part of the release. It ends
 * where a rule or a label stands over a title; with neither, the e-mail may be the release, read as one under its
 * salutation.
 */
function coverNote(blocks: readonly Block[], kinds: BlockKind[], tables: Tables): void {
  let first = 0;
  while (first < blocks.length && kinds[first] === 'chrome') first++;
  if (first === blocks.length || blocks[first]!.width > SALUTATION_WIDTH || !tables.match('salutation', blocks[first]!.fold.trim())) return;
  // The salutation itself is no title, whatever follows it.
  kinds[first] = 'chrome';
  for (let j = first + 1; j < blocks.length && j - first <= COVER_NOTE_BLOCKS; j++) {
    if (kinds[j] !== 'rule' && kinds[j] !== 'label') continue;
    let k = j;
    while (k < blocks.length && (kinds[k] === 'rule' || kinds[k] === 'label' || kinds[k] === 'embargo' || kinds[k] === 'chrome' || kinds[k] === 'date')) k++;
    if (kinds[k] !== 'title') continue;
    for (let n = first; n < j; n++) kinds[n] = 'chrome';
    return;
  }
}
/** A salutation's widest line, and the most blocks a cover note runs to. */
const SALUTATION_WIDTH = 60;
const COVER_NOTE_BLOCKS = 12;

/**
 * "Tickets" / "Shop" / "Kestrel Vale FC" over "Home > News > Club News": short lines above a page's breadcrumbs,
 * before any paragraph, are the site's menu and banner, not the release's title. A wide line there may be the
 * headline, printed above its crumbs: then none is taken for chrome, unless a title follows the crumbs.
 */
function menuAboveCrumbs(blocks: readonly Block[], kinds: BlockKind[], tables: Tables): void {
  const lead = (j: number): boolean => tables.set('breadcrumbLeads').has(trimEndWhere(blocks[j]!.fold.trim(), /[:：]/).toLowerCase());
  // A short line of prose is a banner's ("Ministry of Economic Affairs, R.O.C."), not the text's first paragraph.
  const crumbs = blocks.findIndex((b, j) => (kinds[j] === 'prose' && b.width > BANNER_PROSE_WIDTH) || (kinds[j] === 'chrome' && (isBreadcrumb(b.fold, tables) || lead(j))));
  if (crumbs < 0 || kinds[crumbs] === 'prose') return;
  const end = lead(crumbs) ? crumbItems(blocks, kinds, crumbs + 1) : crumbs + 1;
  let next = end;
  while (next < blocks.length && (kinds[next] === 'chrome' || kinds[next] === 'label')) next++;
  const titles = kinds.slice(0, crumbs).flatMap((k, j) => (k === 'title' ? [j] : []));
  if (kinds[next] === 'title' || titles.every((j) => blocks[j]!.width < HEADLINE_MIN_WIDTH)) for (const j of titles) kinds[j] = 'chrome';
}

/**
 * "You are here:" / "Canada.ca" / "Infrastructure Canada" / "News": a trail printed one item a line under its
 * lead; short lines with no stop, as many as come before the last title line (the headline) of the run.
 * Returns the end of the trail.
 */
function crumbItems(blocks: readonly Block[], kinds: BlockKind[], from: number): number {
  let end = from;
  while (end < blocks.length && end - from < CRUMB_ITEMS && (kinds[end] === 'title' || kinds[end] === 'chrome') && blocks[end]!.lines.length === 1 &&
    blocks[end]!.fold.trim().split(/\s+/).length <= CRUMB_WORDS && !/[.!?:;。：！？]$/.test(blocks[end]!.fold.trimEnd())) end++;
  // The headline may be as short as an item: the trail ends before the run's last title.
  let last = end;
  while (last < blocks.length && (kinds[last] === 'title' || kinds[last] === 'chrome')) last++;
  while (last > from && kinds[last - 1] !== 'title') last--;
  end = Math.min(end, Math.max(from, last - 1));
  for (let j = from; j < end; j++) kinds[j] = 'chrome';
  return end;
}

/**
 * Numbered paragraphs ("2.  About 12,000 more seniors …", a government's or the UN's style) are prose, not
 * bullets: a run of numbers in sequence that text comes between, that starts at 2 under an unnumbered first
 * paragraph, or whose items are long sentences. A list of highlights is short lines numbered from 1, one under
 * the other.
 */
function numberedParagraphs(blocks: readonly Block[], kinds: BlockKind[]): void {
  const runs: number[][] = [];
  let last = -1;
  for (let j = 0; j < blocks.length; j++) {
    const m = kinds[j] === 'bullet' ? NUMBERED.exec(blocks[j]!.fold) : null;
    if (!m) continue;
    const n = Number(m[1]);
    if (n === last + 1 && runs.length) runs[runs.length - 1]!.push(j);
    else runs.push([j]);
    last = n;
  }
  for (const run of runs) {
    if (run.length < 2) continue;
    const first = Number(NUMBERED.exec(blocks[run[0]!]!.fold)![1]);
    const between = run.slice(1).some((j, k) => kinds.slice(run[k]! + 1, j).some((x) => x === 'prose' || x === 'heading' || x === 'title'));
    const underFirst = first === 2 && kinds[run[0]! - 1] === 'prose';
    const widths = run.map((j) => blocks[j]!.width).sort((a, b) => a - b);
    const sentences = run.length >= 3 && run.every((j) => PROSE_END.test(blocks[j]!.fold));
    const long = sentences && widths[Math.floor(widths.length / 2)]! > 240;
    // Sentences with no paragraph after them: the numbered paragraphs are the text.
    let next = run[run.length - 1]! + 1;
    while (next < kinds.length && !SECTION_ENDS.has(kinds[next]!) && kinds[next] !== 'prose') next++;
    const whole = sentences && (next === kinds.length || kinds[next] !== 'prose');
    if (between || underFirst || long || whole) for (const j of run) kinds[j] = 'prose';
  }
}

/** A short title line with no inner punctuation: the heading of a new section. */
const isSectionHeading = (b: Block): boolean => b.width <= 60 && !/[,，、:：;；。.!?]/.test(b.fold.replace(/\.$/, ''));

const LETTERHEAD_WIDTH = 40;

/**
 * After the release, a paragraph that opens with the name of an organization the release named, then what it is
 * ("Bluewater Alliance is an independent …", 青禾农业是一家…), is its boilerplate though no "About" heads it.
 * Each try searches the release's text once, and a release's tries are counted (UNHEADED_ABOUT_MAX).
 */
function namedBefore(name: string, blocks: readonly Block[], bodyEnd: number): boolean {
  return blocks.slice(0, bodyEnd).some((b) => b.fold.includes(name));
}

/** Boilerplates with no heading tried in one release. */
const UNHEADED_ABOUT_MAX = 4;

/**
 * Where a letterhead that runs on at `i` ends: short title lines, then URL, contact or label lines, then a title
 * over prose. The index of the first URL, contact or label line; null when the blocks are not so laid out.
 */
function letterheadEnd(blocks: readonly Block[], kinds: readonly BlockKind[], i: number): number | null {
  // "Republic of the Philippines" / "DEPARTMENT OF …" / its council's long name / "Los Baños, Laguna", then "PRESS
  // RELEASE": title lines, however wide, over the release's label were its letterhead.
  let t = i;
  while (t < blocks.length && t < i + 6 && kinds[t] === 'title') t++;
  if (kinds[t] === 'label') return t;
  let k = i;
  while (k < blocks.length && k < i + 6 && kinds[k] === 'title' && blocks[k]!.width <= LETTERHEAD_WIDTH) k++;
  const end = k;
  while (k < blocks.length && (kinds[k] === 'urls' || kinds[k] === 'contactInfo' || kinds[k] === 'label')) k++;
  return k > end && kinds[k] === 'title' && kinds[k + 1] === 'prose' ? end : null;
}

/** The label right after block `i` (furniture aside) when a title follows it: the index of the label, or null. */
function labelThenTitle(kinds: readonly BlockKind[], i: number): number | null {
  let j = i + 1;
  while (FURNITURE.has(kinds[j]!)) j++;
  const label = j;
  while (kinds[j] === 'label') j++;
  return j > label && kinds[j] === 'title' ? label : null;
}

/** What may stand between a letterhead's paragraph and the label under it: its web address, phone, a rule. */
const FURNITURE = new Set<BlockKind>(['chrome', 'rule', 'urls', 'contactInfo']);

/** Words an office's name ("Ministry of New and Renewable Energy") holds at most. */
const OFFICE_WORDS = 8;

/**
 * A word or two that can name where or who a release is from. Chinese has no spaces to count words by: a line of
 * Chinese title length names a place the tables know or an organization (香港科技園公司), not the first line of a
 * headline printed over two (第十二屆香港海港藝術節3月登場).
 */
function fewWordsOfName(fold: string, tables: Tables): boolean {
  const f = fold.trim();
  if (!hasMatches(f, HAN_CHAR, HAN_TITLE_MIN)) return f.split(/\s+/).length <= 3;
  return tables.regions.has(f.toLowerCase()) || tables.cjk('orgSuffixes').some((s) => f.endsWith(s));
}

/**
 * Under a Chinese issuer's name, its name in English or Portuguese ("Singapore Chinese Heritage Foundation",
 * "Gabinete de Comunicação Social"): a few words, the first capitalised, no Chinese, no sentence's stop.
 */
function latinName(issuer: string, text: string): boolean {
  const t = text.trim();
  return hasMatches(issuer, HAN_CHAR, 1) && !hasMatches(t, HAN_CHAR, 1) && /^\p{Lu}/u.test(t) && !/[.!?:]$/.test(t) && t.split(/\s+/).length <= OFFICE_WORDS;
}

/** A line that is an organization's name: 香港騰駿會, "Harbour Racing Club", "Ministry of Finance". */
function issuerName(b: Block, tables: Tables): boolean {
  if (b.width >= HEADLINE_MIN_WIDTH || !fewWordsOfName(b.fold, tables)) return namesOffice(b.fold, tables);
  const last = b.fold.trim().split(/\s+/).pop()!.toLowerCase();
  return hasMatches(b.fold, HAN_CHAR, HAN_TITLE_MIN) || orgNameWords(tables).has(last);
}

/** "Ministry of Finance", "Office of Public Affairs": an organization's word, then "of" and what it is for. */
function namesOffice(fold: string, tables: Tables): boolean {
  const words = fold.trim().split(/\s+/);
  return words.length <= OFFICE_WORDS && words[1]?.toLowerCase() === 'of' && tables.set('orgSuffixes').has(words[0]!.toLowerCase());
}

/** The longest summary heading in code units: "Fourth Quarter and Full Year 2025 Financial Highlights". */
const HIGHLIGHT_HEADING_MAX = 60;

/**
 * "Highlights", "Key points:", 【亮点】: a summary's heading, with or without its colon and brackets; or a short one
 * ending in such a word ("Fourth Quarter Highlights", 业绩摘要, 活動亮點).
 */
function isHighlightHeading(fold: string, tables: Tables): boolean {
  const bare = unbracketed(trimEndWhere(fold.trim(), /[:：]/)).toLowerCase();
  if (bare.length > HIGHLIGHT_HEADING_MAX) return false;
  if (tables.set('highlightHeadings').has(bare)) return true;
  return tables.list('highlightHeadings').some((w) => bare.endsWith(w) && (!/^[a-z]/.test(w) || bare[bare.length - w.length - 1] === ' '));
}

/** How far into the body a summary's heading may stand: after the first paragraph or two, or the last summary. */
const SUMMARY_REACH = 3;

/**
 * "重點：" or "Fourth Quarter Highlights" over bullets, right after the body's first paragraph or two (and a second
 * list soon after, "Fiscal Year Highlights"): the release's highlights, printed there rather than under the
 * headline. They stay in the body too, as printed.
 */
function summaryInBody(blocks: readonly Block[], kinds: readonly BlockKind[], start: number, end: number, tables: Tables): number[] {
  const points: number[] = [];
  for (let h = start, reach = start + SUMMARY_REACH; h < end && h <= reach; h++) {
    if ((kinds[h] !== 'heading' && kinds[h] !== 'title') || !isHighlightHeading(blocks[h]!.fold, tables)) continue;
    let k = h + 1;
    while (k < end && kinds[k] === 'bullet') k++;
    if (k - h - 1 < 2) break;
    for (let j = h + 1; j < k; j++) points.push(j);
    h = k - 1;
    reach = k + SUMMARY_REACH - 1;
  }
  return points;
}

/** A title within the next few blocks, before any paragraph. */
function titleFollows(kinds: readonly BlockKind[], i: number): boolean {
  // Within three blocks, a page's chrome between not counted.
  for (let k = i + 1, n = 0; k < kinds.length && n < 3; k++) {
    if (kinds[k] === 'title') return true;
    if (kinds[k] === 'prose') return false;
    if (kinds[k] !== 'chrome') n++;
  }
  return false;
}

function nextOpensBody(
  blocks: readonly Block[], kinds: readonly BlockKind[], i: number, startsWithDateline: (b: Block) => boolean,
): boolean {
  for (let k = i + 1; k < blocks.length; k++) {
    const kk = kinds[k]!;
    if (kk === 'bullet' || kk === 'date') return true;
    if (kk === 'label' || kk === 'rule' || kk === 'credit' || kk === 'caption' || kk === 'chrome') continue;
    return startsWithDateline(blocks[k]!);
  }
  return false;
}
