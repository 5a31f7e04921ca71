import { type Tables, isTitleWord, orgNameWords } from '../../locales/index.js';
import { splitLeadingHonorific } from '../../locales/honorifics.js';
import { trimEndWhere, trimStartWhere } from '../../util/trim.js';

/** Word tests shared by the extractors that read people and organizations (contacts, quotes). */

const HAN_NAME = /^[\u3400-\u9fff]{2,4}$/;
/** A Latin name in brackets after a Chinese one, as the fold prints it: (Lee Hui Min). */
const LATIN_ALIAS = /(?<=[\u3400-\u9fff]) ?\([A-Za-z][A-Za-z .'’-]{1,40}\)$/;
const LATIN_FIRST = /^([A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){1,3}) (?=[\u3400-\u9fff]{2,4}$)/;
// Any script's capitals and letters, accents composed or not (René, Rene\u0301, Zoë, Łukasz).
const LATIN_TOKEN = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.)$/u;
/** A word of an organization's name: capitalised, "&", or a small word names hold ("and", "of", "de", "et"). */
const NAME_WORD = /^(?:[\p{Lu}&]|(?:and|of|for|the|de|du|la|le|et)$)/u;
export const isNameWord = (w: string): boolean => NAME_WORD.test(w);

/** The small words an organization's name runs on over: "Bank of China", "Harbour Turf & Charities Club". */
export const NAME_LINK = /^(?:of|and|&|for|the|de)$/;

/** Small words inside a family name: Ursula von der Leyen, Ludwig van Beethoven. */
export const PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'du', 'des', 'dos', 'van', 'von', 'der', 'da', 'di', 'le', 'la', 'bin', 'bint', 'ibn', 'al']);


/** Removes trailing Chinese honorifics (黄克强先生, 姚慶良博士工程師); `fold` is `s` folded. */
export function splitTrailingHonorifics(s: string, fold: string, tables: Tables): { honorific: string | null; rest: string; restFold: string } {
  let end = fold.length;
  let found = true;
  while (found) {
    found = false;
    for (const h of tables.list('honorifics')) {
      if (/^[a-z]/.test(h)) continue;
      if (end > h.length && fold.slice(0, end).endsWith(h)) {
        end -= h.length;
        found = true;
        break;
      }
    }
  }
  const trimmedEnd = s.slice(0, end).trimEnd().length;
  return {
    honorific: end < s.length ? s.slice(end).trim() : null,
    rest: s.slice(0, trimmedEnd),
    restFold: fold.slice(0, trimmedEnd),
  };
}

const words = (fold: string): string[] => fold.toLowerCase().split(/[\s,]+/).map((w) => w.replace(/[()]/g, '')).filter(Boolean);

/** The text holds a job title: a title word (English) or ends in one (Chinese). */
export function isTitle(fold: string, tables: Tables): boolean {
  // 助理署长(交通管理): a portfolio in brackets after a Chinese title.
  const open = fold.endsWith(')') ? fold.lastIndexOf('(') : -1;
  const han = open > 0 ? fold.slice(0, open) : fold;
  if (/[\u3400-\u9fff]$/.test(han)) return tables.cjk('titleHeads').some((h) => han.endsWith(h));
  // Plural roles count too: "campaign organizers", "spokespersons"; not a plural that ends a firm's name ("Argot Partners").
  const suffixes = orgNameWords(tables);
  return words(fold).some((w) => {
    const word = w.endsWith('.') ? w.slice(0, -1) : w;
    return isTitleWord(word, tables) || (word.endsWith('s') && isTitleWord(word.slice(0, -1), tables) && !suffixes.has(word));
  });
}

/** An organization's name: known from the release, or ending in an organization word. */
export function isOrganization(fold: string, tables: Tables, known: readonly string[]): boolean {
  const lower = fold.toLowerCase().trim();
  if (known.some((k) => k.toLowerCase() === lower)) return true;
  if (/[\u3400-\u9fff]$/.test(fold)) return tables.cjk('orgSuffixes').some((s) => fold.endsWith(s));
  const ws = words(fold);
  const last = ws[ws.length - 1];
  const suffixes = tables.set('orgSuffixes');
  // "Office of the Minister of Indigenous Services", "Department of Health": named for what it is, whatever titles follow.
  if (ws.length > 2 && ws[1] === 'of' && suffixes.has(ws[0]!) && /^\p{Lu}/u.test(fold.trim())) return true;
  if (last === undefined || isTitle(fold, tables)) return false;
  const orgWords = orgNameWords(tables);
  if (orgWords.has(last) || ws.some((w) => w.length > 3 && orgWords.has(w))) return true;
  // "Indigenous Services Canada", "Global Affairs Canada": a capitalised name with a department's word in it.
  const departments = tables.set('departments');
  return ws.length > 2 && ws.some((w) => departments.has(w)) && /^\p{Lu}/u.test(fold.trim()) && !/\s\p{Ll}{4,}/u.test(fold);
}

/** A department's name: it ends in a department word ("Corporate Communications", 传播与行销处). */
export function isDepartment(fold: string, tables: Tables): boolean {
  if (/[\u3400-\u9fff]$/.test(fold)) return tables.cjk('departments').some((d) => fold.endsWith(d));
  const ws = words(fold);
  return ws.length > 0 && tables.set('departments').has(ws[ws.length - 1]!);
}

/** A person's name as contact blocks and attributions print it: 林月晶, 李小姐, Ms Jane Doe, Albert Wong. */
export function isPersonName(s: string, fold: string, tables: Tables): boolean {
  // 李慧敏（Lee Hui Min）: the name in brackets is the same person's in English.
  const alias = LATIN_ALIAS.exec(fold);
  if (alias && alias.index > 1) return isPersonName(s.slice(0, alias.index), fold.slice(0, alias.index), tables);
  // "Sofia Lei 李思慧": the English name first, as Macau and Hong Kong contacts print it.
  const english = LATIN_FIRST.exec(s);
  if (english && isPersonName(english[1]!, english[1]!, tables)) return isPersonName(s.slice(english[0].length), fold.slice(english[0].length), tables);
  if (/[\u3400-\u9fff]/.test(s)) {
    const { honorific, rest, restFold } = splitTrailingHonorifics(s, fold, tables);
    // 李小姐: a family name and an honorific are a name too, 區小姐 and 關先生 though 區 ends a district's name.
    if (honorific !== null && tables.set('surnames').has(restFold)) return true;
    const nameOk = HAN_NAME.test(rest);
    // 晶宇科技, 星海资本: a name that ends in an industry's word is a firm's.
    return nameOk && !isOrganization(restFold, tables, []) && !isTitle(restFold, tables) && !tables.cjk('orgWords').some((w) => restFold.endsWith(w));
  }
  const { honorific, rest } = splitLeadingHonorific(s.trim(), tables);
  const tokens = rest.split(/\s+/).filter(Boolean);
  // "Ahmed bin Saeed Al Maktoum": particles are not counted among a name's words.
  const counted = tokens.filter((t) => !PARTICLES.has(t)).length;
  if (tokens.length < (honorific ? 1 : 2) || counted > 4 || tokens.length > 6) return false;
  // "In Geneva", "At Acme": a preposition opens no name.
  if (!honorific && tables.set('leadIns').has(tokens[0]!.toLowerCase())) return false;
  // "Warm Homes UK": a country's code in capitals ends a body's name, never a person's.
  const last = tokens[tokens.length - 1]!;
  if (/^[A-Z]{2,3}$/.test(last) && tables.regions.has(last.toLowerCase())) return false;
  const heads = tables.set('titleHeads');
  const suffixes = orgNameWords(tables);
  const departments = tables.set('departments');
  return tokens.every((t, i) => {
    const lower = t.toLowerCase().replace(/[.,]$/, '');
    if (heads.has(lower) || suffixes.has(lower) || departments.has(lower)) return false;
    return LATIN_TOKEN.test(t) || (i > 0 && PARTICLES.has(t));
  });
}

const SUFFIX_ONLY = /^(?:inc|ltd|llc|llp|plc|corp|co|limited|gmbh|ag|s\.?a|jr|sr|jp)\.?$/i;

/** Where `splitParts` cuts; sticky, tried by `pieces` only where a cut can start. */
const SEPARATOR = /\s*[|｜\t\u3000]\s*|\s+[-–]\s+|,\s+(?![^()]{0,80}\))|(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/y;
const SPACE = /\s/;

/**
 * `s.split(SEPARATOR)`, not tried inside a run of spaces: a cut found there starts at the run's first space
 * too (unless the last cut ended inside the run). split() tries every position, rescanning the run from each.
 */
function pieces(s: string): string[] {
  const out: string[] = [];
  let last = 0;
  for (let q = 0; q < s.length; q++) {
    if (q > last && SPACE.test(s[q]!) && SPACE.test(s[q - 1]!)) continue;
    SEPARATOR.lastIndex = q;
    if (!SEPARATOR.test(s)) continue;
    out.push(s.slice(last, q));
    last = SEPARATOR.lastIndex;
    q = last - 1;
  }
  out.push(s.slice(last));
  return out;
}

/**
 * "Jane Doe, Senior Manager | Acme" → its parts, split on commas, bars, tabs, spaced dashes and spaces between
 * Chinese words (港島大學傳訊處 陳小姐（電話：…）);
 * "Acme Holdings, Inc." stays whole, and so does a comma inside brackets.
 */
export function splitParts(s: string): string[] {
  const parts: string[] = [];
  for (const raw of pieces(s)) {
    const p = trimStartWhere(trimEndWhere(raw, /[\s（(【[]/), /[\s（【]/);
    if (!p) continue;
    if (SUFFIX_ONLY.test(p) && parts.length) parts[parts.length - 1] += `, ${p}`;
    else parts.push(p);
  }
  return parts;
}
