import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFParse } from 'pdf-parse';
import { PressparseError } from '../errors.js';
import type { SourceDoc } from './source.js';

const PDFJS_DIR = dirname(createRequire(createRequire(import.meta.url).resolve('pdf-parse')).resolve('pdfjs-dist/package.json'));

/** Where the pdfjs-dist that pdf-parse bundles keeps its CMaps and standard fonts: read from disk, never fetched. */
const PDFJS_DATA = { cMapUrl: `${join(PDFJS_DIR, 'cmaps')}/`, standardFontDataUrl: `${join(PDFJS_DIR, 'standard_fonts')}/` };

/** pdf.js's worker code, which runs in this thread (its "fake worker"); pdf.js imports it on the first document. */
export const PDFJS_WORKER = pathToFileURL(join(PDFJS_DIR, 'legacy', 'build', 'pdf.worker.mjs')).href;

/**
 * A PDF's text, page by page: lines that repeat at the top or foot of most pages (running headers and footers)
 * are dropped, and pages are joined with a form feed, which the segmenter reads as a page break that does not
 * end a paragraph. Fonts without embedded glyph maps (CJK) are read through the bundled CMaps; pdf.js runs
 * with eval off. The document's Title and CreationDate are hints, used only when the text shows none.
 */
export async function pdfToSource(bytes: Uint8Array, maxPages: number): Promise<SourceDoc> {
  const parser = new PDFParse({ data: new Uint8Array(bytes), ...PDFJS_DATA, cMapPacked: true, isEvalSupported: false, stopAtErrors: false });
  try {
    const info = await parser.getInfo({ parsePageInfo: true }).catch(rethrow);
    if (info.total > maxPages) throw new PressparseError('too_large', `The PDF has ${info.total} pages, over the limit of ${maxPages}.`);
    const result = await parser.getText({ pageJoiner: '' }).catch(rethrow);
    const pages = result.pages.map((p) => p.text.split('\n'));
    if (!pages.some((lines) => lines.some((l) => l.trim()))) {
      throw new PressparseError('no_text_layer', 'The PDF has no text layer (a scan?): run OCR on it first.');
    }
    const pageTexts = withoutRunningLines(pages).map((lines) => lines.join('\n'));
    const pageOffsets: number[] = [];
    let text = '';
    pageTexts.forEach((t, i) => {
      if (i) text += '\n\f\n';
      pageOffsets.push(text.length);
      text += t;
    });
    text += '\n';
    // Link annotations are not text: they go to links with the span of their page.
    const links = (info.pages ?? []).flatMap((p) => {
      const i = p.pageNumber - 1;
      const next = pageOffsets[i + 1];
      const span: [number, number] = [pageOffsets[i] ?? 0, next === undefined ? text.length - 1 : next - 3];
      return p.links.filter((l) => /^https?:/i.test(l.url)).map((l) => ({ url: l.url, span }));
    });
    const meta = info.info as { Title?: unknown; CreationDate?: unknown } | undefined;
    return {
      text, format: 'pdf', encoding: null, pages: info.total, pageOffsets,
      hints: { title: usableTitle(meta?.Title), heading: null, published: pdfDate(meta?.CreationDate), captions: [], links },
    };
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

function rethrow(e: unknown): never {
  if (e instanceof PressparseError) throw e;
  const name = e instanceof Error ? e.name : '';
  if (name === 'PasswordException') throw new PressparseError('encrypted', 'The PDF is encrypted: open it with its password and save an unprotected copy.');
  throw new PressparseError('unreadable', `The PDF cannot be read: ${e instanceof Error ? e.message : String(e)}`);
}

/** Lines at the same place (top or foot) on most pages, digits aside: running headers, footers, page numbers. */
function withoutRunningLines(pages: string[][]): string[][] {
  if (pages.length < 2) return pages;
  const key = (l: string): string => l.trim().replace(/\d+/g, '#');
  const count = new Map<string, number>();
  for (const lines of pages) {
    const content = lines.filter((l) => l.trim());
    for (const l of new Set([...content.slice(0, 2), ...content.slice(-2)].map(key))) count.set(l, (count.get(l) ?? 0) + 1);
  }
  const running = new Set([...count].filter(([, n]) => n >= Math.max(2, pages.length * 0.6)).map(([k]) => k));
  return pages.map((lines) => {
    const content = lines.map((l, i) => [l, i] as const).filter(([l]) => l.trim());
    const edge = new Set([...content.slice(0, 2), ...content.slice(-2)].map(([, i]) => i));
    return lines.filter((l, i) => !(edge.has(i) && running.has(key(l))));
  });
}

/** A document title worth using: not empty, not a file name or an authoring tool's default. */
function usableTitle(t: unknown): string | null {
  if (typeof t !== 'string') return null;
  const s = t.trim();
  if (!s || /\.(?:docx?|pdf|indd|pages)$/i.test(s) || /^(?:untitled|microsoft word|press release)\b/i.test(s)) return null;
  return s;
}

/** "D:20170301103000+09'00'" → 2017-03-01. */
function pdfDate(d: unknown): string | null {
  const m = typeof d === 'string' ? d.match(/^(?:D:)?(\d{4})(\d{2})(\d{2})/) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
