import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PressReleaseSchema } from '../src/index.js';
import { FIXTURES } from './helpers.js';

// The CLI as users run it: the built bin (npm test builds before testing).
const BIN = join(import.meta.dirname, '..', 'dist', 'cli', 'main.js');
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pressparse-cli-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'b-release.txt'), readFileSync(join(FIXTURES, 'en-prnewswire-two-abouts', 'input.txt')));
  writeFileSync(join(dir, 'sub', 'a-release.txt'), readFileSync(join(FIXTURES, 'zh-hant-hkstp-horizon', 'input.txt')));
  writeFileSync(join(dir, 'empty.txt'), '  \n');
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
  writeFileSync(join(dir, 'notes.md'), '# not picked up');
  return dir;
}

describe('pressparse CLI', () => {
  it('writes one JSON line per .txt, in sorted order, with error records, and exits 1 when some failed', () => {
    const dir = folder();
    const r = run([dir]);
    expect(r.status).toBe(1);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; ok: boolean; release?: unknown; error?: { code: string } });
    expect(records.map((x) => x.file.slice(x.file.lastIndexOf('/') + 1))).toEqual(['b-release.txt', 'empty.txt', 'latin1.txt', 'a-release.txt']);
    expect(records.map((x) => x.ok)).toEqual([true, false, false, true]);
    expect(records[1]!.error!.code).toBe('empty');
    expect(records[2]!.error!.code).toBe('decode_failed');
    for (const x of records.filter((y) => y.ok)) expect(PressReleaseSchema.safeParse(x.release).success).toBe(true);
    expect(r.stderr).toMatch(/4 files, 2 releases, 2 errors/);
  });

  it('writes --out only when the run completes, leaving no partial file', () => {
    const dir = folder();
    const out = join(mkdtempSync(join(tmpdir(), 'pressparse-out-')), 'releases.jsonl');
    const r = run([join(dir, 'b-release.txt'), '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(1);
    expect(readdirSync(join(out, '..'))).toEqual(['releases.jsonl']);
  });

  it('refuses an --out that is one of its inputs', () => {
    const dir = folder();
    const input = join(dir, 'b-release.txt');
    const before = readFileSync(input, 'utf8');
    expect(run([input, '--out', input]).status).toBe(2);
    expect(readFileSync(input, 'utf8')).toBe(before);
  });

  it('explains itself and reports usage errors with exit code 2', () => {
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage: pressparse/);
    expect(run([]).status).toBe(2);
    expect(run(['--no-such-flag', '.']).status).toBe(2);
    expect(run([join(tmpdir(), 'does-not-exist-pressparse')]).status).toBe(2);
    expect(existsSync(BIN)).toBe(true);
  });
});
