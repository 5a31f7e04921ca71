import type { Person as Mention } from '../fields/quotes/index.js';
import { foldForMatching } from '../normalize/fold.js';
import type { Person } from '../schema.js';

/**
 * Everyone the release names with a title, honorific or organization, once: mentions of one name (in either
 * Chinese script) are merged, the first that states a field gives it, caption positions are gathered. The span
 * is where the text first names them (empty, at the quote, for someone only ever quoted).
 */
export function peopleOf(mentions: readonly Mention[]): Person[] {
  const byName = new Map<string, Person>();
  for (const m of [...mentions].sort((a, b) => a.at - b.at)) {
    if (!m.name || !(m.title || m.honorific || m.organization)) continue;
    const key = foldForMatching(m.name).toLowerCase();
    let p = byName.get(key);
    if (!p) {
      p = { name: m.name, honorific: null, title: null, organization: null, positions: [], span: [m.at, m.end ?? m.at] };
      byName.set(key, p);
    } else if (p.span[0] === p.span[1] && m.end !== undefined) {
      // Quoted before being named in full: the span goes to where the text names them.
      p.span = [m.at, m.end];
    }
    p.honorific ??= m.honorific;
    p.title ??= m.title;
    p.organization ??= m.organization;
    if (m.position && !p.positions.some((x) => x.caption === m.position!.caption)) p.positions.push(m.position);
  }
  const people = [...byName.values()];
  // Full names by their last word, gathered once: each lone family name is then looked up, not compared with all.
  const byLastWord = new Map<string, Person[]>();
  for (const p of people) {
    const space = p.name.lastIndexOf(' ');
    if (space < 0) continue;
    const last = p.name.slice(space + 1);
    const same = byLastWord.get(last);
    if (same) same.push(p);
    else byLastWord.set(last, [p]);
  }
  // "Ms. Matsuda-Reid" and "Eleanor Matsuda-Reid": one person, under the full name, unless two share the surname.
  return people.filter((p) => {
    if (/\s/.test(p.name) || !/^\p{Lu}/u.test(p.name)) return true;
    const full = byLastWord.get(p.name) ?? [];
    if (full.length !== 1) return true;
    const f = full[0]!;
    f.honorific ??= p.honorific;
    f.title ??= p.title;
    f.organization ??= p.organization;
    if (p.span[0] < f.span[0]) f.span = p.span;
    for (const x of p.positions) if (!f.positions.some((y) => y.caption === x.caption)) f.positions.push(x);
    return false;
  });
}
