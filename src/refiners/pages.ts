import type { PressRelease, Span } from '../schema.js';

/** For a PDF, every span gets the page it starts on as a third number: `[start, end, page]`. */
export function withPages<T extends Pick<PressRelease, 'source'>>(release: T): T {
  const offsets = release.source.pageOffsets;
  if (!offsets?.length) return release;
  const page = (start: number): number => {
    let lo = 0;
    let hi = offsets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (offsets[mid]! <= start) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const isSpan = (v: unknown): v is Span => Array.isArray(v) && v.length === 2 && typeof v[0] === 'number' && typeof v[1] === 'number';
  const walk = (v: unknown, inSpans: boolean): unknown => {
    if (isSpan(v) && inSpans) return [v[0], v[1], page(v[0])];
    if (Array.isArray(v)) return v.map((x) => walk(x, inSpans));
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'source' || k === 'text' ? x : walk(x, inSpans || k === 'span' || k === 'spans')]));
    }
    return v;
  };
  return walk(release, false) as T;
}
