/**
 * The text the parser reads: the input with its byte-order mark removed and CRLF / CR line ends turned into
 * "\n". Nothing else is changed, so every span the parser reports can be shown in the user's own text.
 */
export function normalizeInput(raw: string): string {
  const noBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return noBom.replace(/\r\n?/g, '\n');
}
