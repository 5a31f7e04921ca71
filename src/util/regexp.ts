/** Escapes a literal for use inside a RegExp. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/**
 * Whether `re` (a global regex) matches `s` at least `n` times; it stops at the n-th. Counting characters so
 * runs in the regex engine's native scan, several times faster than a loop over the string's characters.
 */
export function hasMatches(s: string, re: RegExp, n: number): boolean {
  re.lastIndex = 0;
  let found = 0;
  while (found < n && re.test(s)) found++;
  return found >= n;
}
