import type { Mapped } from '../../util/mapped.js';

/** A paragraph or caption that quotes are read from. */
export interface Unit {
  m: Mapped;
  text: string;
  fold: string;
  caption: boolean;
  /** For a caption, its index in `captions`. */
  captionIndex?: number;
}
