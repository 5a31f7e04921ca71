import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceEntry } from '../../scripts/fuzz/zip.mjs';
import { parseRelease } from '../index.js';

const DOCX = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'en-hkstp-co-incubation-web', 'input.docx'));

/** A copy of the archive whose central directory claims `size` inflated bytes for its first entry. */
function claiming(size: number): Uint8Array {
  const bytes = new Uint8Array(DOCX);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i + 4 <= bytes.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) {
      view.setUint32(i + 24, size, true);
      break;
    }
  }
  return bytes;
}

describe('Word files', () => {
  it('are read through their headings, lists and paragraphs', async () => {
    const r = await parseRelease(DOCX, { fileName: 'release.docx' });
    expect(r.source.format).toBe('docx');
    expect(r.headline).toBe('HKSTP Signs Co-Incubation MOU to Nurture Tech Ventures');
    expect(r.body.length).toBeGreaterThan(5);
  });

  it('refuse an archive that claims to inflate past the limit, before inflating it', async () => {
    await expect(parseRelease(claiming(0xfffffff0))).rejects.toMatchObject({ code: 'too_large' });
    await expect(parseRelease(claiming(2_000_000), { maxBytes: 1_000_000 })).rejects.toMatchObject({ code: 'too_large' });
  });

  it('refuse XML nested deeper than maxDepth before mammoth parses it, naming the option', async () => {
    const nested = (n: number) => replaceEntry(DOCX, 'word/document.xml', (xml) =>
      new TextEncoder().encode(new TextDecoder().decode(xml).replace('<w:body>', `<w:body>${'<w:sdt><w:sdtContent>'.repeat(n)}${'</w:sdtContent></w:sdt>'.repeat(n)}`)));
    await expect(parseRelease(nested(100_000))).rejects.toMatchObject({ code: 'too_large', message: expect.stringContaining('maxDepth') });
    expect((await parseRelease(nested(100))).headline).toBe('HKSTP Signs Co-Incubation MOU to Nurture Tech Ventures');
  });

  it('give unreadable for a part that inflates past the size the directory declares', async () => {
    const bytes = replaceEntry(DOCX, 'word/document.xml', (xml) => xml);
    const view = new DataView(bytes.buffer);
    for (let i = 0; i + 46 <= bytes.length; i++) {
      const name = new TextDecoder().decode(bytes.subarray(i + 46, i + 46 + 17));
      if (view.getUint32(i, true) === 0x02014b50 && name === 'word/document.xml') view.setUint32(i + 24, 1000, true);
    }
    await expect(parseRelease(bytes)).rejects.toMatchObject({ code: 'unreadable', message: expect.stringContaining('word/document.xml') });
  });

  it('give unreadable for a broken archive', async () => {
    await expect(parseRelease(DOCX.subarray(0, DOCX.length - 30))).rejects.toMatchObject({ code: 'unreadable' });
  });
});
