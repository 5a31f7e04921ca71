import type { Tables } from '../../locales/index.js';
import { contactLabels } from '../../segment/contact-labels.js';
import type { Line } from '../../segment/lines.js';
import { scanTokens } from '../../util/tokens.js';
import { splitParts } from '../shared/names.js';
import { trimEndWhere } from '../../util/trim.js';

/** What one line of a contact block holds. */
export interface ContactLine {
  /** Text that is neither a label nor a number nor an address: a name, organization or title. */
  free: string[];
  phones: string[];
  faxes: string[];
  emails: string[];
}

const PHONE_START = /[+(\d]/;
const PHONE_CHAR = /[\d ()\-.+]/;

/** Phone numbers in a string, split on "/", "／", ",", ";", "or": each as printed, spaces collapsed. */
export function phonesIn(s: string): string[] {
  const out: string[] = [];
  for (const part of s.split(/[/／,;、]| or | 或 /)) {
    let i = 0;
    while (i < part.length && !PHONE_START.test(part[i]!)) i++;
    let j = i;
    while (j < part.length && PHONE_CHAR.test(part[j]!)) j++;
    let num = part.slice(i, j);
    num = trimEndWhere(num, /[^\d)]/).replace(/\s+/g, ' ').trim();
    // An extension stays with its number: "02-2712-3456 分機 123", "555-0100 ext. 12".
    const ext = part.slice(i + num.length).match(EXTENSION);
    if (ext) num += ext[0].replace(/\s+/g, ' ').trimEnd();
    if ((num.match(/\d/g)?.length ?? 0) >= 6) out.push(num);
  }
  return out;
}

const EXTENSION = /^\s*(?:分機|分机|內線|内线|轉|转|ext\.?|extension|x) ?\d{1,6}/i;

const ONLY_PHONE = /^[\d ()\-.+/／,]+$/;

/** Splits a contact line into its labelled numbers and addresses and its free text. */
export function readContactLine(line: Line, tables: Tables): ContactLine {
  const out: ContactLine = { free: [], phones: [], faxes: [], emails: [] };
  const emails = scanTokens(line.text).filter((t) => t.kind === 'email');
  out.emails.push(...emails.map((t) => t.value));
  // Blank out the addresses so what is left is labels, numbers and words.
  let rest = line.text;
  for (const e of emails) rest = rest.slice(0, e.start) + ' '.repeat(e.end - e.start) + rest.slice(e.end);
  const labels = contactLabels(line.fold, tables);
  const prefixEnd = labels[0]?.start ?? rest.length;
  labels.forEach((l, k) => {
    const value = rest.slice(l.valueStart, labels[k + 1]?.start ?? rest.length);
    if (l.kind === 'phone') out.phones.push(...phonesIn(value));
    if (l.kind === 'fax') out.faxes.push(...phonesIn(value));
    if (l.kind === 'name' && value.trim()) out.free.push(value.trim());
  });
  // An address between words parts them ("Jane Doe jane@acme.com CEO": a name, then a title).
  const cuts = [...emails.filter((e) => e.start < prefixEnd), { start: prefixEnd, end: prefixEnd }];
  let from = 0;
  for (const cut of cuts) {
    // "陳大文，電話：…": the comma before a label ends the words, it is not part of them.
    const piece = trimEndWhere(rest.slice(from, cut.start), /[\s,，、;；]/).trim();
    for (const part of piece ? splitParts(piece) : []) {
      if (ONLY_PHONE.test(part)) out.phones.push(...phonesIn(part));
      else out.free.push(part);
    }
    from = cut.end;
  }
  return out;
}
