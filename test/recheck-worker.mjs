// One of the threads test/redos.test.ts spreads recheck over: checks each pattern it is sent, answers with
// recheck's diagnostics. Plain JS so the thread needs no TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';

// recheck's Scala.js build: runs on a fresh `npm install`, with no Java and no native binary.
process.env.RECHECK_SYNC_BACKEND = 'pure';
const { checkSync } = await import('recheck');

parentPort.on('message', ({ id, source, flags }) => {
  const d = checkSync(source, flags, workerData.params);
  parentPort.postMessage({
    id,
    status: d.status,
    complexity: d.status === 'vulnerable' ? d.complexity.type : null,
    attack: d.status === 'vulnerable' ? d.attack.pattern : null,
    error: d.status === 'unknown' ? d.error.kind : null,
  });
});
