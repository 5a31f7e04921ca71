import type { Tables } from '../locales/index.js';
import { foldForMatching } from '../normalize/fold.js';
import { joinLines } from './join.js';
import { displayWidth, isLower } from '../util/chars.js';
import type { Mapped } from '../util/mapped.js';
import { contactLabelAt } from './contact-labels.js';
import { type Line, splitLines } from './lines.js';
import { BULLET, standsAlone, startsBlock } from './line-kinds.js';

/** A paragraph-like unit: lines that belong together, joined with their wraps undone. */
export interface Block {
  lines: Line[];
  /** The joined text, mapped back to the parser's text. */
  m: Mapped;
  text: string;
  fold: string;
}

export type Layout = 'pdf-spaced' | 'wrapped' | 'unwrapped';

export interface Segmented {
  lines: Line[];
  blocks: Block[];
  layout: Layout;
}

const SENTENCE_END = /[.!?。！？:：」”"』)）]$/;

/**
 * Groups lines into blocks. Three layouts are told apart:
 * - `pdf-spaced`: an empty line after every line and a trailing space on each paragraph's last line (what PDF
 *   extraction often gives): only the trailing space ends a paragraph, so one cut by a page break is healed;
 * - `wrapped`: paragraphs separated by blank lines, hard-wrapped inside: lines are joined;
 * - `unwrapped`: lines wider than any hard wrap: each line is a paragraph.
 * In all three, a line that starts a structure (bullet, caption, label, contact line …) starts a new block.
 */
export function segment(text: string, tables: Tables): Segmented {
  const lines = splitLines(text);
  const content = lines.filter((l) => !l.blank);
  const layout = detectLayout(lines, content);
  const widths = content.map((l) => displayWidth(l.text)).sort((a, b) => a - b);
  const wrapWidth = widths[Math.floor(0.9 * (widths.length - 1))] ?? 0;
  const breaksBefore = (l: Line): boolean => startsBlock(l.fold, tables) || contactLabelAt(l.fold, tables) === 0;
  const alone = (l: Line): boolean => standsAlone(l.fold, tables);

  const groups: Line[][] = [];
  let cur: Line[] = [];
  const close = (): void => {
    if (cur.length) groups.push(cur);
    cur = [];
  };
  let pageBreak = false;
  for (const l of lines) {
    if (l.pageBreak) pageBreak = true;
    if (l.blank) {
      // Blank lines around a page break do not end the paragraph the break cut.
      if (layout !== 'pdf-spaced' && !pageBreak) close();
      continue;
    }
    const prev = cur[cur.length - 1];
    if (pageBreak && prev && SENTENCE_END.test(prev.text)) close();
    pageBreak = false;
    if (prev && (breaksBefore(l) || alone(prev) || (layout !== 'pdf-spaced' && !continues(prev, l, layout, wrapWidth)))) close();
    cur.push(l);
    if (layout === 'pdf-spaced' && l.trailingSpace) close();
  }
  close();

  const blocks = groups.map((g) => {
    const m = joinLines(text, g);
    return { lines: g, m, text: m.text, fold: foldForMatching(m.text) };
  });
  return { lines, blocks, layout };
}

/**
 * Whether `l` goes on the paragraph `prev` ends. In hard-wrapped text it does unless `prev` stops well short of
 * the wrap width (a paragraph's last line, a title over its subtitle). In unwrapped text only a wrap artefact does: an indented or lower-case line
 * after one that ends no sentence (a bullet's second line).
 */
function continues(prev: Line, l: Line, layout: Layout, wrapWidth: number): boolean {
  if (layout === 'wrapped') return displayWidth(prev.text) >= 0.7 * wrapWidth;
  return !SENTENCE_END.test(prev.text) && (isLower(l.text[0]) || (l.indented && BULLET.test(prev.fold)));
}

function detectLayout(lines: Line[], content: Line[]): Layout {
  let spaced = 0;
  for (let i = 0; i + 1 < lines.length; i++) if (!lines[i]!.blank && lines[i + 1]!.blank) spaced++;
  const trailing = content.filter((l) => l.trailingSpace).length;
  if (content.length >= 4 && spaced >= 0.75 * (content.length - 1) && trailing >= Math.max(2, 0.1 * content.length)) {
    return 'pdf-spaced';
  }
  const widths = content.map((l) => displayWidth(l.text)).sort((a, b) => a - b);
  const p90 = widths[Math.floor(0.9 * (widths.length - 1))] ?? 0;
  return p90 > 130 ? 'unwrapped' : 'wrapped';
}
