import type { AnyNode } from 'domhandler';
import { PressparseError } from '../errors.js';
import { isElement } from './dom.js';

/** Elements with no content: never open. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'basefont', 'bgsound', 'frame', 'image']);
/** Elements whose end tag may be left out: the parser closes them at their next sibling, so they do not nest alone. */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'caption', 'colgroup', 'html', 'head', 'body']);
/** Elements whose content is text up to their end tag, not markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);
/** The end tag of each raw-text element, built once. */
const RAW_TEXT_END = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}[\\s/>]`, 'gi')]));
/** SVG and MathML: inside them "/>" closes an element. */
const FOREIGN = new Set(['svg', 'math']);
/** Scope boundaries: an end tag does not close an element opened outside one of these (it is ignored). */
const SCOPE = new Set(['applet', 'table', 'marquee', 'object', 'template', 'foreignobject', 'desc', 'mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml']);

const tooDeep = (max: number): PressparseError =>
  new PressparseError('too_large', `The page nests its elements more than ${max} deep; raise maxDepth to parse it.`);

/**
 * Refuses a page whose elements nest deeper than `max` with `too_large`, from one linear scan of its tags, before
 * the HTML parser sees it: parse5 spends time proportional to the depth on each start tag (quadratic in all), and
 * the DOM walks that follow recurse. The count follows the parser's rules closely enough for a limit (void
 * elements and elements with optional end tags do not stack, "/>" closes only in SVG and MathML, an end tag does
 * not reach past a scope boundary such as <table> or <object>); {@link checkDomDepth} makes it exact after parsing.
 */
export function checkHtmlDepth(html: string, max: number): void {
  const stack: string[] = [];
  // One frame per open scope boundary (and one for the page): its name, and the elements open inside it by name.
  const frames: { name: string; open: Map<string, number> }[] = [{ name: '', open: new Map() }];
  let foreignFrom = -1;
  const pop = (): void => {
    const name = stack.pop()!;
    if (SCOPE.has(name)) frames.pop();
    else frames.at(-1)!.open.set(name, frames.at(-1)!.open.get(name)! - 1);
    if (stack.length <= foreignFrom) foreignFrom = -1;
  };
  const comment = /--!?>/g;
  let i = html.indexOf('<');
  while (i >= 0) {
    let next = i + 1;
    if (html.startsWith('<!--', i)) {
      // "<!-->" and "<!--->" are whole (empty) comments; otherwise "-->" or "--!>" ends one.
      comment.lastIndex = html.startsWith('<!--->', i) ? i + 3 : i + 2;
      next = comment.exec(html) ? comment.lastIndex : html.length;
    } else if (html[i + 1] === '!' || html[i + 1] === '?') {
      const end = html.indexOf('>', i);
      next = end < 0 ? html.length : end + 1;
    } else if (/[a-z]/i.test(html[html[i + 1] === '/' ? i + 2 : i + 1] ?? '')) {
      const closing = html[i + 1] === '/';
      let nameEnd = closing ? i + 2 : i + 1;
      while (nameEnd < html.length && !/[\s/>]/.test(html[nameEnd]!)) nameEnd++;
      const name = html.slice(closing ? i + 2 : i + 1, nameEnd).toLowerCase();
      const end = tagEnd(html, nameEnd);
      next = end < 0 ? html.length : end + 1;
      const selfClosing = end > 0 && html[end - 1] === '/';
      if (closing) {
        const frame = frames.at(-1)!;
        if (frame.open.get(name) || frame.name === name) {
          while (stack.length && stack.at(-1) !== name) pop();
          if (stack.length) pop();
        }
      } else if (RAW_TEXT.has(name)) {
        const close = RAW_TEXT_END.get(name)!;
        close.lastIndex = next;
        next = close.exec(html) ? close.lastIndex : html.length;
      } else if (name === 'plaintext') {
        next = html.length;
      } else if (!VOID.has(name) && !OPTIONAL_END.has(name) && !(selfClosing && (foreignFrom >= 0 || FOREIGN.has(name)))) {
        if (FOREIGN.has(name) && foreignFrom < 0) foreignFrom = stack.length;
        stack.push(name);
        if (SCOPE.has(name)) frames.push({ name, open: new Map() });
        else frames.at(-1)!.open.set(name, (frames.at(-1)!.open.get(name) ?? 0) + 1);
        if (stack.length > max) throw tooDeep(max);
      }
    }
    i = next < html.length ? html.indexOf('<', next) : -1;
  }
}

/**
 * The ">" that ends a tag, as the tokenizer finds it: a quote starts a value only right after "=", and an
 * unterminated quoted value runs to the end of the page. -1 when the tag never ends.
 */
function tagEnd(html: string, from: number): number {
  let afterEquals = false;
  for (let j = from; j < html.length; j++) {
    const c = html[j]!;
    if (afterEquals && (c === '"' || c === "'")) {
      const close = html.indexOf(c, j + 1);
      if (close < 0) return -1;
      j = close;
      afterEquals = false;
    } else if (c === '>') {
      return j;
    } else if (c === '=') {
      afterEquals = true;
    } else if (!/\s/.test(c)) {
      afterEquals = false;
    }
  }
  return -1;
}

/** Refuses a parsed page whose elements nest deeper than `max` below `body` with `too_large`; iterative, so no depth overflows it. */
export function checkDomDepth(body: AnyNode, max: number): void {
  const todo: [AnyNode, number][] = [[body, 0]];
  for (let item = todo.pop(); item; item = todo.pop()) {
    const [node, depth] = item;
    if (depth > max) throw tooDeep(max);
    if ('children' in node) for (const child of node.children) if (isElement(child)) todo.push([child, depth + 1]);
  }
}
