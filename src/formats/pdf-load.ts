import type * as Pdf from './pdf.js';

/** The built-ins a polyfill bundle may overwrite (core-js in pdf.js's legacy build does, on Node 20). */
const BUILTINS: readonly object[] = [
  Object, Object.prototype, Function.prototype, Array, Array.prototype, String, String.prototype, Number, Number.prototype,
  Math, JSON, Reflect, Promise, Promise.prototype, Map.prototype, Set.prototype, RegExp.prototype, ArrayBuffer.prototype,
  Uint8Array, Uint8Array.prototype, Symbol,
];

let loading: Promise<typeof Pdf> | null = null;

/**
 * The PDF adapter, loaded on the first PDF. pdf-parse loads pdf.js's legacy build, whose bundled core-js
 * overwrites `Array.prototype.push`, `JSON.parse` and `Function.prototype.toString` with JavaScript versions
 * for edge cases Node 20's engine handles differently: every push and JSON.parse in the process (the caller's
 * included) then runs slower (PDFs about 7%, text after a PDF more). The engine's own are put back; what the
 * bundle adds (Promise.withResolvers, Set#union …) stays, since pdf.js uses it.
 */
export function loadPdf(): Promise<typeof Pdf> {
  loading ??= (async () => {
    const before = BUILTINS.map((o) => new Map(Reflect.ownKeys(o).map((k) => [k, Object.getOwnPropertyDescriptor(o, k)!])));
    const pdf = await import('./pdf.js');
    // Now rather than on the first document, so that its own copy of the polyfills is undone too.
    await import(pdf.PDFJS_WORKER);
    BUILTINS.forEach((o, i) => {
      for (const [key, was] of before[i]!) {
        const now = Object.getOwnPropertyDescriptor(o, key);
        if (now && was.configurable && (now.value !== was.value || now.get !== was.get || now.set !== was.set)) Object.defineProperty(o, key, was);
      }
    });
    return pdf;
  })();
  return loading;
}
