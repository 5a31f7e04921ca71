
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

/** The part of a line from `a` to `b` (offsets in its text), as a line of its own. */
export const subLine = (l: Line, a: number, b: number): Line =>
  ({ ...l, start: l.start + a, end: l.start + b, text: l.text.slice(a, b), fold: l.fold.slice(a, b) });

/** Splits the parser's text into lines with offsets; `folded` is the text folded for matching. */
export function splitLines(text: string, folded: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    let a = pos;
    let b = nl;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    [a, b] = withoutMarkup(text, a, b);
    const t = text.slice(a, b);
    lines.push({
      start: a,
      end: b,
      text: t,
      fold: folded.slice(a, b),
      blank: a === b,
      trailingSpace: b < nl && a < b,
      indented: a > pos && a < b,
      pageBreak: text.slice(pos, nl).includes('\f'),
    });
    pos = nl + 1;
  }
  return lines;
}

const MD_HEADING = /^#{1,6} (?=.*[\p{L}\p{N}])/u;
// Inside the markers no further star or underscore: "***END***" is an end mark as printed.
const MD_EMPHASIS = /^(\*{1,2}|_{1,2})(?=[^\s*_])(?=.*[\p{L}\p{N}])(.*[^\s*_])\1$/u;

/**
 * A markdown heading's "## " and a whole line's emphasis markers ("*Posted on …*") are formatting: the line's
 * content starts after them. ("# # #" and "***" stay: they are end marks.)
 */
function withoutMarkup(text: string, a: number, b: number): [number, number] {
  const line = text.slice(a, b);
  const h = line.match(MD_HEADING);
  if (h && !/^#( #)+$/.test(line)) {
    a += h[0].length;
    const closing = text.slice(a, b).match(/ #+$/);
    if (closing) b -= closing[0].length;
  }
  const e = text.slice(a, b).match(MD_EMPHASIS);
  if (e) {
    a += e[1]!.length;
    b -= e[1]!.length;
  }
  return [a, b];
}
