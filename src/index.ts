/**
 * pressparse: press releases (English, Traditional and Simplified Chinese) into typed, validated data.
 * @packageDocumentation
 */
import { readFile, stat } from 'node:fs/promises';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, PressparseError } from './errors.js';
import { detectFormat } from './formats/detect.js';
import { htmlToSource } from './formats/html.js';
import { loadPdf } from './formats/pdf-load.js';
import { NO_HINTS, type SourceDoc } from './formats/source.js';
import { decodeText } from './formats/text.js';
import { sha256Hex } from './util/hash.js';
import { type ParseOptions, runPipeline } from './pipeline.js';
import type { PressRelease, Source } from './schema.js';

export { PressparseError, type PressparseErrorCode } from './errors.js';
export type { ParseOptions } from './pipeline.js';
export {
  AboutSchema, CaptionSchema, ContactSchema, DatelineSchema, EmbargoSchema, PressReleaseSchema, QuoteSchema,
  SourceSchema, SpanSchema, SpeakerSchema, WarningCodeSchema, WarningSchema,
  type PressRelease, type Quote, type Source, type Span, type Speaker, type Warning, type WarningCode,
} from './schema.js';
export { pressReleaseJsonSchema } from './json-schema.js';

export interface ReleaseInputOptions extends ParseOptions {
  /** The file's name: recorded in `source`, and a hint for the format. */
  fileName?: string;
  /** Inputs larger than this many bytes are refused with `too_large` (default 50 MB). */
  maxBytes?: number;
  /** PDFs with more pages than this are refused with `too_large` (default 500). */
  maxPages?: number;
  /**
   * Web pages and Word files whose elements nest deeper than this are refused with `too_large` (default 1000;
   * real pages rarely pass 100, and browsers stop nesting at 512).
   */
  maxDepth?: number;
}

/**
 * Parses one press release and returns it validated by {@link PressReleaseSchema}: from its text
 * (synchronously; a string of HTML is read as a web page), or from a file's bytes (asynchronously: the format
 * is told from the bytes, text is decoded as UTF-8, UTF-16, Big5 or GB18030, a web page is reduced to its
 * article, a Word file is converted first, a PDF is read page by page). Throws (or rejects with)
 * {@link PressparseError} for input that is not a release at all: `empty`, `decode_failed`, `too_large`,
 * `no_release`, `unreadable`, `encrypted`, `no_text_layer`, `unsupported_format`.
 * @example
 * import { parseRelease } from 'pressparse';
 * const release = parseRelease('PRESS RELEASE\n\nAcme opens lab\n\nHONG KONG, Oct. 18, 2023 /PRNewswire/ -- Acme today…');
 * release.headline; // 'Acme opens lab'
 * release.dateline?.date; // '2023-10-18'
 * const fromBytes = await parseRelease(readFileSync('release.docx'), { fileName: 'release.docx' });
 */
export function parseRelease(text: string, options?: ReleaseInputOptions): PressRelease;
export function parseRelease(bytes: Uint8Array, options?: ReleaseInputOptions): Promise<PressRelease>;
export function parseRelease(input: string | Uint8Array, options: ReleaseInputOptions = {}): PressRelease | Promise<PressRelease> {
  if (typeof input === 'string') {
    const bytes = Buffer.from(input, 'utf8');
    checkSize(bytes.length, options.maxBytes ?? DEFAULT_MAX_BYTES);
    const doc: SourceDoc = detectFormat(bytes, options.fileName) === 'html' ? htmlToSource(bytes, options.maxDepth ?? DEFAULT_MAX_DEPTH) : { text: input, format: 'text', encoding: null, hints: NO_HINTS };
    return runPipeline(doc.text, source(bytes, doc, options, true), options, doc.hints);
  }
  if (!(input instanceof Uint8Array)) throw new PressparseError('unsupported_format', 'parseRelease expects a string or a Uint8Array.');
  return parseBytes(input, options);
}

async function parseBytes(bytes: Uint8Array, options: ReleaseInputOptions): Promise<PressRelease> {
  checkSize(bytes.length, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const doc = await read(bytes, options);
  return runPipeline(doc.text, source(bytes, doc, options, false), options, doc.hints);
}

/** A file's bytes to the text the pipeline reads, through its format's adapter. */
async function read(bytes: Uint8Array, options: ReleaseInputOptions): Promise<SourceDoc> {
  const format = detectFormat(bytes, options.fileName);
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (format === 'html') return htmlToSource(bytes, maxDepth);
  // mammoth and pdf.js load on the first file that needs them: a text or HTML run (and each CLI worker) spares
  // their start-up time and about 50 MB.
  if (format === 'docx') return (await import('./formats/docx.js')).docxToSource(bytes, options.maxBytes ?? DEFAULT_MAX_BYTES, maxDepth);
  if (format === 'pdf') return (await loadPdf()).pdfToSource(bytes, options.maxPages ?? 500);
  const decoded = decodeText(bytes);
  return { text: decoded.text, format, encoding: decoded.encoding, hints: NO_HINTS };
}

function source(bytes: Uint8Array, doc: Pick<SourceDoc, 'format' | 'encoding' | 'pages' | 'pageOffsets'>, options: ReleaseInputOptions, fromString: boolean): Source {
  return {
    format: doc.format, fileName: options.fileName ?? null, bytes: bytes.length, sha256: sha256Hex(bytes),
    encoding: fromString ? null : doc.encoding, pages: doc.pages ?? null, pageOffsets: doc.pageOffsets ?? null,
  };
}

/**
 * Reads a file and parses it with {@link parseRelease}; `source.fileName` is the path given.
 * Throws {@link PressparseError} `unreadable` when the file cannot be read.
 * @example
 * import { parseFile } from 'pressparse';
 * const release = await parseFile('releases/2023-10-18.txt');
 */
export async function parseFile(path: string, options: Omit<ReleaseInputOptions, 'fileName'> = {}): Promise<PressRelease> {
  let bytes: Uint8Array;
  try {
    const st = await stat(path);
    checkSize(st.size, options.maxBytes ?? DEFAULT_MAX_BYTES);
    bytes = await readFile(path);
  } catch (e) {
    if (e instanceof PressparseError) throw e;
    throw new PressparseError('unreadable', `Cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return parseRelease(bytes, { ...options, fileName: path });
}

function checkSize(bytes: number, max: number): void {
  if (bytes > max) throw new PressparseError('too_large', `The input is ${bytes} bytes, over the limit of ${max}; raise maxBytes to parse it.`);
}

/** The result of {@link safeParseRelease}: a release, or the typed error, never a throw. */
export type SafeParseResult = { ok: true; release: PressRelease } | { ok: false; error: { code: string; message: string } };

/**
 * Like {@link parseRelease}, but gives `{ ok: false, error }` instead of throwing (a Promise of it for bytes).
 * @example
 * const r = safeParseRelease('');
 * if (!r.ok) console.log(r.error.code); // 'empty'
 */
export function safeParseRelease(text: string, options?: ReleaseInputOptions): SafeParseResult;
export function safeParseRelease(bytes: Uint8Array, options?: ReleaseInputOptions): Promise<SafeParseResult>;
export function safeParseRelease(input: string | Uint8Array, options?: ReleaseInputOptions): SafeParseResult | Promise<SafeParseResult> {
  if (typeof input !== 'string') return parseRelease(input, options).then((release) => ({ ok: true as const, release }), failure);
  try {
    return { ok: true, release: parseRelease(input, options) };
  } catch (e) {
    return failure(e);
  }
}

function failure(e: unknown): SafeParseResult {
  if (e instanceof PressparseError) return { ok: false, error: { code: e.code, message: e.message } };
  return { ok: false, error: { code: 'unreadable', message: e instanceof Error ? e.message : String(e) } };
}
