import type { Locale, Tables } from '../../locales/index.js';
import { scriptChanges } from '../../normalize/fold.js';
import { scriptCounts } from '../../util/chars.js';

const stopSets = new WeakMap<Locale, ReadonlySet<string>>();
function stopSet(loc: Locale): ReadonlySet<string> {
  let set = stopSets.get(loc);
  if (!set) stopSets.set(loc, (set = new Set(loc.stopwords)));
  return set;
}

/**
 * The release's language as a BCP-47 tag. Chinese is told Traditional or Simplified by converting its
 * characters with OpenCC and counting which direction changes more; Latin-script languages by stopwords.
 */
export function detectLanguage(text: string, tables: Tables): string {
  // The first few thousand characters tell the language as well as the whole text does.
  const sample = text.length > 6000 ? text.slice(0, 6000) : text;
  const c = scriptCounts(sample);
  if (c.kana > 20 && c.kana * 5 > c.han * 0.5) return 'ja';
  if (c.hangul > 20 && c.hangul > c.han) return 'ko';
  // A Chinese release prints many Latin names and numbers; two Latin letters weigh about one Han character.
  if (c.han > 0 && c.han * 2 >= c.latin * 0.5 && c.han >= 20) {
    const ch = scriptChanges(sample);
    return ch.toSimplified > ch.toTraditional ? 'zh-Hant' : 'zh-Hans';
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best = 'en';
  let bestScore = 0;
  for (const loc of tables.locales) {
    if (!loc.stopwords.length) continue;
    const stop = stopSet(loc);
    let score = 0;
    for (const w of words) if (stop.has(w)) score++;
    if (score > bestScore) {
      bestScore = score;
      best = loc.tags[0]!;
    }
  }
  return best;
}
