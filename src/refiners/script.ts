import { convertScript } from '../normalize/fold.js';

/** Applies `f` to every output string but `text` (which spans point into), `language` and `source`. */
function mapStrings<T extends Record<string, unknown>>(release: T, f: (s: string) => string): T {
  const walk = (v: unknown, key: string): unknown => {
    if (key === 'text' || key === 'spans' || key === 'span' || key === 'language' || key === 'source') return v;
    if (typeof v === 'string') return f(v);
    if (Array.isArray(v)) return v.map((x) => walk(x, ''));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k === 'text' ? 'itemText' : k)]));
    return v;
  };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(release)) out[k] = walk(v, k);
  return out as T;
}

/** Converts every output string to one Chinese script. */
export const convertOutput = <T extends Record<string, unknown>>(release: T, to: 'zh-Hant' | 'zh-Hans'): T =>
  mapStrings(release, (s) => convertScript(s, to));

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/** Drops zero-width characters (PDF and web debris) from extracted values; `text` keeps them. */
export const cleanOutput = <T extends Record<string, unknown>>(release: T): T =>
  mapStrings(release, (s) => {
    const t = s.replace(INVISIBLE, '');
    return t === s ? s : t.trim();
  });
