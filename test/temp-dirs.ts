import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

let root: string | null = null;

/**
 * A new folder for a test's files, under one folder per test file that is removed when the file's tests end:
 * a full run left about 40 folders (one with a 50 MB sparse file) in the system's temporary folder.
 */
export function tempDir(prefix: string): string {
  root ??= mkdtempSync(join(tmpdir(), 'pressparse-test-'));
  return mkdtempSync(join(root, prefix));
}

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = null;
});
