/**
 * Trimming a run of characters from one end of a string. A loop rather than /[…]+$/: V8 tries that regex from
 * every start inside a long run and rescans the rest each time, quadratic on a run not followed by the end.
 * `strip` tests one character: a bare character class, without the g or y flag.
 */
export function trimEndWhere(s: string, strip: RegExp): string {
  let end = s.length;
  while (end > 0 && strip.test(s[end - 1]!)) end--;
  return s.slice(0, end);
}

export function trimStartWhere(s: string, strip: RegExp): string {
  let start = 0;
  while (start < s.length && strip.test(s[start]!)) start++;
  return s.slice(start);
}

/** `s` with spaces over [start, end): the offsets of what follows hold. */
export const blanked = (s: string, start: number, end: number): string => s.slice(0, start) + ' '.repeat(end - start) + s.slice(end);
