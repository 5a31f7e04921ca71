import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES, ERROR_HINTS } from '../src/errors.js';
import { PressReleaseSchema } from '../src/index.js';
import { FIXTURES } from './helpers.js';
import { tempDir } from './temp-dirs.js';

// The CLI as users run it: the built bin (npm test builds before testing).
const BIN = join(import.meta.dirname, '..', 'dist', 'cli', 'main.js');
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
const lines = (s: string) => s.trim().split('\n').filter(Boolean);

function folder(): string {
  const dir = tempDir('cli-');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'b-release.txt'), readFileSync(join(FIXTURES, 'en-prnewswire-two-abouts', 'input.txt')));
  writeFileSync(join(dir, 'sub', 'a-release.txt'), readFileSync(join(FIXTURES, 'zh-hant-hkstp-horizon', 'input.txt')));
  writeFileSync(join(dir, 'empty.txt'), '  \n');
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
  writeFileSync(join(dir, 'notes.md'), '# not picked up');
  return dir;
}

describe('pressparse CLI', { timeout: 120_000 }, () => {
  it('writes one JSON line per .txt, in sorted order, with error records, and exits 1 when some failed', () => {
    const dir = folder();
    const r = run([dir]);
    expect(r.status).toBe(1);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; ok: boolean; release?: unknown; error?: { code: string; hint: string } });
    expect(records.map((x) => x.file.slice(x.file.lastIndexOf('/') + 1))).toEqual(['b-release.txt', 'empty.txt', 'latin1.txt', 'a-release.txt']);
    expect(records.map((x) => x.ok)).toEqual([true, false, false, true]);
    expect(records[1]!.error!.code).toBe('empty');
    expect(records[2]!.error!.code).toBe('decode_failed');
    expect(records[1]!.error!.hint).toBe(ERROR_HINTS.empty);
    expect(records[2]!.error!.hint).toBe(ERROR_HINTS.decode_failed);
    for (const x of records.filter((y) => y.ok)) expect(PressReleaseSchema.safeParse(x.release).success).toBe(true);
    expect(r.stderr).toMatch(/4 files, 2 releases, 2 errors/);
  });

  it('parses a PDF, a Word file, a page and a text in one worker, each once and in order, none timed out', () => {
    // A worker holds two files at a time: a text that finishes while a PDF before it is still being read must
    // not have its record lost (it was, and the text then ran out of time waiting for it).
    const dir = tempDir('mixed-');
    writeFileSync(join(dir, 'a.pdf'), readFileSync(join(FIXTURES, 'zh-hant-hkstp-horizon', 'input.pdf')));
    writeFileSync(join(dir, 'b.txt'), readFileSync(join(FIXTURES, 'en-prnewswire-two-abouts', 'input.txt')));
    writeFileSync(join(dir, 'c.docx'), readFileSync(join(FIXTURES, 'en-hkstp-biomap-fragment', 'input.docx')));
    writeFileSync(join(dir, 'd.html'), readFileSync(join(FIXTURES, 'zh-hant-hkstp-horizon', 'input.html')));
    writeFileSync(join(dir, 'e.pdf'), readFileSync(join(FIXTURES, 'en-hkstp-biomap-fragment', 'input.pdf')));
    writeFileSync(join(dir, 'f.txt'), readFileSync(join(FIXTURES, 'zh-hant-hkstp-horizon', 'input.txt')));
    const r = run([dir, '--jobs', '1', '--timeout', '20']);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; ok: boolean; error?: { code: string } });
    expect(records.map((x) => [x.file.slice(x.file.lastIndexOf('/') + 1), x.ok ? 'ok' : x.error?.code])).toEqual(
      ['a.pdf', 'b.txt', 'c.docx', 'd.html', 'e.pdf', 'f.txt'].map((f) => [f, 'ok']),
    );
    expect(r.status).toBe(0);
  });

  it('turns a file past --timeout into a timeout record and carries on with a fresh worker', () => {
    const dir = folder();
    // A worker cannot even start within a millisecond: every file runs out of time, in input order, before its
    // worker has read it, so with no SHA-256 (the pool's tests give one read in time its SHA-256).
    const out = join(tempDir('out-'), 'all.jsonl');
    const r = run([dir, '--timeout', '0.001', '--jobs', '2', '--out', out]);
    expect(r.status).toBe(1);
    const first = readFileSync(out, 'utf8');
    const records = lines(first).map((l) => JSON.parse(l) as { file: string; sha256: string | null; ok: boolean; error?: { code: string; hint: string } });
    expect(records.map((x) => x.file.slice(x.file.lastIndexOf('/') + 1))).toEqual(['b-release.txt', 'empty.txt', 'latin1.txt', 'a-release.txt']);
    expect(records.every((x) => !x.ok && x.error?.code === 'timeout' && x.sha256 === null)).toBe(true);
    expect(records.every((x) => x.error?.hint.includes('--timeout'))).toBe(true);
    expect(r.stderr).toMatch(/4 files, 0 releases, 4 errors \(timeout: 4\)/);
    // --resume knows those records by their paths: it gives none of the files a second record.
    const again = run([dir, '--out', out, '--resume']);
    expect(again.stderr).toMatch(/0 files, 0 releases, 0 errors, 4 already done/);
    expect(readFileSync(out, 'utf8')).toBe(first);
  });

  it('ends quietly, with status 141, when the reader of standard output closes it (| head)', async () => {
    const dir = tempDir('head-');
    const text = readFileSync(join(FIXTURES, 'en-prnewswire-two-abouts', 'input.txt'));
    for (let i = 0; i < 200; i++) writeFileSync(join(dir, `${String(i).padStart(3, '0')}.txt`), text);
    const child = spawn(process.execPath, [BIN, dir, '--jobs', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise((resolve) => child.on('close', resolve));
    expect({ status, stderr }).toEqual({ status: 141, stderr: '' });
  });

  it('waits for a slow --out without piling up listeners (a warning on stderr)', () => {
    const dir = tempDir('many-out-');
    const text = readFileSync(join(FIXTURES, 'en-prnewswire-two-abouts', 'input.txt'));
    for (let i = 0; i < 200; i++) writeFileSync(join(dir, `${String(i).padStart(3, '0')}.txt`), text);
    const out = join(tempDir('out-'), 'all.jsonl');
    const r = run([dir, '--out', out, '-q']);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    expect(lines(readFileSync(out, 'utf8'))).toHaveLength(200);
  });

  it('writes --out only when the run completes, leaving no partial file', () => {
    const dir = folder();
    const out = join(tempDir('out-'), 'releases.jsonl');
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

  it('refuses an --out inside an input folder, however the path is spelled, and writes nothing there', () => {
    const dir = folder();
    const link = join(tempDir('link-'), 'to-input');
    symlinkSync(dir, link);
    for (const out of [join(dir, 'out.jsonl'), join(dir, 'sub', 'new', 'out.txt'), join(link, 'out.jsonl')]) {
      const r = run([dir, '--out', out]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/inside the input folder .*: give a path outside the input folders/);
    }
    expect(readdirSync(dir).sort()).toEqual(['b-release.txt', 'empty.txt', 'latin1.txt', 'notes.md', 'sub']);
    expect(readdirSync(join(dir, 'sub'))).toEqual(['a-release.txt']);
  });

  it('refuses an --out whose FILE.partial is an input', () => {
    const input = join(tempDir('in-'), 'releases.jsonl.partial');
    const bytes = readFileSync(join(FIXTURES, 'en-prnewswire-two-abouts', 'input.txt'));
    writeFileSync(input, bytes);
    const r = run([input, '--out', input.slice(0, -'.partial'.length)]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/would write .*releases\.jsonl\.partial the input .*: give another path/);
    expect(readFileSync(input)).toEqual(bytes);
  });

  it('refuses to parse its own output when standard output is redirected into an input folder', () => {
    const dir = folder();
    const fd = openSync(join(dir, 'out.txt'), 'w');
    const r = spawnSync(process.execPath, [BIN, dir], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
    closeSync(fd);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/standard output goes to .*out\.txt, one of the inputs/);
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('');
  });

  it('never writes over an earlier run\'s FILE.partial without --resume', () => {
    const dir = folder();
    const out = join(tempDir('out-'), 'releases.jsonl');
    writeFileSync(`${out}.partial`, '{"file":"x.txt","sha256":"00","ok":true}\n');
    const r = run([join(dir, 'b-release.txt'), '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/holds the records of an interrupted run: add --resume to continue it, or delete it to start over/);
    expect(readFileSync(`${out}.partial`, 'utf8')).toBe('{"file":"x.txt","sha256":"00","ok":true}\n');
    expect(existsSync(out)).toBe(false);
  });

  it('explains itself and reports usage errors with exit code 2', () => {
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage: pressparse/);
    for (const code of [...Object.keys(ERROR_HINTS), 'timeout', 'crashed']) expect(help.stdout).toContain(code);
    for (const status of ['130 after SIGINT', '143 after SIGTERM', '3 when the run could not go on']) expect(help.stdout).toContain(status);
    expect(run([]).status).toBe(2);
    expect(run(['--no-such-flag', '.']).status).toBe(2);
    const missing = run([join(tmpdir(), 'does-not-exist-pressparse')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/check that the path exists/);
    const unwritable = run([join(FIXTURES, 'errors', 'empty.txt'), '--out', join(tmpdir(), 'does-not-exist-pressparse', 'out.jsonl')]);
    expect(unwritable.status).toBe(2);
    expect(unwritable.stderr).toMatch(/cannot write .*out\.jsonl\.partial: .*Give an --out in a folder that exists/);
    expect(existsSync(BIN)).toBe(true);
  });
});

// Each test starts the CLI a few times: generous timeouts for a loaded two-core machine, no timing asserted.
describe('pressparse CLI at scale', { timeout: 120_000 }, () => {
  const corpus = () => {
    const dir = tempDir('many-');
    for (const name of readdirSync(FIXTURES).filter((n) => n.startsWith('zh-') || n.startsWith('en-')).slice(0, 12)) {
      writeFileSync(join(dir, `${name}.txt`), readFileSync(join(FIXTURES, name, 'input.txt')));
    }
    return dir;
  };

  it('gives the same output, in input order, whatever the number of jobs', () => {
    const dir = corpus();
    const one = run([dir, '--jobs', '1', '--quiet']);
    const three = run([dir, '--jobs', '3', '--quiet']);
    expect(one.status).toBe(0);
    expect(three.stdout).toBe(one.stdout);
    expect(one.stderr).toBe('');
  });

  it('splits a folder into shards with no overlap and nothing left out', () => {
    const dir = corpus();
    const all = lines(run([dir, '-q']).stdout).map((l) => JSON.parse(l).file as string);
    const a = lines(run([dir, '-q', '--shard', '1/2']).stdout).map((l) => JSON.parse(l).file as string);
    const b = lines(run([dir, '-q', '--shard', '2/2']).stdout).map((l) => JSON.parse(l).file as string);
    expect([...a, ...b].sort()).toEqual([...all].sort());
    expect(a.filter((f) => b.includes(f))).toEqual([]);
    expect(run([dir, '--shard', '3/2']).status).toBe(2);
  });

  it('resumes an interrupted run: complete lines kept, a torn one dropped, the rest parsed once', () => {
    const dir = corpus();
    const outDir = tempDir('resume-');
    const out = join(outDir, 'all.jsonl');
    const full = lines(run([dir, '-q']).stdout);
    writeFileSync(`${out}.partial`, `${full.slice(0, 4).join('\n')}\n${full[4]!.slice(0, 50)}`);
    const r = run([dir, '--out', out, '--resume']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/4 already done/);
    const got = lines(readFileSync(out, 'utf8'));
    expect([...got].sort()).toEqual([...full].sort());
    expect(existsSync(`${out}.partial`)).toBe(false);
  });

  it('resumes --pretty output, whose records span lines, to what one run writes', () => {
    const dir = corpus();
    const out = join(tempDir('resume-'), 'all.json');
    const full = run([dir, '-q', '--pretty']).stdout;
    const cut = full.indexOf('\n{', full.indexOf('\n{') + 1) + 1;
    writeFileSync(`${out}.partial`, full.slice(0, cut + 40));
    const r = run([dir, '--out', out, '--resume', '--pretty']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/, 2 already done/);
    expect(readFileSync(out, 'utf8')).toBe(full);
  });

  it('gives inputs with the same bytes a record each on --resume, and exits 1 for the error records it kept', () => {
    const dir = folder();
    writeFileSync(join(dir, 'c-copy.txt'), readFileSync(join(dir, 'b-release.txt')));
    const out = join(tempDir('resume-'), 'all.jsonl');
    const full = lines(run([dir, '-q']).stdout);
    expect(full.map((l) => JSON.parse(l).file as string).filter((f) => /[bc]-/.test(f))).toHaveLength(2);
    // b-release.txt and the two error records are done; c-copy.txt, the same bytes, is not.
    writeFileSync(`${out}.partial`, `${[full[0], full[2], full[3]].join('\n')}\n`);
    const r = run([dir, '--out', out, '--resume']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/2 files, 2 releases, 0 errors, 3 already done/);
    expect([...lines(readFileSync(out, 'utf8'))].sort()).toEqual([...full].sort());
  });

  it('refuses a file over the size limit without reading it, and --resume knows its record by its path', () => {
    const dir = tempDir('big-');
    writeFileSync(join(dir, 'a.txt'), readFileSync(join(FIXTURES, 'en-prnewswire-two-abouts', 'input.txt')));
    writeFileSync(join(dir, 'big.txt'), '');
    truncateSync(join(dir, 'big.txt'), DEFAULT_MAX_BYTES + 1);
    const out = join(tempDir('out-'), 'all.jsonl');
    expect(run([dir, '--out', out]).status).toBe(1);
    const first = readFileSync(out, 'utf8');
    const big = JSON.parse(lines(first)[1]!) as { sha256: string | null; error: { code: string } };
    expect(big).toMatchObject({ sha256: null, error: { code: 'too_large' } });
    const again = run([dir, '--out', out, '--resume']);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/0 files, 0 releases, 0 errors, 2 already done/);
    expect(readFileSync(out, 'utf8')).toBe(first);
  });

  it('exits 3 when its output cannot be written, and --resume carries on from the records it kept', () => {
    const dir = corpus();
    const out = join(tempDir('full-'), 'all.jsonl');
    const full = lines(run([dir, '-q']).stdout);
    // A 4 KiB limit on the size of a file the run writes stands in for a full disk.
    const r = spawnSync('sh', ['-c', 'ulimit -f 8; exec "$0" "$@"', process.execPath, BIN, dir, '--out', out, '-q'], { encoding: 'utf8' });
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/EFBIG/);
    expect(r.stderr).toContain(`${out}.partial keeps every complete record written so far`);
    expect(r.stderr).toContain(`--out ${out} -q --resume\n`);
    const kept = readFileSync(`${out}.partial`, 'utf8').split('\n').slice(0, -1);
    expect(kept.length).toBeLessThan(full.length);
    const again = run([dir, '--out', out, '-q', '--resume']);
    expect(again.status).toBe(0);
    expect([...lines(readFileSync(out, 'utf8'))].sort()).toEqual([...full].sort());
  });

  it('reads one release from standard input', () => {
    const r = spawnSync(process.execPath, [BIN, '-', '--pretty'], { input: readFileSync(join(FIXTURES, 'en-prnewswire-two-abouts', 'input.txt')), encoding: 'utf8' });
    expect(r.status).toBe(0);
    const rec = JSON.parse(r.stdout) as { file: string; release: { headline: string } };
    expect(rec.file).toBe('-');
    expect(rec.release.headline).toMatch(/Cold-Chain Hub/);
  });
});
