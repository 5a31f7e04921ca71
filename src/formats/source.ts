import type { Format } from './detect.js';

/** What a format adapter hands the pipeline: the text it read and what the file's structure says about it. */
export interface SourceDoc {
  text: string;
  format: Format;
  /** The encoding the bytes were decoded from, or null. */
  encoding: string | null;
  /** Number of pages, and where each starts in `text`, for a paged format. */
  pages?: number;
  pageOffsets?: number[];
  hints: SourceHints;
}

export interface SourceHints {
  /** A title from the file's metadata (JSON-LD headline, og:title, <title>), used when the text shows none. */
  title: string | null;
  /** The headline a web page marks as such (its <h1>), which picks between the text's two top lines. */
  heading: string | null;
  /** A publication date (YYYY-MM-DD) from the file's metadata, used when the text states none. */
  published: string | null;
  /** Offsets in `text` of what the file marks as captions (figcaption). */
  captions: [number, number][];
  /**
   * Links the file carries outside its text, with the span they sit in: a PDF's link annotations (their page), a
   * web page's anchors (their block).
   */
  links: { url: string; span: [number, number] }[];
}

export const NO_HINTS: SourceHints = { title: null, heading: null, published: null, captions: [], links: [] };
