import type { Tables } from '../../locales/index.js';
import { COPYRIGHT } from '../../segment/line-kinds.js';
import type { Block } from '../../segment/blocks.js';
import { NAME_LINK } from './names.js';

/** The mark and the year(s) before the holder's name: "© 2025 ", "Copyright © 2019-2025 ", "(c) 2024, ". */
const LEAD = /^(?:copyright ?)?(?:©|\(c\))? ?(?:(?:19|20)\d{2}(?: ?[-–] ?(?:19|20)\d{2})?,? ?)?/i;
/** Where the holder's name ends at the latest: a bar, "All rights reserved", a company number, 版权所有. */
const AFTER_NAME = /\||·|all rights|abn\b|acn\b|company (?:no|number)|registered|版权所有/i;

/**
 * The names of the holders a release's copyright lines give ("© 2025 Kookaburra Mobile Pty Ltd ABN 61 …"), folded:
 * a web page's footer names its publisher, who often names itself no other way. The name runs over its capitalised
 * words and ends at its last company suffix when it has one ("… Pty Ltd"), a Chinese one over its characters.
 */
export function copyrightHolders(blocks: readonly Pick<Block, 'fold'>[], tables: Tables): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    const line = b.fold.trim();
    if (line.length > 200 || !COPYRIGHT.test(line)) continue;
    const rest = line.slice(LEAD.exec(line)![0].length);
    const cut = rest.search(AFTER_NAME);
    const name = holderName((cut < 0 ? rest : rest.slice(0, cut)).trimEnd(), tables);
    if (name) out.push(name);
  }
  return out;
}

function holderName(s: string, tables: Tables): string | null {
  const han = /^[\u3400-\u9fff]+/.exec(s);
  if (han) return han[0].length >= 4 ? han[0] : null;
  const words = s.split(' ');
  const suffixes = tables.set('orgSuffixes');
  let n = 0;
  while (n < words.length && (/^[\p{Lu}0-9&]/u.test(words[n]!) || (n > 0 && NAME_LINK.test(words[n]!)))) {
    // "Acme Robotics. Terms of use": a full stop after a word that is no suffix ends the name.
    if (words[n++]!.endsWith('.') && !suffixes.has(words[n - 1]!.toLowerCase())) break;
  }
  let end = n;
  while (end > 0 && !suffixes.has(words[end - 1]!.toLowerCase().replace(/,$/, ''))) end--;
  // "The Regents of the University of California": a suffix the name goes on after.
  if (end < n && NAME_LINK.test(words[end]!)) end = n;
  // "Acme Inc." keeps its dot; "Acme Robotics. All rights reserved." ends a sentence.
  const name = end ? words.slice(0, end).join(' ').replace(/,$/, '') : words.slice(0, n).join(' ').replace(/[.,]$/, '');
  return name.length >= 2 ? name : null;
}
