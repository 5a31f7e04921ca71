import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
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
 * What an earlier run left in `file`: the inputs its complete records cover (by SHA-256) and the length of the
 * file up to its last complete line (a run killed mid-write leaves a torn line after it). Read line by line.
 */
export async function previousRun(file: string): Promise<{ done: Set<string>; validBytes: number }> {
  const done = new Set<string>();
  let validBytes = 0;
  let offset = 0;
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    offset += Buffer.byteLength(line) + 1;
    try {
      const r = JSON.parse(line) as { sha256?: unknown };
      if (typeof r.sha256 !== 'string') continue;
      done.add(r.sha256);
      validBytes = offset;
    } catch {
      // An empty or torn line.
    }
  }
  return { done, validBytes: Math.min(validBytes, (await stat(file)).size) };
}
