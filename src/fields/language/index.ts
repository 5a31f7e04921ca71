import type { Locale, Tables } from '../../locales/index.js';
import { scriptChanges } from '../../normalize/fold.js';
import { hasCombining, letterRuns, scriptCounts } from '../../util/chars.js';

/** Characters whose words are scored for stopwords: about 400 words of prose. */
const STOPWORD_SAMPLE = 2500;

const stopIndexes = new WeakMap<readonly Locale[], Map<string, number[]>>();
/** Each stop word → the locales (by index) that list it: one lookup per word scores every language. */
function stopIndex(locales: readonly Locale[]): Map<string, number[]> {
  let index = stopIndexes.get(locales);
  if (!index) {
    index = new Map();
    locales.forEach((loc, i) => {
      for (const w of loc.stopwords) {
        const has = index!.get(w) ?? [];
        if (has.at(-1) !== i) index!.set(w, [...has, i]);
      }
    });
    stopIndexes.set(locales, index);
  }
  return index;
}

/**
 * The release's language as a BCP-47 tag. Chinese is told Traditional or Simplified by converting its
 * characters with OpenCC and counting which direction changes more; Latin-script languages by stopwords.
 */
export function detectLanguage(text: string, tables: Tables): string {
  // The first few thousand characters tell the language as well as the whole text does.
  const head = text.length > 6000 ? text.slice(0, 6000) : text;
  // Counted in composed form: decomposed, "Ánh" holds the word "a" and "ộ" counts as a Latin letter.
  const sample = hasCombining(head) ? text.slice(0, 12000).normalize('NFC').slice(0, 6000) : head;
  const c = scriptCounts(sample);
  if (c.kana > 20 && c.kana * 5 > c.han * 0.5) return 'ja';
  if (c.hangul > 20 && c.hangul > c.han) return 'ko';
  // A Chinese release prints many Latin names and numbers; two Latin letters weigh about one Han character.
  if (c.han > 0 && c.han * 2 >= c.latin * 0.5 && c.han >= 20) {
    const ch = scriptChanges(sample);
    return ch.toSimplified > ch.toTraditional ? 'zh-Hant' : 'zh-Hans';
  }
  // Stopwords decide within the first few hundred words.
  const words = letterRuns(sample.slice(0, STOPWORD_SAMPLE).toLowerCase());
  const index = stopIndex(tables.locales);
  const scores = new Array<number>(tables.locales.length).fill(0);
  for (const w of words) for (const i of index.get(w) ?? []) scores[i]!++;
  let best = 'en';
  let bestScore = 0;
  tables.locales.forEach((loc, i) => {
    // The first language with the highest score wins a tie.
    if (scores[i]! > bestScore) {
      bestScore = scores[i]!;
      best = loc.tags[0]!;
    }
  });
  return best;
}
