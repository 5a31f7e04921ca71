import { foldForMatching } from '../../normalize/fold.js';
import { type Tables, orgNameWords, perTables } from '../../locales/index.js';
import { isTitle } from '../shared/names.js';
import type { Speaker } from '../../schema.js';
import { isHan } from '../../util/chars.js';
import { endsSentence } from './sentences.js';
import type { Gender, Person } from './speaker.js';

/** A capitalised given name right before a family name, after no letter, with an initial: "Tomasz ", "Franklin R. ". */
const GIVEN = /(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}'’-]+ (?:\p{Lu}\. )?)$/u;
const ARTICLES = new Set(['the', 'a', 'an']);
/** A family name after a given one: a capitalised word, its end not inside a longer word. */
const FAMILY = /^\p{Lu}[\p{Ll}\p{M}'’-]+(?![\p{L}\p{M}])/u;

/** What follows a company's short name in its full one: an industry word or a company's ending (電子, 汽车, 公司). */
const companyWords = perTables((tables) => [...tables.cjk('orgWords'), ...tables.cjk('companySuffixes')]);

/** How far back a reference ("he", "Prof Ma", a bare name) may look, in people named: keeps lookups bounded. */
const LOOKBACK = 200;

/**
 * The people a release names, in text order, for resolving speakers. Lookups are bounded, so a text that names
 * thousands of people still parses in linear time.
 */
/** Another mention's honorific for someone, unless their title ends with it (化學與材料學院教授, 教授 elsewhere). */
export const honorificBeside = (honorific: string | null, title: string | null): string | null =>
  honorific && title?.endsWith(honorific) ? null : honorific;

export class People {
  private readonly list: Person[] = [];
  private readonly merged = new Map<string, Person>();

  /** `text`: the parser's text, where people are named. */
  constructor(private readonly text: string, private readonly tables: Tables) {}

  /**
   * "said Welling-Ashby": the full name the text gave that family name before `at` ("director Tomasz
   * Welling-Ashby"), from its first few mentions, as news style names someone in full first; null when it gave none.
   */
  fullName(surname: string, at: number): string | null {
    let i = this.text.indexOf(surname);
    for (let tries = 0; i > 0 && i < at && tries < 20; tries++, i = this.text.indexOf(surname, i + 1)) {
      if (/[\p{L}\p{M}]/u.test(this.text[i + surname.length] ?? '')) continue;
      const window = this.text.slice(Math.max(0, i - 40), i);
      const m = GIVEN.exec(window);
      // "So Robinson wrote": a sentence's first word is no given name either.
      const lead = m ? window.slice(0, m.index) : '';
      const edge = lead.trimEnd();
      const given = m && edge && !edge.endsWith(':') && !endsSentence(edge, this.tables) && !lead.slice(edge.length).includes('\n') ? m[1] : undefined;
      // "Director Welling-Ashby", "The Welling-Ashby family": a title, honorific or article is no given name.
      const word = given?.trim().toLowerCase() ?? '';
      if (given && !ARTICLES.has(word) && !this.tables.set('honorifics').has(word) && !isTitle(word, this.tables)) return `${given}${surname}`;
    }
    return null;
  }
  /**
   * "said Maisie" after "Maisie Harland, 15, from Doncaster, has cared …": the full name a given name opened before
   * `at`, as a story names someone in full first and by their first name after; null when it opened none.
   */
  givenName(given: string, at: number): string | null {
    const from = `${given} `;
    let i = this.text.indexOf(from);
    for (let tries = 0; i >= 0 && i < at && tries < 20; tries++, i = this.text.indexOf(from, i + 1)) {
      if (i > 0 && /[\p{L}\p{M}]/u.test(this.text[i - 1]!)) continue;
      const family = FAMILY.exec(this.text.slice(i + from.length, i + from.length + 40))?.[0];
      if (family && !this.tables.set('titleHeads').has(family.toLowerCase()) && !orgNameWords(this.tables).has(family.toLowerCase())) return `${given} ${family}`;
    }
    return null;
  }

  /**
   * 宏碩 in a release that prints 宏碩電子 or 宏碩公司 where a clause starts: a company's short name, which reads
   * as a person's. Inside a clause (借助手术机器人) the words may be any two.
   */
  isCompanyHead(name: string): boolean {
    const heads = companyWords(this.tables);
    let i = this.text.indexOf(name);
    for (let tries = 0; i !== -1 && tries < 20; tries++, i = this.text.indexOf(name, i + 1)) {
      if (i > 0 && isHan(this.text[i - 1]!)) continue;
      const next = foldForMatching(this.text.slice(i + name.length, i + name.length + 4));
      if (heads.some((w) => next.startsWith(w))) return true;
    }
    return false;
  }

  /** 宏碩財務長 where the release names 宏碩電子: the company's short name, then the title. */
  withCompanyHead<T extends Speaker>(s: T): T {
    const title = s.title;
    if (!title || s.organization || !isHan(title[0]!)) return s;
    for (let k = 2; k <= 4 && k < title.length - 1; k++) {
      const rest = title.slice(k);
      if (isHan(title[k - 1]!) && isTitle(foldForMatching(rest), this.tables) && this.isCompanyHead(title.slice(0, k))) return { ...s, organization: title.slice(0, k), title: rest };
    }
    return s;
  }

  add(person: Person): void {
    const p = this.withCompanyHead(person);
    // After everyone named at the same place already: people at one offset keep the order they were added in.
    this.list.splice(this.bound(p.at, true), 0, p);
    if (!p.name) return;
    const m = this.merged.get(p.name);
    if (!m) this.merged.set(p.name, { ...p });
    else {
      m.title ??= p.title;
      m.organization ??= p.organization;
      m.honorific ??= p.honorific;
    }
  }

  /**
   * The person with the title, organization and honorific other mentions of the same name give; not an honorific
   * their title ends with (化學與材料學院教授陳立峰, named 陳立峰教授 before).
   */
  enrich(p: Person): Person {
    const m = p.name ? this.merged.get(p.name) : undefined;
    if (!m) return p;
    const title = p.title ?? m.title;
    return { ...p, title, organization: p.organization ?? m.organization, honorific: p.honorific ?? honorificBeside(m.honorific, title) };
  }

  /** Index of the first person named at or after `at`, or with `after`, strictly after it (binary search). */
  private bound(at: number, after: boolean): number {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const a = this.list[mid]!.at;
      if (a < at || (after && a === at)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The first person named in `[from, to)`. */
  firstIn(from: number, to: number): Person | null {
    const p = this.list[this.bound(from, false)];
    return p && p.at < to ? this.enrich(p) : null;
  }

  /** The last person named before `at` that `test` accepts, looking back a bounded number of people. */
  lastBefore(at: number, test: (p: Person) => boolean): Person | null {
    const end = this.bound(at, false);
    for (let i = end - 1; i >= Math.max(0, end - LOOKBACK); i--) {
      const p = this.list[i]!;
      if (p.name && test(p)) return this.enrich(p);
    }
    return null;
  }

  /** The last person named before `at` whom a pronoun of this gender can refer to. */
  pronoun(at: number, gender: Gender): Person | null {
    return this.lastBefore(at, (p) => gender === null || p.gender === null || p.gender === gender);
  }

  /** The last person named before `at` whose folded name starts `fold` (溫啟賢在致辭時說). */
  namedAtStartOf(fold: string, at: number): Person | null {
    return this.lastBefore(at, (p) => fold.startsWith(foldForMatching(p.name!)));
  }

  /** Everyone named, in text order. */
  all(): readonly Person[] {
    return this.list;
  }

  /** Names of the people named most recently, for finding them named again by name alone. */
  recentNames(limit = 50): string[] {
    const names = new Set<string>();
    for (let i = this.list.length - 1; i >= 0 && names.size < limit; i--) {
      const n = this.list[i]!.name;
      if (n && n.length >= 2) names.add(n);
    }
    return [...names];
  }
}
