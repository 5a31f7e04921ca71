import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { pdfFromObjects, stream } from '../../test/pdf-writer.js';
import { parseRelease } from '../index.js';

/** A PDF made here: pdfkit (a dev dependency) writes it in memory. */
function pdf(draw: (doc: PDFKit.PDFDocument) => void): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', info: { Title: 'Acme Opens Lab', CreationDate: new Date(Date.UTC(2023, 9, 18)) } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  draw(doc);
  doc.end();
  return done;
}

const para = 'Acme Robotics today opened its first research lab outside Europe, at Hong Kong Science Park, where forty engineers will work on warehouse robots for the region.';

describe('PDF files', () => {
  it('give link annotations to links, not to the body, and say where each page starts', async () => {
    const bytes = await pdf((d) => {
      d.fontSize(16).text('Acme Opens Lab').moveDown();
      d.fontSize(11).text(`HONG KONG, Oct. 18, 2023 /PRNewswire/ -- ${para}`).moveDown();
      d.text('More on our website.', { link: 'https://acme.example.com/lab' });
      d.addPage().text(para);
    });
    const r = await parseRelease(bytes, { fileName: 'release.pdf' });
    expect(r.headline).toBe('Acme Opens Lab');
    expect(r.dateline?.date).toBe('2023-10-18');
    expect(r.links).toEqual(['https://acme.example.com/lab']);
    expect(r.body.join(' ')).not.toContain('https://');
    expect(r.source).toMatchObject({ format: 'pdf', pages: 2 });
    expect(r.source.pageOffsets).toHaveLength(2);
    const [, second] = r.source.pageOffsets!;
    expect(r.text.slice(second!)).toContain('Acme Robotics');
    // Every span carries the page it starts on.
    expect(r.spans.headline).toHaveLength(3);
    expect(r.spans.headline![2]).toBe(1);
    expect(r.spans.body.map((s) => s[2])).toEqual([1, 1, 2]);
    expect(r.dateline!.span[2]).toBe(1);
  });

  it('fall back on the document title and creation date only when the text shows neither', async () => {
    const bytes = await pdf((d) => d.fontSize(11).text(`${para} ${para}`).moveDown().text(para));
    const r = await parseRelease(bytes);
    expect(r.headline).toBe('Acme Opens Lab');
    expect(r.date).toBe('2023-10-18');
    expect(r.warnings.map((w) => w.code)).toEqual(['from_metadata', 'from_metadata']);
  });
});

/**
 * A PDF whose Chinese font is not embedded: a Type0 font naming Adobe's STSong-Light with the UniGB-UCS2-H
 * CMap, as PR teams' tools often write. pdf.js can only decode its text with the CMap files it ships.
 */
function pdfWithoutEmbeddedFont(lines: string[]): Uint8Array {
  const hex = (s: string) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  const content = `BT /F1 14 Tf 50 780 Td 18 TL ${lines.map((l) => `<${hex(l)}> Tj T*`).join(' ')} ET`;
  return pdfFromObjects([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [5 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R >>',
    stream(content),
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>',
  ]);
}

describe('Chinese PDFs without embedded fonts', () => {
  it('are read through the CMaps pdfjs-dist ships', async () => {
    const r = await parseRelease(pdfWithoutEmbeddedFont(['香港科技园公司与药明合联合作', '（香港，2023年10月18日）— 香港科技园公司今日宣布与药明合联签署合作框架协议。']));
    expect(r.headline).toBe('香港科技园公司与药明合联合作');
    expect(r.dateline?.date).toBe('2023-10-18');
    expect(r.language).toBe('zh-Hans');
  });
});
