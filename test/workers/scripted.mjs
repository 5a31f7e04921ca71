// A stand-in for the CLI's parsing worker, for the pool's tests: a job's file name says what the worker does.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (job) => {
  // Says it has read the file, as the real worker does, then never answers.
  if (job.file === 'hang') return void parentPort.postMessage({ id: job.id, sha256: 'h'.repeat(64) });
  if (job.file === 'crash') process.exit(7);
  parentPort.postMessage({ id: job.id, line: `${job.file}:${job.read.bytes.length}`, error: null });
});
