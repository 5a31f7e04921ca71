import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** A regular expression the library can run, with where it is written. */
export interface Pattern {
  source: string;
  flags: string;
  /** "src/…/file.ts:line". */
  at: string;
}

const ROOT = join(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(path);
    return d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') ? [path] : [];
  });
}

function walk(visit: (node: ts.Node, at: string) => void): void {
  for (const path of sourceFiles(SRC)) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const name = relative(ROOT, path);
    const each = (node: ts.Node): void => {
      visit(node, `${name}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`);
      ts.forEachChild(node, each);
    };
    each(file);
  }
}

/** Every regex literal in src/, parsed by the TypeScript compiler (so none hides in a string or comment). */
export function regexLiterals(): Pattern[] {
  const out: Pattern[] = [];
  walk((node, at) => {
    if (!ts.isRegularExpressionLiteral(node)) return;
    const slash = node.text.lastIndexOf('/');
    out.push({ source: node.text.slice(1, slash), flags: node.text.slice(slash + 1), at });
  });
  return out;
}

/** Where src/ calls `new RegExp(…)` or `RegExp(…)`: the patterns it builds at run time. */
export function regexpCallSites(): string[] {
  const out: string[] = [];
  walk((node, at) => {
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      out.push(at);
    }
  });
  return out;
}

/** The src/ file and line of the frame that called the RegExp constructor, from a stack trace. */
function callerOf(stack: string): string | null {
  // Frame 0 is the trap below, frame 1 the caller; vitest maps frames back to the .ts source.
  const frame = stack.split('\n').filter((l) => l.trimStart().startsWith('at '))[1] ?? '';
  const m = /(?:\(|at )(?:file:\/\/)?([^()]*?):(\d+):\d+\)?$/.exec(frame.trim());
  if (!m) return null;
  const path = relative(ROOT, m[1]!);
  return path.startsWith('src/') ? `${path}:${m[2]}` : null;
}

/**
 * Every pattern src/ builds with the RegExp constructor while `run` imports the library and parses, recorded by
 * standing in for globalThis.RegExp meanwhile. Patterns that libraries build are left out.
 */
export async function builtPatterns(run: () => Promise<void>): Promise<Pattern[]> {
  const Original = globalThis.RegExp;
  const out: Pattern[] = [];
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      const re = Reflect.construct(target, args, newTarget) as RegExp;
      const at = callerOf(new Error().stack ?? '');
      if (at) out.push({ source: re.source, flags: re.flags, at });
      return re;
    },
    apply(target, self, args) {
      const re = Reflect.apply(target, self, args) as RegExp;
      const at = callerOf(new Error().stack ?? '');
      if (at) out.push({ source: re.source, flags: re.flags, at });
      return re;
    },
  });
  try {
    await run();
  } finally {
    globalThis.RegExp = Original;
  }
  return out;
}
