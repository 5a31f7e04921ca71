import type { Line } from './lines.js';
import { isCjk, isLatinLetter, isLower } from '../util/chars.js';
import { Mapped } from '../util/mapped.js';

/**
 * Joins wrapped lines into one string: nothing between lines that meet at a Chinese character, a hyphen at a
 * line end dropped before a lowercase letter ("manufac-" + "turing") unless it joins a compound after one of
 * `compoundHeads` ("super-" + "connector", kept with no space), one space otherwise.
 */
export function joinLines(text: string, lines: readonly Line[], compoundHeads: ReadonlySet<string>): Mapped {
  const m = new Mapped();
  lines.forEach((l, i) => {
    let end = l.end;
    const next = lines[i + 1];
    if (next) {
      const last = text[end - 1];
      const first = next.text[0];
      // A word cut at a hyphen joins without a space, the hyphen kept only in a compound.
      const hyphen = last === '-' && isLatinLetter(text[end - 2]) && isLower(first);
      if (hyphen && !compoundHeads.has(wordBefore(text, end - 1))) end--;
      m.pushSource(text, l.start, end);
      if (!hyphen && !isCjk(last) && !isCjk(first)) m.pushInserted(' ');
    } else {
      m.pushSource(text, l.start, end);
    }
  });
  return m;
}

/** The letters right before offset `i`, lower case. */
function wordBefore(text: string, i: number): string {
  let a = i;
  while (a > 0 && isLatinLetter(text[a - 1])) a--;
  return text.slice(a, i).toLowerCase();
}
