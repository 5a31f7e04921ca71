import { describe, expect, it } from 'vitest';
import { checkXml } from './xml-check.js';

const depthOf = (xml: string): number => {
  for (let max = 0; ; max++) {
    try {
      checkXml(xml, max, 'The part');
      return max;
    } catch {
      // Deeper than max: try the next.
    }
  }
};

describe('XML parts of Word files', () => {
  it('counts open elements, not empty ones, comments, CDATA, declarations or ">" in values', () => {
    expect(depthOf('<?xml version="1.0"?><a><b/><c x="1>2"><d></d></c></a>')).toBe(3);
    expect(depthOf(`<a><!-- ${'<b>'.repeat(50)} --><![CDATA[${'<b>'.repeat(50)}]]></a>`)).toBe(1);
    expect(depthOf('<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>')).toBe(1);
  });

  it('refuses deeper XML with too_large, naming the option', () => {
    expect(() => checkXml(`<a>${'<b>'.repeat(100_000)}`, 1000, 'The part')).toThrow(expect.objectContaining({ code: 'too_large', message: expect.stringContaining('raise maxDepth') }));
  });

  it('refuses elements after the root element has closed with unreadable', () => {
    expect(() => checkXml(`<a><b/></a>${'<c>x</c>'.repeat(1000)}`, 1000, 'The part')).toThrow(expect.objectContaining({ code: 'unreadable', message: expect.stringContaining('after its root') }));
    expect(() => checkXml('<a/><b/>', 1000, 'The part')).toThrow(expect.objectContaining({ code: 'unreadable' }));
  });
});
