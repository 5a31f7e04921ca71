import type { Tables } from '../locales/index.js';
import type { Warning } from '../schema.js';
import type { Block, Layout } from '../segment/blocks.js';
import type { Outline } from '../segment/outline.js';
import type { Line } from '../segment/lines.js';

/** What every extractor receives: the text, its blocks and outline, and the language tables. */
export interface Context {
  text: string;
  lines: readonly Line[];
  blocks: readonly Block[];
  layout: Layout;
  outline: Outline;
  tables: Tables;
  /** The release's language (BCP-47), and whether it is read in part only (not en, zh-Hant, zh-Hans). */
  language: string;
  partial: boolean;
  /** Organization names the release states (About headings, contact blocks), folded, for splitting speakers. */
  knownOrgs: readonly string[];
  warn(w: Warning): void;
}
