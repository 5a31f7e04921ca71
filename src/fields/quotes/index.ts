import { type Tables, isTitleWord, perTables } from '../../locales/index.js';
import type { Quote, Speaker } from '../../schema.js';
import { foldForMatching } from '../../normalize/fold.js';
import { escapeRegExp, hasMatches } from '../../util/regexp.js';
import { trimEndWhere } from '../../util/trim.js';
import type { Context } from '../context.js';
import { BULLET, signatoryParts } from '../../segment/line-kinds.js';
import { findMarks } from './marks.js';
import { findMentions, withPosition } from './mentions.js';
import { NearbyNames } from './nearby.js';
import { sentenceEnd, sentenceStart } from './sentences.js';
import { isOrganization, isPersonName, isTitle } from '../shared/names.js';
import { People, honorificBeside } from './people.js';
import { definedIssuer, nameDefinedAs } from '../shared/defined-names.js';
import { type Gender, type Person, parseChineseNameThenTitle, parseChinesePerson, parseChineseRole, parseEnglishSpeaker, personOf } from './speaker.js';
import type { Unit } from './unit.js';
import { charsOver, HAN_CHAR, LATIN_WORD } from '../../util/chars.js';

export type { Unit } from './unit.js';
export type { Person } from './speaker.js';

interface Patterns {
  zhBefore: RegExp;
  zhVerb: RegExp;
  zhIndirect: RegExp;
  enBefore: RegExp;
  enAfterVerb: RegExp;
  enIndirect: RegExp;
  /** ", Regional Development Minister Aroha Whitcombe-Rangi says.": who reported the sentence, at its end. */
  enReportedAfter: RegExp | null;
  pronounZh: RegExp;
  /** A speech adverb ending the words before the verb (何先生又). */
  zhAdverb: RegExp;
  /** The words a speaker uses of themselves and their hearers ("we", "our", "you"). */
  firstPerson: RegExp;
}

const patterns = perTables((tables): Patterns => {
  const verbs = tables.list('speechVerbs');
  const zh = tables.cjk('speechVerbs').map(escapeRegExp).join('|');
  const en = verbs.filter((v) => /^[a-z]/.test(v)).map(escapeRegExp).join('|');
  const report = tables.list('reportVerbs').map(escapeRegExp).join('|');
  const openers = tables.list('reportOpeners').map(escapeRegExp).join('|');
  const auxiliaries = tables.list('reportAuxiliaries').map(escapeRegExp).join('|');
  const pronounsZh = [...tables.pronouns.keys()].filter((k) => /^[^a-z]/.test(k)).join('|');
  const adverbs = tables.cjk('speechAdverbs').map(escapeRegExp).join('|');
  return {
    zhBefore: new RegExp(`(?:${zh})(?:道)? ?[:,]? ?$`),
    zhVerb: new RegExp(`(?:${zh})`),
    zhIndirect: new RegExp(`(?:${zh}),`, 'g'),
    enBefore: new RegExp(`\\b(?:${en}) ?[,:]? ?$`, 'i'),
    enAfterVerb: new RegExp(`\\b(?:${en})\\b`, 'i'),
    // "said that …", and news style's "said the company would …", "said construction would …": a report verb
    // before a pronoun or article, or before a few lower-case words and an auxiliary.
    enIndirect: new RegExp(`\\b(?:${en}) that ${report && openers ? `|\\b(?:${report}) (?=(?:${openers})\\b|(?:[a-z0-9][\\w'’-]* ){1,4}(?:${auxiliaries})\\b)` : ''}`, 'gi'),
    enReportedAfter: report ? new RegExp(`, ([^,"“”\\n]{3,100}) (?:${report})[.!](?=\\s|$)`, 'g') : null,
    pronounZh: new RegExp(`(?:${pronounsZh})(?:${adverbs})?$`),
    zhAdverb: new RegExp(`(?:${adverbs})$`),
    firstPerson: new RegExp(`\\b(?:${tables.list('speakerWords').map(escapeRegExp).join('|')})\\b`, 'i'),
  };
});

interface Draft extends Quote {
  /** The quote stays open at its paragraph's end and may go on in the next. */
  open: boolean;
  /** Who said the paragraph's quote before it: the speaker, unless a signature under the quote says otherwise. */
  heir?: Speaker;
  /** Reported words that run on into a quote ('said the bill "would …"'): they name its speaker, and are no quote. */
  runsOn?: boolean;
}

/** Quotes no signature claimed go to who spoke before them. */
const inherit = (qs: readonly Draft[]): void => {
  for (const q of qs) q.speaker ??= q.heir ?? null;
};

/**
 * Direct quotes (in 「」 『』 “” "" ‘’) with their speakers, and reported speech ("said that …", 表示，…),
 * from body paragraphs and captions in reading order; and everyone named on the way.
 */
export function extractQuotes(ctx: Context, units: readonly Unit[]): { quotes: Quote[]; people: readonly Person[] } {
  const { tables } = ctx;
  const pat = patterns(tables);
  const ordered = [...units].sort((a, b) => a.m.toSource(0) - b.m.toSource(0));
  const people = new People(ctx.text, tables);
  const signatory = signatoryOf(ctx);
  if (signatory) people.add(personOf(signatory, ctx.blocks[ctx.outline.signatory!.name]!.m.toSource(0), tables));
  const out: Draft[] = [];
  let pending = null as Draft | null;
  // "Dr. Alan Park, President of X, said:" closing one paragraph introduces the quote that opens the next.
  let intro = null as Speaker | null;
  // Who said the last quote of the paragraph before, direct or reported.
  let previous = null as Speaker | null;
  // Quotes of the paragraph before that no one was found to have said, for a signature line under them.
  let unsigned: Draft[] = [];
  // Under a "Quote(s)" heading, a paragraph with no quote marks, for the signature line under it.
  let inQuoteSection = false;
  let plain: Unit | null = null;
  // Quotes a signature gave a name alone, for the title on the line under it ("- Darlene Ruttan" / "MPP for …").
  let named: Draft[] = [];

  for (const unit of ordered) {
    const first = out.length;
    const titled = named.length && !unit.caption ? titleUnder(named[0]!.speaker!, unit, tables) : null;
    named = [];
    if (titled) {
      for (const q of [...unsigned, ...out.filter((q) => q.speaker?.name === titled.name && !q.speaker.title)]) q.speaker = titled;
      people.add(personOf(titled, unit.m.toSource(0), tables));
      continue;
    }
    // "— Marie Laurent, Head of Energy Policy, EuroSolar Association" under a quote signs it; so does a name line
    // with no dash ("The Honourable Jane Doe, Minister of X", a government's style), a line rather than a sentence.
    if (unsigned.length && !unit.caption) {
      const signed = signature(unit, 0, tables, people, ctx.knownOrgs) ?? (/[.!?:;]$/.test(unit.text.trimEnd()) ? null : signatureLine(unit, tables, people));
      if (signed) {
        for (const q of unsigned) q.speaker = signed;
        if (signed.name) people.add(personOf(signed, unit.m.toSource(0), tables));
        if (signed.name && !signed.title && !signed.organization) named = unsigned;
      }
    }
    inherit(unsigned);
    if (!unit.caption && unit.fold.length <= QUOTE_HEADING_MAX && tables.set('quoteHeadings').has(unit.fold.trim().replace(/:$/, '').toLowerCase())) {
      inQuoteSection = true;
      plain = pending = intro = null;
      unsigned = [];
      continue;
    }
    if (plain) {
      // "Elena Marković, Executive Vice-President - 12/03/2025" under the paragraph: what it says is theirs.
      const signed = signatureLine(unit, tables, people);
      if (signed) {
        const whole = plain.m.slice(0, plain.text.length).trim();
        out.push({ text: whole.text, speaker: signed, kind: 'direct', span: whole.span(), open: false });
        if (signed.name) people.add(personOf(signed, unit.m.toSource(0), tables));
        plain = pending = intro = null;
        unsigned = [];
        continue;
      }
    }
    const unitMentions = findMentions(unit, tables, ctx.knownOrgs);
    // In text order (a stable sort keeps ties as they were), so each add appends rather than splices.
    for (const p of [...renamed(unit, people, unitMentions), ...unitMentions].sort((a, b) => a.at - b.at)) people.add(p);
    const marks = findMarks(unit.text);
    let lastInUnit: Speaker | null = null;
    const direct: [number, number][] = [];
    const carry = pending as Draft | null;
    pending = null;
    const introduced = unit.caption ? null : intro;
    intro = null;
    const lastSpeaker = unit.caption ? null : previous;

    marks.forEach((mk, idx) => {
      const inner = unit.m.slice(mk.open + 1, mk.close).trim();
      // Marks around nothing ("“”", 「」) quote no one: no quote, and no search for a speaker.
      if (!inner.text) return;
      const at = unit.m.toSource(mk.open);
      const span = unit.m.span(mk.open, mk.closed ? mk.close + 1 : mk.close);
      // A quote reopened at the start of the next paragraph goes on.
      if (idx === 0 && carry && mk.open === 0 && !unit.caption) {
        carry.text += `\n${stripComma(inner.text)}`;
        carry.span = [carry.span[0], span[1]];
        carry.open = !mk.closed;
        direct.push([mk.open, mk.close]);
        if (!carry.speaker && mk.closed) carry.speaker = after(unit, mk.close + 1, pat, tables, people, ctx.knownOrgs, true);
        lastInUnit = carry.speaker;
        if (carry.open && marks.length === 1) pending = carry;
        return;
      }
      const isTerm = tables.match('termIntro', unit.fold.slice(Math.max(0, mk.open - 40), mk.open).trimEnd()) !== null;
      const speech = isSpeechLike(inner.text);
      let speaker = isTerm ? null : attributionBefore(unit, mk.open, pat, tables, people, ctx.knownOrgs);
      if (!speaker && idx === 0 && mk.open === 0) speaker = introduced;
      // 「愛心飯堂」計劃負責人何志明表示: a few words ending in no stop, quoted before a noun, are a name or a term;
      // inside a sentence that goes on after them (介紹「貨聯通」數碼平台的功能, 「AM-7」蛋白), whoever the sentence names.
      const named = !speech && (/[\u3400-\u9fff]$/.test(inner.text) || (CODE_NAME.test(inner.text) && /[\d-]/.test(inner.text)));
      if (named && mk.closed && /[\u3400-\u9fff]/.test(unit.text[mk.close + 1] ?? '')) return;
      // A short sentence (“E7会是爆款。”赵女士说) is speech too when a speech verb follows it.
      const sentence = speech || /[。！？，.!?,]$/.test(inner.text);
      if (!speaker && mk.closed && !isTerm && !named) speaker = after(unit, mk.close + 1, pat, tables, people, ctx.knownOrgs, sentence);
      if (!speaker && mk.closed && idx === marks.length - 1) speaker = signature(unit, mk.close + 1, tables, people, ctx.knownOrgs);
      // A short sentence quoted after someone's quote in the same paragraph ('… ," the experts said. "This must stop."') is theirs too.
      const speechLike = speech || (lastInUnit !== null && SHORT_SENTENCE.test(inner.text));
      if ((!speaker || speaker === UNNAMED) && !(speechLike && !isTerm)) return;
      speaker ??= lastInUnit;
      if (!speaker && !/[。！？.!?]["”’」』]?$/.test(inner.text)) return;
      const q: Draft = { text: stripComma(inner.text), speaker, kind: 'direct', span, open: !mk.closed };
      // '“…,” Ms Whitfield said.' then a paragraph that is only a quote (or opens one that runs on into the next,
      // unclosed): by custom, still hers.
      if (!speaker && lastSpeaker && marks.length === 1 && mk.open === 0 && (!mk.closed || !unit.text.slice(mk.close + 1).trim())) q.heir = lastSpeaker;
      if (speaker) {
        lastInUnit = speaker;
        if (speaker.name) people.add(personOf(speaker, at, tables));
      }
      direct.push([mk.open, mk.close]);
      out.push(q);
      if (q.open && idx === marks.length - 1 && !unit.caption) pending = q;
    });
    if (!marks.length && !unit.caption) {
      // "Reporter: Will …" under "Following is the transcript of remarks by …:": the paragraph names its own speaker.
      const q = transcript(unit, tables, people, ctx.knownOrgs);
      if (q) out.push(q);
      // "Health Secretary Victoria Atkins said:" closing a paragraph, and the quote, unmarked, as the next one
      // (GOV.UK's style): the whole paragraph is what they said.
      // A bullet under "重要内容提示：" is a list's item, not what someone said.
      else if (introduced && isSpeechLike(unit.text) && !BULLET.test(unit.text)) {
        const whole = unit.m.slice(0, unit.text.length).trim();
        out.push({ text: whole.text, speaker: introduced, kind: 'direct', span: whole.span(), open: false });
        direct.push([0, unit.text.length]);
      }
    }
    const reported: Draft[] = [];
    for (const q of indirect(unit, direct, pat, tables, people, ctx.knownOrgs)) {
      if (!q.runsOn) out.push(q);
      // 赵女士续指，… then 她…: who reported it is the last one named.
      if (q.speaker?.name) {
        people.add(personOf(q.speaker, q.span[0], tables));
        reported.push(q);
      }
    }
    // 唐婉清指出，术后感染风险很高。“患者第3天就脱离了呼吸机。”: a quote after someone's reported speech in the same
    // paragraph, with no one else named for it, is theirs.
    for (const q of out.slice(first)) {
      if (q.kind === 'direct' && !q.speaker) q.speaker = reported.filter((r) => r.span[1] <= q.span[0]).at(-1)?.speaker ?? null;
    }
    plain = inQuoteSection && !unit.caption && !marks.length && isSpeechLike(unit.text) ? unit : null;
    // A heading ends the section of quotes.
    if (inQuoteSection && !marks.length && !plain && !charsOver(unit.text, 60) && !/[.!?。！？]$/.test(unit.text)) inQuoteSection = false;
    unsigned = unit.caption ? [] : out.slice(first).filter((q) => q.kind === 'direct' && !q.speaker);
    const last = out.length > first ? out[out.length - 1]! : null;
    const lastBy = last ? last.speaker ?? last.heir ?? null : null;
    previous = unit.caption || lastBy === UNNAMED ? null : lastBy;
    if (!unit.caption && /: ?$/.test(unit.fold) && !marks.length) {
      intro = attributionBefore(unit, unit.text.length, pat, tables, people, ctx.knownOrgs);
      if (intro?.name) people.add(personOf(intro, unit.m.toSource(0), tables));
    }
  }
  inherit(unsigned);
  // The longest name first: "Acme Ltd CEO" is Acme Ltd's CEO, not Acme's "Ltd CEO".
  const known = [...ctx.knownOrgs].sort((a, b) => b.length - a.length);
  const drafts = dedupe(out.sort((a, b) => a.span[0] - b.span[0])).map(({ text, speaker, kind, span }) => ({
    text, speaker: speaker && speaker !== UNNAMED ? knownOrganization(clean(speaker), known, tables) : null, kind, span,
  }));
  const own = ownOrganization(ctx, drafts.map((q) => q.speaker?.organization ?? null));
  const quotes = sameSpeakers(drafts.map((q) => ({ ...q, speaker: q.speaker && own(q.speaker) })));
  return { quotes, people: people.all().map((p) => own(knownOrganization(p, known, tables))) };
}

/**
 * One person, one description: a quote whose speaker is named with less ("…," she said, after "Senior
 * Meteorologist Ms. Alicia Bharath-Ferguson explained that …") gets the honorific, title and organization another
 * quote of the same name gives; an organization only where the titles agree, as a second role may be elsewhere. So
 * too someone unnamed: "The spokesman added" after "A spokesman for the Environmental Protection Department said".
 */
function sameSpeakers<T extends { speaker: Speaker | null }>(quotes: T[]): T[] {
  const full = new Map<string, Speaker>();
  const roles = new Map<string, string>();
  for (const { speaker: s } of quotes) {
    if (s && !s.name && s.title && s.organization && !roles.has(s.title.toLowerCase())) roles.set(s.title.toLowerCase(), s.organization);
    if (!s?.name) continue;
    const m = full.get(s.name);
    if (!m) full.set(s.name, { ...s });
    else {
      m.honorific ??= s.honorific;
      if (m.title === null || m.title === s.title) m.organization ??= s.organization;
      m.title ??= s.title;
    }
  }
  return quotes.map((q) => {
    const s = q.speaker;
    const role = s && !s.name && s.title && !s.organization ? roles.get(s.title.toLowerCase()) : undefined;
    if (role) return { ...q, speaker: { ...s!, organization: role } };
    const m = s?.name ? full.get(s.name)! : null;
    if (!s || !m) return q;
    const title = s.title ?? m.title;
    // 東江大學化學與材料學院 here, 東江大學 / 化學與材料學院教授 for the other quote: one description, split there.
    const split = title === m.title && s.organization && m.title && m.organization && s.organization !== m.organization &&
      s.organization.startsWith(m.organization) && m.title.startsWith(s.organization.slice(m.organization.length));
    const organization = split ? m.organization : s.organization ?? (title === m.title ? m.organization : null);
    return { ...q, speaker: { name: s.name, honorific: s.honorific ?? honorificBeside(m.honorific, title), title, organization } };
  });
}

const clean = (s: Speaker): Speaker => ({ name: s.name, honorific: s.honorific, title: s.title, organization: s.organization });

/**
 * "Acme CEO" in a release about Acme: the organization the release names, then the title; "Northwind CEO" in a
 * release about Northwind Grid Inc.: its first words, as releases shorten a name. `known` longest first.
 */
function knownOrganization<T extends Speaker>(s: T, known: readonly string[], tables: Tables): T {
  if (s.organization !== null || s.title === null) return s;
  const org = known.find((k) => s.title!.length > k.length + 1 && s.title!.startsWith(`${k} `)) ?? shortName(s.title, known, tables);
  return org ? { ...s, organization: org, title: s.title.slice(org.length + 1) } : s;
}

/**
 * A speaker's organization named as the release names its issuer (本公司, "the Company") becomes the short name the
 * release defines for it (（「恒嶺物流」或「本公司」）), as printed, else the one organization the release names that
 * ends in its noun (集团: 海州湾港务集团); "the Club" the name a bracket defines it for ("The Harbour Turf &
 * Charities Club (the Club)"); it stays as it is when the release defines none. `named`: the speakers' organizations.
 */
function ownOrganization(ctx: Context, named: readonly (string | null)[]): <T extends Speaker>(s: T) => T {
  const self = ctx.tables.set('selfReferences');
  // Each looked up once, whatever it gives (null too), however many speakers name it: each lookup reads every block.
  let issuer: string | null | undefined;
  const issuers = new Map<string, string | null>();
  const defined = new Map<string, string | null>();
  return (s) => {
    if (s.organization === null) return s;
    const org = foldForMatching(s.organization).toLowerCase();
    if (self.has(org) && !issuers.has(org)) {
      if (issuer === undefined) issuer = definedIssuer(ctx, self);
      issuers.set(org, issuer ?? endingIn(ctx, org, named));
    }
    // A common noun, not an acronym: "the DMA" stays as printed.
    const noun = /^[Tt]he (\p{Lu}?\p{Ll}+)$/u.exec(s.organization)?.[1]?.toLowerCase();
    if (noun !== undefined && !defined.has(noun)) defined.set(noun, nameDefinedAs(ctx.blocks, noun));
    const full = issuers.get(org) ?? (noun === undefined ? null : defined.get(noun));
    return full ? { ...s, organization: full } : s;
  };
}

/**
 * The one organization the release names (an About section's, a speaker's) that ends in the noun of its word for
 * itself (本集团, 集团 → 集团; "the bank" → bank), as printed; null when none or several do. A speaker's is not
 * sought for a noun of one character (我院: 中国科学院 is another speaker's academy, not the school).
 */
function endingIn(ctx: Context, self: string, named: readonly (string | null)[]): string | null {
  const noun = self.replace(/^(?:本|该|我|the )/, '');
  const found = new Map<string, string>();
  const printed = (fold: string): string | undefined => {
    for (const b of ctx.blocks) {
      const i = b.fold.indexOf(fold);
      if (i >= 0) return b.text.slice(i, i + fold.length);
    }
    return undefined;
  };
  // A one-character noun (我院, 本会) ends too many names to be told by a speaker's: only the release's own then.
  const speakers = noun.length > 1 ? named.filter((n) => n !== null).map((n) => [foldForMatching(n), n] as const) : [];
  const candidates = [...speakers, ...ctx.knownOrgs.map((k) => [k, printed(k)] as const)];
  for (const [fold, text] of candidates) {
    const f = fold.toLowerCase();
    if (text !== undefined && f.length > noun.length + 1 && f.endsWith(noun) && !self.endsWith(f)) found.set(f, text);
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}

/** The words before a title's first title word, when a known name starts with them and they name no place. */
function shortName(title: string, known: readonly string[], tables: Tables): string | undefined {
  const words = title.split(' ');
  const head = words.findIndex((w) => isTitleWord(w, tables));
  const lead = words.slice(0, head).join(' ');
  // "State Senator" in a release by the State of Vermillion: a level of government qualifies the title, names no body.
  if (head < 1 || !/^\p{Lu}/u.test(lead) || tables.regions.has(lead.toLowerCase()) || tables.set('titleQualifiers').has(lead.toLowerCase())) return undefined;
  return known.some((k) => k.startsWith(`${lead} `)) ? lead : undefined;
}

function stripComma(s: string): string {
  return s.replace(/[,，]$/, '').trim();
}

function isSpeechLike(s: string): boolean {
  // Counted only up to the threshold: quotes run long.
  return (/[，。！？,]/.test(s) && hasMatches(s, HAN_CHAR, 12)) || (/[.!?,;]/.test(s) && hasMatches(s, LATIN_WORD, 6));
}

/** The longest "Quote(s)" heading: a longer paragraph is not looked up. */
const QUOTE_HEADING_MAX = 24;
const SHORT_SENTENCE = /^\p{Lu}[^]*[.!?。！？]$/u;

/** People named before, named again by their name alone (陈国邦其后…。他说): mentions there too. */
function renamed(unit: Unit, people: People, here: readonly Person[]): Person[] {
  const out: Person[] = [];
  const named = new NearbyNames(60, here);
  for (const name of people.recentNames()) {
    const f = foldForMatching(name);
    for (let i = unit.fold.indexOf(f); i !== -1; i = unit.fold.indexOf(f, i + f.length)) {
      const at = unit.m.toSource(i);
      if (named.has(name, at)) continue;
      const p = people.lastBefore(Number.MAX_SAFE_INTEGER, (x) => x.name === name);
      if (!p) continue;
      // 圖一：林建華（左）與…: a caption's position after a name given before; not after "Fong" in "Cecilia Fong".
      const within = /^[A-Za-z]/.test(f) && /\p{L} $/u.test(unit.fold.slice(Math.max(0, i - 2), i));
      const mention = { ...p, at, position: undefined };
      out.push(within ? mention : withPosition(mention, unit, i + f.length));
    }
  }
  return out;
}

/** The speaker named before a quote: 「X表示：「」, 'X, CEO of Y, said: "'. */
function attributionBefore(unit: Unit, open: number, pat: Patterns, tables: Tables, people: People, known: readonly string[]): Speaker | null {
  const s0 = sentenceStart(unit.text, open, tables);
  const foldPre = unit.fold.slice(s0, open);
  const zh = foldPre.match(pat.zhBefore) ?? foldPre.match(/(?<=[\u3400-\u9fff]) ?: ?$/);
  if (zh) return chineseSubject(unit, s0, s0 + zh.index!, pat, tables, people, known);
  const en = foldPre.match(pat.enBefore);
  if (en) return attributed(unit.text.slice(s0, s0 + en.index!), unit.m.toSource(s0), tables, people, known);
  // "According to Jane Doe, CEO of Acme, “…": the name and what follows it, up to the quote.
  const acc = unit.text.slice(s0, open).match(/^According to ([^“"]{2,120}?),? ?$/i);
  if (acc) return englishSubject(acc[1]!, unit.m.toSource(s0), tables, people);
  // "Moore says the new method is a big improvement: “…" (a sentence with a speech verb ends in a colon) and
  // "Guido Schmidt-Traub, SDSN Executive Director: “…" (a name and title, then a colon).
  if (/: ?$/.test(foldPre)) {
    const v = foldPre.match(pat.enAfterVerb);
    const phrase = v?.index ? unit.text.slice(s0, s0 + v.index) : unit.text.slice(s0, open).replace(/: ?$/, '');
    // With no verb, a lone word ("Question:", "Reply:") speaks only as someone named before ("Moore:").
    if (v?.index || !charsOver(phrase, 120)) return englishSubject(phrase, unit.m.toSource(s0), tables, people, !!v?.index);
  }
  return null;
}

/** A name of two capitalised words (an initial between) opening a sentence, before a lower-case verb. */
const SUBJECT = /(?:^|[.!?]["”’]? )(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}\.)? \p{Lu}[\p{Ll}'’-]+)(?= [a-z])/gu;

/** The last person named as a sentence's subject in the 300 characters before `end`. */
function subjectBefore(unit: Unit, end: number, tables: Tables): Speaker | null {
  let name: string | null = null;
  for (const m of unit.text.slice(Math.max(0, end - 300), end).matchAll(SUBJECT)) {
    if (isPersonName(m[1]!, m[1]!, tables)) name = m[1]!;
  }
  return name === null ? null : { name, honorific: null, title: null, organization: null };
}

const SIGNATURE_DASH = /^(?:—{1,2}|–|-{1,2}|―{1,2}) ?/;
/** " - 12/03/2025" after a signature: the day the quote was given. */
const SIGNED_ON = / [-–—] ?\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/;

/** The line under a signature's name that is the signer's title ("MPP for Thunder Bay—Atikokan"), read with the name. */
function titleUnder(s: Speaker, unit: Unit, tables: Tables): Speaker | null {
  const line = unit.text.trim();
  // A title, or a member's letters and their seat ("MPP for Thunder Bay—Atikokan").
  const seat = tables.set('postnominals').has(line.slice(0, line.indexOf(' ')).toLowerCase());
  if (charsOver(line, 120) || /[.!?:;“”"]/.test(line) || !/^\p{Lu}/u.test(line) || !(seat || isTitle(unit.fold.trim(), tables))) return null;
  const parsed = parseEnglishSpeaker(`${s.name}, ${line}`, tables);
  return parsed?.kind === 'person' && parsed.speaker.name === s.name && parsed.speaker.title ? { ...parsed.speaker, honorific: s.honorific } : null;
}

/** A line that is only a name and title ("Elena Marković, Executive Vice-President - 12/03/2025"), no dash before. */
function signatureLine(unit: Unit, tables: Tables, people: People): Speaker | null {
  if (charsOver(unit.text, 200) || !unit.text.includes(',')) return null;
  const rest = unit.text.trim().replace(SIGNED_ON, '');
  const parsed = parseEnglishSpeaker(rest, tables);
  if (parsed?.kind !== 'person' || !parsed.speaker.name) return null;
  const { name, honorific } = parsed.speaker;
  return rest.startsWith(name) || (honorific && rest.startsWith(`${honorific} ${name}`)) ? resolveEnglish(parsed, unit.m.toSource(0), people) : null;
}

/**
 * A signature under a quote, from `from` to the unit's end: a dash, then who said it ("— Jane Doe, CEO of Acme",
 * ——學院院長李明), on its own line or after the quote's closing mark.
 */
function signature(unit: Unit, from: number, tables: Tables, people: People, known: readonly string[]): Speaker | null {
  const text = unit.text.slice(from);
  const dash = SIGNATURE_DASH.exec(text);
  if (!dash || charsOver(text, 200)) return null;
  const at = from + dash[0].length;
  const rest = unit.text.slice(at).trimEnd();
  const speaker = /[\u3400-\u9fff]$/.test(rest)
    ? parseChinesePerson(rest, unit.fold.slice(at, at + rest.length), tables, known)
    : englishSubject(rest, unit.m.toSource(from), tables, people, false);
  return speaker?.name ? speaker : null;
}

/** The speaker named after a quote: '," said Jane Doe, CEO of X.' / '," she said.' / 」他說。 */
function after(unit: Unit, from: number, pat: Patterns, tables: Tables, people: People, known: readonly string[], speechLike: boolean): Speaker | null {
  const post = unit.text.slice(from, from + 250);
  const lead = post.match(/^[\s,，]*/)![0].length;
  const rest = post.slice(lead);
  const end = sentenceEnd(rest, 0, tables);
  const sentence = rest.slice(0, Math.min(end, (rest.search(/[“"「]/) + 1 || rest.length + 1) - 1));
  const at = unit.m.toSource(from);
  const v = sentence.match(pat.enAfterVerb);
  if (v && v.index !== undefined) {
    const phrase = v.index === 0 ? sentence.slice(v[0].length) : sentence.slice(0, v.index);
    if (v.index !== 0 && phrase.trim().split(/\s+/).length > 16) return null;
    const parsed = parseEnglishSpeaker(phrase, tables);
    // '"…," she said' after "Jane Doe has led Acme since 2019.": she is the sentence's subject, named without a title.
    if (parsed?.kind === 'pronoun') return resolveEnglish(parsed, at, people) ?? subjectBefore(unit, from, tables);
    return attributed(phrase, at, tables, people, known, parsed);
  }
  const fold = unit.fold.slice(from + lead, from + lead + 30);
  const zv = fold.match(pat.zhVerb);
  if (zv && zv.index !== undefined && !/[。「]/.test(fold.slice(0, zv.index))) {
    const who = fold.slice(0, zv.index);
    const g = tables.pronouns.get(who.replace(pat.zhAdverb, ''));
    if (g !== undefined) return people.pronoun(at, g);
    // 「…」香港科技園公司行政總裁黃克強說, 「…」鄭博士說: who is named between the quote and the verb. Only a quote
    // that reads as speech is given someone named there for the first time (「愛心飯堂」計劃負責人表示 names a scheme).
    if (speechLike) return chineseSubject(unit, from + lead, from + lead + zv.index, pat, tables, people, known);
    return people.firstIn(unit.m.toSource(from + lead), unit.m.toSource(from + lead + zv.index));
  }
  return null;
}

/**
 * The minister a release comes from, printed atop it ("Hon Sam Rivers" / "Minister for Conservation"): someone
 * named before any quote, whom "Mr Rivers says" refers to.
 */
function signatoryOf(ctx: Context): Speaker | null {
  const at = ctx.outline.signatory;
  if (!at) return null;
  const parts = signatoryParts(ctx.blocks[at.name]!.text, ctx.tables);
  return parts && { name: parts.name, honorific: parts.honorific, title: ctx.blocks[at.office]!.text.trim(), organization: null };
}

/** `parsed` as a speaker; a family name alone is someone named before, or (when `lone` allows it) stands as printed. */
function resolveEnglish(parsed: NonNullable<ReturnType<typeof parseEnglishSpeaker>>, at: number, people: People, lone = true): Speaker | null {
  if (parsed.kind === 'person') return parsed.speaker.name ? parsed.speaker : byRole(parsed.speaker, at, people);
  if (parsed.kind === 'pronoun') return people.pronoun(at, tablesGender(parsed.word));
  const bears = (p: Person): boolean => p.name!.split(/\s+/).includes(parsed.surname);
  const named = people.lastBefore(at, bears);
  // "Mr Leung" named before only so: the person named in full before that ("Mr Leung Ka-fai"), else the full name
  // the text printed earlier (Eleanor Matsuda-Reid for "Ms. Matsuda-Reid").
  if (named?.name === parsed.surname) {
    const same = (p: Person): boolean => p.name !== parsed.surname && bears(p) && (p.gender === null || named.gender === null || p.gender === named.gender);
    return people.lastBefore(at, same) ?? { ...named, name: people.fullName(parsed.surname, at) ?? named.name };
  }
  if (named) return named;
  if (!lone && !parsed.honorific) return null;
  return { name: people.fullName(parsed.surname, at) ?? people.givenName(parsed.surname, at) ?? parsed.surname, honorific: parsed.honorific, title: parsed.title ?? null, organization: null };
}

/** "The Chairman said", 主席表示: a title alone refers to the person named before with that title, if any. */
function byRole(role: Speaker, at: number, people: People): Speaker {
  const title = foldForMatching(role.title ?? '').toLowerCase().replace(/^the /, '');
  if (!title) return role;
  const org = role.organization ? foldForMatching(role.organization).toLowerCase() : null;
  // "Union Minister of Rural Water and Sanitation" is the Minister: the title's head before its portfolio.
  const holds = (t: string): boolean => t.endsWith(title) || t.split(PORTFOLIO, 1)[0]!.endsWith(title);
  const named = people.lastBefore(at, (p) =>
    !!p.title && holds(foldForMatching(p.title).toLowerCase()) && (org === null || foldForMatching(p.organization ?? '').toLowerCase() === org));
  return named ?? role;
}
const PORTFOLIO = / (?:of|for) /;

const tablesGender = (w: string): Gender => (w === 'she' ? 'f' : w === 'he' ? 'm' : null);

/** Said by a group or someone unnamed ("the experts said"): the quote is kept, and output with no speaker. */
const UNNAMED: Speaker = Object.freeze({ name: null, honorific: null, title: null, organization: null });

/** "the company", "the experts", "a spokesperson": a group or someone unnamed, after an article. */
const UNNAMED_SUBJECT = /^(?:the|a|an|its|their|our) [\p{L}'’ -]{2,40}$/u;

/**
 * The subject of a speech verb next to a quote: a person (named, or by a pronoun or title), else an organization
 * ("Acme Ltd", "the Ministry of Health", "UNICEF", one named in the release), else UNNAMED for a group or someone
 * unnamed ("the experts said").
 */
function attributed(phrase: string, at: number, tables: Tables, people: People, known: readonly string[], parsed = parseEnglishSpeaker(phrase, tables)): Speaker | null {
  if (parsed?.kind === 'person' || parsed?.kind === 'pronoun') return resolveEnglish(parsed, at, people);
  const bare = phrase.trim().replace(/[.,]$/, '');
  const name = bare.replace(/^the /i, '');
  const named = parsed?.kind === 'surname' ? people.lastBefore(at, (p) => p.name!.split(/\s+/).includes(parsed.surname)) : null;
  if (!named && (ACRONYM.test(name) || (/^\p{Lu}/u.test(name) && isOrganization(name, tables, known)))) return { ...UNNAMED, organization: name };
  // "Acme said" in a release About Acme Ltd: the word no one named before is the organization's first.
  if (!named && parsed?.kind === 'surname' && !parsed.honorific && knownOrgHead(parsed.surname, known)) {
    return { ...UNNAMED, organization: name };
  }
  if (parsed) return resolveEnglish(parsed, at, people);
  return UNNAMED_SUBJECT.test(bare) ? UNNAMED : null;
}

/** "AM-7", "5G", "COVID-19": a product's or a compound's code, one word of letters and digits (with a digit or a hyphen). */
const CODE_NAME = /^[\p{L}\p{N}][\p{L}\p{N}.+&-]{0,15}$/u;

/** "Acme" where the release names Acme Ltd: a known organization's first word, its short name. */
const knownOrgHead = (word: string, known: readonly string[]): boolean => known.some((k) => k.split(/\s+/)[0] === word);

/** 专家们, 与会者们: people spoken of as a group. */
const GROUP = /^[\u3400-\u9fff]{1,6}们$/;
const ACRONYM = /^\p{Lu}[\p{Lu}\d&]{1,9}$/u;

function englishSubject(phrase: string, at: number, tables: Tables, people: People, lone = true): Speaker | null {
  const parsed = parseEnglishSpeaker(phrase, tables);
  return parsed ? resolveEnglish(parsed, at, people, lone) : null;
}

/**
 * Who speaks in the Chinese sentence [s0, verb): the first person named in it with an honorific, a pronoun,
 * a person named right before the verb (星澜储能董事长周启航表示; a bare name resolves to its earlier mention),
 * or a role with no name (发言人).
 */
function chineseSubject(unit: Unit, s0: number, verbAt: number, pat: Patterns, tables: Tables, people: People, known: readonly string[]): Speaker | null {
  const from = unit.m.toSource(s0);
  const named = people.firstIn(from, unit.m.toSource(verbAt));
  if (named) return named;
  const before = unit.fold.slice(s0, verbAt);
  const pr = before.match(pat.pronounZh);
  if (pr) return people.pronoun(from, tables.pronouns.get(pr[0][0]!) ?? null);
  // 何先生又指, 赵女士续指: the adverb is no part of who speaks.
  const verb = verbAt - (before.match(pat.zhAdverb)?.[0].length ?? 0);
  const to = unit.m.toSource(verb);
  const region = unit.fold.slice(s0, verb);
  const clause = region.lastIndexOf(',') + 1;
  const phrase = unit.text.slice(s0 + clause, verb).trim();
  const phraseFold = region.slice(clause).trim();
  if (!phrase) return null;
  // 会议指出, 《关于…的若干措施》提出, 专家们表示: a meeting, a document or a group says it, no one named.
  if (/^《[^》]*》$/.test(phraseFold) || tables.set('documentSubjects').has(phraseFold) || GROUP.test(phraseFold)) return UNNAMED;
  // 溫啟賢在致辭時說: a name given in full before, then words between it and the verb.
  const prior = people.namedAtStartOf(phraseFold, to);
  if (prior) return prior;
  // 何先生續稱, 卓院長指出, 刘总说: a family name and an honorific refer to someone named in full before; a family
  // name and a title, to the one named before with both; a family name and an address form, to one with a title.
  const after = phraseFold.slice(1);
  const byHonorific = tables.set('honorifics').has(after);
  const addressed = tables.set('addressForms').has(after);
  if (tables.set('surnames').has(phraseFold[0]!) && (byHonorific || addressed || (phraseFold.length <= 4 && tables.cjk('titleHeads').includes(after)))) {
    const named = people.lastBefore(to, (p) => p.name!.startsWith(phrase[0]!) && p.name!.length > 1 &&
      (byHonorific || (addressed ? p.title !== null : foldForMatching(p.title ?? '').endsWith(after))));
    if (named) return named;
  }
  // 周逸凡在公测发布会上表示: where and when they spoke are no part of who speaks.
  const head = settingStart(phraseFold, tables);
  const parsed = parseChinesePerson(phrase.slice(0, head), phraseFold.slice(0, head), tables, known);
  if (parsed?.name) {
    if (parsed.title && !parsed.organization) return people.withCompanyHead(parsed);
    if (parsed.title || parsed.organization) return parsed;
    // 宏碩表示 where the release names 宏碩電子: the company's own news, as 宏碩電子表示 is.
    if (!parsed.honorific && people.isCompanyHead(parsed.name)) return null;
    return people.lastBefore(from, (p) => p.name === parsed.name) ?? parsed;
  }
  const titled = parseChineseNameThenTitle(phrase.slice(0, head), phraseFold.slice(0, head), tables, known);
  if (titled) return titled;
  if (!charsOver(phrase, 12) && isTitle(phraseFold, tables)) {
    const lead = phrase.match(/^(?:一名|一位|有(?![关關]))/)?.[0].length ?? 0;
    return byRole({ name: null, honorific: null, ...parseChineseRole(phrase.slice(lead), phraseFold.slice(lead), tables, known) }, to, people);
  }
  return null;
}

/** Where a speaker's phrase ends before when and where they spoke (在公测发布会上, 今日于记者会上): its length if none. */
function settingStart(fold: string, tables: Tables): number {
  let end = fold.length;
  for (const w of tables.cjk('settingOpeners')) {
    const i = fold.lastIndexOf(w);
    // A short setting that ends as one does; 于 is a family name too (副总裁于洋).
    if (i > 0 && i < end && fold.length - i <= 25 && tables.cjk('settingEnds').some((e) => fold.endsWith(e) && fold.length - i > e.length + 1)) end = i;
  }
  for (let again = true; again; ) {
    again = false;
    for (const w of tables.cjk('timeWords')) {
      if (end > w.length && fold.endsWith(w, end)) {
        end -= w.length;
        again = true;
      }
    }
  }
  return end;
}

/**
 * Transcript style: a paragraph that is a speaker, a colon and what they said ("Chief Secretary for
 * Administration: On the first question, …", 政務司司長：…). Only a phrase that reads as a person or a role
 * counts as the speaker ("Note:", "Key facts:" do not).
 */
function transcript(unit: Unit, tables: Tables, people: People, known: readonly string[]): Draft | null {
  // A speaker label is a few plain words: no brackets or commas ("Acme, Inc. (Nasdaq: ACME)" is no speaker).
  const m = unit.text.match(/^([^:：\n(),，（）;；]{2,60}?) ?[:：] ?(?=\S)/);
  // "● 合同类型及金额：…", "2、支付方式：…": a list item's term, not a speaker.
  if (!m || m[1]!.trim().split(/\s+/).length > 6 || BULLET.test(m[1]!) || LIST_NUMBER.test(m[1]!)) return null;
  const said = unit.m.slice(m[0].length).trim();
  // "Tides of Silver: The Whaling Coast in Art runs …": a title and its subtitle, not a speaker and a sentence; a
  // question is asked ("Reporter: Will the Government …?").
  if (!isSpeechLike(said.text) || /[:：]$/.test(said.text) || (SUBTITLE.test(said.text) && !/[?？]$/.test(said.text))) return null;
  const phrase = m[1]!.trim();
  const fold = foldForMatching(phrase);
  // "Watch: the launch video…", "Learn More: …": the reader is told what to do, by no one.
  if (tables.set('callsToAction').has(fold.toLowerCase().split(' ')[0]!)) return null;
  const at = unit.m.toSource(0);
  let speaker: Speaker | null;
  if (/[\u3400-\u9fff]/.test(phrase)) {
    speaker = parseChinesePerson(phrase, fold, tables, known) ?? (isTitle(fold, tables) ? byRole({ name: null, honorific: null, ...parseChineseRole(phrase, fold, tables, known) }, at, people) : null);
  } else {
    const parsed = parseEnglishSpeaker(phrase, tables);
    // A family name alone is someone named before ("Moore: …"), not any capitalised word.
    speaker = parsed && (parsed.kind !== 'person' || parsed.speaker.name || parsed.speaker.title) ? resolveEnglish(parsed, at, people, false) : null;
    // "Cash Position: Cash and equivalents were …": two capitalised words no one was named before, over text that
    // speaks of no one in the first or second person, are a results item's heading, not a speaker.
    const bare = parsed?.kind === 'person' && !parsed.speaker.title && !parsed.speaker.honorific && !parsed.speaker.organization;
    if (speaker && bare && !people.lastBefore(at, (p) => p.name === speaker!.name) && !patterns(tables).firstPerson.test(said.text)) speaker = null;
  }
  return speaker ? { text: said.text, speaker, kind: 'direct', span: said.span(), open: false } : null;
}


/** A Chinese list's number: 2、, （二）, 三、. */
const LIST_NUMBER = /^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}、)/;

/** Capitalised words after an article, as a title is printed ("A Life in Letters", "The Whaling Coast"). */
const SUBTITLE = /^(?:(?:A|An|The) )?\p{Lu}[\p{Ll}\p{M}'’-]+(?: (?:of|in|the|and|for|on|to|a|an)){0,2} \p{Lu}[\p{Ll}\p{M}'’-]+/u;

/** Reported speech: "X said that …", X表示，…. */
function indirect(unit: Unit, direct: readonly [number, number][], pat: Patterns, tables: Tables, people: People, known: readonly string[]): Draft[] {
  const out: Draft[] = [];
  // Direct quotes come in order and do not overlap: a binary search finds the first that opens at `i` or after.
  const firstFrom = (i: number): number => {
    let lo = 0;
    let hi = direct.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (direct[mid]![0] < i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const inside = (i: number): boolean => {
    const d = direct[firstFrom(i) - 1];
    return d !== undefined && i < d[1];
  };
  /** Where the first direct quote in [from, to) opens, if one does. */
  const quoteIn = (from: number, to: number): number | null => {
    const open = direct[firstFrom(from)]?.[0];
    return open !== undefined && open < to ? open : null;
  };
  for (const m of unit.fold.matchAll(pat.zhIndirect)) {
    if (inside(m.index)) continue;
    const s0 = sentenceStart(unit.text, m.index, tables);
    const speaker = chineseSubject(unit, s0, m.index, pat, tables, people, known);
    // Reported speech is kept only with who reported it: 会议指出，… is the text's own.
    if (!speaker || speaker === UNNAMED) continue;
    const startClause = m.index + m[0].length;
    let end = sentenceEnd(unit.text, startClause, tables);
    // "X表示，…，「…」": the report ends at the comma before a direct quote; marks around a name (“天枢”) stay in it.
    const q = quoteIn(startClause, end);
    if (q !== null) {
      const cut = unit.fold.slice(startClause, q).lastIndexOf(',');
      if (cut < 0) continue;
      end = startClause + cut;
    }
    const clause = unit.m.slice(startClause, end).trim();
    if (clause.text.length < 4) continue;
    out.push({ text: clause.text, speaker, kind: 'indirect', span: unit.m.span(m.index, end), open: false });
  }
  for (const m of unit.text.matchAll(pat.enIndirect)) {
    if (inside(m.index)) continue;
    const s0 = sentenceStart(unit.text, m.index, tables);
    // Without "that", only a subject with no quote in it: '“…,” said the CEO' names a direct quote's speaker.
    if (!/that $/i.test(m[0]) && /[“”"]/.test(unit.text.slice(s0, m.index))) continue;
    const speaker = englishSubject(unit.text.slice(s0, m.index), unit.m.toSource(s0), tables, people);
    // "Lumen Health today announced that …", "Tidewater says the system …": an organization's own news, as 經濟部表示
    // is, not someone's words.
    if (!speaker || speaker === UNNAMED || (speaker.name && !speaker.honorific && (isOrganization(speaker.name, tables, known) || (!speaker.title && knownOrgHead(speaker.name, known))))) continue;
    const startClause = m.index + m[0].length;
    let end = sentenceEnd(unit.text, startClause, tables);
    // "Moore says the method is better: “We can now …”": the report ends where a direct quote opens.
    const q = quoteIn(startClause, end);
    if (q !== null) end = startClause + trimEndWhere(unit.text.slice(startClause, q), /[\s,:;]/).length;
    const clause = unit.m.slice(startClause, end).trim();
    if (!clause.text) continue;
    // 'said the bill "would be …"': a few words that run on into the quote, no report of their own.
    const runsOn = q !== null && !/[,:;]\s*$/.test(unit.text.slice(startClause, q)) && clause.text.split(/\s+/).length < 4;
    out.push({ text: clause.text, speaker, kind: 'indirect', span: unit.m.span(s0, end), open: false, runsOn });
  }
  // "The Government is investing $86 million …, Regional Development Minister Aroha Whitcombe-Rangi says.": the
  // sentence before who reported it, in a sentence with no quote marks.
  // Looked for only in a text that has one of the verbs.
  const reportedAfter = pat.enReportedAfter && tables.list('reportVerbs').some((v) => unit.text.includes(` ${v}`));
  for (const m of reportedAfter ? unit.text.matchAll(pat.enReportedAfter!) : []) {
    const s0 = sentenceStart(unit.text, m.index, tables);
    if (inside(m.index) || /[“”"]/.test(unit.text.slice(s0, m.index + m[0].length))) continue;
    const speaker = englishSubject(m[1]!, unit.m.toSource(m.index + 2), tables, people);
    // A person, by title or full name: ", Acme says." is the organization's own news.
    const person = speaker && (speaker.title || speaker.honorific || (speaker.name?.includes(' ') && !isOrganization(speaker.name, tables, known)));
    if (!speaker || speaker === UNNAMED || !person) continue;
    const clause = unit.m.slice(s0, m.index).trim();
    if (clause.text.split(/\s+/).length < 4) continue;
    out.push({ text: clause.text, speaker, kind: 'indirect', span: unit.m.span(s0, m.index + m[0].length), open: false });
  }
  return out;
}

const squash = (s: string): string => s.replace(/\s+/g, '');

/**
 * A quote contained in an earlier one of the same speaker (a caption repeating the body) is dropped. Each is
 * compared with a bounded number of that speaker's earlier quotes.
 */
function dedupe(qs: Draft[]): Draft[] {
  const kept: Draft[] = [];
  const bySpeaker = new Map<string | null, string[]>();
  for (const q of qs) {
    const squashed = squash(q.text);
    const t = squashed.replace(/[。.]$/, '');
    const key = q.speaker?.name ?? null;
    const earlier = bySpeaker.get(key) ?? [];
    if (earlier.slice(-100).some((k) => k.includes(t))) continue;
    earlier.push(squashed);
    bySpeaker.set(key, earlier);
    kept.push(q);
  }
  return kept;
}
