import type { Tables } from '../../locales/index.js';
import { contactLabels } from '../../segment/contact-labels.js';
import type { Line } from '../../segment/lines.js';
import { scanTokens } from '../../util/tokens.js';

/** What one line of a contact block holds. */
export interface ContactLine {
  /** Text that is neither a label nor a number nor an address: a name, organization or title. */
  free: string[];
  phones: string[];
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
    num = num.replace(/[^\d)]+$/, '').replace(/\s+/g, ' ').trim();
    if ((num.match(/\d/g)?.length ?? 0) >= 6) out.push(num);
  }
  return out;
}

const ONLY_PHONE = /^[\d ()\-.+/／,]+$/;

/** Splits a contact line into its labelled numbers and addresses and its free text. */
export function readContactLine(line: Line, tables: Tables): ContactLine {
  const out: ContactLine = { free: [], phones: [], emails: [] };
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
  });
  const prefix = rest.slice(0, prefixEnd).trim();
  if (prefix) {
    if (ONLY_PHONE.test(prefix)) out.phones.push(...phonesIn(prefix));
    else out.free.push(...splitFree(prefix));
  }
  return out;
}

const SUFFIX_ONLY = /^(?:inc|ltd|llc|llp|plc|corp|co|limited|gmbh|ag|s\.?a)\.?$/i;

/** "Jane Doe, Senior Manager | Acme" → its parts; "Acme Holdings, Inc." stays whole. */
function splitFree(s: string): string[] {
  const parts: string[] = [];
  for (const p of s.split(/\s*[|｜]\s*|\s+[-–]\s+|,\s+/)) {
    if (!p) continue;
    if (SUFFIX_ONLY.test(p) && parts.length) parts[parts.length - 1] += `, ${p}`;
    else parts.push(p);
  }
  return parts;
}
