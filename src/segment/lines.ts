import { foldForMatching } from '../normalize/fold.js';

export interface Line {
  /** Offsets of the line's content without surrounding white space, in the parser's text. */
  start: number;
  end: number;
  text: string;
  /** `text` folded for matching (same length). */
  fold: string;
  /** Only white space (or nothing). */
  blank: boolean;
  /** The raw line ended with white space: PDF extractors mark a paragraph's last line so. */
  trailingSpace: boolean;
  /** The raw line started with white space (an indent, or a PDF page's first line). */
  indented: boolean;
  /** The line holds a form feed: a page break, which does not end a paragraph. */
  pageBreak: boolean;
}

/** Splits the parser's text into lines with offsets. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    let a = pos;
    let b = nl;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    const t = text.slice(a, b);
    lines.push({
      start: a,
      end: b,
      text: t,
      fold: foldForMatching(t),
      blank: a === b,
      trailingSpace: b < nl && a < b,
      indented: a > pos && a < b,
      pageBreak: text.slice(pos, nl).includes('\f'),
    });
    pos = nl + 1;
  }
  return lines;
}
