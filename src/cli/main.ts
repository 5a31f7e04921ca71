#!/usr/bin/env node
import { once } from 'node:events';
import { existsSync, type WriteStream } from 'node:fs';
import { copyFile, open, readFile, rename, stat, truncate } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { collect, inShard, parseShard, pathKey, previousRun } from './files.js';
import { outputClash } from './guard.js';
import { SIGNAL_EXIT, onStopSignal, resumeCommand } from './interrupt.js';
import { DEFAULT_MAX_BYTES } from '../errors.js';
import { sha256Hex } from '../util/hash.js';
import { JOBS_PER_WORKER, Pool } from './pool.js';
import { refusals } from './read.js';
import { type Outcome, RECORD_ERROR_CODES, errorRecord } from './records.js';

// Keeps each thread's young generation at its starting size. V8 doubles it whenever many objects outlive a
// scavenge, and a long run's records in flight do: peak RSS grew 1.22x from 2,000 to 20,000 files, and 1.08x
// with this (no slower; npm run bench). V8 reads this flag each time it would grow, so setting it here works.
setFlagsFromString('--semi-space-growth-factor=1');

const HELP = `Usage: pressparse <file|folder|->... [options]

Parses every press release it is given (.txt, .html, .htm, .docx, .pdf; folders are walked recursively, in
sorted order; "-" reads one release from standard input) and writes one JSON line per input, in input order:
  {"file": "...", "sha256": "...", "ok": true, "release": {...}}
  {"file": "...", "sha256": "...", "ok": false, "error": {"code": "...", "message": "...", "hint": "..."}}

Options:
  -o, --out FILE     write the JSON Lines to FILE: written to FILE.partial and renamed into place when the
                     run completes, so an interrupted run leaves FILE as it was and FILE.partial to resume.
                     FILE may not be an input, nor lie inside an input folder
      --resume       with --out: keep the records of an earlier (complete or interrupted) run and parse only
                     the inputs it has no record for (matched by SHA-256, or by path for a record without
                     one: a file refused unread, or out of time before it was read)
  -j, --jobs N       parse N files at once, in worker threads (default: the number of cores)
      --shard K/N    parse only the files whose path hashes to shard K of N: N machines or batch jobs split
                     one folder with no coordination and no overlap
      --timeout S    give up on a file after S seconds (default 30): it becomes a "timeout" record
      --pretty       indent the JSON (one record spans several lines)
  -q, --quiet        no progress and no summary on standard error
  -h, --help         show this help

Text files may be UTF-8, UTF-16, Big5 or GB18030. Web pages are read through their article text and metadata,
Word files through their paragraphs, lists and tables, PDFs page by page without running headers and footers.
A file that cannot be parsed becomes an error record and the run goes on; its hint says what to do about it.
Error codes: ${RECORD_ERROR_CODES.join(', ')}.

Ctrl-C (SIGINT) or SIGTERM stops the run after the records already in order, closes the output on a complete
line and prints the command that resumes it; a second one stops at once (--resume drops a torn last line).

Exit status: 0 when every file parsed; 1 when some files were errors (a record is written for each; with
--resume the records kept count too); 2 for a usage error (nothing written); 3 when the run could not go on
(e.g. its output could not be written: fix the cause and resume); 130 after SIGINT, 143 after SIGTERM; 141
when standard output is closed by its reader (e.g. | head).`;

interface Options {
  out: string | null;
  resume: boolean;
  jobs: number;
  shard: [number, number] | null;
  timeoutMs: number;
  pretty: boolean;
  quiet: boolean;
  inputs: string[];
}

function usage(message: string): number {
  process.stderr.write(`pressparse: ${message}\n\n${HELP}\n`);
  return 2;
}

function options(argv: string[]): Options | number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' }, resume: { type: 'boolean' }, jobs: { type: 'string', short: 'j' },
        shard: { type: 'string' }, timeout: { type: 'string' }, pretty: { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return usage((e as Error).message);
  }
  const v = args.values;
  if (v.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (!args.positionals.length) return usage('give at least one file or folder, or - for standard input.');
  const jobs = v.jobs === undefined ? availableParallelism() : Number(v.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) return usage('--jobs takes a whole number of at least 1.');
  const shard = v.shard === undefined ? null : parseShard(v.shard);
  if (v.shard !== undefined && !shard) return usage('--shard takes K/N with 1 ≤ K ≤ N, e.g. --shard 2/8.');
  const timeout = v.timeout === undefined ? 30 : Number(v.timeout);
  if (!(timeout > 0)) return usage('--timeout takes a number of seconds.');
  if (v.resume && !v.out) return usage('--resume needs --out: the file whose records it continues.');
  return {
    out: v.out ? resolve(v.out) : null, resume: Boolean(v.resume), jobs, shard, timeoutMs: timeout * 1000,
    pretty: Boolean(v.pretty), quiet: Boolean(v.quiet), inputs: args.positionals,
  };
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

/** Writes, waiting for 'drain' when the stream asks to (events.once removes its listeners either way). */
async function write(stream: NodeJS.WritableStream, s: string): Promise<void> {
  if (!stream.write(s)) await once(stream, 'drain');
}

/** One line on a terminal, redrawn: files done of all, rate, errors, time left. */
class Progress {
  private last = 0;
  constructor(private readonly total: number, private readonly started: number, private readonly on: boolean) {}

  update(done: number, errors: number): void {
    const now = Date.now();
    if (!this.on || (now - this.last < 200 && done < this.total)) return;
    this.last = now;
    const rate = done / Math.max(0.001, (now - this.started) / 1000);
    const eta = rate > 0 ? Math.round((this.total - done) / rate) : 0;
    process.stderr.write(`\r\x1b[Kpressparse: ${done}/${this.total} files · ${rate.toFixed(1)} files/s · ${errors} errors · ${Math.floor(eta / 60)}:${String(eta % 60).padStart(2, '0')} left`);
  }

  end(): void {
    if (this.on) process.stderr.write('\r\x1b[K');
  }
}

/** Ends the output file: resolves once it is synced and closed ('finish' comes before both). */
const finish = (stream: WriteStream): Promise<void> =>
  new Promise((res, rej) => {
    stream.once('close', res).once('error', rej);
    stream.end();
  });

async function main(argv: string[]): Promise<number> {
  const opt = options(argv);
  if (typeof opt === 'number') return opt;
  const paths = opt.inputs.filter((p) => p !== '-');
  let files: string[];
  let clash: string | null;
  try {
    files = await collect(paths);
    clash = await outputClash(paths, files, opt.out);
  } catch (e) {
    return usage(`cannot read ${(e as Error).message}: check that the path exists and that you may read it.`);
  }
  if (clash) return usage(clash);
  if (opt.shard) files = files.filter((f) => inShard(f, opt.shard!));
  const stdin = opt.inputs.includes('-');

  // The run writes FILE.partial and renames it over FILE at the end: an interrupted run leaves FILE as it was
  // and FILE.partial holding complete records, which --resume continues.
  const partial = opt.out ? `${opt.out}.partial` : null;
  let done = new Map<string, number>();
  let failedBefore = 0;
  let stream: WriteStream | NodeJS.WriteStream = process.stdout;
  // Standard output closed by its reader (`| head`): nothing more can be written, so the run ends there, quietly
  // and with the status of a process that SIGPIPE ended, as other command-line tools do.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' ? process.exit(EPIPE_EXIT) : fail(e)));
  if (opt.out && partial) {
    if (opt.resume) {
      if (!existsSync(partial) && existsSync(opt.out)) await copyFile(opt.out, partial);
      if (existsSync(partial)) {
        const previous = await previousRun(partial);
        await truncate(partial, previous.validBytes);
        done = previous.done;
        failedBefore = previous.failed;
      }
    }
    let handle;
    try {
      // Without --resume, never over an earlier run's FILE.partial: that would throw its records away.
      handle = await open(partial, opt.resume ? 'a' : 'wx');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
        return usage(`${partial} holds the records of an interrupted run: add --resume to continue it, or delete it to start over.`);
      }
      return usage(`cannot write ${partial}: ${(e as Error).message}. Give an --out in a folder that exists and that you may write to.`);
    }
    // Synced to disk when closed, before the rename: a power cut just after it cannot leave FILE short.
    stream = handle.createWriteStream({ flush: true });
    stream.on('error', fail);
    afterFailure = `${partial} keeps every complete record written so far. Fix the cause (a full disk?), then run:\n  ${resumeCommand(argv)}`;
  }
  const claim = (key: string): boolean => {
    const n = done.get(key) ?? 0;
    if (n) done.set(key, n - 1);
    return n > 0;
  };

  const started = Date.now();
  const errors = new Map<string, number>();
  let ok = 0;
  let written = 0;
  const progress = new Progress(files.length + (stdin ? 1 : 0), started, !opt.quiet && process.stderr.isTTY === true);
  const results = new Map<number, string>();
  let next = 0;
  let flushing: Promise<void> = Promise.resolve();
  let stopping: Promise<number> | null = null;
  const record = (id: number, { line, error }: Outcome): void => {
    if (stopping) return;
    if (error === null) ok++;
    else errors.set(error, (errors.get(error) ?? 0) + 1);
    results.set(id, line);
    // Records go out in input order, whatever order the workers finish in.
    flushing = flushing.then(async () => {
      while (results.has(next)) {
        await write(stream, `${results.get(next)}\n`);
        results.delete(next++);
        written++;
      }
      progress.update(written, [...errors.values()].reduce((a, b) => a + b, 0));
    });
  };

  const pool = new Pool(Math.max(1, Math.min(opt.jobs, files.length + (stdin ? 1 : 0))), opt.timeoutMs, record);
  // A signal stops the run between records: no new files, the records already in order written, the output
  // closed on a complete line. Records that arrived out of order, and files still being parsed, are dropped:
  // --resume parses them again.
  let closing = false;
  onStopSignal((signal) => {
    // Past its last record the run is renaming FILE.partial into place: let it.
    if (closing) return;
    stopping = (async () => {
      await pool.close();
      await flushing;
      if (partial) await finish(stream as WriteStream);
      progress.end();
      process.stderr.write(
        `pressparse: stopped by ${signal} after ${written} records` +
          (partial ? `; ${partial} holds them. To continue, run:\n  ${resumeCommand(argv)}\n` : '; run with --out FILE to be able to resume.\n'),
      );
      return SIGNAL_EXIT[signal];
    })();
    // Exit without waiting for a read that may never end (a pipe, a stalled network drive).
    void stopping.then((code) => process.exit(code), (e: unknown) => fail(e));
  });

  let id = 0;
  let skipped = 0;
  const refuse = (file: string | null, code: 'unreadable' | 'too_large', message: string): void => {
    record(id++, errorRecord(file ?? '-', null, code, message, opt.pretty));
  };
  // The workers read the files, unless this run resumes another: then a file's SHA-256 decides, before it is
  // parsed, whether its record is already there.
  const workersRead = done.size === 0;
  const inputs: (string | null)[] = [...(stdin ? [null] : []), ...files];
  for (const file of inputs) {
    // Keep memory flat: queue only as many files as the workers can take.
    await pool.room(opt.jobs * (JOBS_PER_WORKER + 1));
    if (stopping) break;
    if (file !== null && workersRead) {
      pool.run({ id: id++, file, read: null, pretty: opt.pretty });
      continue;
    }
    // A record with no SHA-256 (the file was refused unread, or ran out of time before it was read) is known
    // by its path.
    if (file !== null && claim(pathKey(file))) {
      skipped++;
      continue;
    }
    let bytes: Uint8Array;
    try {
      // Sized before it is read: the main thread holds every file the workers have yet to take.
      const size = file === null ? 0 : (await stat(file)).size;
      if (size > DEFAULT_MAX_BYTES) {
        refuse(file, 'too_large', refusals.tooLarge(size));
        continue;
      }
      bytes = file === null ? await readStdin() : new Uint8Array(await readFile(file));
    } catch (e) {
      refuse(file, 'unreadable', refusals.unreadable(e));
      continue;
    }
    const hash = sha256Hex(bytes);
    if (claim(hash)) {
      skipped++;
      continue;
    }
    pool.run({ id: id++, file: file ?? '-', read: { bytes, sha256: hash }, pretty: opt.pretty });
  }
  // Every job has handed its record over once the pool is idle; then the last write has been queued.
  await pool.room(1);
  await flushing;
  if (stopping) return stopping;
  closing = true;
  await pool.close();
  progress.end();

  if (partial && opt.out) {
    await finish(stream as WriteStream);
    await rename(partial, opt.out);
  }
  const secs = (Date.now() - started) / 1000;
  const failed = [...errors.values()].reduce((a, b) => a + b, 0);
  if (!opt.quiet) {
    const byCode = [...errors].map(([c, n]) => `${c}: ${n}`).join(', ');
    process.stderr.write(
      `pressparse: ${id} files, ${ok} releases, ${failed} errors${byCode ? ` (${byCode})` : ''}` +
        `${skipped ? `, ${skipped} already done` : ''} in ${secs.toFixed(2)} s (${(id / Math.max(secs, 0.001)).toFixed(1)} files/s)` +
        `${opt.out ? ` → ${opt.out}` : ''}\n`,
    );
  }
  // The exit status speaks for the whole output, records kept from the interrupted run included.
  return failed + failedBefore ? 1 : 0;
}

/** 128 + SIGPIPE. */
const EPIPE_EXIT = 141;

/** What a failed run tells the user to do next, once there is an output to resume. */
let afterFailure = 'Fix the cause and run the command again.';

/** A run that cannot go on (its output cannot be written, or a bug): exit 3, saying what is kept. */
function fail(e: unknown): never {
  // A system error (EFBIG, ENOSPC, EIO) is the user's to fix, and its message says it; anything else is a bug.
  const what = e instanceof Error ? ((e as NodeJS.ErrnoException).code ? e.message : e.stack) : String(e);
  process.stderr.write(`pressparse: the run stopped on an error: ${what}\n${afterFailure}\n`);
  process.exit(3);
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, fail);
