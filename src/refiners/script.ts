import { convertScript } from '../normalize/fold.js';

/** Converts every output string to one Chinese script, leaving `text` (which spans point into) as read. */
export function convertOutput<T extends Record<string, unknown>>(release: T, to: 'zh-Hant' | 'zh-Hans'): T {
  const walk = (v: unknown, key: string): unknown => {
    if (key === 'text' || key === 'spans' || key === 'span' || key === 'language') return v;
    if (typeof v === 'string') return convertScript(v, to);
    if (Array.isArray(v)) return v.map((x) => walk(x, ''));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k === 'text' ? 'itemText' : k)]));
    return v;
  };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(release)) out[k] = walk(v, k);
  return out as T;
}
