import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const EXTENSIONS = new Set(['.txt', '.html', '.htm', '.docx', '.pdf']);

/** Every release file under the given paths, folders walked recursively in sorted order. */
export async function collect(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (path: string): Promise<void> => {
    const st = await stat(path);
    if (!st.isDirectory()) {
      out.push(path);
      return;
    }
    const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(path, e.name);
      if (e.isDirectory()) await walk(p);
      else if (EXTENSIONS.has(p.slice(p.lastIndexOf('.')).toLowerCase())) out.push(p);
    }
  };
  for (const p of paths) await walk(p);
  return out;
}

/** "K/N" → [K, N], 1 ≤ K ≤ N; null when malformed. */
export function parseShard(s: string): [number, number] | null {
  const m = s.match(/^(\d{1,6})\/(\d{1,6})$/);
  if (!m) return null;
  const k = Number(m[1]);
  const n = Number(m[2]);
  return k >= 1 && k <= n ? [k, n] : null;
}

/** Whether a path falls in shard K of N: its SHA-256 decides, so N machines split one folder with no overlap. */
export function inShard(path: string, [k, n]: [number, number]): boolean {
  const h = createHash('sha256').update(path).digest();
  return h.readUInt32BE(0) % n === k - 1;
}

/**
 * What --resume matches a record with no SHA-256 by (a file refused without being read: unreadable, or too large
 * to read; or out of time before its worker had read it): its path, so that it is not given a second record.
 * Never a hex digest.
 */
export const pathKey = (file: string): string => `path:${file}`;

/**
 * What an earlier run left in `file`: how many complete records it holds for each input key (two inputs with the
 * same bytes need two records, so a count rather than a set), how many of those are errors, and the length of the file up to
 * its last complete record, so that appending after it never joins a torn record. A record is one line, or with
 * --pretty the lines from a `{` in column 0 to the next `}` alone on a line; it counts only once its closing
 * newline is there. Offsets are counted in bytes, streamed, so a large file is never held whole.
 */
export async function previousRun(file: string): Promise<{ done: Map<string, number>; failed: number; validBytes: number }> {
  const done = new Map<string, number>();
  let failed = 0;
  let validBytes = 0;
  let offset = 0; // bytes before `rest`
  let record: Buffer[] = [];
  let rest = Buffer.alloc(0);
  const line = (bytes: Buffer, end: number): void => {
    const text = bytes.toString('utf8').replace(/\r$/, '');
    if (text.startsWith('{')) record = [bytes];
    else if (record.length) record.push(bytes);
    else return;
    if (!(text.startsWith('{') && text.endsWith('}')) && text !== '}') return;
    try {
      const r = JSON.parse(Buffer.concat(record).toString('utf8')) as { file?: unknown; sha256?: unknown; ok?: unknown };
      record = [];
      const key = typeof r.sha256 === 'string' ? r.sha256 : typeof r.file === 'string' ? pathKey(r.file) : null;
      if (key !== null) {
        done.set(key, (done.get(key) ?? 0) + 1);
        if (r.ok === false) failed++;
        validBytes = end;
      }
    } catch {
      // An unfinished pretty record, or junk: what follows it still counts.
    }
  };
  for await (const chunk of createReadStream(file)) {
    rest = Buffer.concat([rest, chunk as Buffer]);
    let from = 0;
    for (let nl = rest.indexOf(10); nl >= 0; nl = rest.indexOf(10, from)) {
      line(rest.subarray(from, nl), offset + nl + 1);
      from = nl + 1;
    }
    offset += from;
    rest = rest.subarray(from);
  }
  return { done, failed, validBytes };
}
