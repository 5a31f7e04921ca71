/** Escapes a literal for use inside a RegExp. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** A UTF-16 unit written as a RegExp escape (\uXXXX), for building a character class from code units. */
export const unitEscape = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;

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
