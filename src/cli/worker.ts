import { parentPort } from 'node:worker_threads';
import { PressparseError, parseRelease } from '../index.js';
import { sha256Hex } from '../util/hash.js';
import { readInput } from './read.js';
import { type Outcome, errorRecord, releaseRecord } from './records.js';

/** One file to parse, in the worker pool of the CLI. */
export interface Job {
  id: number;
  file: string;
  /**
   * The file's bytes and SHA-256 when the main thread has read it (standard input; a --resume run); null when the
   * worker is to read it. Reading here keeps the main thread's cost per file small: asynchronous reads took it
   * about 0.2 ms of CPU a file, a quarter of the time a text release takes to parse.
   */
  read: { bytes: Uint8Array; sha256: string } | null;
  pretty: boolean;
}

/** What a worker says of a job: its SHA-256 once the file is read (for a record of a timeout), then its record. */
export type Answer = { id: number; sha256: string } | ({ id: number } & Outcome);

function answer(job: Job, outcome: Outcome): void {
  parentPort!.postMessage({ id: job.id, ...outcome } satisfies Answer);
}

async function parse(job: Job): Promise<void> {
  let bytes: Uint8Array;
  let sha256: string;
  if (job.read) ({ bytes, sha256 } = job.read);
  else {
    const read = readInput(job.file);
    if (!('bytes' in read)) return answer(job, errorRecord(job.file, null, read.code, read.message, job.pretty));
    ({ bytes } = read);
    sha256 = sha256Hex(bytes);
    parentPort!.postMessage({ id: job.id, sha256 } satisfies Answer);
  }
  let outcome: Outcome;
  try {
    outcome = releaseRecord(job.file, sha256, await parseRelease(bytes, { fileName: job.file }), job.pretty);
  } catch (e) {
    outcome = e instanceof PressparseError
      ? errorRecord(job.file, sha256, e.code, e.message, job.pretty)
      : errorRecord(job.file, sha256, 'crashed', `pressparse failed on this file: ${e instanceof Error ? e.message : String(e)}`, job.pretty);
  }
  answer(job, outcome);
}

// One file at a time, in the order sent: the pool gives a worker its next file before this one is done, and
// times and answers them in that order. Started at once, a text sent behind a PDF finished first, and its record
// was taken for a stray one.
let queue = Promise.resolve();
parentPort?.on('message', (job: Job) => {
  queue = queue.then(() => parse(job));
});
