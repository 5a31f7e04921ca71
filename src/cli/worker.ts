import { parentPort } from 'node:worker_threads';
import { PressparseError, parseRelease } from '../index.js';
import { type Outcome, errorRecord, releaseRecord } from './records.js';

/** Parses one file's bytes per message and answers with its JSON record, in the worker pool of the CLI. */
export interface Job {
  id: number;
  file: string;
  sha256: string;
  bytes: Uint8Array;
  pretty: boolean;
}

async function parse(job: Job): Promise<void> {
  let outcome: Outcome;
  try {
    outcome = releaseRecord(job.file, job.sha256, await parseRelease(job.bytes, { fileName: job.file }), job.pretty);
  } catch (e) {
    outcome = e instanceof PressparseError
      ? errorRecord(job.file, job.sha256, e.code, e.message, job.pretty)
      : errorRecord(job.file, job.sha256, 'crashed', `pressparse failed on this file: ${e instanceof Error ? e.message : String(e)}`, job.pretty);
  }
  parentPort!.postMessage({ id: job.id, ...outcome });
}

// One file at a time, in the order sent: the pool gives a worker its next file before this one is done, and
// times and answers them in that order. Started at once, a text sent behind a PDF finished first, and its record
// was taken for a stray one.
let queue = Promise.resolve();
parentPort?.on('message', (job: Job) => {
  queue = queue.then(() => parse(job));
});
