import { byteChars } from './text.js';

/** The formats pressparse tells apart and reads. */
export type Format = 'text' | 'html' | 'pdf' | 'docx';

const HTML_START = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<!--)/i;

/**
 * The format of a file, from its bytes: "%PDF-", a zip holding word/document.xml, HTML markup, else text.
 * The file name's extension only breaks a tie (a zip without word/document.xml is not Word).
 */
export function detectFormat(bytes: Uint8Array, fileName?: string): Format {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && includesAscii(bytes, 'word/document.xml')) return 'docx';
  const head = byteChars(bytes, 1024).replace(/^\ufeff|^\u00ef\u00bb\u00bf/, '');
  if (HTML_START.test(head)) return 'html';
  if (/\.html?$/i.test(fileName ?? '') && hasTag(head)) return 'html';
  return 'text';
}

/** Some "<tag" with a ">" after it: /<[a-z][^>]*>/ without rescanning to the end from every "<" when none follows. */
function hasTag(s: string): boolean {
  const open = /<[a-z]/i.exec(s);
  return open !== null && s.includes('>', open.index + 2);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** The name of a zip entry appears in clear in the archive's headers. */
function includesAscii(bytes: Uint8Array, s: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(s, 0, 'latin1');
}
