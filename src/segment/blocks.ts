import type { Tables } from '../locales/index.js';
import { foldForMatching } from '../normalize/fold.js';
import { joinLines } from './join.js';
import { HAN_CHAR, displayWidth, hasNoCapital, isHan, isLower, isUpper } from '../util/chars.js';
import type { Mapped } from '../util/mapped.js';
import { findDates } from '../util/dates.js';
import { hasMatches } from '../util/regexp.js';
import { scanTokens } from '../util/tokens.js';
import { contactTableHeader, startsWithContactLabel } from './contact-labels.js';
import { type Line, splitLines, subLine } from './lines.js';
import { BULLET, bareCaptionLabel, isEndMark, isLabel, isUrlOnly, standsAlone, startsBlock } from './line-kinds.js';

/** A paragraph-like unit: lines that belong together, joined with their wraps undone. */
export interface Block {
  lines: Line[];
  /** The joined text, mapped back to the parser's text. */
  m: Mapped;
  text: string;
  fold: string;
  /** The text's display width (`displayWidth`), measured once: the outline asks it of every block. */
  width: number;
}

export type Layout = 'pdf-spaced' | 'wrapped' | 'unwrapped';

export interface Segmented {
  /** The text folded for matching, once (same length as the text). */
  folded: string;
  lines: Line[];
  blocks: Block[];
  layout: Layout;
}

const SENTENCE_END = /[.!?。！？:：」”"』)）'’]$/;

/**
 * Groups lines into blocks. Three layouts are told apart:
 * - `pdf-spaced`: an empty line after every line and a trailing space on each paragraph's last line (what PDF
 *   extraction often gives): only the trailing space ends a paragraph, so one cut by a page break is healed;
 * - `wrapped`: paragraphs separated by blank lines, hard-wrapped inside: lines are joined;
 * - `unwrapped`: lines wider than any hard wrap: each line is a paragraph.
 * In all three, a line that starts a structure (bullet, caption, label, contact line, or what `opensBody`
 * recognises: a dateline) starts a new block.
 */
export function segment(text: string, tables: Tables, opensBody: (l: Pick<Line, 'text' | 'fold'>) => boolean = () => false): Segmented {
  const folded = foldForMatching(text);
  const lines: Line[] = [];
  // A headline's last words cut from its subtitle's line: they go on the line above, whatever follows.
  const headlineEnds = new Set<Line>();
  // The line above when it is a Chinese title line (no blank between), above the first line with sentence stops.
  let titleAbove: Line | null = null;
  let inHeader = true;
  for (const l of splitLines(text, folded)) {
    const subtitle = titleAbove ? withSubtitleApart(titleAbove, l, tables) : null;
    if (subtitle) headlineEnds.add(subtitle[0]);
    const apart = subtitle ?? withEndMarkApart(l, tables) ?? (inHeader ? withLabelApart(l, tables) : null);
    if (apart) lines.push(...apart);
    else lines.push(l);
    inHeader &&= !hasStops(l.text);
    titleAbove = inHeader && !l.blank && hanTitle(l.text) ? l : null;
  }
  // The layout tests, `continues` and the blocks all ask a line's width: measured once.
  const widths = new Map<Line, number>();
  for (const l of lines) if (!l.blank) widths.set(l, displayWidth(l.text));
  const width = (l: Line): number => widths.get(l) ?? 0;
  const wrapWidth = typicalWidth(lines, width);
  const layout = detectLayout(lines, width, wrapWidth);
  // Asked of each line twice (as the line, then as the one before the next): computed once.
  const aloneCache = new Map<Line, boolean>();
  const alone = (l: Line): boolean => {
    let a = aloneCache.get(l);
    if (a === undefined) aloneCache.set(l, (a = standsAlone(l.fold, tables)));
    return a;
  };
  const breaksBefore = (l: Line): boolean =>
    alone(l) || startsBlock(l.fold, tables) || startsWithContactLabel(l.fold, tables) || opensBody(l);

  // A page number between two halves of a paragraph is a page break. Page numbers, continuation marks and
  // running heads are short: a paragraph's line is not tried. Decided once per line: the search for running
  // heads and the grouping below both ask.
  const pageLines = lines.map((l) =>
    (l.pageBreak && l.blank) || (!l.blank && l.fold.length <= PAGE_LINE_MAX && tables.match('pageNumber', l.fold) !== null && !isEndMark(l.fold, tables)));
  const running = runningLines(text, lines, pageLines);
  // "MEDIA RELEASE" or its embargo atop every page: on the first, at the text's top, it is the release's own.
  const top = lines.find((l) => !l.blank);
  if (top && running.has(top) && (isLabel(top.fold, tables) || tables.match('embargo', top.fold) !== null)) running.delete(top);

  const groups: Line[][] = [];
  let cur: Line[] = [];
  const close = (): void => {
    if (cur.length) groups.push(cur);
    cur = [];
  };
  let pageBreak = false;
  // A blank line since the last line of text: it ends the paragraph unless a page break comes before the next.
  let gap = false;
  // Above the first line that holds a Chinese sentence's stops, Chinese lines without them are titles (a headline
  // over its subtitle), each its own block however wide.
  let header = true;
  const tableRows = new Set<Line>();
  for (const [i, l] of lines.entries()) {
    if (pageLines[i] || running.has(l)) {
      pageBreak = true;
      continue;
    }
    // A form feed on a line with text (pdftotext starts each page's first line with one): a break, and the text.
    if (l.pageBreak) pageBreak = true;
    if (l.blank) {
      gap ||= layout !== 'pdf-spaced';
      continue;
    }
    // Blank lines around a page break do not end the paragraph the break cut.
    if (gap && !pageBreak) close();
    gap = false;
    const prev = cur[cur.length - 1];
    if (pageBreak && prev && SENTENCE_END.test(prev.text)) close();
    pageBreak = false;
    // Three title lines or more: the first two, the second the shorter, are a headline wrapped (…推出 /
    // 「…計劃」), the rest its subtitle.
    const titles = header && prev !== undefined && hanTitle(prev.text) && hanTitle(l.text);
    const next = lines[i + 1];
    // A line that opens with a date ("2024-03-12 15:20　文／安和紀念醫院") is the byline under a title, not its rest.
    const wrappedTitle = headlineEnds.has(l) || (titles && cur.length === 1 && (WRAP_COMMA.test(prev.text) || noticeTitle(prev, l, tables) || tables.set('boundParticles').has(l.fold.trimStart()[0] ?? '') || cutWord(prev.text, l.text) ||
      (width(l) < width(prev) && next !== undefined && hanTitle(next.text) && !breaksBefore(next) && findDates(l.fold, tables.months)[0]?.start !== 0)));
    // "聯絡電話：02-2345-6789；手機：…": a contact's fields, whatever stops part them, are no sentence.
    header &&= !hasStops(l.text) || startsWithContactLabel(l.fold, tables);
    // "圖片說明：" on a line of its own: the caption it labels follows, unless another block starts.
    // 　　來自…: a Chinese paragraph opens with two full-width spaces, whatever the line above it.
    const hanIndent = l.indented && text[l.start - 1] === '\u3000' && text[l.start - 2] === '\u3000';
    // A contact table's rows, under its header row: one block each, however the text around them wraps.
    const row = prev !== undefined && LAYOUT_GAP.test(l.text) && (tableRows.has(prev) || (LAYOUT_GAP.test(prev.text) && contactTableHeader(prev.fold, tables) !== null));
    if (row) tableRows.add(l);
    // "Subject: PRESS RELEASE: … face water" over "crisis as boreholes fail": a mail's subject wrapped at its width.
    const subjectGoesOn = cur.length === 1 && prev !== undefined && width(prev) >= 0.9 * wrapWidth && tables.match('mailSubject', prev.fold) !== null && !breaksBefore(l);
    // "Photo 2" over "(From left) …": a bare label's caption goes on under it, whatever it starts with.
    if (prev && !subjectGoesOn && !addressEndsSentence(prev, l) && !(cur.length === 1 && bareCaptionLabel(prev.fold, tables)) && (row || breaksBefore(l) || hanIndent || (!wrappedTitle && (titles || namesContactHeading(prev, tables) ||
      (!labelOnly(prev, tables) && (alone(prev) || (layout !== 'pdf-spaced' && !continues(prev, width(prev), l, layout, wrapWidth, tables)))))))) close();
    cur.push(l);
    if (layout === 'pdf-spaced' && l.trailingSpace) close();
  }
  close();

  const blocks = groups.map((g) => {
    const m = joinLines(text, g, tables.set('compoundHeads'));
    return { lines: g, m, text: m.text, fold: m.project(folded), width: g.length === 1 ? width(g[0]!) : displayWidth(m.text) };
  });
  return { folded, lines, blocks, layout };
}

/** How the marks TRAILING_MARK finds end: most lines end otherwise, and are not searched. */
const MARK_END = /[)\]】#*\-—–~]$/;
/** A mark after the last sentence of a line: a bracket, hash, star or dash opens it; a word ("完", "Ends") cannot. */
const TRAILING_MARK = /(?<=[。.!?！？」”"])[ \u3000]*([(（【[#*\-—–~][^。.!?]{0,14})$/;

/**
 * "…的实力。（完）", "…on our website. ###": an end mark printed at the end of the last paragraph's line is a
 * line of its own, so the paragraph ends before it and the mark is read as one.
 */
function withEndMarkApart(l: Line, tables: Tables): [Line, Line] | null {
  const m = l.blank || !MARK_END.test(l.fold) ? null : TRAILING_MARK.exec(l.fold);
  if (!m || !isEndMark(m[1]!, tables)) return null;
  const at = m.index + m[0].length - m[1]!.length;
  return [{ ...subLine(l, 0, m.index), trailingSpace: true }, { ...subLine(l, at, l.text.length), indented: false, pageBreak: false }];
}

/** A gap between columns of a page laid out as printed (pdftotext -layout): four spaces or more, or a tab. */
const LAYOUT_GAP = / {4,}|\t/;

/**
 * "European Agency for Coastal Resilience          PRESS RELEASE": a letterhead printed as a page is laid out,
 * the issuer at the left margin and the label at the right, is two lines: the label is read as one, and the
 * issuer's name is no headline.
 */
function withLabelApart(l: Line, tables: Tables): [Line, Line] | null {
  const gap = l.blank ? null : LAYOUT_GAP.exec(l.text);
  if (!gap) return null;
  const at = gap.index + gap[0].length;
  const left = l.fold.slice(0, gap.index);
  const right = l.fold.slice(at);
  if (LAYOUT_GAP.test(right) || !(isLabel(left, tables) || isLabel(right, tables))) return null;
  return [{ ...subLine(l, 0, gap.index), trailingSpace: false }, { ...subLine(l, at, l.text.length), indented: false, pageBreak: false }];
}

/** A subtitle's dash after a few words of a title line: "验达到主要终点 —— 将于年内…". */
const MID_DASH = /(?<=[\u3400-\u9fff\w]) ?(?:——|--) ?(?=[\u3400-\u9fff\w])/;

/**
 * "…三期临床试" over "验达到主要终点 —— 将于年内…": a headline a PDF wrapped, its last words on the line its subtitle
 * starts. The words before the dash go on the headline, and the subtitle is a line of its own. Not under an
 * issuer's name (康源生物科技股份有限公司), which the line's own headline is not part of, nor under a shorter line.
 */
function withSubtitleApart(above: Line, l: Line, tables: Tables): [Line, Line] | null {
  const m = hanTitle(l.text) ? MID_DASH.exec(l.text) : null;
  if (!m || displayWidth(above.text) <= displayWidth(l.text.slice(0, m.index)) || standsAlone(above.fold, tables) ||
    tables.match('issuer', above.fold.trim()) !== null) return null;
  const at = m.index + (m[0][0] === ' ' ? 1 : 0);
  return [{ ...subLine(l, 0, m.index), trailingSpace: false }, { ...subLine(l, at, l.text.length), indented: false, pageBreak: false }];
}

const HAN_STOPS = /[，。、；！？]/;
/** A comma that ends a title line: the title goes on below it (…端侧多模态大模型， / 首批搭载于三款国产AI PC). */
const WRAP_COMMA = /[，、]$/;
/** A Chinese sentence's stops, short of a comma a title line is wrapped after. */
const hasStops = (s: string): boolean => HAN_STOPS.test(WRAP_COMMA.test(s) ? s.slice(0, -1) : s);
/** A line of Chinese with no sentence stops in it: a title. */
const hanTitle = (s: string): boolean => !hasStops(s) && hasMatches(s, HAN_CHAR, 4);

/**
 * "…設立跨境數據服務中" / "心 首期投資5億港元", "…首批三百幢公共建" / "築率先參與": a long Chinese headline a PDF wrapped
 * inside a word, its second line a lone character before a space, or a stub a quarter of the first's length; a
 * subtitle is a phrase of its own.
 */
function cutWord(first: string, second: string): boolean {
  if (!hasMatches(first, HAN_CHAR, CUT_TITLE_MIN) || !isHan(first[first.length - 1]) || !isHan(second[0])) return false;
  if (/^\S[ \u3000]\S/.test(second)) return true;
  return !/[ \u3000()（）「」]/.test(second) && second.length * 4 <= first.length;
}
/** "恒岳智能科技股份有限公司" over "关于签订日常经营重大合同的公告": a listed company's notice, titled on two lines. */
function noticeTitle(company: Line, subject: Line, tables: Tables): boolean {
  const name = company.fold.trim();
  return tables.cjk('companySuffixes').some((w) => name.endsWith(w)) && tables.cjk('noticeSubjects').some((w) => subject.fold.trimStart().startsWith(w));
}

/** Han characters a headline has at least for its wrapped stub to be told from a subtitle. */
const CUT_TITLE_MIN = 18;

/** The most characters a heading line that is all a contact's heading (晶創半導體發言人) holds. */
const HEADING_LINE_MAX = 24;

/**
 * A line that is a contact heading by its whole (晶創半導體發言人), matched to its end: joined to the name under
 * it, as Chinese lines are, it would no longer read as one.
 */
function namesContactHeading(l: Line, tables: Tables): boolean {
  if (l.fold.length > HEADING_LINE_MAX) return false;
  const m = tables.match('contactHeading', l.fold);
  return m !== null && m[0] === '';
}

/** A caption's label and nothing else ("圖片說明：", "Photo caption:", "Photo 1"). */
function labelOnly(l: Line, tables: Tables): boolean {
  const m = tables.match('captionLabel', l.fold);
  return (m !== null && m.index + m[0].length >= l.fold.trimEnd().length) || bareCaptionLabel(l.fold, tables);
}

/**
 * "…詳情請瀏覽" over "www.acme.com.hk/offer。": an address wrapped onto a line of its own, ending the sentence
 * the line above leaves open, is that sentence's last words, not a line of links.
 */
function addressEndsSentence(prev: Line, l: Line): boolean {
  return /[.。!！]$/.test(l.text) && !SENTENCE_END.test(prev.text) && isUrlOnly(l.fold) && !isTitleCase(prev.text) && !isCapitals(prev.text);
}

/**
 * Whether `l` goes on the paragraph `prev` ends. A lower-case line after one that ends no sentence always
 * does (a wrapped headline's or bullet's last words), and so do consecutive upper-case lines (a headline
 * set in capitals); a sentence-case line under a title-case one does not. Otherwise, in hard-wrapped text a line goes on unless `prev` stops well short of the wrap
 * width (a paragraph's last line, a title over its subtitle); in unwrapped text it does not, but for an
 * indented line under a bullet.
 */
function continues(prev: Line, prevWidth: number, l: Line, layout: Layout, wrapWidth: number, tables: Tables): boolean {
  if (!SENTENCE_END.test(prev.text) && isLower(l.text[0])) return true;
  // "… to drought-proof the" over "Condamine Valley": no title or sentence ends on an article or a preposition.
  const last = prev.fold.length - prev.fold.lastIndexOf(' ') - 1;
  if (last <= tables.longest('danglingWords') && tables.set('danglingWords').has(prev.fold.slice(prev.fold.length - last).toLowerCase())) return true;
  // "MINISTRY OF HEALTH" over "12 MARCH 2025": a date on its own line is no part of the heading above it.
  if (isCapitals(prev.text) && isCapitals(l.text)) return !isDateOnly(l.fold, tables);
  // A title-case line short of the wrap width over a sentence-case one: a headline over the text (a dateline
  // is title-case too, but carries a date).
  if (isTitleCase(prev.text) && !isTitleCase(l.text) && prevWidth < 0.9 * wrapWidth && !/\d{4}/.test(prev.text)) return false;
  if (layout === 'wrapped') return prevWidth >= 0.6 * wrapWidth;
  return l.indented && BULLET.test(prev.fold) && !SENTENCE_END.test(prev.text);
}

/**
 * Running heads and feet in text taken from a PDF: a line printed the same (digits aside) next to two or more page
 * breaks (a page number, a form feed) or at the text's top or end as well. Returns those lines where they stand so.
 */
function runningLines(text: string, lines: readonly Line[], pageLines: readonly boolean[]): Set<Line> {
  // Indices of the lines at the pages' edges.
  const edges: number[] = [];
  let breaks = 0;
  const contentAt = (from: number, step: number): number => {
    for (let i = from; i >= 0 && i < lines.length; i += step) {
      if (pageLines[i]) return -1;
      if (!lines[i]!.blank) return i;
    }
    return -1;
  };
  const content = (from: number, step: number): Line | undefined => lines[contentAt(from, step)];
  // "Acme Council" and "Media Release", the two columns of one running head, read as two lines: the last of them.
  const lastPiece = (i: number): number => {
    let k = i;
    while (k + 1 < lines.length && !lines[k + 1]!.blank && !text.slice(lines[k]!.end, lines[k + 1]!.start).includes('\n')) k++;
    return k;
  };
  // A page's head printed once ("Acme Scheme      5 March 2026" after "Page 1 of 2"), between a sentence the break
  // cut and its lower-case rest (or Chinese text on both sides, the first with no stop, the head with no punctuation
  // of a sentence): no repeat shows it, the sentence around it does.
  const once = new Set<Line>();
  lines.forEach((l, i) => {
    const page = pageLines[i]!;
    if (!page && !l.pageBreak) return;
    breaks++;
    // A form feed on a line of text (pdftotext's style) starts the page with that line.
    for (const e of [contentAt(i - 1, -1), page ? contentAt(i + 1, 1) : i]) if (e !== -1) edges.push(e);
    if (!page) return;
    const before = content(i - 1, -1);
    const head = contentAt(i + 1, 1);
    const end = head === -1 ? -1 : lastPiece(head);
    // The head stands apart: a blank line under it, and it does not go on the cut sentence itself.
    if (head === -1 || !lines[end + 1]?.blank || /^\p{Ll}/u.test(lines[head]!.text) || lines[head]!.fold.length > PAGE_LINE_MAX * 2) return;
    const rest = content(end + 1, 1);
    if (before && rest && !SENTENCE_END.test(before.text) && (/^\p{Ll}/u.test(rest.text) || hanCut(before.text, lines[head]!.text, rest.text))) {
      for (let k = head; k <= end; k++) once.add(lines[k]!);
    }
  });
  if (!breaks) return new Set();
  for (const e of [contentAt(0, 1), contentAt(lines.length - 1, -1)]) if (e !== -1) edges.push(e);
  const key = (i: number): string => lines[i]!.fold.replace(/\d+/g, '#');
  const count = new Map<string, number>();
  for (const e of new Set(edges)) count.set(key(e), (count.get(key(e)) ?? 0) + 1);
  const running = new Set(once);
  for (const e of edges) {
    if ((count.get(key(e)) ?? 0) < 2 || lines[e]!.fold.length > PAGE_LINE_MAX * 2) continue;
    for (let k = e, last = lastPiece(e); k <= last; k++) running.add(lines[k]!);
  }
  return running;
}

/** 「…試驗期間未發現與疫苗相」 / 「恒泰生物科技集團有限公司 – 新聞稿」 / 「關的嚴重不良事件。」: a Chinese sentence cut by a page's head. */
const hanCut = (before: string, head: string, rest: string): boolean =>
  isHan(before[before.length - 1]) && isHan(rest[0]) && !/[，。！？；、]/.test(head);

/** The line is one full date and nothing else but separators. */
function isDateOnly(fold: string, tables: Tables): boolean {
  const [d, ...more] = findDates(fold, tables.months);
  return d !== undefined && !more.length && d.year !== null && !/[\p{L}\p{N}]/u.test(fold.slice(0, d.start) + fold.slice(d.end));
}

/** "… 網址：www.warmheart.org.hk", "… e-mail info@acme.com": an About paragraph's last line ends with an address. */
function endsWithAddress(text: string): boolean {
  const t = text.trimEnd();
  // An address has a dot and no space: most lines fail on the last characters and are not scanned.
  const start = t.lastIndexOf(' ') + 1;
  if (!t.includes('.', start) && !t.includes('@', start)) return false;
  const last = scanTokens(t.slice(Math.max(0, t.length - 200))).pop();
  return last !== undefined && last.end === Math.min(t.length, 200);
}

const UPPER = /\p{Lu}/gu;
/**
 * The longest line a page number or running head ("Riverbend Library – Page 2") is printed on, with its columns
 * spaced wide ("Acme | Press Office            Page 1 of 2").
 */
const PAGE_LINE_MAX = 120;

/** Most words capitalised and no sentence end: "Campaign Launches to Demand Justice for Joseph Lagerman". */
export function isTitleCase(s: string): boolean {
  // It takes three capitalised words, so three capitals: most lines of a Chinese text have none, and skip the rest.
  if (SENTENCE_END.test(s) || hasNoCapital(s) || !hasMatches(s, UPPER, 3)) return false;
  // Composed, so that an accent written as a combining mark neither splits a word nor lengthens it.
  const words = s.normalize('NFC').match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length > 3);
  return long.length >= 3 && long.filter((w) => isUpper(w[0])).length >= 0.75 * long.length;
}

/** Three or more capitals and no lower-case letter: a line set in capitals. */
export function isCapitals(s: string): boolean {
  // Counted by the regex engine: a loop testing each character was most of what a Chinese text's lines cost here.
  return !hasNoCapital(s) && !/\p{Ll}/u.test(s) && hasMatches(s, UPPER, 3);
}

/**
 * The width lines are wrapped at: the upper quartile of the widths of lines followed by another line (in
 * hard-wrapped text most of those are full lines), or of all lines when few are.
 */
function typicalWidth(lines: readonly Line[], width: (l: Line) => number): number {
  const interior: number[] = [];
  const all: number[] = [];
  lines.forEach((l, i) => {
    if (l.blank) return;
    const w = width(l);
    all.push(w);
    const next = lines[i + 1];
    if (next && !next.blank) interior.push(w);
  });
  const pick = interior.length >= 5 ? interior : all;
  pick.sort((a, b) => a - b);
  return pick[Math.floor(pick.length * 0.75)] ?? 0;
}

/** Long lines enough to count a list's items among those that end a paragraph. */
const LIST_LINES_MIN = 4;

function detectLayout(lines: Line[], width: (l: Line) => number, wrapWidth: number): Layout {
  const content = lines.filter((l) => !l.blank);
  let spaced = 0;
  for (let i = 0; i + 1 < lines.length; i++) if (!lines[i]!.blank && lines[i + 1]!.blank) spaced++;
  const trailing = content.filter((l) => l.trailingSpace).length;
  if (content.length >= 4 && spaced >= 0.75 * (content.length - 1) && trailing >= Math.max(2, 0.1 * content.length)) {
    return 'pdf-spaced';
  }
  // Hard-wrapped prose breaks most lines mid-sentence; when nearly every long line ends a sentence (or the
  // lines are wider than anyone wraps), each line is a paragraph. Unless lines broken mid-sentence short of
  // that width outnumber the long ones two to one: then the long ones are a few that ran over (a contact's
  // details on one line in hard-wrapped text).
  // A list's items end no sentence, but the next line starts an item of its own, not in lower case as a wrapped
  // sentence's rest mostly does: counted where long lines are many enough to tell.
  let long = 0;
  let ending = 0;
  let items = 0;
  let broken = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    const next = lines[i + 1];
    const w = width(l);
    if (w >= 100) {
      long++;
      if (SENTENCE_END.test(l.text) || endsWithAddress(l.text)) ending++;
      else if (next !== undefined && !next.blank && /^[\p{Lu}\d$€£¥•·*–-]/u.test(next.text)) items++;
    }
    if (next && !next.blank && w >= 60 && w < 100 && !SENTENCE_END.test(l.text)) broken++;
  }
  if (long >= LIST_LINES_MIN) ending += items;
  return wrapWidth > 200 || (long > 0 && ending >= 0.8 * long && broken < 2 * long) ? 'unwrapped' : 'wrapped';
}
