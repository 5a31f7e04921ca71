import mammoth from 'mammoth';
import { PressparseError } from '../errors.js';
import { htmlToSource } from './html.js';
import type { SourceDoc } from './source.js';
import { checkXml } from './xml-check.js';
import { checkZip, inflateEntry } from './zip.js';

/**
 * A Word file: its zip directory checked against zip bombs first, its XML parts inflated (never past the size
 * the directory declares) and checked for depth and a single root, then converted by mammoth to HTML (headings,
 * lists and tables kept) and read like a web page. Images are never inflated: only their alt text is read.
 */
export async function docxToSource(bytes: Uint8Array, maxBytes: number, maxDepth: number): Promise<SourceDoc> {
  for (const entry of checkZip(bytes, { maxUncompressed: maxBytes, maxEntries: 2000 })) {
    if (/\.(?:xml|rels)$/i.test(entry.name)) {
      checkXml(new TextDecoder().decode(inflateEntry(bytes, entry)), maxDepth, `The Word file's part ${entry.name}`);
    }
  }
  let html: string;
  try {
    // externalFileAccess off (mammoth's default, stated): an image linked to a path is never read from disk.
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, {
      externalFileAccess: false, convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    })).value;
  } catch (e) {
    throw new PressparseError('unreadable', `The Word file cannot be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  const doc = htmlToSource(new TextEncoder().encode(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${html}</body></html>`), maxDepth);
  return { ...doc, format: 'docx', encoding: null };
}
