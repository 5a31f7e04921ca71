import { PARAGRAPH_NUMBER } from './sentences.js';
import { type Tables, isTitleWord, perTables } from '../../locales/index.js';
import { isHan, startsChar } from '../../util/chars.js';
import { escapeRegExp, unitEscape } from '../../util/regexp.js';
import type { Unit } from './unit.js';
import { MIDDLE_DOT, PREDICATE, type Person, parseChinesePerson, parseChineseRole, parseEnglishSpeaker, personOf, splitEnglishTitle, titleEndingAt } from './speaker.js';
import { isPersonName, isTitle } from '../shared/names.js';
import { splitLeadingHonorific } from '../../locales/honorifics.js';
import { NearbyNames } from './nearby.js';

const POSITION = /^ ?[(（]([^()（）]{1,20})[)）]/;
const POSITION_WORDS = /左|右|中|前|后|排|left|right|cent(?:re|er)|middle|front|back|row/i;

/** In a caption, the bracket after a name that says where the person stands: （右三）, (second from left). */
export function withPosition(p: Person, unit: Unit, end: number): Person {
  if (unit.captionIndex === undefined) return p;
  const m = unit.fold.slice(end, end + 24).match(POSITION);
  if (!m || !POSITION_WORDS.test(m[1]!)) return p;
  return { ...p, position: { caption: unit.captionIndex, position: unit.text.slice(end, end + m[0].length).trim().slice(1, -1) } };
}

const TITLE_GOES_ON = /^[兼后生级学论研课班导]/;
const BOUNDARY = /[。，,；;：:「」“”『』()!?！？\n]/;

/** Where the title and organization before a Chinese name at `at` start: back to a boundary, at most 60 characters. */
function lookBack(fold: string, at: number, floor: number, tables: Tables): number {
  let start = at;
  let n = 0;
  for (;;) {
    // 總行政經理（服務轉型）何綺雯醫生: a portfolio in brackets after a title is the title's, no boundary; a place
    // in a photo (成員（左起）) is not.
    const open = fold[start - 1] === ')' ? fold.lastIndexOf('(', start - 1) : -1;
    if (open > floor && start - open <= PORTFOLIO_MAX && !POSITION_WORDS.test(fold.slice(open, start)) &&
      titleEndingAt(fold, open, tables) > 0) start = open;
    if (start <= floor || n >= 60 || BOUNDARY.test(fold[start - 1]!)) break;
    start--;
    if (startsChar(fold, start)) n++;
  }
  // "2. 卫生部第二部长黄国豪博士": a paragraph's number is no part of the description, and ends a sentence for none.
  return start + (PARAGRAPH_NUMBER.exec(fold.slice(start, start + ENUMERATION_MAX))?.[0].length ?? 0);
}
/** The widest paragraph number looked for, with its spaces. */
const ENUMERATION_MAX = 12;

/** ", director of the St. Brendan Heart Rhythm Center,": what follows a name, up to a stop that is no abbreviation's. */
const APPOSITION = /^, ((?:[^,.;]|\.(?<=\b(?:St|Mt|Ft|Jr|Sr|Co|Inc|Ltd|Corp|No|Dr)\.)(?= \p{Lu})){2,100})[,.;]/u;

// "Prof. Dr. Matthias Reuter", "Dr. Marilou V. Sarmiento": a second honorific, and an initial inside the name.
const EN_HONORIFIC_NAME =
  /\b((?:Professor|Prof\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Sir|Dame|Ir|Shri|Smt\.?|Shrimati)(?: Dr\.?)?)\s(\p{Lu}[\p{Script=Latin}\p{M}\w'’-]*(?:\s(?:\p{Lu}\.(?=\s\p{Lu})|\p{Lu}[\p{Script=Latin}\p{M}\w'’-]*)){0,3})/gu;

// Starts after no letter or mark, nor after a word's apostrophe or hyphen: "\b" knows ASCII letters only, and would
// start a name inside "A\u0301nh". The look back comes after the capital, so it is only tried where a capital is.
// Each word has a small letter after its capital and the capital's marks: "Á" alone is no name, composed or not.
// The title's 100 characters count a letter and its marks as one. A capital inside a word comes after a small
// letter, an apostrophe or a hyphen: Marie-Claude, McDonald, O’Brien.
const AFTER_CAPITAL = String.raw`\p{M}*[\p{Ll}'’-](?:[\p{Ll}\p{M}'’-]|(?<=[\p{Ll}'’-])\p{Lu})*`;
export const EN_APPOSITIVE = new RegExp(
  String.raw`(\p{Lu}(?<![\p{L}\p{M}\w'’-]\p{Lu})${AFTER_CAPITAL}(?: \p{Lu}${AFTER_CAPITAL}){1,2}), ((?:[^,.;:“”"\p{M}]\p{M}*){2,100}(?:, (?:Inc|Ltd|LLC|Corp|Co)\.)?)(?=[,.;:]|$)`,
  'gu',
);
const APPOSITIVE_AT = new RegExp(EN_APPOSITIVE.source, 'uy');
/** "MD", "Ph.D.": a degree printed after a name, before the title ("MD" alone is also a managing director's). */
const isDegree = (s: string, tables: Tables): boolean => tables.set('postnominals').has(s.trim().toLowerCase());
const CAPITAL = /\p{Lu}/gu;

/**
 * What `text.matchAll(EN_APPOSITIVE)` gives, found from each ", " instead of tried at every capital of the text.
 * A name is two or three words with single spaces between them, right before its ", ": it starts after the third
 * space back, so only the capitals from there are tried. Each ", " in order, and each match taken whole before the
 * next is sought, as matchAll does.
 */
export function* appositives(text: string): Generator<RegExpExecArray> {
  let from = 0;
  for (let p = text.indexOf(', '); p !== -1; p = text.indexOf(', ', Math.max(p + 1, from))) {
    let back = p;
    for (let k = 0; k < 3 && back > 0; k++) back = text.lastIndexOf(' ', back - 1);
    // The capitals of this window only: searched in the whole text, a text without one was scanned to its end
    // from every ", " (quadratic).
    const start = Math.max(from, back + 1);
    for (const c of text.slice(start, p).matchAll(CAPITAL)) {
      APPOSITIVE_AT.lastIndex = start + c.index;
      const m = APPOSITIVE_AT.exec(text);
      if (m) {
        from = m.index + m[0].length;
        yield m;
        break;
      }
    }
  }
}

/** Characters that follow a name but cannot end one: function and time words (陈国邦今日, 陈国邦在致辞时说). */
const AFTER_NAME = /[今在于出主与及和亦也将已为是的等率带致（(,，。、：:；]/;

/** Of those, the ones that join two names, and so are a name's own character when a verb follows them. */
const CONJUNCTIONS = '与及和';

/** The first characters of speech verbs (表示, 分享 …): one look-up before the verbs themselves are compared. */
const verbStarts = perTables((tables) => new Set(tables.cjk('speechVerbs').map((v) => v[0]!)));
/** A speech verb starts at `i` ("表示", "指"): the name before it ends there. 黃克強表示 is 黃克強, though 强调 is a verb. */
function verbAt(fold: string, i: number, tables: Tables): boolean {
  return verbStarts(tables).has(fold[i] ?? '') && tables.cjk('speechVerbs').some((v) => fold.startsWith(v, i));
}

/**
 * 副教授林嘉慧博士: a family name and another honorific follow, so the first honorific was a title; so too when a
 * speech verb follows the name (工程學系教授陳大文表示), for an honorific that is a title word as well (教授, 院士).
 */
function nameFollows(fold: string, end: number, tables: Tables): boolean {
  if (!tables.set('surnames').has(fold[end] ?? '')) return false;
  const hs = tables.cjk('honorifics');
  // The name takes two or three characters; an honorific or a speech verb right after it.
  if ([2, 3].some((k) => hs.some((h) => fold.startsWith(h, end + k)))) return true;
  return titleEndingAt(fold, end, tables) > 1 && [2, 3].some((k) => isHan(fold[end + k - 1]) && verbAt(fold, end + k, tables));
}

interface HeadIndex {
  /** Any first UTF-16 unit of a head: the scan jumps from one to the next. */
  starts: RegExp;
  /** First unit → the heads (by index) that start with it. */
  byFirst: Map<number, number[]>;
}

const titleHeadIndex = perTables((tables): HeadIndex => {
  const byFirst = new Map<number, number[]>();
  tables.cjk('titleHeads').forEach((h, k) => byFirst.set(h.charCodeAt(0), [...(byFirst.get(h.charCodeAt(0)) ?? []), k]));
  const units = [...byFirst.keys()].map(unitEscape).join('');
  return { starts: new RegExp(`[${units}]`, 'g'), byFirst };
});

/**
 * Where each title head occurs, head by head in table order and each at every offset: found in one pass over the
 * text, where a search per head took a hundred.
 */
function titleHeadsIn(fold: string, tables: Tables): [string, number][] {
  const heads = tables.cjk('titleHeads');
  const { starts, byFirst } = titleHeadIndex(tables);
  const found: [number, number][] = [];
  starts.lastIndex = 0;
  for (let m = starts.exec(fold); m; m = starts.exec(fold)) {
    for (const k of byFirst.get(fold.charCodeAt(m.index))!) if (fold.startsWith(heads[k]!, m.index)) found.push([k, m.index]);
  }
  return found.sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([k, i]) => [heads[k]!, i]);
}

/** The longest bracketed portfolio after a Chinese title, in characters: （交通管理）, （規劃及土地）. */
const PORTFOLIO_MAX = 12;

/**
 * The length of a name written in Chinese from another language at `i`, its parts joined by middle dots
 * (马克·韦伯表示 → 马克·韦伯), or 0. Each part is a few characters, and the last stops where a name cannot go on.
 */
function dottedNameAt(fold: string, i: number, tables: Tables): number {
  let j = i;
  while (isHan(fold[j]) && j - i < 4) j++;
  if (j === i || !MIDDLE_DOT.test(fold[j] ?? '') || !isHan(fold[j + 1])) return 0;
  while (MIDDLE_DOT.test(fold[j] ?? '') && isHan(fold[j + 1])) {
    const part = ++j;
    while (isHan(fold[j]) && j - part < 6 && !(j > part && (AFTER_NAME.test(fold[j]!) || verbAt(fold, j, tables)))) j++;
  }
  return j - i;
}

/** Offsets of Chinese names printed right after a title word, without an honorific. */
function namesAfterTitles(fold: string, tables: Tables): [number, number][] {
  const out: [number, number][] = [];
  const surnames = tables.set('surnames');
  const honorifics = tables.cjk('honorifics');
  const nouns = tables.set('peopleNouns');
  for (const [h, i] of titleHeadsIn(fold, tables)) {
    if (nouns.has(h)) continue;
    let n = i + h.length;
    // 助理署長（交通管理）陳嘉明: the portfolio in brackets after the title is the title's.
    if (fold[n] === '(') {
      const close = fold.indexOf(')', n);
      if (close !== -1 && close - n <= PORTFOLIO_MAX) n = close + 1;
    }
    const dotted = dottedNameAt(fold, n, tables);
    if (dotted) {
      out.push([i, n + dotted]);
      continue;
    }
    // 副局長歐陽偉倫: a family name of two characters takes a name one longer.
    const compound = surnames.has(fold.slice(n, n + 2)) ? 1 : 0;
    if (!surnames.has(fold[n] ?? '') && !compound) continue;
    if (!/[\u3400-\u9fff]/.test(fold[n + 1 + compound] ?? '')) continue;
    const third = fold[n + 2 + compound] ?? '';
    // 部長張仁和表示: a conjunction right before a speech verb joins nothing, so it is the name's (張仁和李明表示 is two).
    const joins = AFTER_NAME.test(third) && !(CONJUNCTIONS.includes(third) && verbAt(fold, n + 3 + compound, tables));
    const len = compound + (/[\u3400-\u9fff]/.test(third) && !joins && !verbAt(fold, n + 2 + compound, tables) ? 3 : 2);
    if (AFTER_NAME.test(fold[n + 1]!) || verbAt(fold, n + 1, tables)) continue;
    // 总裁王磊先生: with an honorific, the honorific's mention covers it.
    if (honorifics.some((x) => fold.startsWith(x, n + 2) || fold.startsWith(x, n + 3))) continue;
    out.push([i, n + len]);
  }
  return out;
}

const zhHonorifics = perTables((tables) => new RegExp(`(?:${tables.cjk('honorifics').map(escapeRegExp).join('|')})+`, 'g'));

/**
 * The title that ends `s` before ", ", as /(?:^|[,;:(]\s|\bthe )(\p{Lu}[^,.;()]{2,100}), $/u finds it: a capital
 * after the start, "; " and the like, or "the ", then 2–100 characters without , . ; ( ). Walked from the last
 * such character, because that regex, tried from every start, rescans up to 100 characters each time. A
 * portfolio's list goes on back over its commas ("the Union Minister for Ports, Shipping and Waterways, Shri …").
 */
/** " Shipping and Waterways": an item of a portfolio's list, capitalised words and the "and" before the last. */
const LIST_ITEM = /^ \p{Lu}[\p{L}'’-]*(?: (?:and |& )?\p{Lu}[\p{L}'’-]*){0,4}$/u;

function titleBefore(s: string): string | null {
  if (!s.endsWith(', ')) return null;
  const body = s.slice(0, -2);
  let from = body.length;
  while (from > 0 && !/[,.;()]/.test(body[from - 1]!)) from--;
  while (from > 1 && body[from - 1] === ',' && body.length - from < 100 && LIST_ITEM.test(body.slice(from))) {
    from--;
    while (from > 0 && !/[,.;()]/.test(body[from - 1]!)) from--;
  }
  for (let g = Math.max(from, body.length - 101); g <= body.length - 3; g++) {
    if (!/\p{Lu}/u.test(body[g]!)) continue;
    const opened = g === 0 || (/[,;:(]/.test(body[g - 2] ?? '') && /\s/.test(body[g - 1]!)) || (g >= 4 && body.slice(g - 4, g) === 'the ' && !/\w/.test(body[g - 5] ?? ''));
    if (opened) return body.slice(g);
  }
  return null;
}

/**
 * "數碼創新園首席科技官Dr. Priya Raman": a Chinese title, and the organization before it, right before an English
 * name's honorific.
 */
function chineseRoleBefore(unit: Unit, at: number, tables: Tables, known: readonly string[]): { title: string | null; organization: string | null } {
  const { text, fold } = unit;
  if (!isHan(fold[at - 1]) || titleEndingAt(fold, at, tables) === 0) return { title: null, organization: null };
  const start = lookBack(fold, at, 0, tables);
  return parseChineseRole(text.slice(start, at), fold.slice(start, at), tables, known);
}

/** "said engineers began rolling back the change": after a name's comma, what the person said, however worded. */
const reported = (s: string, tables: Tables): boolean => tables.set('speechVerbs').has(s.split(' ', 1)[0]!.toLowerCase());

/** People named with an honorific: 黄克强先生 with what precedes it, Professor Edwin Lok, Chairman of X. */
export function findMentions(unit: Unit, tables: Tables, known: readonly string[]): Person[] {
  const out: Person[] = [];
  const { text, fold } = unit;
  let floor = 0;
  for (const m of fold.matchAll(zhHonorifics(tables))) {
    const end = m.index + m[0].length;
    // 讲座教授兼系主任, 博士后研究员, 副教授林嘉慧博士: the honorific word is part of a title there.
    if (TITLE_GOES_ON.test(fold[end] ?? '') || nameFollows(fold, end, tables)) continue;
    // "Ronald Leung（梁子健）先生": the bracket holds the name's other form; the description is before it.
    const alias = fold[m.index - 1] === ')' ? fold.lastIndexOf('(', m.index - 1) : -1;
    const start = lookBack(fold, alias > floor ? alias : m.index, floor, tables);
    const sp = parseChinesePerson(text.slice(start, end), fold.slice(start, end), tables, known);
    // 每周为工程师节省…: a word that follows a name (为, 与) ends no name; the honorific is a profession there.
    const noName = alias < 0 && isHan(fold[m.index - 1]) && AFTER_NAME.test(fold[m.index - 1]!);
    if (sp?.name && !noName) out.push(withPosition({ ...personOf(sp, unit.m.toSource(start), tables), end: unit.m.toSource(end) }, unit, end));
    floor = end;
  }
  // Where the last honorific's name ended: "the Director of …, Ms Carol Yip, Mr Leung toured": a title before
  // two names in a row is the first one's.
  let lastName = -1;
  for (const m of text.matchAll(EN_HONORIFIC_NAME)) {
    const afterName = text.slice(lastName, m.index) === ', ';
    lastName = m.index + m[0].length;
    // 黃國豪博士（Dr Ng Kok Hao）: the person's name in English, in brackets after the Chinese one.
    if (/[\u3400-\u9fff] ?[(（]$/.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 120);
    let after = rest.match(APPOSITION);
    if (after && isDegree(after[1]!, tables)) after = rest.slice(after[0].length - 1).match(APPOSITION);
    // "the Commissioner for Digital Economy, Ms Anita Cheung": the title may come first.
    const before = afterName ? null : titleBefore(text.slice(Math.max(0, m.index - 120), m.index));
    // "Following is the transcript of remarks by the Chief Secretary for Administration, Mr …": the title is what
    // follows the last "the".
    const lead = before?.replace(/^.*\bthe (?=\p{Lu})/u, '');
    const title = after && isTitle(after[1]!, tables) && !reported(after[1]!, tables) ? after[1]! : lead && isTitle(lead, tables) ? lead : null;
    const appositive = title ? splitEnglishTitle(title, tables) : chineseRoleBefore(unit, m.index, tables, known);
    const end = m.index + m[0].length;
    out.push(withPosition({ ...personOf({ name: m[2]!, honorific: m[1]!, ...appositive }, unit.m.toSource(m.index), tables), end: unit.m.toSource(end) }, unit, end));
  }
  // 政务司司长陈国邦今日…: a name right after a title, with no honorific.
  for (const [start, end] of namesAfterTitles(fold, tables)) {
    const from = lookBack(fold, start, 0, tables);
    const sp = parseChinesePerson(text.slice(from, end), fold.slice(from, end), tables, known);
    if (sp?.name) out.push(personOf(sp, unit.m.toSource(from), tables));
  }
  // "Grace Lim, Head of Digital at Acme, …": a name with a title after it.
  const named = new NearbyNames(40, out);
  for (const m of appositives(text)) {
    // "Anand Raghunathan, MD, principal investigator of …": a degree after the name, the title after it.
    const degree = isDegree(m[2]!, tables);
    const title = degree ? APPOSITION.exec(text.slice(m.index + m[0].length))?.[1] : m[2]!;
    // "… at Francis Kelsey, and is currently facilitating …": what follows a name's comma is no title there.
    if (title === undefined || PREDICATE.test(title) || reported(title, tables) || !isTitle(title, tables) || !isPersonName(m[1]!, m[1]!, tables)) continue;
    const { honorific, rest } = splitLeadingHonorific(m[1]!, tables);
    const at = unit.m.toSource(m.index);
    if (named.has(rest, at)) continue;
    const person = { ...personOf({ name: rest, honorific, ...splitEnglishTitle(title, tables) }, at, tables), end: unit.m.toSource(m.index + m[1]!.length) };
    out.push(person);
    named.add(person);
  }
  // "club captain Callum Reid has signed …", "Acme CEO Jane Doe announced …", "Bellamy Shire Council Mayor Cr Greg
  // Paterson welcomed …": a name right after a title word or an honorific in running text, whom a pronoun or a
  // family name refers to later.
  // Found from the name, the word before it looked up after: a regex that starts at every word is slower.
  const honorifics = tables.set('honorifics');
  for (const m of text.matchAll(EN_NAME_AFTER_WORD)) {
    // "Mayor Cr Greg Paterson": an honorific that opens the match is the word before the name.
    const space = m[0].indexOf(' ');
    const lead = honorifics.has(m[0].slice(0, space).toLowerCase()) && m[0].indexOf(' ', space + 1) > 0;
    const start = lead ? m.index + space + 1 : m.index;
    // After it, the name read again from its own start ("Shri Raghav Narayan Iyer" takes "Iyer" too).
    EN_NAME_AT.lastIndex = start;
    const name = lead ? EN_NAME_AT.exec(text)?.[0] ?? m[0].slice(space + 1) : m[0];
    const word = text.slice(text.lastIndexOf(' ', start - 2) + 1, start - 1);
    const honorific = honorifics.has(word.toLowerCase());
    if (!(honorific || isTitleWord(word, tables)) || !WORD.test(word) || !isPersonName(name, name, tables) || tables.regions.has(name.toLowerCase())) continue;
    const at = unit.m.toSource(start);
    if (named.has(name, at)) continue;
    const parsed = parseEnglishSpeaker(`${titleWordsBefore(text, start - 1)} ${name}`, tables);
    const speaker = parsed?.kind === 'person' && parsed.speaker.name === name ? parsed.speaker
      : { name, honorific: honorific ? word : null, title: honorific ? null : word, organization: null };
    const person = { ...personOf(speaker, at, tables), end: unit.m.toSource(start + name.length) };
    out.push(person);
    named.add(person);
  }
  return out.sort((a, b) => a.at - b.at);
}

/** A name of two or three capitalised words (an initial may come between) after a word and a space. */
const EN_NAME_AFTER_WORD = /(?<=[\p{L}&-] )\p{Lu}\p{Ll}+(?: \p{Lu}\.)?(?: \p{Lu}[\p{Ll}'’-]+){1,2}(?![\p{L}\p{M}])/gu;
const EN_NAME_AT = new RegExp(EN_NAME_AFTER_WORD.source, 'uy');
/** The word before such a name: letters, "&" or hyphens only ("Co-founder", not "(CEO"). */
const WORD = /^\p{L}[\p{L}&-]*$/u;

/** The word that ends `text` at `end`, and up to four capitalised words before it ("Acme CEO", "Shire Council Mayor Cr"). */
function titleWordsBefore(text: string, end: number): string {
  const words = text.slice(Math.max(0, end - 80), end).split(' ');
  let k = words.length - 1;
  while (k > 0 && words.length - k < 5 && /^\p{Lu}[\p{L}&'’.-]*$/u.test(words[k - 1]!)) k--;
  return words.slice(k).join(' ');
}
