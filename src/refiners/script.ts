import { convertScript } from '../normalize/fold.js';

/**
 * Applies `f` to every output string but `text` (which spans point into), `language` and `source`. Objects and
 * arrays in which nothing changes are returned as they are: most releases have nothing to clean.
 */
function mapStrings<T extends Record<string, unknown>>(release: T, f: (s: string) => string): T {
  const walk = (v: unknown, key: string): unknown => {
    if (key === 'text' || key === 'spans' || key === 'span' || key === 'language' || key === 'source') return v;
    if (typeof v === 'string') return f(v);
    if (Array.isArray(v)) {
      const mapped = v.map((x) => walk(x, ''));
      return mapped.some((x, i) => x !== v[i]) ? mapped : v;
    }
    if (v && typeof v === 'object') {
      let out: Record<string, unknown> | null = null;
      for (const [k, x] of Object.entries(v)) {
        const y = walk(x, k === 'text' ? 'itemText' : k);
        if (y !== x) (out ??= { ...v })[k] = y;
      }
      return out ?? v;
    }
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
