import * as OpenCC from 'opencc-js';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

/** Converts Simplified to Traditional characters (OpenCC standard), or the other way. */
export function convertScript(s: string, to: 'zh-Hant' | 'zh-Hans'): string {
  return to === 'zh-Hans' ? toSimplified(s) : toTraditional(s);
}

function sameLength(convert: (s: string) => string, s: string): string {
  const out = convert(s);
  if (out.length === s.length) return out;
  // A phrase mapping changed the length: convert unit by unit so offsets keep lining up.
  let res = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const d = convert(c);
    res += d.length === 1 ? d : c;
  }
  return res;
}

const foldCache = new Map<string, string>();

/** Zero-width characters PDFs and web pages scatter in text; a space in folded text, so offsets stay. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;

function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x80) return c;
  if (INVISIBLE.test(c)) return ' ';
  let f = foldCache.get(c);
  if (f === undefined) {
    const n = c.normalize('NFKC');
    f = n.length === 1 ? n : c;
    foldCache.set(c, f);
  }
  return f;
}

/**
 * The form every pattern is matched against: NFKC per character where it keeps one unit (full-width digits and
 * punctuation become ASCII) and Traditional characters converted to Simplified, so the Chinese tables are written
 * once. It has exactly the length of its input, so an offset found in it is an offset in the original.
 */
export function foldForMatching(s: string): string {
  const cached = s.length <= 64 ? shortFolds.get(s) : undefined;
  if (cached !== undefined) return cached;
  let out = '';
  let han = false;
  for (let i = 0; i < s.length; i++) {
    out += foldChar(s[i]!);
    han ||= s.charCodeAt(i) >= 0x2e80;
  }
  // OpenCC changes nothing below U+2E80 (CJK radicals on): text without such characters skips it.
  const folded = han ? sameLength(toSimplified, out) : out;
  if (s.length <= 64) {
    // Names, titles and labels are folded again and again: keep the short ones (a bounded cache).
    if (shortFolds.size > 20000) shortFolds.clear();
    shortFolds.set(s, folded);
  }
  return folded;
}

const shortFolds = new Map<string, string>();

/** How many of the first 1,000 Han characters change when converted to the other script: tells Traditional from Simplified. */
export function scriptChanges(s: string): { toSimplified: number; toTraditional: number } {
  // A thousand Han characters tell the script as surely as the whole text, for a fraction of two conversions.
  const han = s.replace(/[^\u3400-\u9fff]/g, '').slice(0, 1000);
  const simp = sameLength(toSimplified, han);
  const trad = sameLength(toTraditional, han);
  let ts = 0;
  let tt = 0;
  for (let i = 0; i < han.length; i++) {
    if (simp[i] !== han[i]) ts++;
    if (trad[i] !== han[i]) tt++;
  }
  return { toSimplified: ts, toTraditional: tt };
}
