/** Stable codes for inputs that cannot be read as a release at all. Content problems are warnings instead. */
export type PressparseErrorCode =
  | 'empty' | 'unreadable' | 'decode_failed' | 'unsupported_format' | 'too_large' | 'no_release' | 'encrypted'
  | 'no_text_layer';

/** Inputs larger than this are refused with `too_large` unless `maxBytes` says otherwise. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * A typed error for input that cannot be parsed.
 * @example
 * try { parseRelease('') } catch (e) { if (e instanceof PressparseError) console.log(e.code) } // 'empty'
 */
export class PressparseError extends Error {
  readonly code: PressparseErrorCode;
  constructor(code: PressparseErrorCode, message: string) {
    super(message);
    this.name = 'PressparseError';
    this.code = code;
  }
}
