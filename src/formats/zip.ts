import { PressparseError } from '../errors.js';

export interface ZipLimits {
  /** Most bytes the entries may hold once inflated, together. */
  maxUncompressed: number;
  /** Most entries. */
  maxEntries: number;
}

/**
 * Checks a zip archive's central directory before anything is inflated: more entries or more inflated bytes
 * than the limits (a zip bomb) give `too_large`, a directory that cannot be read gives `unreadable`.
 */
export function checkZip(bytes: Uint8Array, limits: ZipLimits): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view);
  if (eocd < 0) throw new PressparseError('unreadable', 'The Word file is not a readable zip archive.');
  const entries = view.getUint16(eocd + 10, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || dirOffset === 0xffffffff) throw new PressparseError('too_large', 'The Word file is a ZIP64 archive, larger than a release can be.');
  if (entries > limits.maxEntries) throw new PressparseError('too_large', `The Word file holds ${entries} entries, over the limit of ${limits.maxEntries}.`);
  let total = 0;
  let at = dirOffset;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) {
      throw new PressparseError('unreadable', 'The Word file is not a readable zip archive.');
    }
    total += view.getUint32(at + 24, true);
    if (total > limits.maxUncompressed) {
      throw new PressparseError('too_large', `The Word file inflates to more than ${limits.maxUncompressed} bytes: refused before inflating.`);
    }
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
}

/** The end-of-central-directory record sits in the last 64 KiB + 22 bytes. */
function findEndOfDirectory(view: DataView): number {
  const floor = Math.max(0, view.byteLength - 65557);
  for (let i = view.byteLength - 22; i >= floor; i--) if (view.getUint32(i, true) === 0x06054b50) return i;
  return -1;
}
