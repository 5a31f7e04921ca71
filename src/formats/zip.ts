import { inflateRawSync } from 'node:zlib';
import { PressparseError } from '../errors.js';

export interface ZipLimits {
  /** Most bytes the entries may hold once inflated, together. */
  maxUncompressed: number;
  /** Most entries. */
  maxEntries: number;
}

interface Entry {
  name: string;
  method: number;
  packedSize: number;
  size: number;
  localHeader: number;
}

const unreadable = (): PressparseError => new PressparseError('unreadable', 'The Word file is not a readable zip archive.');

/**
 * Checks a zip archive's central directory before anything is inflated: more entries or more inflated bytes
 * than the limits (a zip bomb) give `too_large`, a directory that cannot be read gives `unreadable`.
 * Returns the directory's entries.
 */
export function checkZip(bytes: Uint8Array, limits: ZipLimits): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view);
  if (eocd < 0) throw unreadable();
  const count = view.getUint16(eocd + 10, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || dirOffset === 0xffffffff) throw new PressparseError('too_large', 'The Word file is a ZIP64 archive, larger than a release can be.');
  if (count > limits.maxEntries) throw new PressparseError('too_large', `The Word file holds ${count} entries, over the limit of ${limits.maxEntries}.`);
  const entries: Entry[] = [];
  let total = 0;
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw unreadable();
    const size = view.getUint32(at + 24, true);
    total += size;
    if (total > limits.maxUncompressed) {
      throw new PressparseError('too_large', `The Word file inflates to more than ${limits.maxUncompressed} bytes: refused before inflating.`);
    }
    const nameLength = view.getUint16(at + 28, true);
    entries.push({
      name: Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, Math.min(nameLength, Math.max(0, bytes.length - at - 46))).toString('latin1'),
      method: view.getUint16(at + 10, true), packedSize: view.getUint32(at + 20, true), size, localHeader: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/**
 * An entry's inflated bytes, never more than its directory record declares (which {@link checkZip} has
 * bounded); `unreadable` when the entry is not where the directory says or does not inflate.
 */
export function inflateEntry(bytes: Uint8Array, entry: Entry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeader;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw unreadable();
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const packed = bytes.subarray(start, start + entry.packedSize);
  if (entry.method === 0) return packed.subarray(0, entry.size);
  if (entry.method !== 8) throw unreadable();
  try {
    return inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.size) });
  } catch {
    throw new PressparseError('unreadable', `The Word file's part ${entry.name} does not inflate.`);
  }
}

/** The end-of-central-directory record sits in the last 64 KiB + 22 bytes. */
function findEndOfDirectory(view: DataView): number {
  const floor = Math.max(0, view.byteLength - 65557);
  for (let i = view.byteLength - 22; i >= floor; i--) if (view.getUint32(i, true) === 0x06054b50) return i;
  return -1;
}
