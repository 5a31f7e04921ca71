import mammoth from 'mammoth';
import { PressparseError } from '../errors.js';
import { htmlToSource } from './html.js';
import type { SourceDoc } from './source.js';
import { checkZip } from './zip.js';

/**
 * A Word file: its zip directory checked against zip bombs first, then converted by mammoth to HTML (headings,
 * lists and tables kept) and read like a web page.
 */
export async function docxToSource(bytes: Uint8Array, maxBytes: number, maxDepth: number): Promise<SourceDoc> {
  checkZip(bytes, { maxUncompressed: maxBytes, maxEntries: 2000 });
  let html: string;
  try {
    // externalFileAccess off (mammoth's default, stated): an image linked to a path is never read from disk.
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, { externalFileAccess: false })).value;
  } catch (e) {
    throw new PressparseError('unreadable', `The Word file cannot be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  const doc = htmlToSource(new TextEncoder().encode(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${html}</body></html>`), maxDepth);
  return { ...doc, format: 'docx', encoding: null };
}
