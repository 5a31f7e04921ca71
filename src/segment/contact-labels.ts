import { type Tables, perTables } from '../locales/index.js';
import { escapeRegExp } from '../util/regexp.js';

export type ContactLabelKind = 'phone' | 'fax' | 'email' | 'name';

export interface ContactLabel {
  kind: ContactLabelKind;
  /** Offset of the label and of the value after its colon. */
  start: number;
  valueStart: number;
}

const labelPattern = perTables((tables) => {
  const words = [...tables.list('phoneLabels'), ...tables.list('faxLabels'), ...tables.list('emailLabels'), ...tables.list('nameLabels')];
  const long = words.filter((w) => w.length > 1).sort((a, b) => b.length - a.length).map(escapeRegExp);
  const short = words.filter((w) => w.length === 1).map(escapeRegExp);
  // One-letter labels ("T:", "E:") only after a space or a line start; longer ones may run into a name
  // as PDFs print them ("Agnes WatTel:").
  return new RegExp(`(?:(?<![^\\s(/|])(?:${short.join('|')})|(?:${long.join('|')})) ?:`, 'gi');
});

/** Every phone / fax / e-mail / name label ("Tel:", "電郵：", 联系人：) in a folded line, in order. */
export function contactLabels(fold: string, tables: Tables): ContactLabel[] {
  const re = labelPattern(tables);
  re.lastIndex = 0;
  const phones = tables.set('phoneLabels');
  const faxes = tables.set('faxLabels');
  const names = tables.set('nameLabels');
  const out: ContactLabel[] = [];
  for (let m = re.exec(fold); m; m = re.exec(fold)) {
    const word = m[0].replace(/ ?:$/, '').toLowerCase();
    const kind: ContactLabelKind = phones.has(word) ? 'phone' : faxes.has(word) ? 'fax' : names.has(word) ? 'name' : 'email';
    out.push({ kind, start: m.index, valueStart: m.index + m[0].length });
  }
  return out;
}

const stickyLabelPattern = perTables((tables) => new RegExp(labelPattern(tables).source, 'iy'));

/** The line opens with a contact label ("Tel:", "電郵："): tried at its start only, not scanned through. */
export function startsWithContactLabel(fold: string, tables: Tables): boolean {
  const re = stickyLabelPattern(tables);
  re.lastIndex = 0;
  return re.test(fold);
}

export type ContactColumn = 'name' | 'title' | 'organization' | 'phone' | 'fax' | 'email';

/** A contact table's header row: what each column holds, and how its cells are parted. */
export interface ContactTableHeader {
  columns: ContactColumn[];
  separator: RegExp;
}

// Cells are parted by tabs (a table copied out of Word), bars (a web page's table rows as pressparse reads
// them) or, in text laid out in columns, runs of spaces: a header row's own separator parts its rows.
const TAB = /\t/;
const BAR = /[|｜]/;
export const SPACES = /[ \u3000]{2,}/;
const HEADER_MAX = 160;

/**
 * A row's cells, trimmed; empty ones kept, for a cell's place says its column. A Markdown table's row opens and
 * closes with a bar ("| 姓名 | 電話 |"): no cells there.
 */
export const cellsOf = (text: string, separator: RegExp): string[] => {
  const t = text.trim();
  return (separator === BAR ? t.replace(OUTER_BARS, '') : t).split(separator).map((c) => c.trim());
};
const OUTER_BARS = /^[|｜]|[|｜]$/g;

/** "|----------|:---:|": the rule under a Markdown table's header row. */
export const isTableRule = (text: string): boolean => TABLE_RULE.test(text.trim());
const TABLE_RULE = /^[|｜]? *:?-{3,}:? *(?:[|｜] *:?-{3,}:? *)*[|｜]?$/;

/**
 * "姓名 ⇥ 職位 ⇥ 電話 ⇥ 電郵", "Name | Title | Phone | Email": a folded line of two or more column names, among
 * them a phone, fax or e-mail column (a contact table lists how to reach people).
 */
export function contactTableHeader(fold: string, tables: Tables): ContactTableHeader | null {
  // A header is a few column names: a longer block (most are) is none, and is not split.
  if (fold.length > HEADER_MAX) return null;
  const separator = fold.includes('\t') ? TAB : BAR.test(fold) ? BAR : SPACES;
  if (separator === SPACES && !SPACES.test(fold.trim())) return null;
  const names = cellsOf(fold, separator);
  if (names.length < 2) return null;
  const columns: ContactColumn[] = [];
  for (const name of names) {
    const column = columnOf(name.replace(/[:：]$/, '').trimEnd().toLowerCase(), tables);
    if (!column) return null;
    columns.push(column);
  }
  return columns.some((c) => c === 'phone' || c === 'fax' || c === 'email') ? { columns, separator } : null;
}

function columnOf(word: string, tables: Tables): ContactColumn | null {
  if (tables.set('nameLabels').has(word) || tables.set('nameColumns').has(word)) return 'name';
  if (tables.set('titleColumns').has(word)) return 'title';
  if (tables.set('organizationColumns').has(word)) return 'organization';
  if (tables.set('phoneLabels').has(word)) return 'phone';
  if (tables.set('faxLabels').has(word)) return 'fax';
  if (tables.set('emailLabels').has(word)) return 'email';
  return null;
}
