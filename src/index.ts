/**
 * pressparse: press releases (English, Traditional and Simplified Chinese) into typed, validated data.
 * @packageDocumentation
 */
import { PressparseError } from './errors.js';
import { type ParseOptions, runPipeline } from './pipeline.js';
import type { PressRelease } from './schema.js';

export { PressparseError, type PressparseErrorCode } from './errors.js';
export type { ParseOptions } from './pipeline.js';
export {
  AboutSchema, CaptionSchema, ContactSchema, DatelineSchema, EmbargoSchema, PressReleaseSchema, QuoteSchema,
  SpanSchema, SpeakerSchema, WarningCodeSchema, WarningSchema,
  type PressRelease, type Quote, type Span, type Speaker, type Warning, type WarningCode,
} from './schema.js';
export { pressReleaseJsonSchema } from './json-schema.js';

/**
 * Parses one press release from its text and returns it validated by {@link PressReleaseSchema}.
 * Throws {@link PressparseError} (`code: 'empty'`) when the text is blank.
 * @example
 * import { parseRelease } from 'pressparse';
 * const release = parseRelease('PRESS RELEASE\n\nAcme opens lab\n\nHONG KONG, Oct. 18, 2023 /PRNewswire/ -- Acme today…');
 * release.headline; // 'Acme opens lab'
 * release.dateline?.date; // '2023-10-18'
 */
export function parseRelease(text: string, options?: ParseOptions): PressRelease {
  if (typeof text !== 'string') throw new PressparseError('unsupported_format', 'parseRelease expects a string.');
  return runPipeline(text, options);
}

/** The result of {@link safeParseRelease}: a release, or the typed error, never a throw. */
export type SafeParseResult = { ok: true; release: PressRelease } | { ok: false; error: { code: string; message: string } };

/**
 * Like {@link parseRelease}, but returns `{ ok: false, error }` instead of throwing.
 * @example
 * const r = safeParseRelease('');
 * if (!r.ok) console.log(r.error.code); // 'empty'
 */
export function safeParseRelease(text: string, options?: ParseOptions): SafeParseResult {
  try {
    return { ok: true, release: parseRelease(text, options) };
  } catch (e) {
    if (e instanceof PressparseError) return { ok: false, error: { code: e.code, message: e.message } };
    return { ok: false, error: { code: 'unreadable', message: e instanceof Error ? e.message : String(e) } };
  }
}
