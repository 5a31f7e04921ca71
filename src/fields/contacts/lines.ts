import { type Tables, orgNameWords } from '../../locales/index.js';
import { contactLabels } from '../../segment/contact-labels.js';
import type { Line } from '../../segment/lines.js';
import { scanTokens } from '../../util/tokens.js';
import { isHan } from '../../util/chars.js';
import { isPersonName, splitParts } from '../shared/names.js';
import { foldForMatching } from '../../normalize/fold.js';
import { blanked, trimEndWhere, trimStartWhere } from '../../util/trim.js';

/** What one line of a contact block holds. */
export interface ContactLine {
  /** Text that is neither a label nor a number nor an address: a name, organization or title. */
  free: string[];
  phones: string[];
  faxes: string[];
  emails: string[];
}

const PHONE_START = /[+(\d]/;
/** A comma before an extension ("555-0142, ext. 2218") separates nothing. */
const NUMBER_SEPARATOR = /[/／;、；，]|,(?! ?(?:ext\.?|extension|poste) ?\d)| or | 或 /i;
const PHONE_CHAR = /[\d ()\-.+]/;

/** Phone numbers in a string, split on "/", "／", ",", "，", ";", "；", "or": each as printed, spaces collapsed. */
export function phonesIn(s: string): string[] {
  const out: string[] = [];
  for (const part of s.split(NUMBER_SEPARATOR)) {
    let i = 0;
    while (i < part.length && !PHONE_START.test(part[i]!)) i++;
    let j = i;
    while (j < part.length && PHONE_CHAR.test(part[j]!)) j++;
    let num = part.slice(i, j);
    num = trimEndWhere(num, /[^\d)]/).replace(/\s+/g, ' ').trim();
    // "01632 960 418 (24 hours)": a bracket opened after the number's start and not closed in it opens a note.
    const note = unclosedBracket(num, 1, num.length);
    if (note > 0) num = trimEndWhere(num.slice(0, note), /[^\d)]/);
    // "(+32 2 29 56298)": brackets around the whole number are not part of it.
    if (num.startsWith('(') && num.endsWith(')')) num = num.slice(1, -1).trim();
    // An extension stays with its number: "02-2712-3456 分機 123", "555-0100 ext. 12", "555-0142, ext. 2218",
    // Canada's "poste 2218".
    const ext = part.slice(i + num.length).match(EXTENSION);
    if (ext) num += ext[0].replace(/\s+/g, ' ').trimEnd();
    if ((num.match(/\d/g)?.length ?? 0) >= 6 && !YEAR_MONTH.test(num)) out.push(num);
  }
  return out;
}

/** "2020-10": a year and month in a table, not a phone number. */
const YEAR_MONTH = /^(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])$/;
/** The longest extension read after a number, its marker and spaces with it. */
const EXTENSION_MAX = 24;
const EXTENSION = /^,?\s*(?:分機|分机|內線|内线|轉|转|ext\.?|extension|poste|x|#) ?[:：]? ?\d+/i;

const ROLE_BEFORE_NAME = /^([\p{L}\p{M} &]{2,40}?): (?=\p{Lu})/u;
const WHERE_PREFIX = /^(\p{L}+) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}: /u;

/** One to three capitalised words: a place's or an organization's name ("Geneva", "Harbour Energy Ltd"). */
const SHORT_NAME = /^\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,2}$/u;

/**
 * "Geneva: Mathilde Keller, Media Relations Manager", "Harbour Energy Ltd: Jane Doe": where the contact sits or
 * whom they speak for, before a colon and a person's name.
 */
function beforeName(head: string, rest: string, tables: Tables): 'place' | 'organization' | null {
  const name = rest.split(',')[0]!.trim();
  if (!SHORT_NAME.test(head) || !isPersonName(name, foldForMatching(name), tables)) return null;
  return head.split(' ').some((w) => orgNameWords(tables).has(w.toLowerCase())) ? 'organization' : 'place';
}

const NAME_THEN_OFFICE = /^([^()（）]{1,40}?) ?[(（]([^()（）]{1,30})[)）]$/;

/** "Laura Pennington in the Northfield FC Press Office", "Sam Lee at Acme": a name, then where they work or are. */
const NAME_IN_OFFICE = /^(\p{Lu}[^,]{1,40}?) (in|at|of|from) (?:the )?(\p{Lu}[^,]{1,80})$/u;

/**
 * 蔣一凡（新聞中心）, "Laura Pennington in the Press Office": a person's name and their office, as two parts; not
 * the same person's name in another script (李慧敏（Lee Hui Min）). "Jane Doe in London": a place after "in" or
 * "from" (no organization's or department's word in it) is left out.
 */
function nameThenOffice(part: string, tables: Tables): string[] {
  const person = (s: string): boolean => isPersonName(s, foldForMatching(s), tables);
  const bracketed = part.match(NAME_THEN_OFFICE);
  if (bracketed) return person(bracketed[1]!) && !person(bracketed[2]!) ? [bracketed[1]!, bracketed[2]!] : [part];
  const m = part.match(NAME_IN_OFFICE);
  if (!m || !person(m[1]!) || person(m[3]!)) return [part];
  const office = m[2] === 'at' || m[2] === 'of' || /^[A-Z0-9&]{2,}$/.test(m[3]!) ||
    m[3]!.toLowerCase().split(' ').some((w) => orgNameWords(tables).has(w) || tables.set('departments').has(w));
  return office ? [m[1]!, m[3]!] : [m[1]!];
}

const ONLY_PHONE = /^[\d ()\-.+/／,]+$/;

/** A run of phone characters with seven digits or more, in unlabelled text, is a number. */
const RUN_DIGITS = 7;

/**
 * Marks between a contact's details, and a list's bullet before one. A stop ends "Inc." (a Chinese one, 。, ends
 * the sentence), and a bracket may close one the piece opened.
 */
const LEAD_MARK = /[\s,，、;；:：.。)）|–—•▪●◦‣-]/;
const TRAIL_MARK = /[\s,，、;；:：。(（|–—-]/;

/**
 * A piece of a contact line without the connecting words and marks at its ends; walked by index, each
 * character once, so a long run of connecting words costs no more than its length.
 */
function withoutConnectors(piece: string, tables: Tables): string {
  const verbs = tables.set('contactVerbs');
  const connectors = tables.set('contactConnectors');
  let start = 0;
  let end = piece.length;
  const marksBefore = (): void => {
    while (start < end && LEAD_MARK.test(piece[start]!)) start++;
  };
  const marksAfter = (): void => {
    while (end > start && TRAIL_MARK.test(piece[end - 1]!)) end--;
  };
  marksBefore();
  marksAfter();
  for (;;) {
    const space = piece.indexOf(' ', start);
    const wordEnd = space === -1 || space > end ? end : space;
    const first = piece.slice(start, wordEnd);
    const lower = first.toLowerCase();
    // A verb may open the sentence capitalized ("Contact Jane Doe …"); a small word only in lower case.
    if (!first || !(verbs.has(lower) || (first === lower && connectors.has(lower)))) break;
    start = wordEnd;
    marksBefore();
  }
  for (;;) {
    const space = piece.lastIndexOf(' ', end - 1);
    const last = piece.slice(space + 1, end);
    if (space < start || !(verbs.has(last) || connectors.has(last))) break;
    end = space;
    marksAfter();
  }
  // 如有查詢，請致電 … 或電郵 … 聯絡…黃小姐: Chinese words run on with no space, each stripped whole (longest first).
  const fold = isHan(piece[start]) ? foldForMatching(piece) : '';
  if (fold.length === piece.length) {
    const words = tables.cjk('contactVerbs');
    for (let w = words.find((v) => fold.startsWith(v, start)); w; w = words.find((v) => fold.startsWith(v, start))) {
      start += w.length;
      marksBefore();
    }
    for (let w = words.find((v) => fold.endsWith(v, end)); w && end - w.length >= start; w = words.find((v) => fold.endsWith(v, end))) {
      end -= w.length;
      marksAfter();
    }
  }
  let p = piece.slice(start, end);
  // "Jane Doe (jane@acme.com)": the bracket around the address is no part of the name.
  if (p.startsWith('(') && !p.includes(')')) p = trimStartWhere(p.slice(1), LEAD_MARK);
  if (p.endsWith(')') && !p.includes('(')) p = trimEndWhere(p.slice(0, -1), TRAIL_MARK);
  return p;
}

interface Detail {
  start: number;
  end: number;
  kind: 'email' | 'phone';
  value: string;
}

/** Where the last bracket opened in s[from, to) and not closed there is, or -1. */
function unclosedBracket(s: string, from: number, to: number): number {
  const opened: number[] = [];
  for (let k = from; k < to; k++) {
    if (s[k] === '(') opened.push(k);
    else if (s[k] === ')') opened.pop();
  }
  return opened.length ? opened[opened.length - 1]! : -1;
}

/** Runs of phone characters with seven digits or more, in `s` from `from` to `to`: numbers printed in a sentence. */
function phoneRuns(s: string, from: number, to: number): Detail[] {
  const out: Detail[] = [];
  let i = from;
  while (i < to) {
    if (!PHONE_START.test(s[i]!)) {
      i++;
      continue;
    }
    let j = i;
    let digits = 0;
    while (j < to && PHONE_CHAR.test(s[j]!)) if (/\d/.test(s[j++]!)) digits++;
    // "(555) 123-4567": an opening bracket starts the number; the spaces, marks and unopened bracket it ends
    // with ("(jane@acme.com; 555-0100)") do not belong.
    let end = j;
    let open = 0;
    for (let k = i; k < j; k++) open += s[k] === '(' ? 1 : s[k] === ')' ? -1 : 0;
    while (end > i && (!/[\d)]/.test(s[end - 1]!) || (s[end - 1] === ')' && open < 0))) if (s[--end] === ')') open++;
    // "01632 960 418 (24 hours)": a bracket opened after the number's start and not closed in it opens a note.
    const note = unclosedBracket(s, i, end);
    if (note > i) for (end = note; end > i && !/[\d)]/.test(s[end - 1]!); ) end--;
    // "555-0142, ext. 2218": the extension after a number is part of it.
    const ext = EXTENSION.exec(s.slice(end, Math.min(to, end + EXTENSION_MAX)));
    if (ext) j = Math.max(j, (end += ext[0].length));
    // "2026HLTH0034-000312": digits run on from a Latin word are a code's, not a number.
    if (digits >= RUN_DIGITS && !(i > 0 && /[A-Za-z]/.test(s[i - 1]!))) out.push({ start: i, end, kind: 'phone', value: s.slice(i, end) });
    i = j;
  }
  return out;
}

/**
 * Splits a contact line into its labelled numbers and addresses and its free text. A line that names one
 * person after another's details ("Jane Doe (jane@acme.com) or John Roe (john@acme.com)") gives a part each.
 */
export function readContactLine(line: Line, tables: Tables): ContactLine[] {
  const tokens = scanTokens(line.text);
  const emails = tokens.filter((t) => t.kind === 'email');
  // "https://…/media/2401187/logo.jpg": digits in a web address are no number.
  const links = tokens.filter((t) => t.kind === 'url' || t.kind === 'domain');
  const inLink = (d: Detail): boolean => links.some((t) => d.start >= t.start && d.start < t.end);
  // Blank out the addresses so what is left is labels, numbers and words.
  let rest = line.text;
  for (const e of emails) rest = blanked(rest, e.start, e.end);
  // "In London: Tom Hardacre, …": where the person is, before a colon, is no part of their name.
  const where = rest.match(WHERE_PREFIX);
  if (where && tables.set('leadIns').has(where[1]!.toLowerCase())) rest = blanked(rest, 0, where[0].length);
  const labels = contactLabels(line.fold, tables);
  const prefixEnd = labels[0]?.start ?? rest.length;
  const out: ContactLine[] = [];
  let cur: ContactLine = { free: [], phones: [], faxes: [], emails: [] };
  const words = (from: number, to: number): void => {
    // "陳大文，電話：…": the comma before a label ends the words, it is not part of them.
    const raw = rest.slice(from, to);
    let piece = withoutConnectors(raw, tables);
    // "Media: Danielle Fortier, …; Investors and lenders: Amrit Sandhu, …": the role before a name is not its part.
    const role = piece.match(ROLE_BEFORE_NAME);
    const before = role ? beforeName(role[1]!, piece.slice(role[0].length), tables) : null;
    // "Issued by: Northvale Press Office": who published the release, before its name, is no part of it either.
    const publisher = role !== null && tables.set('chromeLabels').has(role[1]!.toLowerCase());
    if (role && (tables.match('contactRole', foldForMatching(role[1]!)) || before === 'place' || publisher)) piece = piece.slice(role[0].length);
    // "Harbour Energy Ltd: Jane Doe": the organization, then the person, as two parts.
    else if (role && before === 'organization') piece = `${role[1]!}, ${piece.slice(role[0].length)}`;
    if (!piece) return;
    // "請致電 3442 8765 聯絡黃小姐": words led by a verb after numbers that no name came before name their person.
    const led = !trimStartWhere(raw, LEAD_MARK).startsWith(piece);
    if ((cur.phones.length || cur.emails.length) && (cur.free.length > 0 || !led)) {
      out.push(cur);
      cur = { free: [], phones: [], faxes: [], emails: [] };
    }
    for (const part of splitParts(piece)) {
      if (ONLY_PHONE.test(part)) cur.phones.push(...phonesIn(part));
      else cur.free.push(...nameThenOffice(part, tables));
    }
  };
  /** "陳小姐 電話：2859 1234 / 李先生 電話：…": a name after one person's number starts the next person. */
  const nextPerson = (piece: string): void => {
    const name = withoutConnectors(piece, tables);
    if (!name || !isPersonName(name, foldForMatching(name), tables)) return;
    out.push(cur);
    cur = { free: [name], phones: [], faxes: [], emails: [] };
  };
  // Before the first label: words, and the addresses and numbers between them, in order.
  const details: Detail[] = [
    ...emails.filter((e) => e.start < prefixEnd).map((e): Detail => ({ start: e.start, end: e.end, kind: 'email', value: e.value })),
    ...phoneRuns(rest, 0, prefixEnd).filter((d) => !inLink(d)),
  ].sort((a, b) => a.start - b.start);
  let from = 0;
  for (const d of details) {
    words(from, d.start);
    if (d.kind === 'email') cur.emails.push(d.value);
    else cur.phones.push(...phonesIn(d.value));
    from = d.end;
  }
  words(from, prefixEnd);
  cur.emails.push(...emails.filter((e) => e.start >= prefixEnd).map((e) => e.value));
  labels.forEach((l, k) => {
    const value = rest.slice(l.valueStart, labels[k + 1]?.start ?? rest.length);
    if (l.kind === 'phone' || l.kind === 'fax') {
      for (const piece of value.split(NUMBER_SEPARATOR)) {
        const numbers = phonesIn(piece);
        if (numbers.length) (l.kind === 'phone' ? cur.phones : cur.faxes).push(...numbers);
        else nextPerson(piece);
      }
    }
    if (l.kind === 'name' && value.trim()) cur.free.push(...nameThenOffice(value.trim(), tables));
  });
  out.push(cur);
  return out;
}
