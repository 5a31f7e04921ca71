// A fuzz worker (child process of scripts/fuzz.mjs): parses each case it is sent and reports the outcome.
// It runs in its own process so that a hang can be killed and a crash or out-of-memory is seen, not suffered.
import { PRESSPARSE_ERROR_CODES } from '../../dist/errors.js';
import { PressparseError, PressReleaseSchema, parseRelease } from '../../dist/index.js';

/** A case's outcome: a valid release, a typed error with a known code, or a failure with what went wrong. */
export async function outcome(bytes, fileName) {
  try {
    const release = await parseRelease(bytes, { fileName });
    const checked = PressReleaseSchema.safeParse(release);
    return checked.success ? { kind: 'release' } : { kind: 'failure', reason: `invalid release: ${checked.error.message.slice(0, 500)}` };
  } catch (e) {
    if (e instanceof PressparseError && PRESSPARSE_ERROR_CODES.includes(e.code)) return { kind: 'error', code: e.code };
    return { kind: 'failure', reason: `untyped error: ${e instanceof Error ? e.stack ?? e.message : String(e)}`.slice(0, 2000) };
  }
}

process.on('message', async ({ id, bytes, fileName }) => {
  const before = process.cpuUsage();
  const result = await outcome(new Uint8Array(bytes), fileName);
  const used = process.cpuUsage(before);
  process.send({ id, ...result, cpuMs: Math.round((used.user + used.system) / 1000) });
});
