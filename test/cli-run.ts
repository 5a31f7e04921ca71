import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { closeSync, constants, existsSync, mkdirSync, openSync, readFileSync, writeSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fixtures } from './helpers.js';
import { tempDir } from './temp-dirs.js';

/** The CLI as users run it: the built bin (npm test builds before testing). */
export const BIN = join(import.meta.dirname, '..', 'dist', 'cli', 'main.js');

export interface Run {
  child: ChildProcess;
  /** What the run has written to standard output so far. */
  stdout: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

export function start(args: string[]): Run {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let stdout = '';
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  child.stdout!.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, stdout: () => stdout, exit };
}

/** Polls until `ready` holds; fails if the run ends first, or after two minutes (a loaded machine is slow, not stuck). */
export async function until(run: Run, ready: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (!ready()) {
    if (run.child.exitCode !== null || run.child.signalCode !== null) throw new Error(`the run ended before ${what}`);
    if (Date.now() > deadline) throw new Error(`no ${what} within two minutes`);
    await sleep(20);
  }
}

/** The complete lines of a JSON Lines file, and what follows the last newline (a torn record, or ''). */
export function linesOf(file: string): { complete: string[]; torn: string } {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const parts = text.split('\n');
  return { complete: parts.slice(0, -1), torn: parts.at(-1)! };
}

export interface Corpus {
  dir: string;
  /** Every input file, the gate included. */
  files: string[];
  /** Lets the one run waiting on the gate read it and finish. */
  openGate(run: Run): Promise<void>;
}

/**
 * About 300 small releases made from the fixtures with variations (the stored encoding, UTF-8 with a byte-order
 * mark, CRLF line endings, an added paragraph, extra blank lines, exact copies under another name) and a few
 * blank files that are error records, in a folder with a subfolder. Its last file in walk order is a named pipe,
 * the gate: a run cannot finish until the test writes a release into it, so a run killed "before the end" is
 * killed before the end whatever the machine's speed. Named pipes need a POSIX system.
 */
export function corpus(): Corpus {
  const dir = tempDir('interrupt-');
  mkdirSync(join(dir, 'sub'));
  const files: string[] = [];
  const put = (name: string, bytes: Uint8Array | string): void => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    files.push(path);
  };
  const all = fixtures();
  all.forEach((f, i) => {
    const n = String(i).padStart(3, '0');
    put(`${n}-${f.name}.txt`, f.bytes);
    put(`${n}-${f.name}-crlf.txt`, f.input.replace(/\r?\n/g, '\r\n'));
    put(`${n}-${f.name}-more.txt`, `${f.input.trimEnd()}\n\nUpdate ${i}: this paragraph was added to release ${f.name}.\n`);
    put(`${n}-${f.name}-bom.txt`, `\ufeff${f.input}`);
    put(`sub/${n}-${f.name}-spaced.txt`, `\n\n${f.input.replace(/\n\n/g, '\n\n\n')}\n\n`);
    if (i % 6 === 0) put(`${n}-${f.name}-copy.txt`, f.bytes);
    if (i % 20 === 0) put(`${n}-blank.txt`, ' \n'.repeat(i + 1));
  });
  const gate = join(dir, 'zzz-gate.txt');
  const made = spawnSync('mkfifo', [gate]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
  files.push(gate);
  const release = all[0]!.bytes;
  const openGate = async (run: Run): Promise<void> => {
    let fd: number | null = null;
    // A non-blocking open succeeds once the run has opened the pipe to read it: until then, wait.
    await until(run, () => {
      try {
        fd = openSync(gate, constants.O_WRONLY | constants.O_NONBLOCK);
        return true;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENXIO') throw e;
        return false;
      }
    }, 'the run reading the gate');
    writeSync(fd!, release);
    closeSync(fd!);
  };
  return { dir, files, openGate };
}
