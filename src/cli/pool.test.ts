import { describe, expect, it } from 'vitest';
import { Pool } from './pool.js';
import type { Outcome } from './records.js';

const script = new URL('../../test/workers/scripted.mjs', import.meta.url);

/** Runs the named jobs through a pool and resolves with every outcome by job id once all have one. */
function runAll(files: string[], workers: number, timeoutMs = 60_000): Promise<Map<number, Outcome>> {
  return new Promise((resolve) => {
    const outcomes = new Map<number, Outcome>();
    const pool = new Pool(workers, timeoutMs, (id, outcome) => {
      outcomes.set(id, outcome);
      if (outcomes.size === files.length) void pool.close().then(() => resolve(outcomes));
    }, script);
    files.forEach((file, id) => pool.run({ id, file, read: { bytes: new Uint8Array(id + 1), sha256: 'x'.repeat(64) }, pretty: false }));
  });
}

describe('worker pool', () => {
  it('answers every job, in any order of finishing', async () => {
    const files = Array.from({ length: 25 }, (_, i) => `f${i}`);
    const outcomes = await runAll(files, 2);
    expect([...outcomes.keys()].sort((a, b) => a - b)).toEqual(files.map((_, i) => i));
    files.forEach((f, i) => expect(outcomes.get(i)).toEqual({ line: `${f}:${i + 1}`, error: null }));
  });

  it('parses the jobs queued behind a file that times out, on a fresh worker', async () => {
    const outcomes = await runAll(['a', 'hang', 'b', 'c', 'd'], 1, 300);
    expect(outcomes.get(1)?.error).toBe('timeout');
    // The record of a timeout carries the SHA-256 the worker gave once it had read the file: --resume skips it.
    expect(JSON.parse(outcomes.get(1)!.line)).toMatchObject({ file: 'hang', sha256: 'h'.repeat(64) });
    expect([0, 2, 3, 4].map((i) => outcomes.get(i))).toEqual([
      { line: 'a:1', error: null }, { line: 'b:3', error: null }, { line: 'c:4', error: null }, { line: 'd:5', error: null },
    ]);
  });

  it('parses the jobs queued behind a file whose worker dies, on a fresh worker', async () => {
    const outcomes = await runAll(['crash', 'a', 'crash', 'b'], 1);
    expect([0, 2].map((i) => outcomes.get(i)?.error)).toEqual(['crashed', 'crashed']);
    expect(JSON.parse(outcomes.get(0)!.line)).toMatchObject({ sha256: 'x'.repeat(64), error: { message: expect.stringMatching(/exited \(code 7\)/) } });
    expect([1, 3].map((i) => outcomes.get(i))).toEqual([{ line: 'a:2', error: null }, { line: 'b:4', error: null }]);
  });
});
