import type { Tables } from '../../locales/index.js';
import { escapeRegExp } from '../../util/regexp.js';
import type { Unit } from './unit.js';
import { type Person, parseChinesePerson, personOf, splitEnglishTitle } from './speaker.js';
import { isTitle } from '../shared/names.js';

const TITLE_GOES_ON = /^[兼后生级学论研课班导]/;
const BOUNDARY = /[。，,；;：:「」“”『』()!?！？\n]/;
const EN_HONORIFIC_NAME =
  /\b(Professor|Prof\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Sir|Dame|Ir)\s([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3})/g;

const zhHonorificCache = new WeakMap<Tables, RegExp>();
function zhHonorifics(tables: Tables): RegExp {
  let re = zhHonorificCache.get(tables);
  if (!re) {
    const hs = tables.list('honorifics').filter((h) => /^[^a-z]/.test(h));
    re = new RegExp(`(?:${hs.map(escapeRegExp).join('|')})+`, 'g');
    zhHonorificCache.set(tables, re);
  }
  return re;
}

/** People named with an honorific: 黄克强先生 with what precedes it, Professor Edwin Lok, Chairman of X. */
export function findMentions(unit: Unit, tables: Tables, known: readonly string[]): Person[] {
  const out: Person[] = [];
  const { text, fold } = unit;
  let floor = 0;
  for (const m of fold.matchAll(zhHonorifics(tables))) {
    const end = m.index + m[0].length;
    // 讲座教授兼系主任, 博士后研究员: the honorific word is part of a title there.
    if (TITLE_GOES_ON.test(fold[end] ?? '')) continue;
    let start = m.index;
    while (start > floor && m.index - start < 40 && !BOUNDARY.test(fold[start - 1]!)) start--;
    const sp = parseChinesePerson(text.slice(start, end), fold.slice(start, end), tables, known);
    if (sp?.name) out.push(personOf(sp, unit.m.toSource(start), tables));
    floor = end;
  }
  for (const m of text.matchAll(EN_HONORIFIC_NAME)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 120).match(/^, ([^,.;]{2,100})[,.;]/);
    const appositive = after && isTitle(after[1]!, tables) ? splitEnglishTitle(after[1]!) : { title: null, organization: null };
    out.push(personOf({ name: m[2]!, honorific: m[1]!, ...appositive }, unit.m.toSource(m.index), tables));
  }
  return out;
}
