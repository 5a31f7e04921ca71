import type { Tables } from '../locales/index.js';
import { escapeRegExp } from '../util/regexp.js';

export type ContactLabelKind = 'phone' | 'fax' | 'email' | 'name';

export interface ContactLabel {
  kind: ContactLabelKind;
  /** Offset of the label and of the value after its colon. */
  start: number;
  valueStart: number;
}

const cache = new WeakMap<Tables, RegExp>();

function labelPattern(tables: Tables): RegExp {
  let re = cache.get(tables);
  if (!re) {
    const words = [...tables.list('phoneLabels'), ...tables.list('faxLabels'), ...tables.list('emailLabels'), ...tables.list('nameLabels')];
    const long = words.filter((w) => w.length > 1).sort((a, b) => b.length - a.length).map(escapeRegExp);
    const short = words.filter((w) => w.length === 1).map(escapeRegExp);
    // One-letter labels ("T:", "E:") only after a space or a line start; longer ones may run into a name
    // as PDFs print them ("Agnes WatTel:").
    re = new RegExp(`(?:(?<![^\\s(/|])(?:${short.join('|')})|(?:${long.join('|')})) ?:`, 'gi');
    cache.set(tables, re);
  }
  return re;
}

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

const stickyCache = new WeakMap<Tables, RegExp>();

/** The line opens with a contact label ("Tel:", "電郵："): tried at its start only, not scanned through. */
export function startsWithContactLabel(fold: string, tables: Tables): boolean {
  let re = stickyCache.get(tables);
  if (!re) stickyCache.set(tables, (re = new RegExp(labelPattern(tables).source, 'iy')));
  re.lastIndex = 0;
  return re.test(fold);
}
