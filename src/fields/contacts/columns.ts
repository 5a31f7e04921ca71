import { type Line, subLine } from '../../segment/lines.js';

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

/** A cell that holds a way to reach someone: an e-mail address or a number of seven digits or more. */
const reaches = (c: Line): boolean => c.text.includes('@') || (c.text.match(/\d/g)?.length ?? 0) >= 7;

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
    return cells.length >= 2 && (reach === 0 || reach === cells.length) && !cells.some((c) => /[:：]$/.test(c.text)) ? cells.length : 0;
  };
  const out: Line[] = [];
  for (let i = 0; i < group.length; ) {
    const n = columns(i);
    let j = i + 1;
    while (n && j < group.length && columns(j) === n) j++;
    if (j - i < 2 || !split.slice(i, j).some((cells) => cells.every(reaches))) {
      out.push(group[i]!);
      i++;
      continue;
    }
    for (let c = 0; c < n; c++) for (let k = i; k < j; k++) out.push(split[k]![c]!);
    i = j;
  }
  return out;
}
