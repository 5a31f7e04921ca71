/**
 * The CLI's JSON Lines records, one per input: `{file, sha256, ok: true, release}` or
 * `{file, sha256, ok: false, error: {code, message}}`. The error code travels beside the line, so the main
 * thread counts errors without parsing what the workers wrote.
 */
export interface Outcome {
  line: string;
  error: string | null;
}

const json = (record: object, pretty: boolean): string => JSON.stringify(record, null, pretty ? 2 : undefined);

export function releaseRecord(file: string, sha256: string, release: unknown, pretty: boolean): Outcome {
  return { line: json({ file, sha256, ok: true, release }, pretty), error: null };
}

export function errorRecord(file: string | null, sha256: string | null, code: string, message: string, pretty = false): Outcome {
  return { line: json({ file, sha256, ok: false, error: { code, message } }, pretty), error: code };
}
