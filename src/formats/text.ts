import { PressparseError } from '../errors.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'big5' | 'gb18030';

/**
 * Decodes a text file: a byte-order mark wins (UTF-8, UTF-16 LE/BE); else UTF-16 told by its zero bytes;
 * else UTF-8 when the bytes are valid UTF-8; else Big5 or GB18030, told apart by their trail bytes.
 * Bytes no decoder reads without loss are a `decode_failed` error: nothing is silently replaced.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const bom = bomOf(bytes);
  if (bom) return { text: strict(bom.encoding, bytes.subarray(bom.length)), encoding: bom.encoding };
  const utf16 = utf16Without(bytes);
  if (utf16) return { text: strict(utf16, bytes), encoding: utf16 };
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  for (const encoding of legacyOrder(bytes)) {
    const text = tryDecode(encoding, bytes);
    if (text !== null) return { text, encoding };
  }
  throw new PressparseError('decode_failed', 'The file is not text in UTF-8, UTF-16, Big5 or GB18030; save it as UTF-8 and try again.');
}

/**
 * The first `n` bytes one character each (Latin-1), for markup and charset tests: through Buffer, as a
 * TextDecoder for "latin1" gives the same characters at ten times the cost.
 */
export function byteChars(bytes: Uint8Array, n: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(n, bytes.byteLength)).toString('latin1');
}

function bomOf(b: Uint8Array): { encoding: TextEncoding; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Mostly-ASCII UTF-16 has a zero in every other byte. */
function utf16Without(b: Uint8Array): TextEncoding | null {
  const n = Math.min(b.length - (b.length % 2), 4096);
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd > 0.3 * half && even < 0.05 * half) return 'utf-16le';
  if (even > 0.3 * half && odd < 0.05 * half) return 'utf-16be';
  return null;
}

/**
 * Two signs tell Big5 from GB18030 before either decoder is tried: Big5 puts the second byte of many
 * characters in 0x40–0x7E, where GB2312 text (the bulk of GB18030) never does; and Big5's most frequent
 * characters (的, 一, 中 …) have first bytes 0xA4–0xAF, which GB2312 gives to kana, Greek, Cyrillic and symbols.
 */
function legacyOrder(b: Uint8Array): TextEncoding[] {
  let pairs = 0;
  let low = 0;
  let frequent = 0;
  for (let i = 0; i + 1 < b.length; i++) {
    const lead = b[i]!;
    if (lead < 0x81) continue;
    pairs++;
    if (b[i + 1]! >= 0x40 && b[i + 1]! <= 0x7e) low++;
    if (lead >= 0xa4 && lead <= 0xaf) frequent++;
    i++;
  }
  const big5 = pairs > 0 && (low / pairs > 0.05 || frequent / pairs > 0.1);
  return big5 ? ['big5', 'gb18030'] : ['gb18030', 'big5'];
}

function tryDecode(encoding: TextEncoding, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function strict(encoding: TextEncoding, bytes: Uint8Array): string {
  const text = tryDecode(encoding, bytes);
  if (text === null) throw new PressparseError('decode_failed', `The file starts like ${encoding} text but holds bytes that are not; re-save it as UTF-8.`);
  return text;
}
