import { describe, expect, it } from 'vitest';
import { parseRelease } from '../index.js';
import { checkHtmlDepth } from './html-depth.js';

const para = 'Acme Robotics today opened its first research lab outside Europe, at Hong Kong Science Park, with forty engineers.';
const page = (inner: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><article><h1>Acme Opens Lab</h1><p>${para}</p>${inner}</article></body></html>`;
const depthOf = (html: string): number => {
  for (let max = 0; ; max++) {
    try {
      checkHtmlDepth(html, max);
      return max;
    } catch {
      // Deeper than max: try the next.
    }
  }
};

describe('HTML nesting depth', () => {
  it('refuses 100,000 nested elements with too_large, naming the option to raise', async () => {
    for (const [open, close] of [['<div>', '</div>'], ['<span>', '</span>'], ['<div>', '']] as const) {
      const html = page(`${open.repeat(100_000)}x${close.repeat(100_000)}`);
      expect(() => parseRelease(html)).toThrow(expect.objectContaining({ code: 'too_large', message: expect.stringContaining('maxDepth') }));
      await expect(parseRelease(new TextEncoder().encode(html))).rejects.toMatchObject({ code: 'too_large' });
    }
  });

  it('reads a page nested within the limit, and a deeper one when maxDepth is raised', () => {
    const deep = (n: number) => page(`${'<div>'.repeat(n)}<p>${para}</p>${'</div>'.repeat(n)}`);
    expect(parseRelease(deep(900)).body).toEqual([para, para]);
    expect(() => parseRelease(deep(1500))).toThrow(expect.objectContaining({ code: 'too_large' }));
    expect(parseRelease(deep(1500), { maxDepth: 2000 }).body).toEqual([para, para]);
  });

  it('counts elements that do not close as the parser does: void, optional end tags, SVG "/>", raw text', () => {
    expect(depthOf('<div><br><img src=a><p>a<p>b<ul><li>c<li>d</ul></div>')).toBe(2);
    expect(depthOf(`<svg>${'<path d="M0 0"/>'.repeat(5000)}</svg>`)).toBe(1);
    expect(depthOf(`<script>${'"<div>"'.repeat(5000)}</script><div></div>`)).toBe(1);
    expect(depthOf(`<!-- ${'<div>'.repeat(5000)} --><div></div>`)).toBe(1);
    expect(depthOf('<div title="a>b"><span></span></div>')).toBe(2);
  });

  it('is not fooled by end tags the parser ignores or by markup it reads as text', () => {
    // A stray end tag closes nothing; an end tag does not reach past <object>; "<!-->" is a whole comment;
    // a quote inside an unquoted value does not open a string.
    expect(depthOf('<div></span>'.repeat(50))).toBe(50);
    expect(depthOf('<div><object></div>'.repeat(50))).toBe(100);
    expect(depthOf(`<!-->${'<div>'.repeat(50)}`)).toBe(50);
    expect(depthOf(`<a b=x">${'<div>'.repeat(50)}`)).toBe(51);
  });
});
