/**
 * pressparse: press releases (English, Traditional and Simplified Chinese) into typed, validated data.
 * @packageDocumentation
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { DEFAULT_MAX_BYTES, PressparseError } from './errors.js';
import { detectFormat } from './formats/detect.js';
import { htmlToSource } from './formats/html.js';
import { NO_HINTS, type SourceDoc } from './formats/source.js';
import { decodeText } from './formats/text.js';
import { type ParseOptions, runPipeline } from './pipeline.js';
import type { PressRelease } from './schema.js';

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
}

/**
 * Parses one press release, from its text or from a file's bytes, and returns it validated by
 * {@link PressReleaseSchema}. Bytes are decoded as UTF-8, UTF-16, Big5 or GB18030 (see `source.encoding`).
 * Throws {@link PressparseError} for input that is not a release at all: `empty`, `decode_failed`,
 * `too_large`, `no_release` (a web page with no release in it), `unsupported_format` (PDF and Word files are
 * not read yet). Web pages (HTML, told from the markup) are read through their article text and metadata.
 * @example
 * import { parseRelease } from 'pressparse';
 * const release = parseRelease('PRESS RELEASE\n\nAcme opens lab\n\nHONG KONG, Oct. 18, 2023 /PRNewswire/ -- Acme today…');
 * release.headline; // 'Acme opens lab'
 * release.dateline?.date; // '2023-10-18'
 */
export function parseRelease(input: string | Uint8Array, options: ReleaseInputOptions = {}): PressRelease {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const isString = typeof input === 'string';
  if (!isString && !(input instanceof Uint8Array)) throw new PressparseError('unsupported_format', 'parseRelease expects a string or a Uint8Array.');
  const bytes = isString ? Buffer.from(input, 'utf8') : input;
  checkSize(bytes.length, maxBytes);
  const doc = read(bytes, isString ? input : null, options.fileName);
  const source = { format: doc.format, fileName: options.fileName ?? null, bytes: bytes.length, sha256: sha256(bytes), encoding: isString ? null : doc.encoding };
  return runPipeline(doc.text, source, options, doc.hints);
}

/** Bytes (or a string, already text) to the text the pipeline reads, through the format's adapter. */
function read(bytes: Uint8Array, text: string | null, fileName: string | undefined): SourceDoc {
  const format = detectFormat(bytes, fileName);
  if (format === 'html') return htmlToSource(bytes);
  if (format !== 'text') {
    throw new PressparseError('unsupported_format', `This looks like a ${format.toUpperCase()} file; pressparse does not read ${format.toUpperCase()} yet: save it as text or HTML.`);
  }
  if (text !== null) return { text, format, encoding: null, hints: NO_HINTS };
  const decoded = decodeText(bytes);
  return { text: decoded.text, format, encoding: decoded.encoding, hints: NO_HINTS };
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

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The result of {@link safeParseRelease}: a release, or the typed error, never a throw. */
export type SafeParseResult = { ok: true; release: PressRelease } | { ok: false; error: { code: string; message: string } };

/**
 * Like {@link parseRelease}, but returns `{ ok: false, error }` instead of throwing.
 * @example
 * const r = safeParseRelease('');
 * if (!r.ok) console.log(r.error.code); // 'empty'
 */
export function safeParseRelease(input: string | Uint8Array, options?: ReleaseInputOptions): SafeParseResult {
  try {
    return { ok: true, release: parseRelease(input, options) };
  } catch (e) {
    if (e instanceof PressparseError) return { ok: false, error: { code: e.code, message: e.message } };
    return { ok: false, error: { code: 'unreadable', message: e instanceof Error ? e.message : String(e) } };
  }
}
