import { fstatSync, type Stats } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';

/** The path with its existing part resolved through symbolic links, so that two spellings of one place compare equal. */
async function real(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(await real(parent), basename(path));
  }
}

const within = (folder: string, path: string): boolean => {
  const r = relative(folder, path);
  return r === '' || (r !== '..' && !r.startsWith(`..${sep}`) && !isAbsolute(r));
};

const statOrNull = (path: string): Promise<Stats | null> => stat(path).catch(() => null);
const same = (a: Stats, b: Stats): boolean => a.dev === b.dev && a.ino === b.ino;

/**
 * Why the run may not write where it was asked to, or null. It never writes into what it reads: not over an
 * input file (hard links and symbolic links included), and not into an input folder, where this walk or a later
 * one would take its output for a release. `inputs` are the paths given, `files` every file found under them.
 */
export async function outputClash(inputs: readonly string[], files: readonly string[], out: string | null): Promise<string | null> {
  const given = await Promise.all(inputs.map(async (p) => ({ path: p, st: await stat(p) })));
  if (out) {
    const folders = await Promise.all(given.filter((g) => g.st.isDirectory()).map(async (g) => ({ path: g.path, real: await real(g.path) })));
    for (const [target, where] of [[out, `--out ${out} is`], [`${out}.partial`, `--out ${out} would write ${out}.partial`]] as const) {
      const place = await real(target);
      const folder = folders.find((f) => within(f.real, place));
      if (folder) return `${where} inside the input folder ${folder.path}: give a path outside the input folders.`;
      const st = await statOrNull(target);
      const input = st && given.find((g) => g.st.isFile() && same(g.st, st));
      if (input) return `${where} the input ${input.path}: give another path.`;
    }
    return null;
  }
  // Standard output redirected to a file the walk reads: the run would parse its own output.
  const stdout = fstatSync(1);
  if (!stdout.isFile()) return null;
  for (const file of files) {
    const st = await statOrNull(file);
    if (st && same(st, stdout)) return `standard output goes to ${file}, one of the inputs: redirect it outside the input folders, or use --out.`;
  }
  return null;
}
