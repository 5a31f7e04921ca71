/**
 * Finds URLs, bare domains and e-mail addresses by walking runs of URL characters once: linear time, where an
 * e-mail regex over free text would backtrack quadratically on long runs without an "@".
 */
export interface Token {
  kind: 'url' | 'mailto' | 'email' | 'domain';
  start: number;
  end: number;
  value: string;
}

/** ASCII characters URLs and addresses are made of, as a lookup table: this test runs on every character. */
const RUN = new Uint8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%") RUN[ch.charCodeAt(0)] = 1;
const isRunChar = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c < 128 && RUN[c] === 1;
};
const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;
const TRAILING = /[.,;:!?'"\]/*]/;
const TLDS = new Set(
  (
    'com org net edu gov io co cc hk cn tw sg uk us jp fr de eu info biz ai app dev asia mo my au ca nz in kr ch ' +
    'nl se it es int news tech online site be at dk no fi ie pt pl ru br mx za ae il th vn ph id global ' +
    // Names firms choose (northgate.vc, bluepeak.capital); not those a file name ends in (.md, .sh, .py, .rs).
    'vc capital ventures fund partners finance health bio energy studio agency media group company design digital ' +
    'cloud store shop xyz me tv fm ly gg ar cl tr gr cz hu ro sk ua ng ke eg sa qa pk bd lk lu mt cy ee lt si hr bg ' +
    'network systems solutions foundation institute education academy world travel green earth life'
  ).split(' '),
);
const HOST = /^[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)+$/;
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;

function trimUrlEnd(s: string, start: number, end: number): number {
  let e = end;
  for (;;) {
    const ch = s[e - 1];
    if (ch === undefined || e <= start) return e;
    if (ch === ')') {
      const inner = s.slice(start, e);
      if ((inner.match(/\(/g)?.length ?? 0) >= (inner.match(/\)/g)?.length ?? 0)) return e;
      e--;
    } else if (TRAILING.test(ch) && ch !== '/') e--;
    else return e;
  }
}

function emailsIn(s: string, from: number, to: number, out: Token[]): void {
  let at = s.indexOf('@', from);
  let floor = from;
  while (at !== -1 && at < to) {
    let a = at;
    while (a > floor && LOCAL_CHAR.test(s[a - 1]!)) a--;
    while (a < at && /[._%+-]/.test(s[a]!)) a++;
    let b = at + 1;
    while (b < to && DOMAIN_CHAR.test(s[b]!)) b++;
    while (b > at + 1 && /[.-]/.test(s[b - 1]!)) b--;
    const value = s.slice(a, b);
    if (EMAIL.test(value)) out.push({ kind: 'email', start: a, end: b, value });
    floor = b;
    at = s.indexOf('@', Math.max(b, at + 1));
  }
}

/** Every URL, mailto, e-mail address and bare domain (with a common top-level domain) in `s`. */
export function scanTokens(s: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    if (!isRunChar(s, i)) {
      i++;
      continue;
    }
    let j = i;
    // Every token holds a "." (domains, www.), ":" (schemes) or "@": a plain word is skipped unexamined.
    let marked = false;
    while (j < s.length && isRunChar(s, j)) {
      const c = s.charCodeAt(j++);
      marked ||= c === 0x2e || c === 0x3a || c === 0x40;
    }
    if (marked) scanRun(s, i, j, out);
    i = j;
  }
  return out;
}

/** `s` with the tokens cut out (tokens in order, as scanTokens gives them). */
export function withoutTokens(s: string, tokens: readonly Token[]): string {
  let rest = '';
  let at = 0;
  for (const t of tokens) {
    rest += s.slice(at, t.start);
    at = t.end;
  }
  return rest + s.slice(at);
}

function scanRun(s: string, from: number, to: number, out: Token[]): void {
  // A run may hold a label before the address: "Email:jane@x.com", "(852)…"; find where a URL starts.
  const run = s.slice(from, to);
  const lower = run.toLowerCase();
  const urlAt = lower.search(/https?:\/\/|www\./);
  const mailAt = lower.indexOf('mailto:');
  if (mailAt !== -1 && (urlAt === -1 || mailAt < urlAt)) {
    const start = from + mailAt;
    const end = trimUrlEnd(s, start, to);
    out.push({ kind: 'mailto', start, end, value: s.slice(start, end) });
    return;
  }
  if (urlAt !== -1) {
    emailsIn(s, from, from + urlAt, out);
    const start = from + urlAt;
    const end = trimUrlEnd(s, start, to);
    if (end - start > 4) out.push({ kind: 'url', start, end, value: s.slice(start, end) });
    return;
  }
  if (run.includes('@')) {
    emailsIn(s, from, to, out);
    return;
  }
  let a = from;
  while (a < to && !/[A-Za-z0-9]/.test(s[a]!)) a++;
  const end = trimUrlEnd(s, a, to);
  const value = s.slice(a, end);
  const slash = value.indexOf('/');
  const host = slash === -1 ? value : value.slice(0, slash);
  const tld = host.slice(host.lastIndexOf('.') + 1);
  if (HOST.test(host) && TLDS.has(tld) && tld === tld.toLowerCase() && /[a-z]/.test(host.slice(0, -tld.length))) {
    // "/EINPresswire.com/": a slash after a bare domain closes a wire tag, it is no path.
    const bare = slash === value.length - 1 ? host : value;
    out.push({ kind: 'domain', start: a, end: a + bare.length, value: bare });
  }
}
