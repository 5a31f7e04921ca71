import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
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
  });

  it('fall back on the document title and creation date only when the text shows neither', async () => {
    const bytes = await pdf((d) => d.fontSize(11).text(`${para} ${para}`).moveDown().text(para));
    const r = await parseRelease(bytes);
    expect(r.headline).toBe('Acme Opens Lab');
    expect(r.date).toBe('2023-10-18');
    expect(r.warnings.map((w) => w.code)).toEqual(['from_metadata', 'from_metadata']);
  });
});
