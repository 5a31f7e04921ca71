/** Stable codes for inputs that cannot be read as a release at all. Content problems are warnings instead. */
export const PRESSPARSE_ERROR_CODES = [
  'empty', 'unreadable', 'decode_failed', 'unsupported_format', 'too_large', 'no_release', 'encrypted', 'no_text_layer',
] as const;
export type PressparseErrorCode = (typeof PRESSPARSE_ERROR_CODES)[number];

/** Inputs larger than this are refused with `too_large` unless `maxBytes` says otherwise. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/** Web pages (and Word files, read as HTML) whose elements nest deeper than this are refused with `too_large`. */
export const DEFAULT_MAX_DEPTH = 1000;

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
