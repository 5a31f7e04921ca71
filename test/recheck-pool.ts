import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Parameters } from 'recheck';

/** recheck's verdict on one pattern. */
export interface Verdict {
  status: 'safe' | 'vulnerable' | 'unknown';
  complexity: string | null;
  attack: string | null;
  error: string | null;
}

/**
 * Checks every pattern with recheck, spread over a few threads: its pure-JS checker is CPU-bound, and a handful
 * of large patterns take seconds each.
 */
export async function recheckAll(patterns: readonly { source: string; flags: string }[], params: Parameters): Promise<Verdict[]> {
  const threads = Math.max(1, Math.min(4, availableParallelism(), patterns.length));
  const verdicts: Verdict[] = new Array(patterns.length);
  let next = 0;
  const run = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(new URL('./recheck-worker.mjs', import.meta.url), { workerData: { params } });
      const send = (): void => {
        if (next >= patterns.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const id = next++;
        worker.postMessage({ id, source: patterns[id]!.source, flags: patterns[id]!.flags });
      };
      worker.on('message', (v: Verdict & { id: number }) => {
        verdicts[v.id] = v;
        send();
      });
      worker.on('error', reject);
      send();
    });
  await Promise.all(Array.from({ length: threads }, run));
  return verdicts;
}
