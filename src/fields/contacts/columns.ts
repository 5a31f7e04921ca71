import { type Line, subLine } from '../../segment/lines.js';
import { trimEndWhere } from '../../util/trim.js';

/** White space between words or columns: a gap is a tab, or three spaces or more. */
const WHITE = /[\t \u3000]+/g;

/** A line's cells, each a line of its own with offsets into the parser's text. */
function cellsOf(l: Line): Line[] {
  const out: Line[] = [];
  const cell = (a: number, b: number): Line => ({ ...subLine(l, a, b), indented: false, trailingSpace: false });
  let from = 0;
  for (const m of l.text.matchAll(WHITE)) {
    if (m[0].length < 3 && !m[0].includes('\t')) continue;
    out.push(cell(from, m.index));
    from = m.index + m[0].length;
  }
  out.push(cell(from, l.text.length));
  return out;
}

/**
 * A line cut where the cells of the line above it start, each cut at a single space before a word, its cells all
 * ways to reach someone; null when it does not so fit.
 */
function cellsAt(l: Line, above: Line, cells: readonly Line[]): Line[] | null {
  if (l.blank) return null;
  const cuts = cells.slice(1).map((c) => c.start - above.start);
  const out: Line[] = [];
  let from = 0;
  for (const at of [...cuts, l.text.length]) {
    if (at <= from || (at < l.text.length && (l.text[at - 1] !== ' ' || l.text[at] === ' '))) return null;
    out.push({ ...subLine(l, from, trimEndWhere(l.text.slice(0, at), /\s/).length), indented: false, trailingSpace: false });
    from = at;
  }
  return out.every(reaches) ? out : null;
}

/**
 * "Tel:      +852 …": a label in a column of its own before its value, not two columns; a heading over each column
 * ("Investor Contact:      Media Contact:") ends each cell with its colon.
 */
const labelAndValue = (cells: readonly Line[]): boolean => {
  const labels = cells.filter((c) => /[:：]$/.test(c.text)).length;
  return labels > 0 && labels < cells.length;
};

/** A cell that holds a way to reach someone: an e-mail address or a number of seven digits or more. */
const reaches = (c: Line): boolean => c.text.includes('@') || (c.text.match(/\d/g)?.length ?? 0) >= 7;

/**
 * "Investors                Media" over "Fiona Delaney            Tom Hargreaves" over "Acme Ltd   +61 412 …": columns
 * whose cells start at the same places on three lines or more, one line a row of names (no number or address in
 * it), though other lines mix names and numbers; lines after them with fewer cells, each under a column's start
 * ("investors@acme.com" under the first), go on in those columns. A row per contact has a number in every row.
 */
function alignedColumns(group: readonly Line[], split: readonly Line[][], i: number): { lines: Line[]; end: number } | null {
  const starts = (k: number): number[] => split[k]!.map((c) => c.start - group[k]!.start);
  const at = starts(i);
  const same = (k: number): boolean => split[k]!.length === at.length && starts(k).every((x, c) => x === at[c]) && !labelAndValue(split[k]!);
  if (at.length < 2 || !same(i)) return null;
  let end = i + 1;
  while (end < group.length && same(end)) end++;
  if (end - i < ALIGNED_ROWS || !split.slice(i, end).some((cells) => !cells.some(reaches))) return null;
  const columns: Line[][] = at.map(() => []);
  for (let k = i; k < end; k++) split[k]!.forEach((c, n) => columns[n]!.push(c));
  for (; end < group.length && split[end]!.length; end++) {
    const place = starts(end).map((x) => at.indexOf(x));
    if (place.includes(-1)) break;
    split[end]!.forEach((c, n) => columns[place[n]!]!.push(c));
  }
  return { lines: columns.flat(), end };
}
const ALIGNED_ROWS = 3;

/**
 * Contacts printed side by side ("Fiona Lee          Harrison Lowe" over "Managing Director   Investor Relations"
 * over their numbers): two or more lines in a row that split into the same number of columns are read column by
 * column. Each line's columns hold the same kind of thing, and one line's are all numbers or addresses: a row
 * per contact ("Jane Roe   +852 …   jane@…") mixes them, and is read as printed. A label in a column of its own
 * ("Tel:      +852 …") is a label and its value, not two contacts.
 */
export function columnsFirst(group: readonly Line[]): Line[] {
  const split = group.map((l) => (l.blank ? [] : cellsOf(l)));
  const columns = (i: number): number => {
    const cells = split[i]!;
    const reach = cells.filter(reaches).length;
    return cells.length >= 2 && (reach === 0 || reach === cells.length) && !labelAndValue(cells) ? cells.length : 0;
  };
  const out: Line[] = [];
  for (let i = 0; i < group.length; ) {
    const n = columns(i);
    let j = i + 1;
    while (n && j < group.length && columns(j) === n) j++;
    // "Email: weiling.tan@… Email: darren.oei@…": a row of addresses with a single space where the columns
    // above it start, its first column too long for a wider gap.
    for (let cells: Line[] | null; n && j - i >= 2 && j < group.length && (cells = cellsAt(group[j]!, group[j - 1]!, split[j - 1]!)) !== null; j++) split[j] = cells;
    if (j - i < 2 || !split.slice(i, j).some((cells) => cells.every(reaches))) {
      const aligned = alignedColumns(group, split, i);
      if (aligned) {
        out.push(...aligned.lines);
        i = aligned.end;
        continue;
      }
      out.push(group[i]!);
      i++;
      continue;
    }
    for (let c = 0; c < n; c++) for (let k = i; k < j; k++) out.push(split[k]![c]!);
    i = j;
  }
  return out;
}
