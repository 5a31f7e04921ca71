/** Stable codes for inputs that cannot be read as a release at all. Content problems are warnings instead. */
export const PRESSPARSE_ERROR_CODES = [
  'empty', 'unreadable', 'decode_failed', 'unsupported_format', 'too_large', 'no_release', 'encrypted', 'no_text_layer',
] as const;
export type PressparseErrorCode = (typeof PRESSPARSE_ERROR_CODES)[number];

/**
 * What the user can do about each code: the message says what went wrong with this input, the hint what to do,
 * whichever adapter threw it. A new code does not compile without its hint.
 */
export const ERROR_HINTS: Readonly<Record<PressparseErrorCode, string>> = {
  empty: 'Check that the file was saved or exported completely: there is no text in it to parse.',
  unreadable: 'Check that the file exists, that you may read it, and that it opens in its own application; if it is damaged, export or download it again.',
  decode_failed: 'Save the file as UTF-8 text, or give it its real extension if it is a Word file, a PDF or a web page, and parse it again.',
  unsupported_format: 'Give the release as text (a string) or as the bytes of a .txt, .html, .docx or .pdf file (a Uint8Array).',
  too_large: 'Check that the file is one press release; if it is, raise the limit (the maxBytes or maxPages option of parseRelease).',
  no_release: 'Save the page once it has loaded in a browser, or copy the release into a .txt file, and parse that.',
  encrypted: 'Open the PDF with its password, save an unprotected copy, and parse that.',
  no_text_layer: 'Run OCR on the PDF (for example with ocrmypdf) to give it a text layer, and parse it again.',
};

/** Inputs larger than this are refused with `too_large` unless `maxBytes` says otherwise. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/** Web pages (and Word files, read as HTML) whose elements nest deeper than this are refused with `too_large`. */
export const DEFAULT_MAX_DEPTH = 1000;

/**
 * A typed error for input that cannot be parsed: `code` is stable, `message` says what went wrong, `hint` what
 * to do about it.
 * @example
 * try { parseRelease('') } catch (e) { if (e instanceof PressparseError) console.log(e.code, e.hint) } // 'empty', 'Check that…'
 */
export class PressparseError extends Error {
  readonly code: PressparseErrorCode;
  constructor(code: PressparseErrorCode, message: string) {
    super(message);
    this.name = 'PressparseError';
    this.code = code;
  }

  get hint(): string {
    return ERROR_HINTS[this.code];
  }
}
