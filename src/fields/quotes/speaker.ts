import { type Tables, isTitleWord, orgNameWords, perTables } from '../../locales/index.js';
import type { Speaker } from '../../schema.js';
import { foldForMatching } from '../../normalize/fold.js';
import { isOrganization, isPersonName, isTitle, PARTICLES, splitParts, splitTrailingHonorifics } from '../shared/names.js';
import { splitLeadingHonorific } from '../../locales/honorifics.js';
import { charsOver, isHan } from '../../util/chars.js';

export type Gender = 'f' | 'm' | null;

/** A person (or a role) as the text names them, with where that was and their gender when told. */
export interface Person extends Speaker {
  at: number;
  /** Where the mention ends, when the person was named in the text (not just quoted). */
  end?: number;
  gender: Gender;
  /** Where a caption places them: （右三）, （後排左二）, (second from left); with the caption's index. */
  position?: { caption: number; position: string };
}

/** Words before a person's description (据…介绍), and a paragraph's number (2. 卫生部第二部长黄国豪博士): no part of it. */
const LEAD_FN = /^(?:\d{1,2}[.)] ?|[在由及与和并为向请邀获据、,])+/;
/**
 * One capitalised word, a surname or given name, accents composed or not (Dubé, Dube\u0301): Smith, O'Brien,
 * Welling-Ashby, Smith-jones, a capital, small letters, and parts after an apostrophe or hyphen.
 */
const SURNAME = /^\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}]+(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)*$/u;
const WEB_ADDRESS = /:\/\/|www\./;
/** A name's other form in brackets after it: "Ronald Leung(梁子健)", "黃美玲(Maggie Wong)", folded. */
const ALIAS = /\((?:[\u3400-\u9fff]{2,4}|\p{Lu}[\p{L}\p{M} .'’-]{1,40})\)$/u;
const NAME_CHAR = /[\p{L}\p{M}'’.-]/u;
const INITIAL = /^\p{Lu}\.$/u;

/**
 * The capitalized words, at most four, that `s` ends with (one space may follow), as
 * /(\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,3}) ?$/u would match them: `match` with that space, `name`
 * without. Walked back from the end because that regex, tried from each start of a long word, is quadratic.
 */
function latinNameEnd(s: string): { match: string; name: string } | null {
  const end = s.endsWith(' ') ? s.length - 1 : s.length;
  let start = -1;
  for (let i = end, words = 0; words < 4; words++) {
    let j = i;
    // SkuNest技術總監Ravi Menon: a Chinese character before a word is no part of it.
    while (j > 0 && NAME_CHAR.test(s[j - 1]!) && !isHan(s[j - 1])) j--;
    // The earliest capital of this word may start the name; only a word that starts with one continues it.
    let cap = j;
    while (cap < i && !/\p{Lu}/u.test(s[cap]!)) cap++;
    if (cap === i) break;
    start = cap;
    if (cap !== j || s[j - 1] !== ' ') break;
    i = j - 1;
  }
  return start === -1 ? null : { match: s.slice(start), name: s.slice(start, end) };
}

function genderOf(honorific: string | null, tables: Tables): Gender {
  if (!honorific) return null;
  const h = honorific.toLowerCase();
  if (tables.list('female').some((x) => h.includes(x))) return 'f';
  if (tables.list('male').some((x) => h.includes(x))) return 'm';
  return null;
}

/**
 * 香港科技园公司行政总裁黄克强先生 → organization, title, name, honorific. `s` ends with the name or its
 * honorifics; `fold` is `s` folded. Organizations the release names (`known`) are preferred when splitting.
 */
export function parseChinesePerson(s: string, fold: string, tables: Tables, known: readonly string[]): Speaker | null {
  const lead = fold.match(LEAD_FN)?.[0].length ?? 0;
  s = s.slice(lead);
  fold = fold.slice(lead);
  const split = splitTrailingHonorifics(s, fold, tables);
  const { honorific } = split;
  let { rest, restFold } = split;
  // "Ronald Leung（梁子健）先生", "黃美玲（Maggie Wong）女士": the name in brackets is the same person's other name.
  const alias = ALIAS.exec(restFold);
  if (alias && alias.index > 0 && NAME_CHAR.test(restFold[alias.index - 1]!)) {
    rest = rest.slice(0, alias.index);
    restFold = restFold.slice(0, alias.index);
  }
  let nameLen = 0;
  const latin = latinNameEnd(rest);
  if (latin && latin.name.includes(' ')) nameLen = latin.match.length;
  else nameLen = transliteratedNameLength(restFold, tables) || (honorific ? familyNameLength(restFold, tables) : 0) || chineseNameLength(restFold, tables);
  if (!nameLen) return null;
  const name = rest.slice(rest.length - nameLen).trim();
  const nameFold = restFold.slice(restFold.length - nameLen);
  // An honorific alone (先生) names no one.
  if (tables.cjk('honorifics').includes(nameFold)) return null;
  // 何太, 陈太: a family name and 太 (Mrs) are a name and an honorific.
  if (!honorific && nameFold.length === 2 && nameFold[1] === '太' && tables.set('surnames').has(nameFold[0]!)) {
    return { ...splitDescriptor(rest.slice(0, rest.length - nameLen).trim(), restFold.slice(0, rest.length - nameLen).trim(), tables, known), name: name[0]!, honorific: name[1]! };
  }
  if (isTitle(nameFold, tables) || isOrganization(nameFold, tables, known)) return null;
  let desc = rest.slice(0, rest.length - nameLen).trim();
  // 總裁 Daniel Fonseca 方德仁: the name in English before the Chinese one is the same person's, no title.
  const english = LATIN_ALIAS_BEFORE.exec(desc);
  if (english && isPersonName(english[0], english[0], tables)) desc = desc.slice(0, english.index).trim();
  let descFold = restFold.slice(0, desc.length);
  // 董事经理拿督陈国荣: an honorific printed before the name, as Malaysia's are, or several (丹斯里拿督斯里).
  let leadingText: string | null = null;
  for (let h = honorific ? undefined : leadingHonorific(descFold, tables); h; h = leadingHonorific(descFold, tables)) {
    leadingText = desc.slice(desc.length - h.length) + (leadingText ?? '');
    desc = desc.slice(0, desc.length - h.length).trim();
    descFold = descFold.slice(0, desc.length);
  }
  // "備忘錄由阿斯利康…": text before an organization the release names is not part of the person's description,
  // unless it is a place that starts the full name (香港科技園公司 holds its short name 科技園公司), or the name
  // is the short one in brackets after the full (馬來西亞華文教育促進總會（華教總會）總會長).
  const start = descriptionStart(descFold, tables);
  const from = Math.max(start, ...known.map((k) => descFold.indexOf(k)).filter((i) => i > 0 && descFold[i - 1] !== '(' && !tables.regions.has(descFold.slice(start, i))));
  const { organization, title } = splitDescriptor(desc.slice(from), descFold.slice(from), tables, known);
  return { name, honorific: honorific ?? leadingText, title, organization };
}

const LATIN_ALIAS_BEFORE = /(?<=^|[\s\u3400-\u9fff])\p{Lu}[\p{Ll}\p{M}'’.-]+(?: \p{Lu}[\p{Ll}\p{M}'’.-]+){1,3}$/u;

const leadingHonorific = (descFold: string, tables: Tables): string | undefined => tables.cjk('leadingHonorifics').find((h) => descFold.endsWith(h));

/**
 * 赵蕾研究员, 物理学院李明副主任: a name, then the title after it (with its rank), the organization before them.
 * Null unless a family name starts the name and the title ends the phrase.
 */
export function parseChineseNameThenTitle(s: string, fold: string, tables: Tables, known: readonly string[]): Speaker | null {
  // The longest title word of two characters or more that ends it (研究员, not 员).
  const head = orgWords(tables).heads.reduce<string | undefined>((best, h) => (fold.endsWith(h) && h.length > (best?.length ?? 0) ? h : best), undefined);
  if (!head) return null;
  let t = fold.length - head.length;
  for (let more = true; more;) {
    const rank = tables.cjk('ranks').find((r) => t - r.length >= 0 && fold.startsWith(r, t - r.length));
    more = rank !== undefined;
    if (rank) t -= rank.length;
  }
  const restFold = fold.slice(0, t);
  const nameLen = chineseNameLength(restFold, tables);
  if (!nameLen || !tables.set('surnames').has(restFold[restFold.length - nameLen]!)) return null;
  const nameFold = restFold.slice(-nameLen);
  if (isTitle(nameFold, tables) || isOrganization(nameFold, tables, known)) return null;
  const { organization, title } = splitDescriptor(s.slice(0, t - nameLen), fold.slice(0, t - nameLen), tables, known);
  return { name: s.slice(t - nameLen, t), honorific: null, title: (title ?? '') + s.slice(t), organization: organization ?? null };
}

/** Joins the parts of a name written in Chinese from another language (马克·韦伯, 馬克‧韋伯). */
export const MIDDLE_DOT = /[·・‧•]/;

/**
 * 马克·韦伯, 中国区总裁安娜·施密特: a name written in Chinese from another language, its parts joined by middle
 * dots. Its first part starts after a title word, or is the last two characters before the dot.
 */
function transliteratedNameLength(fold: string, tables: Tables): number {
  if (!MIDDLE_DOT.test(fold)) return 0;
  let start = fold.length;
  // Back over "·韦伯", "·冯·", to the first part.
  for (;;) {
    let i = start;
    while (i > 0 && isHan(fold[i - 1]) && start - i < 8) i--;
    if (i === start || i === 0 || !MIDDLE_DOT.test(fold[i - 1]!)) break;
    start = i - 1;
  }
  if (start === fold.length) return 0;
  const run = fold.slice(0, start).match(/[\u3400-\u9fff]{1,6}$/)?.[0] ?? '';
  if (!run) return 0;
  for (let k = 1; k < run.length; k++) if (titleEndingAt(fold, start - k, tables)) return fold.length - start + k;
  return fold.length - start + (start === run.length && run.length <= 4 ? run.length : Math.min(2, run.length));
}

/** Words a person's description starts after: a list's opening words and words no description holds. */
const descriptionOpeners = perTables((tables) => [...tables.cjk('listIntros'), ...tables.cjk('descriptionBreaks')]);

/**
 * Where a person's description starts in the text before their name: after the words that open a list
 * (嘉賓包括…), and after the person listed before them (…會長吳家樂、副會長黃美玲).
 */
function descriptionStart(fold: string, tables: Tables): number {
  let from = 0;
  for (const w of descriptionOpeners(tables)) {
    const i = fold.lastIndexOf(w);
    if (i >= 0) from = Math.max(from, i + w.length);
  }
  for (let i = fold.lastIndexOf('、'); i > from; i = fold.lastIndexOf('、', i - 1)) {
    const n = chineseNameLength(fold.slice(0, i), tables);
    if (n && titleEndingAt(fold, i - n, tables)) return i + 1;
  }
  return from;
}

/**
 * 行政总裁黄先生, 游客林先生: before an honorific, a family name alone after a title of two characters or more, or
 * an organization's name (1), or 0. A one-character title word (长, 师) ends given names too (李长春先生); 何醫生
 * alone refers to someone named before, which the caller resolves.
 */
function familyNameLength(fold: string, tables: Tables): number {
  const last = fold.length - 1;
  if (last < 2 || !tables.set('surnames').has(fold[last]!)) return 0;
  // 工程師陳先生, 律師黃女士: a profession that is also an honorific is a title before a name; 居於草堆街的黃女士:
  // a description ends with 的.
  // 暖晴社區服務協會何小姐: after an organization's name too.
  return titleEndingAt(fold, last, tables) > 1 || tables.cjk('honorifics').some((h) => h.length > 1 && fold.endsWith(h, last)) ||
    tables.cjk('descriptionBreaks').includes(fold[last - 1]!) || orgWords(tables).proper.some((x) => fold.endsWith(x, last)) ? 1 : 0;
}

/** The length of the longest Chinese title word ending at `end` in `fold` (the list is longest first), or 0. */
export function titleEndingAt(fold: string, end: number, tables: Tables): number {
  return tables.cjk('titleHeads').find((h) => fold.endsWith(h, end))?.length ?? 0;
}

/** How many of the last characters are the name: after a title word, or by the family-name table. */
function chineseNameLength(fold: string, tables: Tables): number {
  const han = fold.match(/[\u3400-\u9fff]{1,4}$/)?.[0] ?? '';
  if (han.length < 2) return 0;
  // The length of the longest title word (longest first in the list) ending where a name of k characters starts.
  const titleBefore = (k: number): number => (k > han.length ? 0 : titleEndingAt(fold, fold.length - k, tables));
  const [three, two] = [titleBefore(3), titleBefore(2)];
  // 董事长周海: 董事 ends before 长周海 too, but the longer title ends before a two-character name.
  if (three && two <= three) return 3;
  if (two) return 2;
  if (fold.length === han.length && han.length <= 4 && fold.length <= 4) {
    return han.length === 4 && !isCompound(han, tables) ? 0 : han.length;
  }
  const surnames = tables.set('surnames');
  if (han.length >= 4 && isCompound(han.slice(-4), tables)) return 4;
  if (han.length >= 3 && surnames.has(han[han.length - 3]!)) return 3;
  if (surnames.has(han[han.length - 2]!)) return 2;
  return 0;
}

const isCompound = (s: string, tables: Tables): boolean => tables.set('surnames').has(s.slice(0, 2));

interface OrgWords {
  suffixes: readonly string[];
  words: readonly string[];
  /** Suffixes of two characters or more that are not departments (公司, 大学, not 局). */
  proper: readonly string[];
  /** Suffixes and industry words of two characters or more. */
  long: readonly string[];
  /** Title heads of two characters or more. */
  heads: readonly string[];
  /** The last characters of suffixes and industry words: where neither can end, no split is tried. */
  ends: ReadonlySet<string>;
}

/** The word lists splitDescriptor tries at every offset, derived once per table set. */
const orgWords = perTables((tables): OrgWords => {
  const suffixes = tables.cjk('orgSuffixes');
  const words = tables.cjk('orgWords');
  const departments = tables.set('departments');
  return {
    suffixes, words,
    proper: suffixes.filter((x) => x.length > 1 && !departments.has(x)),
    long: [...suffixes, ...words].filter((x) => x.length > 1),
    heads: tables.cjk('titleHeads').filter((h) => h.length > 1),
    ends: new Set([...suffixes, ...words].map((x) => x[x.length - 1]!)),
  };
});

/** 醫管局發言人 → organization 醫管局, title 發言人: a role named with no one's name. */
export function parseChineseRole(s: string, fold: string, tables: Tables, known: readonly string[]): { organization: string | null; title: string } {
  const { organization, title } = splitDescriptor(s, fold, tables, known);
  return title ? { organization, title } : { organization: null, title: s };
}

/** Leading organization name and the title after it. */
function splitDescriptor(desc: string, fold: string, tables: Tables, known: readonly string[]): { organization: string | null; title: string | null } {
  const parts = descriptorParts(desc, fold, tables, known);
  const { organization, title } = parts;
  if (organization === null || title === null) return parts;
  // Vantora Systems 亞太區副總裁, Veltrix大中华区总裁: the region a person serves opens their title.
  const orgFold = foldForMatching(organization);
  const region = regionsServed(tables).find((r) => orgFold.length > r.length && orgFold.endsWith(r));
  return region ? { organization: organization.slice(0, -region.length).trim(), title: organization.slice(-region.length) + title } : parts;
}

/** The world regions a company's office serves (亚太区, 大中华区): the contact regions that end in 区. */
const regionsServed = perTables((tables) => tables.cjk('contactRegions').filter((r) => r.endsWith('区')));

function descriptorParts(desc: string, fold: string, tables: Tables, known: readonly string[]): { organization: string | null; title: string | null } {
  if (!desc) return { organization: null, title: null };
  const { suffixes, words, proper, long, heads, ends } = orgWords(tables);
  const departments = tables.set('departments');
  /**
   * The organization up to `end`, the title after it; 行政院長, 經濟部長, 體育部長兼…: a title (院長, 部長) that
   * shares its first character with the organization's last takes it too.
   */
  const cutAt = (end: number): { organization: string | null; title: string | null } => {
    // 馬來西亞華文教育促進總會（華教總會）總會長: the short name in brackets is the organization's, not the title's.
    const alias = BRACKETED_LEAD.exec(fold.slice(end))?.[0].length ?? 0;
    if (alias && isTitle(fold.slice(end + alias), tables)) return { organization: desc.slice(0, end).trim(), title: desc.slice(end + alias).trim() };
    // 董事會主席: a board's name is the title's.
    if (tables.set('titleOf').has(fold.slice(0, end).trim())) return { organization: null, title: desc };
    const shared = !heads.some((h) => fold.startsWith(h, end)) && heads.some((h) => h[0] === fold[end - 1] && fold.startsWith(h, end - 1)) ? 1 : 0;
    return { organization: desc.slice(0, end).trim(), title: desc.slice(end - shared).trim() || null };
  };
  for (const k of [...known].sort((a, b) => b.length - a.length)) {
    if (k && fold.startsWith(k)) {
      return cutAt(k.length + fullNameAfter(fold, k.length, tables));
    }
  }
  const places = tables.set('placeSuffixes');
  // From the second character: one alone is no organization (市長, 院长, 區委書記), nor one after a rank (副省長).
  const ranked = ranksLength(fold, tables);
  for (let p = 2 + ranked; p < fold.length; p++) {
    if (!ends.has(fold[p - 1]!)) continue;
    const head = fold.slice(0, p);
    const tail = fold.slice(p);
    const suffix = suffixes.find((x) => head.endsWith(x));
    const word = suffix ? undefined : words.find((x) => head.endsWith(x));
    // Roles listed with 、 (研究團隊負責人、生物醫學學院副教授) are all title; a title does not start with 及/和.
    if ((!suffix && !word) || head.includes('、') || /^[及和与、,]/.test(tail)) continue;
    // 国家能源局|能源节约和科技装备司副司长: a body, then one of its departments (its 司, 处) and a title: the body
    // leads, and its department is the title's; not inside a longer ending (香港科技園|公司, …股份|有限公司), nor after a
    // place (滨溪市|发展改革委…, an office named after its city).
    if (suffix && !departments.has(suffix) && !places.has(suffix) && !suffixes.some((x) => tail.startsWith(x) || spans(fold, x, p)) && departmentThenTitle(tail, departments, tables)) return cutAt(p);
    // 數碼創新園首席科技|官: an industry word inside a long title (首席科技官) ends no organization's name.
    if (heads.some((h) => h.length > 3 && spans(fold, h, p))) continue;
    // The organization's name goes on: a longer suffix spans the split ("香港科技|园公司") or follows it
    // ("香港科技园|公司"), or a one-character suffix sits inside a word ("华东汽车零部|件集团"). After a
    // company's ending of two characters, an industry word starts the title (香港科技园公司|生物医药科技总监).
    const ended = suffix !== undefined && suffix.length > 1;
    // But not into a title whole, though a suffix is inside it (華教總會|總會長, not 華教總會總會|長; 文聯會|署理總會長).
    if (rankedHead(tail, heads, tables)) return cutAt(p);
    if (long.some((x) => spans(fold, x, p) || (tail.startsWith(x) && !(ended && words.includes(x))))) continue;
    if (suffix?.length === 1 && proper.some((x) => tail.includes(x))) continue;
    // 社會福利署署長: a one-character ending in the first word (社會), when an office's name and a title follow.
    if (p === 2 && suffix?.length === 1 && !places.has(suffix) && officeEnd(tail, suffixes, places, tables) >= 3) continue;
    // The next character ends a suffix too: the name goes on, but not into a place's (市文旅局|市场管理科科长).
    if (suffix && suffixes.some((x) => (head + tail[0]).endsWith(x) && !(x.length === 1 && places.has(x))) && !heads.some((h) => tail.startsWith(h))) continue;
    // An industry word ends the name only when no organization ending follows ("经济及科技|发展局局长"); a
    // department's may, after a name with words of its own before the industry's (聯宏證券|數位金融處協理, not
    // 能源|轉型部部長).
    if (word && suffixes.some((x) => tail.includes(x) && (!departments.has(x) || head.length < word.length + 2))) continue;
    if (!isTitle(tail, tables)) continue;
    // 南江市生态环境局局长: an office named after its city is the organization, not the city.
    const office = suffix && places.has(suffix) ? officeEnd(tail, suffixes, places, tables) : 0;
    return cutAt(p + office);
  }
  // KKday執行長, Google台灣董事總經理: a Latin name (and the place it serves) before a Chinese title is the
  // organization's.
  const latin = LATIN_LEAD.exec(desc);
  if (latin) {
    const at = latin[0].length;
    const place = [...tables.regions.keys()].find((r) => fold.startsWith(r, at) && isTitle(fold.slice(at + r.length), tables));
    if (place) return cutAt(at + place.length);
    if (isTitle(fold.slice(at), tables)) return cutAt(at);
  }
  if (isTitle(fold, tables)) return { organization: null, title: desc };
  return { organization: desc, title: null };
}

/**
 * 恒峰地產|集團|行政總裁, 恒峰地產|控股有限公司|集團主席, 恒泰生物|科技集團|行政總裁: after the short name a release
 * defines, the suffixes of its full name (industry words among them), up to the legal form that closes it (what
 * follows that, 集團主席, is a title), when a title follows the last suffix; but 華教總會|總會長, 恒泰生物|科技總監.
 * Their length, or 0.
 */
function fullNameAfter(fold: string, from: number, tables: Tables): number {
  const { proper, long, heads } = orgWords(tables);
  if (rankedHead(fold.slice(from), heads, tables)) return 0;
  const legal = tables.cjk('legalForms');
  let at = from;
  let end = from;
  for (let x: string | undefined; !legal.some((f) => fold.endsWith(f, at)) && (x = proper.find((s) => fold.startsWith(s, at)) ?? long.find((s) => fold.startsWith(s, at))); ) {
    at += x.length;
    if (proper.includes(x)) end = at;
  }
  return isTitle(fold.slice(end), tables) ? end - from : 0;
}

const BRACKETED_LEAD = /^ ?\([^()]{1,20}\) ?/;
const LATIN_LEAD = /^[A-Za-z0-9][A-Za-z0-9&.' -]*(?=[\u3400-\u9fff])/;

/** How long the ranks that open `s` are (署理總會長: 署理 and 總). */
function ranksLength(s: string, tables: Tables): number {
  let n = 0;
  for (let rank = tables.cjk('ranks').find((r) => s.startsWith(r, n)); rank; rank = tables.cjk('ranks').find((r) => s.startsWith(r, n))) n += rank.length;
  return n;
}

/** 能源节约和科技装备司|副司长: a department's name, then a title. */
function departmentThenTitle(tail: string, departments: ReadonlySet<string>, tables: Tables): boolean {
  for (let q = 2; q < tail.length - 1; q++) {
    if ([...departments].some((d) => tail.endsWith(d, q)) && isTitle(tail.slice(q), tables)) return true;
  }
  return false;
}

/** `s` is a title word of two characters or more, after ranks (總會長, 副總經理). */
function rankedHead(s: string, heads: readonly string[], tables: Tables): boolean {
  return heads.includes(s.slice(ranksLength(s, tables)));
}

/** Where an office's name ends in `tail` (生态环境局|局长): a suffix that is no place's, then a title. */
function officeEnd(tail: string, suffixes: readonly string[], places: ReadonlySet<string>, tables: Tables): number {
  for (let q = 2; q < tail.length; q++) {
    const head = tail.slice(0, q);
    if (suffixes.some((x) => !places.has(x) && head.endsWith(x)) && isTitle(tail.slice(q), tables)) return q;
  }
  return 0;
}

/** `word` occurs in `s` across offset `p` (starting before it and ending after it). */
function spans(s: string, word: string, p: number): boolean {
  for (let i = s.indexOf(word, Math.max(0, p - word.length + 1)); i !== -1 && i < p; i = s.indexOf(word, i + 1)) {
    if (i + word.length > p) return true;
  }
  return false;
}

const ARTICLE = /^(?:the|a|an|our|its|their) /i;
/** Opens what someone does, after their name: "and", "but", a verb in -s or -ed ("shares his insights", "added"). */
export const PREDICATE = /^(?:and|but|\p{Ll}+[^s\W]s|\p{Ll}+ed) /u;
const LINE_BREAK = /[\n\r\u2028\u2029]/;
/** " of ", " for ", " at " before a name or "the": where someone named after their title serves. */
const SERVES_AT = / (?:of|for|at) (?=the |\p{Lu})/gu;

/** A possessive's mark: "Acme's", and a plural name's apostrophe alone ("Harbourside Rovers’"). */
const POSSESSIVE = String.raw`(?:['’]s|(?<=s)['’])`;
const POSSESSIVE_END = new RegExp(`${POSSESSIVE}$`);
const POSSESSIVE_BEFORE_WORD = new RegExp(`${POSSESSIVE} `, 'g');

/**
 * "Acme's Chairman" → ["Acme", "Chairman"], as /^(\p{Lu}[^,]*?)['’]s (.+)$/u splits it: the first "'s " (or "s' ") with no
 * comma before it and no line break after it. A loop because that regex retries every "'s " to the end. Not
 * after "of", "for" or "at": "Assistant Attorney General of the Justice Department's Environment Division" is
 * a title and where it serves.
 */
function possessive(p: string): [string, string] | null {
  if (!/^\p{Lu}/u.test(p)) return null;
  // The owner ends at the first "of"/"for"/"at", else at the first comma.
  const serves = p.search(SERVES_AT);
  const ownerEnd = serves === -1 ? p.indexOf(',') : serves;
  const lastBreak = Math.max(...[...'\n\r\u2028\u2029'].map((c) => p.lastIndexOf(c)));
  // "Harbourside Rovers’ chairman": a plural name's possessive is its apostrophe alone.
  for (const m of p.matchAll(POSSESSIVE_BEFORE_WORD)) {
    if (ownerEnd !== -1 && ownerEnd < m.index) return null;
    const end = m.index + m[0].length;
    if (end < p.length && end > lastBreak) return [p.slice(0, m.index), p.slice(end)];
  }
  return null;
}

/** "the company's", "its": an article and a noun of one or two words in the possessive, before a title. */
const OWNED = /^(?:the|its|their|our) ([^\s,'’]+(?: [^\s,'’]+)?)['’]s (?=\S)/iu;

/** "CEO of HKSTP" → title and organization; "Acme's Chairman"; "Head of Research at Acme". */
export function splitEnglishTitle(phrase: string, tables: Tables): { title: string | null; organization: string | null } {
  const p = phrase.trim().replace(/,$/, '');
  if (!p) return { title: null, organization: null };
  const poss = possessive(p);
  if (poss) return { organization: poss[0], title: poss[1].replace(ARTICLE, '') };
  // "the company's chief executive": the title; a common noun names no organization ("the Coalition's" does).
  const owned = OWNED.exec(p);
  if (owned) {
    const { title, organization } = splitEnglishTitle(p.slice(owned[0].length), tables);
    return { title, organization: organization ?? (/^\p{Lu}/u.test(owned[1]!) ? owned[1]! : null) };
  }
  // "WHO Director-General": an acronym, then the title.
  const acronym = /^([A-Z][A-Z0-9&]{1,7}) (\S.*)$/.exec(p);
  if (acronym && isTitle(acronym[2]!, tables) && !isTitle(acronym[1]!, tables)) return { organization: acronym[1]!, title: acronym[2]! };
  const split = (i: number, by: number) => {
    const org = p.slice(i + by).trim();
    // "Deputy Leader of the Council and Executive Member for Climate": a second role after the organization; the
    // title is read whole.
    const second = secondRole(org, tables);
    if (second > 0) return { title: p.replace(ARTICLE, ''), organization: properName(org.slice(0, second)) };
    return { title: p.slice(0, i).replace(ARTICLE, ''), organization: properName(org) };
  };
  const at = p.lastIndexOf(' at ');
  if (at > 0) return split(at, 4);
  const namesWith = (name: string, words: ReadonlySet<string>): boolean => /^[A-Z0-9&]{2,}$/.test(name) || name.toLowerCase().split(/\s+/).some((w) => words.has(w));
  const orgLike = (i: number): boolean => namesWith(p.slice(i + 4), orgNameWords(tables));
  // "Minister of Environment and Climate Change", "Secretary of Energy": a minister's "of" names a portfolio,
  // unless a body (a trade such as Energy names either). "Secretary General of …" is no minister: the word
  // right before the "of" tells.
  const heads = tables.set('portfolioHeads');
  const wordBefore = (i: number): string => p.slice(p.lastIndexOf(' ', i - 1) + 1, i).toLowerCase();
  const portfolio = (i: number): boolean => heads.has(wordBefore(i));
  const suffixes = tables.set('orgSuffixes');
  const ofs: number[] = [];
  // "the Department of Health", "Bank of Lanterns": an "of" after a body's word is inside its name, unless that word
  // ended the title's own "of" ("Chairman of the Board of Acme Corp").
  let titled = false;
  for (let i = p.indexOf(' of '); i > 0; i = p.indexOf(' of ', i + 1)) {
    const inName = suffixes.has(wordBefore(i)) && !titled;
    titled = ofInTitle(p.slice(i + 4), tables);
    if (!inName && !titled && !(portfolio(i) && !namesWith(p.slice(i + 4), suffixes))) ofs.push(i);
  }
  // The "of" after which a proper name runs to the end: the last whose name reads as an organization
  // ("Chief of Staff of HKSTP", "… of the University of Hong Kong", not "of Hong Kong"), else the first;
  // else the last one before a capital ("Chief Executive Officer of the conglomerate").
  const proper = ofs.filter((i) => PROPER_NAME.test(p.slice(i + 4)));
  const whole = [...proper].reverse().find(orgLike) ?? proper[0];
  if (whole !== undefined) return split(whole, 4);
  const last = [...ofs].reverse().find((i) => /^(?:the |[\p{Lu}0-9])/u.test(p.slice(i + 4)));
  if (last !== undefined) return split(last, 4);
  // "Kenya Country Director for WellSpring Alliance": "for" and a name that reads as an organization's; "for"
  // a region, a portfolio or a field ("Executive Member for Climate") is part of the title.
  const by = p.lastIndexOf(' for ');
  if (by > 0 && !portfolio(by) && PROPER_NAME.test(p.slice(by + 5)) && namesWith(p.slice(by + 5), suffixes)) return split(by, 5);
  return orgThenTitle(p, suffixes, tables) ?? { title: p.replace(ARTICLE, ''), organization: null };
}

/** "Harbourside FC head coach", "Northwind Group chief executive": capitalised words ending in a body's word, then the title. */
function orgThenTitle(p: string, suffixes: ReadonlySet<string>, tables: Tables): { title: string; organization: string } | null {
  const words = p.split(' ', ORG_LEAD_WORDS + 1);
  // "A Government spokesman": an article opens a role, not a name.
  if (/^(?:a|an|the)$/i.test(words[0]!)) return null;
  for (let i = 2; i < words.length && /^\p{Lu}/u.test(words[i - 1]!); i++) {
    if (!suffixes.has(words[i - 1]!.toLowerCase())) continue;
    const organization = words.slice(0, i).join(' ');
    const title = p.slice(organization.length + 1);
    if (isTitle(title, tables) && !isTitle(organization, tables)) return { title, organization };
  }
  return null;
}
/** The most words such a name has. */
const ORG_LEAD_WORDS = 6;

/** Where " and " in an organization's name opens a role of the same person ("… Council and Executive Member for …"), or -1. */
function secondRole(org: string, tables: Tables): number {
  for (let i = org.indexOf(' and '); i > 0; i = org.indexOf(' and ', i + 1)) {
    // The words up to the role's own "for", "of" or "at", or a comma: a title, not the rest of a name ("Science and Technology Parks").
    const role = /^[^,]*?(?= (?:for|of|at|in) |,|$)/.exec(org.slice(i + 5, i + 125))![0];
    if (isTitle(role, tables) && !isOrganization(role, tables, [])) return i;
  }
  return -1;
}

/** "Secretary of State for …", "Head of Marketing": what follows this "of" is part of the title, not its organization. */
function ofInTitle(rest: string, tables: Tables): boolean {
  // Four words tell; a longer rest is an organization's name, and is not split for each of its "of"s.
  const words = rest.slice(0, 120).toLowerCase().split(/[\s,]+/, 4);
  const titleOf = tables.set('titleOf');
  return titleOf.has(words[0]!) || titleOf.has(`${words[0]} ${words[1]}`) || (words.length <= 3 && tables.set('departments').has(words[words.length - 1]!));
}

/** Capitalised words with the small words names use: "The Hong Kong University of Science and Technology". */
const PROPER_NAME = /^(?:the )?[\p{Lu}0-9][\p{L}\p{M}\w.&'’-]*(?: (?:[\p{Lu}0-9(][\p{L}\p{M}\w.&'’()-]*|of|and|&|for|the|de|in|on),?)*$/u;

/** An organization cut where a sentence goes on after it: "BioMap signed the agreement" → "BioMap". */
function properName(s: string): string {
  const words = s.split(' ');
  let n = 0;
  // "Terminal Marítima del Pacífico": a name's particles too.
  const small = (w: string): boolean => /^(?:of|and|&|for|the|in|on)$/.test(w) || PARTICLES.has(w);
  while (n < words.length && (/^[\p{Lu}0-9("“]/u.test(words[n]!) || (n > 0 && small(words[n]!)) || (n === 0 && words[n] === 'the'))) n++;
  while (n > 1 && small(words[n - 1]!)) n--;
  const name = words.slice(0, n);
  // "the conglomerate": no name at all, so the words stand as printed.
  return name.some((w) => /^[\p{Lu}0-9]/u.test(w)) ? name.join(' ') : s;
}

/** "A spokesman … today (January 23)": the time words after a speaker, with their bracketed date. */
function withoutTime(p: string, tables: Tables): string {
  const lower = p.toLowerCase().replace(/ ?\([^()]{1,40}\)$/, '');
  for (const w of tables.list('timeWords')) {
    if (/^[a-z]/.test(w) && lower.endsWith(` ${w}`)) return p.slice(0, lower.length - w.length).trim();
  }
  return p;
}

/**
 * "The Minister …, Ms Thandiwe Mokoena, has (today announced)", "He has also (added)", "He further (added)": the
 * verb's auxiliary and adverb, in lower case (Theresa May is a name), are no part of who speaks.
 */
function withoutAuxiliary(p: string, tables: Tables): string {
  let rest = p;
  for (let n = 0; n < 2; n++) {
    const space = rest.lastIndexOf(' ');
    const word = rest.slice(space + 1);
    if (space <= 0 || !(tables.set('reportAuxiliaries').has(word) || tables.set('speechAdverbs').has(word))) break;
    rest = rest.slice(0, space).replace(/,$/, '');
  }
  return rest;
}

/** "Ph.D.", "Michael Gove MP" → "", "Michael Gove": degrees and honours after a name are neither name nor title. */
function withoutPostnominals(part: string, tables: Tables): string {
  const post = tables.set('postnominals');
  const words = part.split(' ');
  let n = words.length;
  while (n > 0 && post.has(words[n - 1]!.toLowerCase().replace(/,$/, ''))) n--;
  return n === words.length ? part : words.slice(0, n).join(' ').replace(/,$/, '');
}

/** "Quote attributable to Jane Doe", "and Jane Doe" → "Jane Doe": the words that lead up to a speaker. */
function withoutSpeakerLead(p: string, tables: Tables): string {
  const lower = p.slice(0, tables.longest('speakerLeads') + 1).toLowerCase();
  for (const w of tables.list('speakerLeads')) {
    if (lower.startsWith(w) && /\s/.test(lower[w.length] ?? '')) return p.slice(w.length).trimStart();
  }
  return p;
}

/**
 * "Lukas Becker (Managing Director, SolarHaus GmbH)" → "Lukas Becker, Managing Director, SolarHaus GmbH"; "Sen. Ted
 * Cruz (R-Texas)", a title before the name, likewise.
 */
function bracketsAsParts(p: string, tables: Tables): string {
  const open = p.endsWith(')') ? p.lastIndexOf('(') : -1;
  if (open < 1) return p;
  const name = p.slice(0, open).trim();
  const inner = p.slice(open + 1, -1);
  return !inner.includes(')') && (isPersonName(name, name, tables) || titleThenName(name, tables)?.kind === 'person') ? `${name}, ${inner}` : p;
}

/** "In a statement, Acme CEO Jane Doe" → "Acme CEO Jane Doe": the phrases that open the sentence before its speaker. */
function withoutLeadIn(p: string, tables: Tables): string {
  const leadIns = tables.set('leadIns');
  // Walked by index: each phrase is scanned once, however many there are.
  let start = 0;
  for (let comma = p.indexOf(', '); comma > start; comma = p.indexOf(', ', start)) {
    const space = p.indexOf(' ', start);
    if (!leadIns.has(p.slice(start, space).toLowerCase()) && !PARTICIPLE.test(p.slice(start, comma))) break;
    start = comma + 2;
  }
  return p.slice(start);
}

/** "Announcing the allocations, …", "Opening the plant, …": a participle and its object, no name (Ming Li is one). */
const PARTICIPLE = /^\p{Lu}\p{Ll}{3,}ing \p{Ll}/u;

export type EnglishSpeaker = { kind: 'person'; speaker: Speaker } | { kind: 'pronoun'; word: string } |
  { kind: 'surname'; honorific: string | null; surname: string; title?: string };

/**
 * An English attribution phrase: "Albert Wong, CEO of HKSTP", "the Secretary for X, Professor Sun Dong",
 * "HKSTP CEO Albert Wong", "The CEO at HKSTP" (a role), "she", "Prof Ma" (a reference to someone named before).
 */
export function parseEnglishSpeaker(phrase: string, tables: Tables): EnglishSpeaker | null {
  const p = bracketsAsParts(withoutAuxiliary(withoutTime(withoutLeadIn(withoutSpeakerLead(phrase.trim(), tables).replace(/[,:]$/, '').trim(), tables), tables), tables), tables);
  // A phrase with a web address in it is a list of links, not who said something.
  if (!p || charsOver(p, 220) || WEB_ADDRESS.test(p)) return null;
  if (tables.pronouns.has(p.toLowerCase())) return { kind: 'pronoun', word: p.toLowerCase() };
  // "Moore says": a family name alone refers to someone named in full before.
  if (SURNAME.test(p) && !isTitle(p, tables)) return { kind: 'surname', honorific: null, surname: p };
  // "Professor Alan Whitcombe of Kesteven University, who advised on the survey, said": the relative clause
  // says nothing about who they are.
  // In lower case: "WHO Director-General" is an organization's title.
  let parts = splitParts(p)
    .filter((x) => !/^(?:who|which|whose|whom)\b/.test(x))
    .map((x) => withoutPostnominals(x, tables))
    .filter(Boolean);
  // "Ferreira, who completed his medical on Thursday, said": the family name alone, once the clause is gone.
  if (parts.length === 1 && parts[0] !== p && SURNAME.test(parts[0]!) && !isTitle(parts[0]!, tables)) return { kind: 'surname', honorific: null, surname: parts[0]! };
  // "Name of Org" / "Name at Org": a person and where they work, with no title.
  for (const part of parts) {
    // "." stops at a line break, so a part with one never matched; [^] with that checked first cannot fail at the
    // end, and so is not retried from every " of ".
    const m = LINE_BREAK.test(part) ? null : part.match(/^([^]+?) (?:of|at|from) (\p{Lu}[^]*)$/u);
    if (m && isPersonName(m[1]!, m[1]!, tables) && parts.length <= 2) {
      const { honorific, rest } = splitLeadingHonorific(m[1]!, tables);
      if (rest.includes(' ')) return { kind: 'person', speaker: { name: rest, honorific, title: null, organization: m[2]! } };
    }
  }
  const nameAt = parts.findIndex((x) => isPersonName(x, x, tables));
  // "The sole creator, Wang Yong Chan, shares his insights": after the name, a verb ("shares", "added") or "and"
  // opens what they do, not a title ("coastal geomorphologist", "a lifelong teacher").
  // ", at a ceremony held …", ", speaking at the launch": where or when they spoke, after a lead-in word and a
  // word in lower case ("at Acme" may say where they work).
  const leadIns = tables.set('leadIns');
  const setting = (x: string): boolean => /^\p{Ll}+ \p{Ll}/u.test(x) && leadIns.has(x.slice(0, x.indexOf(' ')));
  const predicate = parts.findIndex((x, i) => i > nameAt && ((PREDICATE.test(x) && !isTitle(x, tables)) || setting(x)));
  if (nameAt >= 0 && predicate > 0) parts = parts.slice(0, predicate);
  if (nameAt >= 0) {
    const { honorific, rest } = splitLeadingHonorific(parts[nameAt]!, tables);
    const titleParts = parts.filter((_, i) => i !== nameAt && (i > nameAt || isTitle(parts[i]!, tables) || nameAt === parts.length - 1));
    const tp = nameAt === 0 ? parts.slice(1) : titleParts;
    // "Jane Doe, of Acme Research", "…, of the Peat Research Institute and a co-author of the study": where they
    // serve, then what they are after "and a".
    const where = tp.length === 1 ? WHERE.exec(tp[0]!) : null;
    if (where) {
      const role = ROLE_AFTER.exec(where[1]!);
      const organization = role ? where[1]!.slice(0, role.index) : where[1]!;
      return { kind: 'person', speaker: { name: rest, honorific, title: role ? where[1]!.slice(role.index + role[0].length) : null, organization } };
    }
    // "Jane Doe, Head of Energy Policy, EuroSolar Association": a last part that is an organization is the
    // organization, and the parts before it the title, whole.
    const last = tp[tp.length - 1];
    // "Ruth Adeyemi, Staff Engineer, Parcelbird": a last part of a few capitalised words after a title is where
    // they work, though no organization's word ends it (not a department: "Vice President, Marketing").
    const named = tp.length > 1 && isTitle(tp[0]!, tables) && NAME_PART.test(last!) && !isTitle(last!, tables) &&
      !tables.set('departments').has(last!.toLowerCase().split(' ').pop()!) && !tables.regions.has(last!.toLowerCase());
    const { title, organization } = tp.length > 1 && (named || isOrganization(last!, tables, []))
      ? { title: tp.slice(0, -1).join(', '), organization: last! }
      : splitEnglishTitle(tp.join(', '), tables);
    if (honorific && !rest.includes(' ') && !title) return { kind: 'surname', honorific, surname: rest };
    return { kind: 'person', speaker: { name: rest, honorific, title, organization } };
  }
  // "Executive Vice-President Margrethe Vestager, in charge of competition policy": the first part names them,
  // the rest describes.
  // "Olympic champion Josh Adeyemi-Clarke, who learned to row at …": the first part, the relative clause left out.
  // "Assistant Attorney General Daniel K. Morrow of the Justice Department's Criminal Division", "U.S. Attorney
  // Carla M. Vance for the Southern District of Florida": a title and a name, then where they serve.
  if (parts.length === 1 && !LINE_BREAK.test(p)) {
    for (const m of p.matchAll(SERVES_AT)) {
      const t = titleThenName(p.slice(0, m.index), tables);
      if (t?.kind === 'person' && t.speaker.title && t.speaker.name?.includes(' ')) {
        return { kind: 'person', speaker: { ...t.speaker, organization: p.slice(m.index + m[0].length) } };
      }
    }
  }
  let titled = titleThenName(p, tables) ?? (parts.length && parts[0] !== p ? titleThenName(parts[0]!, tables) : null);
  // "Captain Yousef Al Mansoori, Chief Executive Officer of Falcon Crest Airways": a rank before the name, the
  // job after it.
  if (titled?.kind === 'person' && parts.length > 1 && titled.speaker.title && !titled.speaker.title.includes(' ') && !titled.speaker.honorific &&
    isTitle(parts[1]!, tables) && !WHERE.test(parts[1]!)) {
    titled = { kind: 'person', speaker: { ...titled.speaker, honorific: titled.speaker.title, ...splitEnglishTitle(parts[1]!, tables) } };
  }
  // "Sergeant Ryan Holroyd, of the Roads Policing Unit": where they serve.
  const where = parts.length > 1 ? parts[1]!.match(WHERE) : null;
  if (titled?.kind === 'person' && where && !titled.speaker.organization) return { kind: 'person', speaker: { ...titled.speaker, organization: where[1]! } };
  if (titled) return titled;
  const tokens = p.split(/\s+/);
  if (parts.length === 1 && isTitle(p, tables) && p.split(/\s+/).length <= 16) {
    const { title, organization } = splitEnglishTitle(p, tables);
    return { kind: 'person', speaker: { name: null, honorific: null, title, organization } };
  }
  // "When asked about his inspiration, Heetebrij": the capitalised words that end a longer clause.
  let k = tokens.length;
  while (k > 0 && k > tokens.length - 4 && SURNAME.test(tokens[k - 1]!) && !isTitle(tokens[k - 1]!, tables)) k--;
  const tail = tokens.slice(k);
  if (tail.length && k > 0 && /^[a-z,]/.test(tokens[k - 1]!.slice(-1))) {
    if (tail.length === 1) return { kind: 'surname', honorific: null, surname: tail[0]! };
    return { kind: 'person', speaker: { name: tail.join(' '), honorific: null, title: null, organization: null } };
  }
  return null;
}

/** One to four capitalised words: a name. */
const NAME_PART = /^\p{Lu}[\p{L}\p{M}&.'’-]*(?: \p{Lu}[\p{L}\p{M}&.'’-]*){0,3}$/u;

/** "of the Roads Policing Unit", "at Acme Corp": a part that says where someone serves. */
const WHERE = /^(?:of|at|from) (?:the )?(\p{Lu}[^]*)$/u;
/** "… Institute and a co-author of the study": a role after where someone serves. */
const ROLE_AFTER = / and (?:a|an|its|their) (?=\p{Ll})/u;

const PLACE_QUALIFIER_WORDS = 3;
/** "Ward 4 Councillor", "City Councillor": a title word after a capitalised word or two or a number, and nothing else. */
const placeQualified = (before: readonly string[]): boolean =>
  before.length >= 2 && before.length <= PLACE_QUALIFIER_WORDS + 1 && before.slice(0, -1).every((w) => /^(?:\p{Lu}[\p{L}\p{M}'’-]*|\d{1,3})$/u.test(w));

/** A word of a title in capitals: "Meteorologist", "Co-founder", "EMEA". */
const TITLE_CASE = /^(?:\p{Lu}[\p{Ll}\p{M}-]+|[A-Z&]{2,6})$/u;

/** The most tokens a name after its title has, particles among them ("Ahmed bin Saeed Al Maktoum"). */
const NAME_TOKENS = 6;

/**
 * "HKSTP CEO Albert Wong", "Public Works Director Kevin Osei", "HKSTP CEO Dr Albert Wong": a title, then the name;
 * "Mayor Alvarado": a title and a family name, someone named in full before.
 */
function titleThenName(p: string, tables: Tables): EnglishSpeaker | null {
  const tokens = p.split(/\s+/);
  const honorifics = tables.set('honorifics');
  const departments = tables.set('departments');
  for (let k = Math.min(NAME_TOKENS, tokens.length - 1); k >= 1; k--) {
    // A name of up to three words, four with an honorific before them ("Minister of State Dr Tan Mei Ling"), the
    // particles inside it not counted ("Group Financial Director Pieter van der Merwe").
    const inner = tokens.slice(-k + 1, -1).filter((t) => PARTICLES.has(t)).length;
    if (PARTICLES.has(tokens[tokens.length - k]!) || k - inner > 4 || (k - inner === 4 && !honorifics.has(tokens[tokens.length - k]!.toLowerCase()))) continue;
    const name = tokens.slice(-k).join(' ');
    let before = tokens.slice(0, -k);
    // The words before the name must end in a title word ("Mayor", "Public Works Director"), or in one and its
    // department ("Group Manager Infrastructure").
    let end = before.length;
    while (end > 1 && end > before.length - 2 && departments.has(before[end - 1]!.toLowerCase())) end--;
    const last = before[end - 1]!.toLowerCase();
    // "Senior Meteorologist Ms. Alicia Bharath-Ferguson": an honorific that is no title itself ("City Councillor"
    // is one) ends a title of any words; "Today Ms …", "On Monday Dr …" are no titles.
    const opener = tokens[tokens.length - k]!;
    const courtesy = k > 1 && honorifics.has(opener.toLowerCase()) && !isTitle(opener, tables) && before.length <= 4 &&
      before.every((w) => TITLE_CASE.test(w) && !tables.set('leadIns').has(w.toLowerCase()) && !tables.set('timeWords').has(w.toLowerCase()) && !tables.months.has(w.toLowerCase()));
    if (!isTitle(last, tables) && !courtesy) continue;
    // "… and Industry Professor Sun Dong": an honorific after a word that is no title opens the name; but
    // "Ward 4 Councillor Dana Whitford", "City Councillor …": a place's short name before it makes it a title.
    if (honorifics.has(last) && !(before.length > 1 && isTitle(before[before.length - 2]!, tables)) && !placeQualified(before)) continue;
    // "Mayor Kerekere": someone named in full before, by their title and family name.
    if (k === 1 && SURNAME.test(name) && !isTitle(name, tables)) return { kind: 'surname', honorific: null, surname: name, title: before.join(' ') };
    if (k > 1 && isPersonName(name, name, tables)) {
      let { honorific, rest } = splitLeadingHonorific(name, tables);
      // "Associate Professor Jane Doe": after a rank, the honorific ends the title.
      if (honorific && tables.set('ranks').has(last)) {
        before = [...before, honorific];
        honorific = null;
      }
      if (!rest.includes(' ')) continue;
      return { kind: 'person', speaker: { name: rest, honorific, ...titleBefore(before, tables) } };
    }
  }
  return portfolioThenName(tokens, tables);
}

/** "Public Works Director", "HKSTP CEO", "Acme's CEO": the title before a name, with the organization it names. */
function titleBefore(before: readonly string[], tables: Tables): { title: string; organization: string | null } {
  let first = before.findIndex((t) => isTitleWord(t, tables));
  // "Waipārae District Council Group Manager": an organization's word after an organization's name opens the title.
  if (first > 1 && tables.set('orgSuffixes').has(before[first - 1]!.toLowerCase()) && isOrganization(before.slice(0, first - 1).join(' '), tables, [])) first--;
  const lead = first > 0 ? before.slice(0, first).join(' ') : '';
  // Words before the title are its organization when they read as one: an acronym, "Acme's", "Acme Corp";
  // a department's word alone is the title's ("Communications Manager"), and so is a trade before a minister
  // ("Energy Minister": a portfolio).
  const portfolio = first > 0 && tables.set('portfolioHeads').has(before[first]!.toLowerCase()) &&
    !before.slice(0, first).some((w) => tables.set('orgSuffixes').has(w.toLowerCase()));
  // An organization's word alone is the title's too ("Police Chief", "Council Leader"): it names no one body; so does
  // one that opens the words ("Group Financial Director").
  const isOrg = lead !== '' && !tables.set('departments').has(lead.toLowerCase()) && !tables.set('orgSuffixes').has(before[0]!.toLowerCase()) &&
    (/^[A-Z0-9&]{2,}$/.test(lead) || POSSESSIVE_END.test(lead) || (!portfolio && isOrganization(lead, tables, [])));
  return { title: before.slice(isOrg ? first : 0).join(' '), organization: isOrg ? lead.replace(POSSESSIVE_END, '') : null };
}

/** A word of a portfolio: capitalised, or in lower case as British releases print roles ("Director of football"). */
const PORTFOLIO_WORD = /^(?:[\p{Lu}0-9&(][\p{L}\p{M}\w.&'’()-]*,?|\p{Ll}[\p{Ll}\p{M}-]*)$/u;

/**
 * "Secretary of State for Science, Innovation and Technology Peter Kyle", "President of the European Commission
 * Ursula von der Leyen", "head of communications Priya Shah": a title word, its portfolio after "of" or "for",
 * then the name, which takes the last two capitalised words (with an initial, particles or an honorific between
 * or before).
 */
function portfolioThenName(tokens: readonly string[], tables: Tables): EnglishSpeaker | null {
  const link = tokens.findIndex((t) => t === 'of' || t === 'for');
  // The title word opens the phrase or follows a few capitalised words ("Federal Minister for …").
  const head = tokens.findIndex((t) => isTitleWord(t, tables));
  if (link < 1 || head < 0 || head >= link || head > 2 || !tokens.slice(0, head).every((t) => /^\p{Lu}/u.test(t))) return null;
  // "Sergeant Ryan Holroyd, of the Roads Policing Unit": a name and a comma before "of" is no title's portfolio.
  if (tokens.slice(0, link).some((t) => t.endsWith(','))) return null;
  // "Minister of State Dr Tan Mei Ling": an honorific opens the name, of two or three words.
  for (let h = tokens.length - 3; h >= tokens.length - 4 && h > link + 1; h--) {
    const name = tokens.slice(h + 1);
    if (!tables.set('honorifics').has(tokens[h]!.toLowerCase()) || !name.every((t) => SURNAME.test(t) || PARTICLES.has(t))) continue;
    if (!tokens.slice(link + 1, h).every((t) => PORTFOLIO_WORD.test(t))) return null;
    return { kind: 'person', speaker: { name: name.join(' '), honorific: tokens[h]!, ...splitEnglishTitle(tokens.slice(0, h).join(' ').replace(/,$/, ''), tables) } };
  }
  let i = tokens.length - 1;
  if (!SURNAME.test(tokens[i]!)) return null;
  i--;
  while (i > link && PARTICLES.has(tokens[i]!)) i--;
  if (i > link && INITIAL.test(tokens[i]!)) i--;
  // The portfolio keeps at least one word.
  if (i <= link + 1 || !SURNAME.test(tokens[i]!) || isTitle(tokens[i]!, tables)) return null;
  const portfolio = tokens.slice(link + 1, i);
  if (!portfolio.every((t) => PORTFOLIO_WORD.test(t))) return null;
  const name = tokens.slice(i).join(' ');
  // "spokesman for the Environmental Protection Department", "… of Hong Kong": a body's last words, or a place, are
  // no one's name.
  if (!isPersonName(name, name, tables) || tables.regions.has(name.toLowerCase())) return null;
  const honorific = i - 2 > link && tables.set('honorifics').has(tokens[i - 1]!.toLowerCase()) ? tokens[i - 1]! : null;
  const title = tokens.slice(0, honorific ? i - 1 : i).join(' ').replace(/,$/, '');
  return { kind: 'person', speaker: { name, honorific, ...splitEnglishTitle(title, tables) } };
}

export function personOf(speaker: Speaker, at: number, tables: Tables): Person {
  return { ...speaker, at, gender: genderOf(speaker.honorific, tables) };
}

