import { PressparseError } from '../errors.js';

/** Where each kind of markup that is not an element ends. */
const SKIP: [string, string][] = [['<!--', '-->'], ['<![CDATA[', ']]>'], ['<?', '?>']];

/**
 * Checks an XML part in one linear scan before mammoth's parser (xmldom) sees it, for the two shapes that make
 * xmldom slow: elements nested deeper than `max` (`too_large`: each insert walks the ancestors, and the tree
 * walks that follow recurse) and elements after the root element has closed (`unreadable`, which xmldom would
 * also report, but only after throwing and catching an exception per element, quadratic in all).
 * A declaration or DOCTYPE is skipped to its ">" (an internal subset holds no elements).
 */
export function checkXml(xml: string, max: number, what: string): void {
  let depth = 0;
  let rootClosed = false;
  let i = xml.indexOf('<');
  while (i >= 0) {
    let next = -1;
    const skip = SKIP.find(([open]) => xml.startsWith(open, i));
    if (skip) {
      const end = xml.indexOf(skip[1], i + skip[0].length);
      next = end < 0 ? -1 : end + skip[1].length;
    } else if (xml[i + 1] === '!') {
      const end = xml.indexOf('>', i);
      next = end < 0 ? -1 : end + 1;
    } else {
      const end = tagEnd(xml, i + 1);
      if (end < 0) return;
      next = end + 1;
      if (xml[i + 1] === '/') {
        rootClosed ||= --depth <= 0;
      } else if (rootClosed) {
        throw new PressparseError('unreadable', `${what} is not well-formed XML: it goes on after its root element.`);
      } else if (xml[end - 1] === '/') {
        rootClosed ||= depth === 0;
      } else if (++depth > max) {
        throw new PressparseError('too_large', `${what} nests its XML more than ${max} deep; raise maxDepth to parse it.`);
      }
    }
    i = next < 0 ? -1 : xml.indexOf('<', next);
  }
}

/** The ">" that ends a tag; quoted attribute values may hold ">". -1 when the tag never ends. */
function tagEnd(xml: string, from: number): number {
  for (let j = from; j < xml.length; j++) {
    const c = xml[j];
    if (c === '>') return j;
    if (c === '"' || c === "'") {
      j = xml.indexOf(c, j + 1);
      if (j < 0) return -1;
    }
  }
  return -1;
}
