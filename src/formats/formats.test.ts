import { describe, expect, it } from 'vitest';
import { PressparseError, parseRelease } from '../index.js';
import { detectFormat } from './detect.js';
import { byteChars, decodeText } from './text.js';

const enc = (s: string) => new TextEncoder().encode(s);
const utf16 = (s: string, le: boolean, bom: boolean) => {
  const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.push(...(le ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return new Uint8Array(out);
};
const code = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return e instanceof PressparseError ? e.code : 'other';
  }
  return undefined;
};

describe('byteChars', () => {
  it('reads each byte as the character of its code, 0x80–0x9F too, up to the count asked', () => {
    const bytes = new Uint8Array([0x3c, 0x70, 0x85, 0x93, 0xef, 0xbb, 0xbf, 0x3e]);
    expect(byteChars(bytes, 7)).toBe('<p\u0085\u0093\u00ef\u00bb\u00bf');
    expect(byteChars(bytes.subarray(2), 100)).toBe('\u0085\u0093\u00ef\u00bb\u00bf>');
  });
});

describe('detectFormat', () => {
  it('reads the format from the bytes, the name only as a hint', () => {
    expect(detectFormat(enc('%PDF-1.7\n…'))).toBe('pdf');
    expect(detectFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...enc('....word/document.xml....')]))).toBe('docx');
    expect(detectFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...enc('....other.xml')]), 'x.docx')).toBe('text');
    expect(detectFormat(enc('\ufeff<!DOCTYPE html><html><body>Hi</body></html>'))).toBe('html');
    expect(detectFormat(enc('PRESS RELEASE\n\nAcme <b>opens</b>'), 'release.txt')).toBe('text');
    expect(detectFormat(enc('Acme <b>opens</b> a lab'), 'release.html')).toBe('html');
  });
});

describe('decodeText', () => {
  const text = 'Acme 香港科技園公司 opens a lab — “today”.';
  it.each([
    ['UTF-8', enc(text), 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...enc(text)]), 'utf-8'],
    ['UTF-16 LE with BOM', utf16(text, true, true), 'utf-16le'],
    ['UTF-16 BE with BOM', utf16(text, false, true), 'utf-16be'],
    ['UTF-16 LE without BOM', utf16(text, true, false), 'utf-16le'],
    ['UTF-16 BE without BOM', utf16(text, false, false), 'utf-16be'],
  ])('%s', (_name, bytes, encoding) => {
    expect(decodeText(bytes)).toEqual({ text, encoding });
  });

  it('tells Big5 from GB18030', () => {
    // 香港 in Big5 (AD BB B4 E4) and in GB18030 (CF E3 B8 DB).
    expect(decodeText(new Uint8Array([0xad, 0xbb, 0xb4, 0xe4]))).toEqual({ text: '香港', encoding: 'big5' });
    expect(decodeText(new Uint8Array([0xcf, 0xe3, 0xb8, 0xdb]))).toEqual({ text: '香港', encoding: 'gb18030' });
  });

  it('refuses bytes no decoder reads without loss, replacing nothing', () => {
    expect(code(() => decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a])))).toBe('decode_failed');
    expect(code(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xff, 0xfe, 0xfd])))).toBe('decode_failed');
  });
});

describe('parseRelease on bytes', () => {
  it('records where the release came from', async () => {
    const text = 'Acme Opens Lab\n\nLONDON -- Acme opened a lab today.';
    const r = await parseRelease(utf16(text, true, true), { fileName: 'a.txt' });
    expect(r.headline).toBe('Acme Opens Lab');
    expect(r.source).toMatchObject({ format: 'text', fileName: 'a.txt', encoding: 'utf-16le', bytes: 2 + 2 * text.length });
    expect(r.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives typed errors for what it cannot read', async () => {
    await expect(parseRelease(enc('%PDF-1.7 …'))).rejects.toMatchObject({ code: 'unreadable' });
    expect(code(() => parseRelease(42 as unknown as string))).toBe('unsupported_format');
    await expect(parseRelease(enc('   \n\n'))).rejects.toMatchObject({ code: 'empty' });
    await expect(parseRelease(enc('Acme Opens Lab\n\nBody text.'), { maxBytes: 10 })).rejects.toMatchObject({ code: 'too_large' });
    await expect(parseRelease(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...enc('word/document.xml')]))).rejects.toMatchObject({ code: 'unreadable' });
    expect(code(() => parseRelease('x'.repeat(20), { maxBytes: 10 }))).toBe('too_large');
  });
});
