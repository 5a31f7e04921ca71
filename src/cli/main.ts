#!/usr/bin/env node
import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PressparseError, parseFile } from '../index.js';

const HELP = `Usage: pressparse <file|folder>... [--out FILE] [--pretty]

Parses every press release it is given (.txt, .html, .htm, .docx, .pdf; folders are walked recursively, in
sorted order)
and writes one JSON line per input file:
  {"file": "...", "ok": true, "release": {...}}
  {"file": "...", "ok": false, "error": {"code": "...", "message": "..."}}

Options:
  -o, --out FILE   write the JSON Lines to FILE (written to FILE.partial, renamed when the run completes)
                   instead of standard output
      --pretty     indent the JSON (one record spans several lines)
  -h, --help       show this help

Text files may be UTF-8, UTF-16, Big5 or GB18030. A summary goes to standard error. A file that cannot be
read or parsed becomes an error record (codes: empty, unreadable, decode_failed, too_large, no_release,
encrypted, no_text_layer, unsupported_format); the run goes on. Web pages are read through their article text and metadata, Word
files through their paragraphs, lists and tables, PDFs page by page without running headers and footers.
Exit status: 0 when every file parsed, 1 when some files were errors, 2 for a usage error.`;

const EXTENSIONS = new Set(['.txt', '.html', '.htm', '.docx', '.pdf']);

async function collect(path: string, out: string[]): Promise<void> {
  const st = await stat(path);
  if (st.isDirectory()) {
    const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(path, e.name);
      if (e.isDirectory()) await collect(p, out);
      else if (EXTENSIONS.has(p.slice(p.lastIndexOf('.')).toLowerCase())) out.push(p);
    }
  } else {
    out.push(path);
  }
}

type ErrorRecord = { code: string; message: string };

async function parseOne(file: string): Promise<{ ok: true; release: unknown } | { ok: false; error: ErrorRecord }> {
  try {
    return { ok: true, release: await parseFile(file) };
  } catch (e) {
    if (e instanceof PressparseError) return { ok: false, error: { code: e.code, message: e.message } };
    throw e;
  }
}

function write(stream: NodeJS.WritableStream, s: string): Promise<void> {
  return new Promise((res, rej) => {
    if (stream.write(s)) res();
    else stream.once('drain', res).once('error', rej);
  });
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: 'string', short: 'o' }, pretty: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    process.stderr.write(`pressparse: ${(e as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  if (args.values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (!args.positionals.length) {
    process.stderr.write(`pressparse: give at least one file or folder.\n\n${HELP}\n`);
    return 2;
  }
  const files: string[] = [];
  for (const p of args.positionals) {
    try {
      await collect(p, files);
    } catch (e) {
      process.stderr.write(`pressparse: cannot read ${p}: ${(e as Error).message}\n`);
      return 2;
    }
  }
  const outPath = args.values.out ? resolve(args.values.out) : null;
  if (outPath && files.some((f) => resolve(f) === outPath)) {
    process.stderr.write('pressparse: --out must not be one of the inputs.\n');
    return 2;
  }
  const partial = outPath ? join(dirname(outPath), `.${basename(outPath)}.${randomBytes(4).toString('hex')}.partial`) : null;
  const stream: WriteStream | NodeJS.WriteStream = partial ? createWriteStream(partial) : process.stdout;

  const started = Date.now();
  const errors = new Map<string, number>();
  let ok = 0;
  try {
    for (const file of files) {
      const result = await parseOne(file);
      if (result.ok) ok++;
      else errors.set(result.error.code, (errors.get(result.error.code) ?? 0) + 1);
      const record = { file, ...result };
      await write(stream, `${JSON.stringify(record, null, args.values.pretty ? 2 : undefined)}\n`);
    }
    if (partial && outPath) {
      await new Promise<void>((res, rej) => (stream as WriteStream).end((e?: Error | null) => (e ? rej(e) : res())));
      await rename(partial, outPath);
    }
  } catch (e) {
    if (partial) await rm(partial, { force: true });
    process.stderr.write(`pressparse: ${(e as Error).message}\n`);
    return 2;
  }
  const secs = (Date.now() - started) / 1000;
  const failed = files.length - ok;
  const byCode = [...errors].map(([c, n]) => `${c}: ${n}`).join(', ');
  process.stderr.write(
    `pressparse: ${files.length} files, ${ok} releases, ${failed} errors${byCode ? ` (${byCode})` : ''} in ${secs.toFixed(2)} s` +
      `${outPath ? ` → ${outPath}` : ''}\n`,
  );
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`pressparse: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 2;
  },
);
