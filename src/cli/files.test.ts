import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previousRun, pathKey } from './files.js';
import { tempDir } from '../../test/temp-dirs.js';

const file = (content: string): string => {
  const path = join(tempDir('previous-'), 'out.jsonl.partial');
  writeFileSync(path, content);
  return path;
};
const rec = (sha256: string | null, ok = true, file = 'a.txt') => ({ file, sha256, ok });
const line = (r: object) => `${JSON.stringify(r)}\n`;

describe('previousRun', () => {
  it('keeps complete lines and stops before a torn one', async () => {
    const kept = line(rec('a')) + line(rec('b', false));
    const got = await previousRun(file(`${kept}{"file":"c.txt","sha`));
    expect(got.validBytes).toBe(Buffer.byteLength(kept));
    expect([...got.done]).toEqual([['a', 1], ['b', 1]]);
    expect(got.failed).toBe(1);
  });

  it('does not count a last record whose newline never made it: appending after it would join two records', async () => {
    const kept = line(rec('a'));
    const got = await previousRun(file(`${kept}${JSON.stringify(rec('b'))}`));
    expect(got.validBytes).toBe(Buffer.byteLength(kept));
    expect(got.done.has('b')).toBe(false);
  });

  it('counts each record of inputs with the same bytes, and unreadable files by path', async () => {
    const got = await previousRun(file(line(rec('a', true, 'x.txt')) + line(rec('a', true, 'copy/x.txt')) + line(rec(null, false, 'locked.txt'))));
    expect(got.done.get('a')).toBe(2);
    expect(got.done.get(pathKey('locked.txt'))).toBe(1);
  });

  it('reads --pretty records, which span lines, and counts bytes, not characters', async () => {
    const pretty = (r: object) => `${JSON.stringify(r, null, 2)}\n`;
    const kept = pretty(rec('a', true, '新聞稿.txt')) + pretty(rec('b'));
    const torn = pretty(rec('c')).slice(0, 30);
    const got = await previousRun(file(kept + torn));
    expect(got.validBytes).toBe(Buffer.byteLength(kept));
    expect([...got.done.keys()]).toEqual(['a', 'b']);
  });

  it('skips a junk line but keeps the records after it', async () => {
    const content = `${line(rec('a'))}not json\n${line(rec('b'))}`;
    const got = await previousRun(file(content));
    expect(got.validBytes).toBe(Buffer.byteLength(content));
    expect([...got.done.keys()]).toEqual(['a', 'b']);
  });
});
