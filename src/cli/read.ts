import { readFileSync, statSync } from 'node:fs';
import { DEFAULT_MAX_BYTES } from '../errors.js';

/**
 * Why a file gets a record without being read. The workers read the files; the main thread reads them itself on
 * --resume, where it must know a file's SHA-256 before it hands the file on.
 */
export const refusals = {
  tooLarge: (size: number) => `The file is ${size} bytes, over the limit of ${DEFAULT_MAX_BYTES}: it was not read.`,
  unreadable: (e: unknown) => `Cannot read the file: ${e instanceof Error ? e.message : String(e)}.`,
};

export type Read = { bytes: Uint8Array } | { code: 'too_large' | 'unreadable'; message: string };

/**
 * A file's bytes, sized before they are read. Synchronous: a worker has nothing else to do meanwhile, and a
 * read that stalls (a network drive) runs into the pool's timeout like a parse that does.
 */
export function readInput(file: string): Read {
  try {
    const { size } = statSync(file);
    if (size > DEFAULT_MAX_BYTES) return { code: 'too_large', message: refusals.tooLarge(size) };
    const b = readFileSync(file);
    return { bytes: new Uint8Array(b.buffer, b.byteOffset, b.length) };
  } catch (e) {
    return { code: 'unreadable', message: refusals.unreadable(e) };
  }
}
