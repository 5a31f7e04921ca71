/** What a release defines: the short names it gives organizations, and the one its own word for itself stands for. */
import type { Tables } from '../../locales/index.js';
import { isHan } from '../../util/chars.js';
import { escapeRegExp } from '../../util/regexp.js';
import type { Context } from '../context.js';
import { NAME_LINK } from './names.js';

/** A short name in quotes, as a definition prints it: “恒嶺物流”, 「本公司」, "Acme". */
const QUOTED = '[“「"]([^”」"()]{2,20})[”」"]';

/** Short names a release defines: （以下简称“青禾农业”）, (下称「港晖」), （「海景」或「集團」）, ("Acme" or the "Company"). */
export function definedNames(blocks: Context['blocks']): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    for (const m of b.fold.matchAll(DEFINED)) out.push(m[1]!);
    for (const m of b.fold.matchAll(DEFINED_IN_BRACKETS)) out.push(m[1]!);
    for (const m of b.fold.matchAll(DEFINED_AFTER_LISTING)) out.push(m[1]!);
    // 香港恒理大學（恒大）, 香港綠色運輸發展局（綠運局）: a bracket with no quotes holds a short name when its characters
    // are the full name's, in order (（右三）, （星期三） are not); not one that only cuts the name's start or end
    // (港島大學（港島大）, 香港創意設計研究院（研究院）), which would be read inside the full name.
    for (const m of b.fold.includes('(') ? b.fold.matchAll(BARE_SHORT_NAME) : []) {
      const short = m[1]!;
      let start = m.index;
      while (start > 0 && m.index - start < 30 && isHan(b.fold[start - 1])) start--;
      const run = b.fold.slice(start, m.index);
      const full = run.slice(Math.max(0, run.indexOf(short[0]!)));
      if (full.length > short.length && !full.startsWith(short) && !full.endsWith(short) && abbreviates(short, full)) out.push(short);
    }
  }
  return out;
}

const BARE_SHORT_NAME = /\(([\u3400-\u9fff]{2,8})\)/g;

/** Every character of `short` is in `full`, in the same order (恒大 in 香港恒理大學). */
function abbreviates(short: string, full: string): boolean {
  let at = full.indexOf(short[0]!);
  if (at < 0) return false;
  for (const c of short.slice(1)) if ((at = full.indexOf(c, at + 1)) < 0) return false;
  return true;
}

/** 简称 and 下称 open a definition after a bracket or a comma, not inside a word (照料下称重: weighed under care). */
const DEFINED = /(?:以下简称|证券简称|股票简称|(?<![\u3400-\u9fff])(?:简称|下称))[:,]? ?[“「"']?([^”」"'),，。]{2,20})/g;
/** A quoted name opening a bracket after a company's full name; "(the “Company”)" is a word, not a name. */
const DEFINED_IN_BRACKETS = new RegExp(`\\(${QUOTED}`, 'g');
/** （上交所：603919，“恒信医疗”或“公司”）: the name after the listing in the same bracket. */
const DEFINED_AFTER_LISTING = new RegExp(`\\d[;,] ?${QUOTED}(?= ?(?:或|or |\\)))`, 'g');

/**
 * The issuer as a bracket that defines its word for itself names it: the short name defined beside it
 * (（「恒嶺物流」或「本公司」）, ("Acme" or the "Company")), else the company's name before the bracket
 * (澄峰智能製造控股有限公司（「本公司」）); in the input's own characters.
 */
export function definedIssuer(ctx: Context, self: ReadonlySet<string>): string | null {
  for (const b of ctx.blocks) {
    if (!b.fold.includes('(')) continue;
    for (const bracket of b.fold.matchAll(BRACKETED)) {
      const names = [...bracket[1]!.matchAll(QUOTED_NAME)];
      if (!names.some((n) => self.has(n[1]!.toLowerCase()))) continue;
      const short = names.find((n) => !self.has(n[1]!.toLowerCase()));
      if (short) {
        const at = bracket.index + 1 + short.index + short[0].indexOf(short[1]!);
        return b.text.slice(at, at + short[1]!.length);
      }
      const start = nameBefore(b.fold, bracket.index, ctx.tables);
      return start === null ? null : b.text.slice(start, bracket.index).trim();
    }
  }
  return null;
}

/**
 * "The Harbour Turf & Charities Club (the Club)", "Acme Holdings Ltd (the “Company”)": the name a bracket after it
 * gives a common noun for, as printed, or null. `noun` is the noun alone ("Club").
 */
export function nameDefinedAs(blocks: Context['blocks'], noun: string): string | null {
  const bracket = new RegExp(`\\((?:the )?["“]?(?:the )?${escapeRegExp(noun)}["”]?\\)`, 'i');
  for (const b of blocks) {
    const m = bracket.exec(b.fold);
    if (!m) continue;
    // The capitalised words before the bracket, with the small words names use between them.
    const words = b.text.slice(0, m.index).trimEnd().split(' ');
    let n = words.length;
    while (n > 0 && (/^[\p{Lu}0-9&]/u.test(words[n - 1]!) || (n < words.length && NAME_LINK.test(words[n - 1]!)))) n--;
    while (n < words.length && !/^[\p{Lu}0-9]/u.test(words[n]!)) n++;
    if (words.length - n >= 2) return words.slice(n).join(' ');
  }
  return null;
}

const BRACKETED = /\(([^()]{2,80})\)/g;
const QUOTED_NAME = new RegExp(QUOTED, 'g');

/** Where a company's name that ends at `end` starts (Chinese characters ending in a company's suffix), or null. */
function nameBefore(fold: string, end: number, tables: Tables): number | null {
  const head = fold.slice(0, end).trimEnd();
  let i = head.length;
  // 本公告乃澄峰…有限公司: the name starts after the words a description does (乃, 由, 是).
  const breaks = tables.set('descriptionBreaks');
  while (i > 0 && isHan(head[i - 1]) && !breaks.has(head[i - 1]!)) i--;
  const name = head.slice(i);
  return name.length >= 4 && tables.cjk('companySuffixes').some((x) => name.endsWith(x)) ? i : null;
}
