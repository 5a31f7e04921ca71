import type { z } from 'zod';
import { foldForMatching } from '../../normalize/fold.js';
import type { ContactSchema, PhoneNumber, Span } from '../../schema.js';
import { type ContactTableHeader, contactLabels, contactTableHeader, isTableRule } from '../../segment/contact-labels.js';
import { isContactHeading, isLabel, isUrlOnly } from '../../segment/line-kinds.js';
import { columnsFirst } from './columns.js';
import { type Line, subLine } from '../../segment/lines.js';
import { DIGIT, charsOver, isHan } from '../../util/chars.js';
import { hasMatches } from '../../util/regexp.js';
import { trimEndWhere } from '../../util/trim.js';
import type { Context } from '../context.js';
import { readContactLine } from './lines.js';
import { tableRow } from './table.js';
import { normalizeNumbers, phoneParser, releaseRegions } from './numbers.js';
import { isDepartment, isNameWord, isOrganization, isPersonName, isTitle, splitTrailingHonorifics } from '../shared/names.js';
import { splitLeadingHonorific } from '../../locales/honorifics.js';
import { parseChineseNameThenTitle, parseChinesePerson, parseChineseRole, parseEnglishSpeaker } from '../quotes/speaker.js';
import { type Tables, orgNameWords } from '../../locales/index.js';
import { domainOf, domainOpensWith, isOwnDomain, mailboxOf, organizationOfEmail } from './issuer.js';

type Contact = z.infer<typeof ContactSchema>;
type Found = Omit<Contact, 'numbers' | 'honorific'> & { faxes: string[] };

interface Draft {
  organization: string | null;
  name: string | null;
  title: string | null;
  role: string | null;
  phones: string[];
  faxes: string[];
  emails: string[];
  orgFirst: boolean;
  /** The organization came from the contact before, not from a line of this one's. */
  orgInherited: boolean;
  /** The title was printed on the name's line ("Lt. Col. Ana Ruiz"): a title line right under it adds to it. */
  titledName: boolean;
  span: Span | null;
}

const empty = (role: string | null = null): Draft => ({
  organization: null, name: null, title: null, role, phones: [], faxes: [], emails: [], orgFirst: false, orgInherited: false, titledName: false, span: null,
});

/**
 * Contacts under each media-contact heading, one per person (or per organization when no one is named):
 * organization and name lines, then phone and e-mail lines, in any of the orders releases use. A contact printed
 * with no organization gets the one its e-mail address belongs to, among `issuers` (the organizations the
 * release's About sections name, then its speakers) and the other contacts'.
 */
export function extractContacts(ctx: Context, place: string | null, issuers: readonly string[] = []): Contact[] {
  let found: Found[] = [];
  for (const section of ctx.outline.contacts) {
    const heading = ctx.blocks[section.heading]!;
    // Each run of lines with no blank line between them, two people printed side by side in it ("A / B") apart.
    const lines = [...headingRest(heading.lines, ctx), ...section.blocks.flatMap((i) => ctx.blocks[i]!.lines)];
    const groups = runsOf(lines, ctx).flatMap((g) => paired(g, ctx.tables));
    // Matched folded (傳媒 as 传媒), the role kept as printed.
    const first = heading.lines[0]!;
    const role = ctx.tables.match('contactRole', first.fold);
    found.push(...readSection(groups, ctx, role ? printedRole(first.text, role) : null));
  }
  // Details under no heading are read too, beside the headed ones: a recall's consumer line over its "Media:".
  found.push(...unheaded(ctx, found.length > 0));
  // Numbers printed without a country code are read in the release's region (its first country code or place).
  const parse = phoneParser();
  const regions = releaseRegions(found.flatMap((c) => c.phones), place, found.flatMap((c) => c.emails), ctx.tables, ctx.language, parse);
  const contacts = found.map(({ faxes, ...c }) => ({
    ...c,
    organization: c.organization ?? emailsOrganization(c.emails, found, issuers, ctx.tables),
    ...honorificApart(c.name, ctx.tables),
    numbers: normalizeNumbers(c.phones, faxes, regions, parse),
  }));
  // A bilingual release prints its contact again under its other language's heading ("Relations avec les
  // médias :"), an e-mail signs with its sender's details: the same person with a number in common is one contact,
  // with what the other printing adds (another extension on one line is another post's).
  const byName = new Map<string, Contact[]>();
  // The named contacts kept, by their first address or number.
  const byDetail = new Map<string, Contact[]>();
  const firstDetail = (c: Contact): string | undefined => c.emails[0] ?? (c.numbers[0] && numberKey(c.numbers[0]));
  return contacts.filter((c) => {
    const detail = firstDetail(c);
    // A signature's "T: …" / "E: …" under no name, all of them someone's printed before: that person again.
    if (c.name === null) return detail === undefined || !(byDetail.get(detail) ?? []).some((e) => (c.role === null || c.role === e.role) && repeats(c, e));
    const same = byName.get(c.name) ?? [];
    const earlier = same.find((e) => samePerson(c, e));
    if (earlier) {
      absorb(earlier, c);
      return false;
    }
    byName.set(c.name, [...same, c]);
    if (detail !== undefined) (byDetail.get(detail) ?? byDetail.set(detail, []).get(detail)!).push(c);
    return true;
  });
}

/**
 * `c` is `e` printed again: it gives nothing `e` does not (its addresses and numbers, however printed, are all e's),
 * or it prints a number of e's, its extension too.
 */
function samePerson(c: Contact, e: Contact): boolean {
  const numbers = new Set(e.numbers.map(numberKey));
  return c.numbers.some((n) => numbers.has(numberKey(n))) || repeats(c, e);
}

/** `c` gives nothing `e` does not: its addresses and numbers, however printed, are all e's. */
function repeats(c: Contact, e: Contact): boolean {
  const numbers = new Set(e.numbers.map(numberKey));
  return c.emails.every((m) => e.emails.includes(m)) && c.numbers.every((n) => numbers.has(numberKey(n)));
}

/** The addresses and numbers `c` prints that `e` does not, added to `e`. */
function absorb(e: Contact, c: Contact): void {
  const numbers = new Set(e.numbers.map(numberKey));
  for (const n of c.numbers) {
    if (numbers.has(numberKey(n))) continue;
    e.numbers.push(n);
    if (n.kind === 'phone') e.phones.push(n.text);
  }
  for (const m of c.emails) if (!e.emails.includes(m)) e.emails.push(m);
}

/** A number as dialled: its E.164 form and, as that leaves it out, the extension a marker word prints. */
const numberKey = (n: PhoneNumber): string => `${n.e164 ?? n.text} ${/\p{L}/u.test(n.text) ? n.text.slice(trimEndWhere(n.text, /\d/).length) : ''}`;

/**
 * The organization of a contact's addresses: an issuer the domain spells, else that of another contact at the
 * same domain (not a department's name, which says nothing of whose it is).
 */
function emailsOrganization(emails: readonly string[], found: readonly Found[], issuers: readonly string[], tables: Tables): string | null {
  for (const e of emails) {
    const spelled = organizationOfEmail(e, issuers, orgNameWords(tables));
    if (spelled) return spelled;
    if (!isOwnDomain(e)) continue;
    const same = found.find((c) => c.organization !== null && !isDepartment(foldForMatching(c.organization), tables) &&
      c.emails.some((x) => domainOf(x) === domainOf(e)));
    if (same) return same.organization;
  }
  return null;
}

/** "Ms Karen Ho", 黃德倫先生, 李小姐: the name, and the honorific printed with it apart, as a speaker's are. */
function honorificApart(name: string | null, tables: Tables): { name: string | null; honorific: string | null } {
  if (name === null) return { name, honorific: null };
  const lead = splitLeadingHonorific(name, tables);
  if (lead.honorific && lead.rest) return { name: lead.rest, honorific: lead.honorific };
  const trail = splitTrailingHonorifics(name, foldForMatching(name), tables);
  return trail.honorific && trail.rest ? { name: trail.rest, honorific: trail.honorific } : { name, honorific: null };
}

/**
 * Contact details printed without a heading: blocks that hold nothing else (above a headline, at the end) and no
 * heading's section holds, and, in a language read only in part where no heading was found, every line with an
 * address or a labelled number.
 */
function unheaded(ctx: Context, headed: boolean): Found[] {
  const claimed = new Set(ctx.outline.contacts.flatMap((c) => [c.heading, ...c.blocks]));
  if (!ctx.partial) {
    // Contact details with the short name and organization lines right above them, read like a section.
    const groups: Line[][] = [];
    ctx.outline.kinds.forEach((k, i) => {
      if (k !== 'contactInfo' || claimed.has(i) || (ctx.outline.bodyStart !== null && i > ctx.outline.bodyStart && i < ctx.outline.bodyEnd)) return;
      // Under "Related news", the site's footer: its address and switchboard are no contact for the release.
      if (ctx.outline.related !== null && i > ctx.outline.related) return;
      // Details printed a line apart ("Tel: …", "Email: …") are one contact's.
      if (i > 0 && ctx.outline.kinds[i - 1] === 'contactInfo' && !claimed.has(i - 1) && groups.length) {
        groups[groups.length - 1]!.push(...ctx.blocks[i]!.lines);
        return;
      }
      let from = i;
      while (from > 0 && i - from < 3 && nameOrPlace(from - 1, ctx)) from--;
      groups.push(ctx.blocks.slice(from, i + 1).flatMap((b) => b.lines));
    });
    // "Tel: (868) 555-0140 | www.ttwa.example.tt" in the letterhead over the headline: the office's, no one's to
    // contact for the release; names, numbers and addresses there are (NASA prints its contacts so).
    const top = ctx.outline.headline === null ? 0 : ctx.blocks[ctx.outline.headline]!.lines[0]!.start;
    const letterhead = (g: Line[]): boolean => g[0]!.start < top && !g.some((l) => l.text.includes('@'));
    return groups.filter((g) => !letterhead(g)).flatMap((g) => paired(g, ctx.tables)).flatMap((g) => readSection([g], ctx));
  }
  if (headed) return [];
  const lines = ctx.lines.filter((l) => !l.blank && (l.text.includes('@') || contactLabels(l.fold, ctx.tables).some((x) => x.kind === 'phone')));
  const phones = new Set<string>();
  const faxes = new Set<string>();
  const emails = new Set<string>();
  let span: Span | null = null;
  for (const line of lines) {
    const parts = readContactLine(line, ctx.tables);
    if (!parts.some((x) => x.phones.length || x.emails.length)) continue;
    for (const parsed of parts) {
      parsed.phones.forEach((p) => phones.add(p));
      parsed.faxes.forEach((p) => faxes.add(p));
      parsed.emails.forEach((e) => emails.add(e));
    }
    span = span ? [span[0], line.end] : [line.start, line.end];
  }
  return span ? [{ organization: null, name: null, title: null, role: null, phones: [...phones], faxes: [...faxes], emails: [...emails], span }] : [];
}

/**
 * A short line right above contact details: a name or an organization (a title block), or, outside the body,
 * one a stop ends ("Jet Propulsion Laboratory, Pasadena, Calif.").
 */
function nameOrPlace(i: number, ctx: Context): boolean {
  const { kinds, bodyStart, bodyEnd, headline, subheadline } = ctx.outline;
  // Above the body, the headline and subheadline are no one's name.
  if (bodyStart !== null && i <= bodyStart && (i === headline || i === subheadline || i === bodyStart)) return false;
  const b = ctx.blocks[i]!;
  const inBody = bodyStart !== null && i >= bodyStart && i < bodyEnd;
  return kinds[i] === 'title' || (kinds[i] === 'prose' && !inBody && b.lines.length === 1 && !charsOver(b.text, CONTACT_LINE_MAX));
}

/** Wider than a name, an organization or a place. */
const CONTACT_LINE_MAX = 80;

/** "In Geneva": a lead-in word, then a capitalised place. */
function isWhere(fold: string, tables: Tables): boolean {
  const space = fold.indexOf(' ');
  return space > 0 && /^ \p{Lu}/u.test(fold.slice(space)) && tables.set('leadIns').has(fold.slice(0, space).toLowerCase());
}

const PAIR = ' / ';

/**
 * "Denise Okafor / Bryce Halvorsen" over "202-358-1600 / 202-358-1700" and "denise.okafor@… / bryce.halvorsen@…":
 * two people's details side by side, split into one group each; the lines they share (the office, a phone) go to
 * both.
 */
function paired(g: Line[], tables: Tables): Line[][] {
  const halves = (l: Line): string[] => l.text.split(PAIR);
  const names = g.find((l) => halves(l).length === 2 && halves(l).every((x) => isPersonName(x.trim(), foldForMatching(x.trim()), tables)));
  if (!names) return [g];
  const half = (l: Line, k: number): Line => {
    const cut = l.text.indexOf(PAIR);
    return k === 0 ? subLine(l, 0, cut) : subLine(l, cut + PAIR.length, l.text.length);
  };
  const phone = (x: string): boolean => hasMatches(x, DIGIT, 7);
  const split = (l: Line): boolean => halves(l).length === 2 && (l === names || l.text.includes('@') || halves(l).every(phone));
  return [0, 1].map((k) => g.map((l) => (split(l) ? half(l, k) : l)));
}

const CLOSING: Readonly<Record<string, string>> = { '<': '>', '[': ']', '【': '】' };
const BRACKETED_HEADING_MAX = 40;

/** The heading's own lines, its first line without the heading words ("傳媒查詢，請聯絡："). */
function headingRest(lines: readonly Line[], ctx: Context): Line[] {
  const first = lines[0]!;
  const m = ctx.tables.match('contactHeading', first.fold)!;
  let cut = m.index + m[0].length;
  const after = first.fold.slice(cut);
  // A heading in brackets ends with its bracket (<Contact for media inquiries>); else words and a colon within 24
  // characters end it ("Media Enquiries, Acme Ltd.:"), or only spaces and stops.
  const closer = CLOSING[first.fold[m.index] ?? ''];
  const close = closer ? after.indexOf(closer) : -1;
  const labelled = after.match(/^([^:]*):\s*/);
  if (close !== -1 && close <= BRACKETED_HEADING_MAX) cut += close + 1;
  else cut += (labelled && !charsOver(labelled[1]!, 24) ? labelled : after.match(/^[\s,.]*/))?.[0].length ?? 0;
  const rest = first.text.slice(cut);
  // "Investor Contact        Media Contact": a heading over each column, the line read with the columns under it.
  if (/ {3,}|\t/.test(first.text.slice(m.index + m[0].length, cut)) && isContactHeading(first.fold.slice(cut).trim(), ctx.tables)) return [...lines];
  const trimmed: Line = { ...first, start: first.start + cut, text: rest, fold: first.fold.slice(cut), blank: rest.trim() === '' };
  return [trimmed, ...lines.slice(1)];
}

/** A blank line between two lines of the text. */
function blankBetween(a: Line, b: Line, ctx: Context): boolean {
  const gap = ctx.text.slice(a.end, b.start);
  // A page break (a form feed, a page number on its line) between them goes on the same contact.
  const inner = gap.trim();
  if (gap.includes('\f') || (inner && !inner.includes('\n') && ctx.tables.match('pageNumber', foldForMatching(inner)))) return false;
  return /\n[^\S\n]*\n/.test(gap);
}

/**
 * The section's lines with contacts printed side by side read column by column, in runs of lines with no blank
 * line between them. A table's rows are read by its header's columns, as printed.
 */
function sideBySide(groups: Line[][], ctx: Context): Line[][] {
  // Most sections have no line with a gap in it: they are not looked at again.
  const lines = groups.flat();
  if (!lines.some((l) => l.text.includes('\t') || l.text.includes('   ')) || lines.some((l) => contactTableHeader(l.fold, ctx.tables))) return groups;
  return runsOf(lines, ctx).map(columnsFirst);
}

/** The lines in runs with no blank line between them. */
function runsOf(lines: readonly Line[], ctx: Context): Line[][] {
  const runs: Line[][] = [];
  for (const l of lines) {
    const last = runs[runs.length - 1]?.at(-1);
    if (last && !blankBetween(last, l, ctx)) runs[runs.length - 1]!.push(l);
    else runs.push([l]);
  }
  return runs;
}

/**
 * "Media", "Investors", "Media (Ireland/EMEA)": a contact's role, where it serves in brackets, or the world region
 * they serve ("Asia Pacific"); a sub-heading when alone on its line (after a name, "Alyssa Moreau, Investor
 * Relations", the person's).
 */
function roleAlone(fold: string, tables: Tables): boolean {
  if (fold.length <= tables.longest('contactRegions') && tables.set('contactRegions').has(fold.toLowerCase())) return true;
  const m = tables.match('contactRole', fold);
  return m !== null && /^ ?(?:\([^()]{1,40}\))?$/.test(fold.slice(m[0].length));
}

/** The role a contactRole match (made on the folded text) names, as `text` prints it: 傳媒 for 传媒. */
const printedRole = (text: string, m: RegExpMatchArray): string => text.slice(m.index! + m[0].length - m[1]!.length, m.index! + m[0].length);

/** A title, " at ", and a capitalised name with no comma to the end: the title, and where the person works. */
function titleAt(free: string): { title: string; organization: string } | null {
  const at = free.lastIndexOf(' at ');
  const organization = at > 0 ? free.slice(at + 4) : '';
  return /^\p{Lu}/u.test(organization) && !organization.includes(',') ? { title: free.slice(0, at), organization } : null;
}

function readSection(printed: Line[][], ctx: Context, sectionRole: string | null = null): Found[] {
  const out: Found[] = [];
  const groups = sideBySide(printed, ctx);
  let role = sectionRole;
  let cur = empty(role);
  let inherited: string | null = null;
  const flush = (): void => {
    if (cur.name !== null || cur.phones.length || cur.emails.length) {
      const { organization, name, title, phones, faxes, emails } = cur;
      out.push({ organization, name, title, role: cur.role, phones, faxes, emails, span: cur.span ?? [0, 0] });
    }
    cur = empty(role);
  };
  const touch = (l: Line): void => {
    cur.span = cur.span ? [cur.span[0], l.end] : [l.start, l.end];
  };
  const hasNumbers = (): boolean => cur.phones.length > 0 || cur.emails.length > 0;
  const knownOrgs = ctx.knownOrgs;
  // Under a table's header row, each row is one contact, its cells read by their columns.
  let table: { header: ContactTableHeader; organization: string | null } | null = null;

  /**
   * Reads one part of a contact line (a name, title, organization or sub-heading) into the contact being
   * built; says whether it was a title, which the next part may go on.
   */
  const readPart = (free: string, line: Line, titledBefore: boolean): boolean => {
    const fold = foldForMatching(free);
    // "Names \tFor Immediate Release": a label printed beside the contact is no part of it; nor is where the
    // contact is ("In Geneva, Helena Kowalczyk, …").
    if (isLabel(fold, ctx.tables) || (isWhere(fold, ctx.tables) && !isOrganization(fold, ctx.tables, knownOrgs))) return titledBefore;
    // "Singapore" alone on its line over a contact (after another's numbers, or before anyone's): the place its
    // contacts serve, a sub-heading as "Asia Pacific" is.
    const placeHeading = free === line.text.trim() && ctx.tables.regions.has(fold.toLowerCase()) && (hasNumbers() || (cur.name === null && cur.organization === null));
    // "Hong Kong" under a contact's name or organization, before their numbers: where they are (an address's
    // last line), not a second contact named "Hong Kong".
    if (!placeHeading && !hasNumbers() && (cur.name !== null || cur.organization !== null) && ctx.tables.regions.has(fold.toLowerCase())) return titledBefore;
    // "Vice President, Investor Relations": after a title, a department is part of it.
    if (titledBefore && ctx.tables.set('departments').has(fold.toLowerCase().split(/\s+/).pop() ?? '')) {
      if (cur.title !== null) cur.title = joinAsPrinted(line.text, cur.title, free);
      return titledBefore;
    }
    const titled = isTitle(fold, ctx.tables);
    // 李穎欣小姐 over 投資者關係經理: under a name with no title yet, a title line is theirs (關係 no name in it).
    const ownTitle = titled && cur.name !== null && cur.title === null && !hasNumbers();
    let named: Named | null;
    // "Investor Contact" (or "Investor Contact:") alone over its column, as a heading over the other column is
    // printed: its role.
    const heading = free === trimEndWhere(line.text.trim(), /[:：]/) ? ctx.tables.match('contactHeading', fold) : null;
    const columnHeading = heading !== null && !/[^\s:：]/.test(fold.slice(heading.index + heading[0].length));
    if (/[:：]$/.test(free) || placeHeading || columnHeading || (free === line.text.trim() && roleAlone(fold, ctx.tables))) {
      // A sub-heading ("Media:", "Investor Relations:", "Media (U.S.)", "Singapore") opens a new contact and names
      // its role.
      flush();
      const printed = columnHeading ? ctx.tables.match('contactRole', fold) : null;
      role = printed ? printedRole(free, printed) : columnHeading ? null : trimEndWhere(free, /[:：\s]/);
      cur.role = role;
      inherited = null;
      return titled;
    }
    if (isOrganization(fold, ctx.tables, knownOrgs)) {
      // A department over its institution ("College of X" / "University of Y"): one organization.
      // Or the institution, then its department (工研院 傳播與行銷處, "Acme Corp" over "Corporate Communications").
      // Or the department over its institution ("Public Relations Division" over "Acme Corporation").
      const department = cur.orgFirst && cur.name === null && (isDepartment(fold, ctx.tables) ||
        (cur.organization !== null && !cur.orgInherited && isDepartment(foldForMatching(cur.organization), ctx.tables)));
      if (cur.organization !== null && (department || (cur.name !== null && !cur.orgFirst)) && !hasNumbers()) {
        cur.organization += isHan(free[0]) ? ' ' : ', ';
        cur.organization += free;
        touch(line);
        return titled;
      }
      // "Claudia Meier" over "Acme Europe B.V.": the person's own organization replaces the one carried over.
      if ((cur.organization !== null && !cur.orgInherited) || hasNumbers()) flush();
      if (cur.name === null) cur.orgFirst = true;
      cur.organization = free;
      cur.orgInherited = false;
      inherited = null;
      touch(line);
    } else if (titledBefore && !titled && cur.name !== null && cur.organization === null) {
      // "Director of Communications, Prairie Valley Water District": after a named contact's title, on the
      // title's line, the organization, whatever words it ends with.
      cur.organization = free;
      touch(line);
    } else if ((named = isPersonName(free, fold, ctx.tables) ? { name: free, title: null, organization: null }
      : nameThenBracketedTitle(free, ctx.tables) ?? (!ownTitle && (titled || isHan(free[0])) ? titleAndName(free, fold, ctx.tables, knownOrgs) : null))) {
      if (cur.name !== null || hasNumbers()) {
        const org = cur.orgFirst ? cur.organization : null;
        flush();
        inherited = org ?? inherited;
      }
      cur.name = named.name;
      // 晶創半導體發言人 over 資深副總經理暨財務長 黃淑芬, "Spokesperson" over "Chief Financial Officer Jane Doe": the
      // line above names the part the person plays here, their own title follows.
      if (cur.title !== null && named.title !== null) cur.role ??= cur.title;
      cur.title = named.title ?? cur.title;
      cur.titledName = named.title !== null;
      cur.organization ??= named.organization;
      if (cur.organization === null && inherited !== null) {
        cur.organization = inherited;
        cur.orgFirst = true;
        cur.orgInherited = true;
      }
      touch(line);
    } else if (titled) {
      // "Minister Okafor – Priya Natarajan 0438 …" under another contact's details: the next contact's.
      if (cur.title !== null && hasNumbers()) flush();
      if (cur.title !== null && cur.name === null) {
        // A second title before the name: the first named the part the person plays here ("Spokesperson").
        cur.role ??= cur.title;
        cur.title = free;
        touch(line);
        return titled;
      }
      // "Lt. Col. Ana Ruiz" over "Public Affairs Officer": a rank on the name's line, the post under it.
      if (cur.titledName && cur.title !== null && cur.name !== null) {
        cur.title = `${cur.title}, ${free}`;
        cur.titledName = false;
        touch(line);
        return titled;
      }
      // 晶創半導體發言人: the organization and the title; "Head of Communications at Harbourside Rovers FC": the
      // title, then where they work.
      const role = cur.name === null && cur.title === null && cur.organization === null && isHan(free[0]) ? parseChineseRole(free, fold, ctx.tables, knownOrgs)
        : titleAt(free);
      cur.organization ??= role?.organization ?? null;
      cur.title ??= role?.title ?? free;
      touch(line);
    } else if (cur.name === null && !hasNumbers() && (isHan(free[0]) ? !charsOver(free, 12) : capitalisedName(free))) {
      // A short Chinese line, or capitalised words ("Environment and Climate Change Canada"), that is neither a
      // title nor a name we recognise: an organization; after an office of it ("Press Office, Warm Homes UK"), its own.
      if (cur.organization !== null && !cur.orgInherited && !isHan(free[0]) && isDepartment(foldForMatching(cur.organization), ctx.tables)) cur.organization += `, ${free}`;
      else cur.organization ??= free;
      cur.orgFirst = true;
      touch(line);
    }
    return titled;
  };

  let prev: Line | null = null;
  // The organization was printed in a paragraph of its own, over a list of people (each a paragraph).
  let listOrg = false;
  for (const group of groups) {
    for (const line of group) {
      if (line.blank || isUrlOnly(line.fold)) continue;
      // In text laid out with blank lines only between paragraphs, a blank line ends a contact. The organization
      // printed over its name goes on to the next, if that one starts with a name line of its own, or if it heads
      // the list.
      let carried: string | null = null;
      const apart = prev !== null && ctx.layout !== 'pdf-spaced' && blankBetween(prev, line, ctx);
      if (apart && cur.name === null && cur.organization !== null && !hasNumbers()) listOrg = true;
      if (apart && hasNumbers()) {
        if (cur.orgFirst) carried = cur.organization;
        flush();
      }
      prev = line;
      const header = contactTableHeader(line.fold, ctx.tables);
      if (header) {
        // An organization named over the table is every row's that names none.
        const organization = cur.name === null && !hasNumbers() ? cur.organization : null;
        flush();
        table = { header, organization };
        continue;
      }
      if (table && isTableRule(line.text)) continue;
      const row = table && tableRow(line, table.header);
      if (row) {
        flush();
        out.push({ ...row, organization: row.organization ?? table!.organization, role, span: [line.start, line.end] });
        continue;
      }
      table = null;
      for (const parsed of readContactLine(line, ctx.tables)) {
        if (carried !== null && parsed.free.length && (listOrg || (!parsed.phones.length && !parsed.emails.length))) inherited = carried;
        carried = null;
        let titled = false;
        for (const free of parsed.free) titled = readPart(free, line, titled);
        if (parsed.phones.length || parsed.emails.length || parsed.faxes.length) {
          cur.phones.push(...parsed.phones);
          cur.faxes.push(...parsed.faxes);
          cur.emails.push(...parsed.emails);
          touch(line);
        }
      }
    }
  }
  flush();
  return withoutTrailingNames(organizationInTitle(nameOverOrganization(out), ctx.tables));
}

/**
 * "Account Director, Tidewater Communications" over kelpie@tidewatercomms.sg: a title's last part that the
 * contact's address spells is where they work, though it ends in a department's word ("Investor Relations").
 */
function organizationInTitle(found: Found[], tables: Tables): Found[] {
  return found.map((f) => {
    const cut = f.organization === null && f.title !== null ? f.title.lastIndexOf(', ') : -1;
    if (cut <= 0) return f;
    const organization = f.title!.slice(cut + 2);
    const spelled = f.emails.some((e) => domainOpensWith(e, organization, orgNameWords(tables)) || organizationOfEmail(e, [organization], orgNameWords(tables)) !== null);
    return spelled ? { ...f, title: f.title!.slice(0, cut), organization } : f;
  });
}

/** A phone, fax or address printed for the contact. */
const hasDetails = (f: Found): boolean => f.phones.length > 0 || f.faxes.length > 0 || f.emails.length > 0;

/**
 * "Press contact: press@…" over "Startups" / "Seed Funding", "FOIA Requests": capitalised lines after the last
 * contact with details, with none of their own, are a page's tags or links, not people to call.
 */
function withoutTrailingNames(found: Found[]): Found[] {
  const bare = (f: Found): boolean => !hasDetails(f) && f.title === null && f.organization === null;
  let end = found.length;
  while (end > 0 && bare(found[end - 1]!)) end--;
  if (end > 0) return found.slice(0, end);
  // None with details: a single name under its heading is a contact printed so; a list of them, a menu's links.
  return found.length === 1 ? found : [];
}

/**
 * "Ellery Nakamura" / "Pinehurst Strategies" / a number / enakamura@…: an organization's name read as a second
 * person's, the details under it; its address's mailbox names the person above it, not it.
 */
function nameOverOrganization(found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const a = out[out.length - 1];
    const bare = a !== undefined && a.name !== null && a.organization === null && !hasDetails(a);
    if (bare && f.name !== null && f.organization === null && f.title === null && f.emails.some((e) => mailboxOf(e, a.name!)) && !f.emails.some((e) => mailboxOf(e, f.name!))) {
      out[out.length - 1] = { ...f, name: a.name, title: a.title, organization: f.name, role: a.role ?? f.role, span: [a.span[0], f.span[1]] };
    } else out.push(f);
  }
  return out;
}

const CAPITALIZED = /^\p{Lu}/u;

/** Two to eight words, each capitalised or a small word names hold: an organization's name, not a sentence. */
function capitalisedName(part: string): boolean {
  const words = part.split(/\s+/);
  return words.length >= 2 && words.length <= 8 && CAPITALIZED.test(part) && words.every(isNameWord);
}

type Named = { name: string; title: string | null; organization: string | null };

/** A title and the part after it on its line with what separates them there ("Head – Corporate Communications"). */
function joinAsPrinted(line: string, title: string, part: string): string {
  const t = line.indexOf(title);
  const p = t < 0 ? -1 : line.indexOf(part, t + title.length);
  return p < 0 ? `${title}, ${part}` : line.slice(t, p + part.length);
}

const BRACKETED_TITLE = /^([^()（）]{2,40}?) ?[(（]([^()（）]{2,60})[)）]$/;

/** 陈嘉欣（传讯经理）, "Jane Doe (Communications Manager)": a name, then the title in brackets. */
function nameThenBracketedTitle(part: string, tables: Tables): Named | null {
  const m = BRACKETED_TITLE.exec(part);
  if (!m) return null;
  const name = m[1]!.trim();
  const title = m[2]!.trim();
  return isPersonName(name, foldForMatching(name), tables) && isTitle(foldForMatching(title), tables) ? { name, title, organization: null } : null;
}

/** "Communications Manager Lisa Young", "Acme CEO Jane Doe": a title, then the name, in one part. */
function titleAndName(part: string, fold: string, tables: Tables, known: readonly string[]): Named | null {
  // 吳宜蓁副署長, 許嘉芬組長: a Chinese name with its title after it, as Taiwan's contact lines print them (a
  // labelled part, 職位：社區服務主任, is a title alone).
  if (isHan(part[0])) {
    if (/[:：]/.test(part)) return null;
    const person = parseChineseNameThenTitle(part, fold, tables, known);
    if (person?.name) return { name: person.name, title: person.title, organization: person.organization };
    // 傳訊及公共事務處黃穎欣女士: an office (or title) before the name, an honorific after it; the name keeps its
    // honorific, as a contact's name is printed.
    const { honorific, rest } = splitTrailingHonorifics(part, fold, tables);
    const titled = honorific === null ? null : parseChinesePerson(part, fold, tables, known);
    if (!titled?.name || (titled.organization === null && titled.title === null)) return null;
    return { name: part.slice(part.indexOf(titled.name, rest.length - titled.name.length)), title: titled.title, organization: titled.organization };
  }
  // A title and a name of two capitalized words at least: most title lines end otherwise, and are not parsed.
  const words = part.split(/\s+/);
  if (words.length < 3 || !words.slice(-2).every((w) => CAPITALIZED.test(w))) return null;
  const parsed = parseEnglishSpeaker(part, tables);
  if (parsed?.kind !== 'person' || !parsed.speaker.name || !parsed.speaker.title) return null;
  return { name: parsed.speaker.name, title: parsed.speaker.title, organization: parsed.speaker.organization };
}

/** Every kept address has a bracketed "at", a "dot" or Cloudflare's mark: a text with none skips the search. */
const OBFUSCATION_MARK = /[[(]at[\])]|\bdot\b|\[email/i;

/** The "at" of "name(at)example.org", "name [at] example [dot] com", "name at example dot com". */
const AT = /[[(]at[\])]|\bat\b/gi;
/** What follows the "at": a domain and one to three "dot" parts; sticky, tried at the "at"'s end only. */
const DOMAIN = / ?[\w-]{1,63}(?: ?(?:[[(]dot[\])]|\bdot\b|\.) ?[a-z]{2,10}){1,3}\b/iy;
const LOCAL_CHAR = /[\w.+-]/;
/** Cloudflare's "[email protected]". */
const CLOUDFLARE = /\[email(?:&#160;|\u00a0| )protected\]/gi;

/**
 * Obfuscated addresses as [start, end]: 1–64 address characters, maybe a space, an "at", a domain. Built out
 * from each "at": one regex for the whole address, started anywhere in a long run of address characters,
 * retries up to 64 of them from each start.
 */
function obfuscatedSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  let floor = 0;
  for (const at of text.matchAll(AT)) {
    if (at.index < floor) continue;
    const localEnd = text[at.index - 1] === ' ' ? at.index - 1 : at.index;
    let start = localEnd;
    while (start > Math.max(floor, localEnd - 64) && LOCAL_CHAR.test(text[start - 1]!)) start--;
    if (start === localEnd) continue;
    DOMAIN.lastIndex = at.index + at[0].length;
    if (!DOMAIN.test(text)) continue;
    out.push([start, DOMAIN.lastIndex]);
    floor = DOMAIN.lastIndex;
  }
  for (const m of text.matchAll(CLOUDFLARE)) out.push([m.index, m.index + m[0].length]);
  return out.sort((a, b) => a[0] - b[0]);
}

/**
 * Addresses written so that machines cannot read them: a warning each, never a guessed address. (" at " alone
 * is everyday English: only with " dot " after it does it count.)
 */
export function obfuscatedEmails(ctx: Context): void {
  if (!OBFUSCATION_MARK.test(ctx.text)) return;
  for (const [start, end] of obfuscatedSpans(ctx.text)) {
    const found = ctx.text.slice(start, end);
    if (/\bat\b/i.test(found) && !/[[(]at[\])]/i.test(found) && !/\bdot\b/i.test(found)) continue;
    ctx.warn({ code: 'email_obfuscated', message: `"${found}" looks like an e-mail address written to hide it; it is not read as one.`, span: [start, end] });
  }
}
