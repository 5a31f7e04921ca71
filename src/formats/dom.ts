import type { AnyNode, Element, ParentNode } from 'domhandler';

/** An element node: domhandler gives <script> and <style> types of their own. */
export const isElement = (n: AnyNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';

/** Every element under `root` in document order, walked iteratively: deep nesting cannot overflow the stack. */
export function elementsIn(root: ParentNode): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    out.push(n);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}
