import { parentPort } from 'node:worker_threads';
import { PressparseError, parseRelease } from '../index.js';

/** Parses one file's bytes per message and answers with its JSON record, in the worker pool of the CLI. */
export interface Job {
  id: number;
  file: string;
  sha256: string;
  bytes: Uint8Array;
  pretty: boolean;
}

parentPort?.on('message', async (job: Job) => {
  let record: Record<string, unknown>;
  try {
    const release = await parseRelease(job.bytes, { fileName: job.file });
    record = { file: job.file, sha256: job.sha256, ok: true, release };
  } catch (e) {
    const error = e instanceof PressparseError
      ? { code: e.code, message: e.message }
      : { code: 'crashed', message: `pressparse failed on this file: ${e instanceof Error ? e.message : String(e)}` };
    record = { file: job.file, sha256: job.sha256, ok: false, error };
  }
  parentPort!.postMessage({ id: job.id, line: JSON.stringify(record, null, job.pretty ? 2 : undefined) });
});
