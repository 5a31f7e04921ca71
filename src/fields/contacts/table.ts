import { type ContactTableHeader, SPACES, cellsOf } from '../../segment/contact-labels.js';
import type { Line } from '../../segment/lines.js';
import { scanTokens } from '../../util/tokens.js';
import { phonesIn } from './lines.js';

/** One row of a contact table, read by its columns. */
export interface TableRow {
  name: string | null;
  title: string | null;
  organization: string | null;
  phones: string[];
  faxes: string[];
  emails: string[];
}

/**
 * A line read as a row under `header`, or null when it is none: a single cell, or, in text laid out with
 * spaces (where an empty cell leaves no trace), another number of cells than the header's.
 */
export function tableRow(line: Line, header: ContactTableHeader): TableRow | null {
  const values = cellsOf(line.text, header.separator);
  if (values.length < 2 || values.length > header.columns.length) return null;
  if (header.separator === SPACES && values.length !== header.columns.length) return null;
  const row: TableRow = { name: null, title: null, organization: null, phones: [], faxes: [], emails: [] };
  values.forEach((value, i) => {
    if (!value) return;
    const column = header.columns[i]!;
    if (column === 'phone') row.phones.push(...phonesIn(value));
    else if (column === 'fax') row.faxes.push(...phonesIn(value));
    else if (column === 'email') row.emails.push(...scanTokens(value).filter((t) => t.kind === 'email').map((t) => t.value));
    else row[column] ??= value;
  });
  return row.name !== null || row.organization !== null || row.phones.length || row.emails.length ? row : null;
}
