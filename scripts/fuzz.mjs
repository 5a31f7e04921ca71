// Fuzzes the file adapters: the committed PDF, HTML and Word fixtures (and any --seeds folder), mutated
// deterministically from a seed (scripts/fuzz/mutate.mjs), each case parsed in a child process under a time
// guard. Every case must give a release that passes PressReleaseSchema or a PressparseError with a known code;
// anything else (another exception, a hang, a crash) is a failure, written to a folder under /tmp to replay.
// Run: npm run fuzz -- [--cases 5000] [--seed 1] [--jobs 2] [--timeout 120000] [--seeds DIR] [--no-truncations]
// The time guard is wall-clock and generous (a loaded machine slows every case); the summary lists the cases
// that took the most CPU time.
// Replay a failure: node scripts/fuzz.mjs --replay /tmp/pressparse-fuzz/…/case-N.pdf
import { fork } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { formatOf, fuzzCase, truncations } from './fuzz/mutate.mjs';

const { values: args } = parseArgs({
  options: {
    cases: { type: 'string', default: '5000' },
    seed: { type: 'string', default: '1' },
    jobs: { type: 'string', default: '2' },
    timeout: { type: 'string', default: '120000' },
    seeds: { type: 'string', multiple: true, default: [] },
    'no-truncations': { type: 'boolean', default: false },
    replay: { type: 'string' },
  },
});
if (args.replay) {
  const { outcome } = await import('./fuzz/worker.mjs');
  console.log(await outcome(new Uint8Array(readFileSync(args.replay)), `input.${formatOf(args.replay)}`));
  process.exit(0);
}
const count = Number(args.cases);
const seed = Number(args.seed);
const timeout = Number(args.timeout);
const FORMATS = new Set(['pdf', 'html', 'docx']);

/** Seed files: the committed fixtures' input.pdf/html/docx and fixtures/errors, plus any --seeds folders. */
function seedFiles() {
  const fixtures = new URL('../fixtures/', import.meta.url).pathname;
  const paths = readdirSync(fixtures, { withFileTypes: true }).filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(fixtures, d.name)).map((f) => join(fixtures, d.name, f)));
  for (const dir of args.seeds) paths.push(...readdirSync(dir).map((f) => join(dir, f)));
  return paths.filter((p) => FORMATS.has(formatOf(p))).sort().map((p) => ({ name: relative(process.cwd(), p), bytes: new Uint8Array(readFileSync(p)) }));
}

const seeds = seedFiles();
function* cases() {
  let index = 0;
  if (!args['no-truncations']) for (const file of seeds) for (const c of truncations(file)) yield { ...c, index: index++ };
  for (let i = 0; i < count; i++) yield { ...fuzzCase(seeds, seed, i), index: index++ };
}

const outDir = `/tmp/pressparse-fuzz/seed-${seed}-${new Date().toISOString().replace(/[:.]/g, '-')}`;
const stats = { total: 0, byFormat: {}, errors: {}, failures: [], slowest: [] };

function record(c, result) {
  stats.total++;
  if (result.cpuMs !== undefined) {
    stats.slowest.push({ cpuMs: result.cpuMs, index: c.index, what: `${c.ops.join('+')} of ${c.seedFile}, ${c.bytes.length} bytes` });
    stats.slowest = stats.slowest.sort((a, b) => b.cpuMs - a.cpuMs).slice(0, 5);
  }
  const f = (stats.byFormat[c.format] ??= { cases: 0, releases: 0, errors: 0, failures: 0 });
  f.cases++;
  if (result.kind === 'release') f.releases++;
  else if (result.kind === 'error') {
    f.errors++;
    stats.errors[result.code] = (stats.errors[result.code] ?? 0) + 1;
  } else {
    f.failures++;
    mkdirSync(outDir, { recursive: true });
    const base = join(outDir, `case-${c.index}.${c.format}`);
    writeFileSync(base, c.bytes);
    writeFileSync(`${base}.json`, JSON.stringify({ index: c.index, seed, seedFile: c.seedFile, ops: c.ops, reason: result.reason }, null, 2));
    stats.failures.push({ index: c.index, seedFile: c.seedFile, ops: c.ops, reason: result.reason.split('\n')[0], file: base });
    console.error(`FAIL case ${c.index} (${c.ops.join('+')} of ${c.seedFile}): ${result.reason.split('\n')[0]}`);
  }
  if (stats.total % 500 === 0) console.error(`… ${stats.total} cases`);
}

/** One child process working through the shared queue; replaced when a case hangs or kills it. */
async function runner(queue) {
  let child = null;
  let pending = null;
  const spawn = () => {
    child = fork(new URL('./fuzz/worker.mjs', import.meta.url), { serialization: 'advanced', execArgv: ['--max-old-space-size=1536'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    child.stderr.resume();
    child.on('message', (m) => pending?.resolve(m));
    child.on('exit', (code, signal) => pending?.resolve({ kind: 'failure', reason: `crash: worker exited (code ${code}, signal ${signal})` }));
  };
  for (let next = queue.next(); !next.done; next = queue.next()) {
    const c = next.value;
    if (!child) spawn();
    const result = await new Promise((resolve) => {
      const timer = setTimeout(() => resolve({ kind: 'failure', reason: `hang: no answer in ${timeout} ms` }), timeout);
      pending = { resolve: (m) => { clearTimeout(timer); resolve(m); } };
      child.send({ id: c.index, bytes: c.bytes, fileName: `input.${c.format}` });
    });
    pending = null;
    if (result.kind === 'failure' && /^(?:hang|crash)/.test(result.reason)) {
      child.removeAllListeners('exit');
      child.kill('SIGKILL');
      child = null;
    }
    record(c, result);
  }
  child?.disconnect();
}

const started = Date.now();
const queue = cases();
await Promise.all(Array.from({ length: Number(args.jobs) }, () => runner(queue)));

console.log(`pressparse fuzz: seed ${seed}, ${stats.total} cases (${count} mutated${args['no-truncations'] ? '' : ' + every-KiB truncations'}) from ${seeds.length} seed files, ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log('format  cases  releases  errors  failures');
for (const [format, f] of Object.entries(stats.byFormat).sort()) {
  console.log(`${format.padEnd(6)} ${String(f.cases).padStart(6)} ${String(f.releases).padStart(9)} ${String(f.errors).padStart(7)} ${String(f.failures).padStart(9)}`);
}
console.log(`errors by code: ${Object.entries(stats.errors).sort().map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
console.log(`most CPU: ${stats.slowest.map((s) => `${s.cpuMs} ms case ${s.index} (${s.what})`).join('; ')}`);
console.log(`failures: ${stats.failures.length}${stats.failures.length ? ` (inputs in ${outDir})` : ''}`);
process.exitCode = stats.failures.length ? 1 : 0;
