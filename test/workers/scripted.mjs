// A stand-in for the CLI's parsing worker, for the pool's tests: a job's file name says what the worker does.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (job) => {
  if (job.file === 'hang') return;
  if (job.file === 'crash') process.exit(7);
  parentPort.postMessage({ id: job.id, line: `${job.file}:${job.bytes.length}`, error: null });
});
