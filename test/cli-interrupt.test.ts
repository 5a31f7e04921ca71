import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PressReleaseSchema } from '../src/index.js';
import { BIN, type Corpus, corpus, linesOf, start, until } from './cli-run.js';
import { tempDir } from './temp-dirs.js';

// A killed or interrupted run, resumed, ends with what one uninterrupted run writes: one record per input.

interface JsonRecord {
  file: string;
  sha256: string | null;
  ok: boolean;
  release?: unknown;
  error?: { code: string; message: string };
}

function expectRecord(line: string): void {
  const r = JSON.parse(line) as JsonRecord;
  expect(typeof r.file).toBe('string');
  if (r.ok) expect(PressReleaseSchema.safeParse(r.release).success).toBe(true);
  else expect(r.error!.code).toMatch(/^[a-z_]+$/);
}

/** Every input's bytes and modification time: a run must leave them exactly as they were. */
const snapshot = (files: string[]) => files.filter((f) => !f.endsWith('gate.txt')).map((f) => [f, statSync(f).mtimeMs, readFileSync(f).toString('base64')]);

describe('pressparse CLI killed or interrupted mid-run', { timeout: 600_000 }, () => {
  let data: Corpus;
  let reference: string[];
  let referenceCode: number | null;
  let inputs: ReturnType<typeof snapshot>;

  beforeAll(async () => {
    data = corpus();
    inputs = snapshot(data.files);
    const out = join(tempDir('reference-'), 'all.jsonl');
    const run = start([data.dir, '--out', out, '--jobs', '2']);
    await data.openGate(run);
    referenceCode = (await run.exit).code;
    reference = linesOf(out).complete;
    expect(reference).toHaveLength(data.files.length);
    expect(new Set(reference.map((l) => (JSON.parse(l) as JsonRecord).file))).toEqual(new Set(data.files));
    // Exit 1: the blank files are error records.
    expect(referenceCode).toBe(1);
  }, 600_000);

  /** Runs `--resume` to the end and checks the result is the uninterrupted run's, nothing lost or doubled. */
  async function resume(args: string[], out: string, kept: number): Promise<void> {
    const run = start([...args, '--resume']);
    await data.openGate(run);
    const { code, stderr } = await run.exit;
    expect(code).toBe(referenceCode);
    expect(stderr).toMatch(new RegExp(`, ${kept} already done`));
    const final = linesOf(out);
    expect(final.torn).toBe('');
    expect([...final.complete].sort()).toEqual([...reference].sort());
    expect(existsSync(`${out}.partial`)).toBe(false);
  }

  // SIGKILL gives the run no chance to tidy up. The kill lands at or after the point, before the gate.
  it.each([1, 100, 200])('SIGKILL after %i records, then --resume', async (point) => {
    const outDir = tempDir('kill-');
    const out = join(outDir, 'all.jsonl');
    // From the second point on, FILE holds an earlier run's output, which the killed run must not touch.
    const earlier = point > 1 ? `${reference.slice(0, 3).join('\n')}\n` : null;
    if (earlier) writeFileSync(out, earlier);
    const before = earlier ? statSync(out).mtimeMs : null;
    const args = [data.dir, '--out', out, '--jobs', '2'];
    const run = start(args);
    await until(run, () => linesOf(`${out}.partial`).complete.length >= point, `${point} records`);
    run.child.kill('SIGKILL');
    expect((await run.exit).signal).toBe('SIGKILL');

    if (earlier) {
      expect(readFileSync(out, 'utf8')).toBe(earlier);
      expect(statSync(out).mtimeMs).toBe(before);
    } else {
      expect(existsSync(out)).toBe(false);
    }
    const { complete, torn } = linesOf(`${out}.partial`);
    expect(complete.length).toBeGreaterThanOrEqual(point);
    expect(complete.length).toBeLessThan(data.files.length);
    for (const line of complete) expectRecord(line);
    // What the kill may have cut is the start of a record, which --resume drops.
    if (torn) expect(torn.startsWith('{')).toBe(true);
    await resume(args, out, complete.length);
    expect(snapshot(data.files)).toEqual(inputs);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s stops on a complete record, says how to resume, and exits %i', async (signal, status) => {
    const out = join(tempDir('signal-'), 'all.jsonl');
    const args = [data.dir, '--out', out, '--jobs', '2'];
    const run = start(args);
    await until(run, () => linesOf(`${out}.partial`).complete.length >= 50, '50 records');
    run.child.kill(signal);
    const { code, stderr } = await run.exit;
    expect(code).toBe(status);
    expect(existsSync(out)).toBe(false);
    const { complete, torn } = linesOf(`${out}.partial`);
    expect(torn).toBe('');
    expect(complete.length).toBeGreaterThanOrEqual(50);
    expect(complete.length).toBeLessThan(data.files.length);
    for (const line of complete) expectRecord(line);
    expect(stderr).toContain(`stopped by ${signal} after ${complete.length} records`);
    expect(stderr).toContain(`To continue, run:\n  ${process.execPath} ${BIN} ${args.join(' ')} --resume\n`);
    await resume(args, out, complete.length);
    expect(snapshot(data.files)).toEqual(inputs);
  });

  it('SIGINT without --out ends standard output on a complete record and says --out makes a run resumable', async () => {
    const run = start([data.dir, '--jobs', '2']);
    await until(run, () => run.stdout().split('\n').length > 50, '50 records');
    run.child.kill('SIGINT');
    const { code, stderr } = await run.exit;
    expect(code).toBe(130);
    const lines = run.stdout().split('\n');
    expect(lines.pop()).toBe('');
    for (const line of lines) expectRecord(line);
    expect(stderr).toContain(`stopped by SIGINT after ${lines.length} records; run with --out FILE to be able to resume.`);
  });
});
