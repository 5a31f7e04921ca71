import { foldForMatching } from '../normalize/fold.js';
import { en } from './en.js';
import { de, es, fr, ja } from './other.js';
import type { Locale } from './types.js';
import { zh } from './zh.js';

export type { Locale } from './types.js';

/** Every language pressparse knows; adding one is a file and a line here. */
export const LOCALES: readonly Locale[] = [en, zh, fr, de, es, ja];

/** Languages extracted in depth; others get headline, body, date, links, emails and phones. */
export const SUPPORTED = new Set(['en', 'zh-Hant', 'zh-Hans']);

type PatternKey = {
  [K in keyof Locale]: Locale[K] extends RegExp | null ? K : never;
}[keyof Locale];
type ListKey = { [K in keyof Locale]: Locale[K] extends readonly string[] ? K : never }[keyof Locale];

/** All locales' tables merged, in the shape the extractors use. */
export interface Tables {
  /** The first locale pattern of this kind that matches `folded`. */
  match(key: PatternKey, folded: string): RegExpExecArray | null;
  /** All locales' words of this kind, longest first. */
  list(key: ListKey): readonly string[];
  /** The same as a set. */
  set(key: ListKey): ReadonlySet<string>;
  /** The words of this kind that do not start with a Latin letter (the Chinese ones), longest first. */
  cjk(key: ListKey): readonly string[];
  /** The length of the longest word of this kind: a longer text cannot be one, and skips the set's costly key. */
  longest(key: ListKey): number;
  months: ReadonlyMap<string, number>;
  regions: ReadonlyMap<string, string>;
  timeZones: ReadonlyMap<string, string>;
  pronouns: ReadonlyMap<string, 'f' | 'm' | null>;
  locales: readonly Locale[];
}

/**
 * A value derived from the tables (a pattern or a set built from their word lists), built on first use and kept
 * for each table set: most are asked for on every line.
 */
export function perTables<T>(build: (tables: Tables) => T): (tables: Tables) => T {
  const cache = new WeakMap<Tables, T>();
  return (tables) => {
    let value = cache.get(tables);
    if (value === undefined) cache.set(tables, (value = build(tables)));
    return value;
  };
}

/** The words that make a Latin-script name an organization's: what it is (Ltd, Council) or its trade (Energy). */
export const orgNameWords = perTables((tables) => new Set([...tables.list('orgSuffixes'), ...tables.list('orgWords')]));

/**
 * An English title word ("CEO", "Minister", "Sen.", "Sgt."), in any case: abbreviations are listed without their
 * dot, as every lookup drops it.
 */
export function isTitleWord(word: string, tables: Tables): boolean {
  const w = word.toLowerCase();
  return tables.set('titleHeads').has(w.endsWith('.') ? w.slice(0, -1) : w);
}

export function buildTables(locales: readonly Locale[] = LOCALES): Tables {
  const lists = new Map<ListKey, string[]>();
  const sets = new Map<ListKey, Set<string>>();
  const list = (key: ListKey): readonly string[] => {
    let l = lists.get(key);
    if (!l) {
      // Entries are folded like the text they are matched against, so a table may use either Chinese script.
      const words = locales.flatMap((loc) => loc[key] as readonly string[]).map((w) => foldForMatching(w).toLowerCase());
      l = [...new Set(words)].sort((a, b) => b.length - a.length);
      lists.set(key, l);
    }
    return l;
  };
  const cjkLists = new Map<ListKey, readonly string[]>();
  // Each kind's patterns in locale order, without the locales that have none. Gathered once: `match` runs
  // many times on every line, and reading a different key of each locale object every time is slow.
  const patterns = new Map<PatternKey, RegExp[]>();
  return {
    match(key, folded) {
      let res = patterns.get(key);
      if (!res) patterns.set(key, (res = locales.flatMap((loc) => loc[key] ?? [])));
      for (const re of res) {
        const m = re.exec(folded);
        if (m) return m;
      }
      return null;
    },
    list,
    set(key) {
      let s = sets.get(key);
      if (!s) {
        s = new Set(list(key));
        sets.set(key, s);
      }
      return s;
    },
    cjk(key) {
      let l = cjkLists.get(key);
      if (!l) cjkLists.set(key, (l = list(key).filter((w) => !/^[a-z]/.test(w))));
      return l;
    },
    longest(key) {
      return list(key)[0]?.length ?? 0;
    },
    months: new Map(locales.flatMap((loc) => Object.entries(loc.months))),
    regions: new Map(locales.flatMap((loc) => Object.entries(loc.regions)).map(([k, v]) => [foldForMatching(k).toLowerCase(), v])),
    pronouns: new Map(locales.flatMap((loc) => Object.entries(loc.pronouns))),
    timeZones: new Map(locales.flatMap((loc) => Object.entries(loc.timeZones)).map(([k, v]) => [foldForMatching(k).toLowerCase(), v])),
    locales,
  };
}
