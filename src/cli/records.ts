import { ERROR_HINTS, type PressparseErrorCode } from '../errors.js';

/**
 * The CLI's JSON Lines records, one per input: `{file, sha256, ok: true, release}` or
 * `{file, sha256, ok: false, error: {code, message, hint}}`. The error code travels beside the line, so the main
 * thread counts errors without parsing what the workers wrote.
 */
export interface Outcome {
  line: string;
  error: string | null;
}

/** The codes only the CLI gives, for a file whose parse it had to abandon, and what the user can do. */
const RUN_HINTS = {
  timeout: 'Parse the file on its own with a larger --timeout (e.g. --timeout 120); if it never finishes, report it with the file.',
  crashed: 'Parse the file on its own (pressparse FILE); if it fails again, report it with the file: any input should give a release or a typed error.',
} as const;

export type RecordErrorCode = PressparseErrorCode | keyof typeof RUN_HINTS;
const HINTS: Readonly<Record<RecordErrorCode, string>> = { ...ERROR_HINTS, ...RUN_HINTS };
/** Every code a record may carry, for --help. */
export const RECORD_ERROR_CODES = Object.keys(HINTS) as RecordErrorCode[];

const json = (record: object, pretty: boolean): string => JSON.stringify(record, null, pretty ? 2 : undefined);

export function releaseRecord(file: string, sha256: string, release: unknown, pretty: boolean): Outcome {
  return { line: json({ file, sha256, ok: true, release }, pretty), error: null };
}

export function errorRecord(file: string | null, sha256: string | null, code: RecordErrorCode, message: string, pretty = false): Outcome {
  return { line: json({ file, sha256, ok: false, error: { code, message, hint: HINTS[code] } }, pretty), error: code };
}
