import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

describe('loading the PDF adapter', () => {
  // In a process of its own (the built package, as users load it): a test process may have loaded pdf.js already.
  it("leaves the engine's own built-ins in place, and what the polyfills add", () => {
    const script = `
      import { readFileSync } from 'node:fs';
      import { parseRelease } from ${JSON.stringify(`${root}dist/index.js`)};
      const before = [Array.prototype.push, JSON.parse, Function.prototype.toString];
      const r = await parseRelease(new Uint8Array(readFileSync(${JSON.stringify(`${root}fixtures/en-hkstp-co-incubation-web/input.pdf`)})));
      const after = [Array.prototype.push, JSON.parse, Function.prototype.toString];
      console.log(JSON.stringify({ headline: r.headline, same: before.map((f, i) => f === after[i]), added: typeof Promise.withResolvers }));
    `;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as { headline: string; same: boolean[]; added: string };
    expect(out.headline).toBeTruthy();
    expect(out.same).toEqual([true, true, true]);
    expect(out.added).toBe('function');
  });
});
