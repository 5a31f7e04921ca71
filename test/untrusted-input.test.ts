// Nothing in an input runs, and nothing it names is fetched or read: pdf.js without eval and with its data
// files from disk, HTML never executed, Word XML entities never expanded or resolved.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { billionLaughs, externalEntity } from '../scripts/fuzz/mutate.mjs';
import { replaceEntry } from '../scripts/fuzz/zip.mjs';
import { PressparseError, parseRelease } from '../src/index.js';
import { FIXTURES } from './helpers.js';
import { tempDir } from './temp-dirs.js';
import { pdfFromObjects, stream } from './pdf-writer.js';

/** The options each PDFParse was made with: pdf.ts must turn eval off and point pdf.js at files on disk. */
const pdfOptions = vi.hoisted(() => [] as Record<string, unknown>[]);
vi.mock('pdf-parse', async (importOriginal) => {
  const mod = await importOriginal<typeof import('pdf-parse')>();
  class Recorded extends mod.PDFParse {
    constructor(options: ConstructorParameters<typeof mod.PDFParse>[0]) {
      pdfOptions.push(options as Record<string, unknown>);
      super(options);
    }
  }
  return { ...mod, PDFParse: Recorded };
});

const marks = globalThis as { __pwned?: unknown };
let connects: ReturnType<typeof vi.spyOn>;
let fetches: ReturnType<typeof vi.fn>;
beforeEach(() => {
  delete marks.__pwned;
  // Every TCP connection (http, https, fetch) goes through net.Socket#connect.
  connects = vi.spyOn(net.Socket.prototype, 'connect');
  fetches = vi.fn(() => Promise.reject(new Error('no fetching')));
  vi.stubGlobal('fetch', fetches);
});
afterEach(() => {
  expect(marks.__pwned).toBeUndefined();
  expect(connects).not.toHaveBeenCalled();
  expect(fetches).not.toHaveBeenCalled();
  connects.mockRestore();
  vi.unstubAllGlobals();
});

const para = 'Acme Robotics today opened its first research lab outside Europe, at Hong Kong Science Park, with forty engineers.';

describe('PDF', () => {
  it('runs pdf.js (≥ 4.2.67, past CVE-2024-4367) with eval off and its CMaps and fonts read from disk', () => {
    const fromParser = createRequire(createRequire(import.meta.url).resolve('pdf-parse'));
    const version = (JSON.parse(readFileSync(fromParser.resolve('pdfjs-dist/package.json'), 'utf8')) as { version: string }).version;
    const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
    expect(major * 1e6 + minor * 1e3 + patch).toBeGreaterThanOrEqual(4_002_067);
  });

  it('does not run a script hidden in a font matrix (CVE-2024-4367)', async () => {
    const text = `BT /F1 12 Tf 50 780 Td 14 TL (Acme Opens Lab) Tj T* (HONG KONG, Oct. 18, 2023 -- ${para}) Tj ET`;
    const bytes = pdfFromObjects([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FontMatrix [1 2 3 4 5 (0\\); globalThis.__pwned = true; //)] /FontDescriptor 6 0 R >>',
      stream(text),
      '<< /Type /FontDescriptor /FontName /Helvetica /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 720 /Descent -210 /CapHeight 720 /StemV 80 >>',
    ]);
    pdfOptions.length = 0;
    const r = await parseRelease(bytes, { fileName: 'release.pdf' });
    expect(r.body.join(' ')).toContain('Acme Robotics');
    expect(pdfOptions).toHaveLength(1);
    const options = pdfOptions[0]!;
    expect(options.isEvalSupported).toBe(false);
    for (const key of ['cMapUrl', 'standardFontDataUrl']) expect(String(options[key])).toMatch(/^\/.*pdfjs-dist\//);
  });
});

describe('HTML', () => {
  it('runs no script or handler and fetches no image, frame, stylesheet, script or media', async () => {
    const url = 'http://127.0.0.1:9';
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8">
      <meta http-equiv="refresh" content="0; url=${url}/go"><base href="${url}/">
      <link rel="stylesheet" href="${url}/s.css"><link rel="preload" href="${url}/p.js" as="script">
      <style>@import url(${url}/i.css); body { background: url(${url}/b.png) }</style>
      <script src="${url}/s.js"></script><script>globalThis.__pwned = 'script'</script></head>
      <body onload="globalThis.__pwned = 'onload'"><article><h1>Acme Opens Lab</h1>
      <img src="${url}/x.png" onerror="globalThis.__pwned = 'onerror'" alt="">
      <iframe src="${url}/frame" srcdoc="<script>parent.__pwned = 'srcdoc'</script>"></iframe>
      <svg onload="globalThis.__pwned = 'svg'"><image href="${url}/s.png"/></svg>
      <object data="${url}/o.swf"></object><embed src="${url}/e.swf"><video poster="${url}/v.png" src="${url}/v.mp4"></video>
      <p style="background: url(${url}/p.png)">${para} <a href="javascript:globalThis.__pwned = 'link'">More</a></p>
      </article></body></html>`;
    for (const r of [parseRelease(html), await parseRelease(new TextEncoder().encode(html), { fileName: 'page.html' })]) {
      expect(r.headline).toBe('Acme Opens Lab');
      expect(r.text).not.toMatch(/__pwned|@import/);
    }
  });
});

describe('Word files', () => {
  const docx = readFileSync(join(FIXTURES, 'en-hkstp-co-incubation-web', 'input.docx'));
  const withXml = (change: (xml: string) => string): Uint8Array =>
    replaceEntry(docx, 'word/document.xml', (d) => new TextEncoder().encode(change(new TextDecoder().decode(d))));
  /** A release with nothing of `secret` in it, or a typed error that says the file cannot be read. */
  const expectSafe = async (bytes: Uint8Array, secret: string): Promise<void> => {
    try {
      expect(JSON.stringify(await parseRelease(bytes, { fileName: 'release.docx' }))).not.toContain(secret);
    } catch (e) {
      expect(e).toBeInstanceOf(PressparseError);
      expect(['too_large', 'unreadable']).toContain((e as PressparseError).code);
    }
  };

  it('never expand nested entities (billion laughs)', async () => {
    await expectSafe(withXml((xml) => billionLaughs(xml, 10)), 'lollollol');
  });

  it('never read a file or URL an external entity names', async () => {
    const dir = tempDir('xxe-');
    const file = join(dir, 'secret.txt');
    writeFileSync(file, 'SECRET-7d1f0a');
    await expectSafe(withXml((xml) => externalEntity(xml, pathToFileURL(file).href)), 'SECRET-7d1f0a');
    await expectSafe(withXml((xml) => externalEntity(xml, 'http://127.0.0.1:9/secret')), 'SECRET');
  });
});
