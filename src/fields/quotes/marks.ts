/** Quotation-mark spans in one paragraph, found in a single left-to-right pass. */
export interface MarkSpan {
  /** Offsets of the opening mark and of the closing mark (or the paragraph end when it stays open). */
  open: number;
  close: number;
  closed: boolean;
}

/** The closing mark of an opening one. By code unit: this runs on every character of every paragraph. */
function closerOf(code: number): string | undefined {
  switch (code) {
    case 0x300c: return '」';
    case 0x300e: return '』';
    case 0x201c: return '”';
    case 0x22: return '"';
    case 0x2018: return '’';
    case 0x27: return "'";
    case 0xfe41: return '﹂';
    default: return undefined;
  }
}
const letter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Top-level quotation spans; marks nested inside a span stay part of it. */
export function findMarks(s: string): MarkSpan[] {
  const out: MarkSpan[] = [];
  let i = 0;
  while (i < s.length) {
    const closer = closerOf(s.charCodeAt(i));
    if (closer === undefined || !opens(s, i)) {
      i++;
      continue;
    }
    const ch = s[i]!;
    let depth = 1;
    let j = i + 1;
    for (; j < s.length; j++) {
      const c = s[j]!;
      if (c === closer && closes(s, j, i)) {
        depth--;
        if (depth === 0) break;
      } else if (c === ch && ch !== '"' && ch !== "'" && opens(s, j)) depth++;
    }
    const closed = j < s.length;
    // A straight single quote that never closes was an apostrophe ('90s, 'em), not a quotation.
    if (!closed && ch === "'") {
      i++;
      continue;
    }
    out.push({ open: i, close: j, closed });
    i = j + 1;
  }
  return out;
}

function opens(s: string, i: number): boolean {
  const ch = s[i];
  // Straight and single quotes double as apostrophes and inch marks: open only after a non-letter; a straight
  // single quote ('This is …,' said …, as British and Canadian releases print speech) only before a letter.
  if (ch === '"' || ch === '‘') return !letter(s[i - 1]) && s[i + 1] !== undefined && !/\s/.test(s[i + 1]!);
  if (ch === "'") return !letter(s[i - 1]) && letter(s[i + 1]);
  return true;
}

function closes(s: string, j: number, open: number): boolean {
  if (s[j] !== '’' && s[j] !== "'") return true;
  // ’ between letters is an apostrophe (city’s), not a closing mark; after a plural (students’ work) it is
  // one too, unless the quote is a short term (‘super-connector’): speech closes after punctuation.
  if (letter(s[j - 1]) && letter(s[j + 1])) return false;
  return j - open <= 40 || /[,.!?;:…—-]/.test(s[j - 1] ?? '') || /^[,.;:!?)]|^$/.test(s[j + 1] ?? '');
}
