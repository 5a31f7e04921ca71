// The adversarial part of npm run bench (issue 7, "no hang, linear time"); also runs alone after a build:
//   node --expose-gc scripts/bench-adversarial.mjs
// Each pathological input is parsed at 1×, 4× and 16× its size. Work that grows linearly takes about 16 times
// as long at 16×; a row is marked FAIL when it takes more than 24 times the 1× time. Measures, never asserts.
import { parseRelease } from '../dist/index.js';

const LIMIT = 24;
const RUNS = 5;

/** A release around the payload, so every stage (headline, dateline, body, contacts) sees it. */
const release = (payload) =>
  `Acme Launches Widget\n\nHONG KONG, 3 March 2024 – Acme today announced a widget.\n\n${payload}\n\nMedia contact: Jane Doe, Tel: +852 2123 4567\n`;
const lines = (line, n) => Array.from({ length: n }, (_, i) => line(i)).join('\n');

/**
 * Name → the payload at scale k (1, 4, 16). Sizes make 1× take well over a few milliseconds on a busy machine: the
 * cheap runs need hundreds of thousands of characters before timer and collector noise stops ruling the ratio.
 */
const CASES = {
  '「 run': (k) => '「'.repeat(80_000 * k),
  // Each " may open or close a quote, and each pairing looks back a bounded way: slow per character, so short.
  '" run': (k) => '"'.repeat(4_000 * k),
  '“ run': (k) => '“'.repeat(32_000 * k),
  'spaces in a line': (k) => `a${' '.repeat(200_000 * k)}b`,
  '"Tel: " repeated': (k) => 'Tel: '.repeat(20_000 * k),
  '@ run': (k) => '@'.repeat(80_000 * k),
  'digit run': (k) => '1'.repeat(200_000 * k),
  'phone-like digits': (k) => '852 2123 '.repeat(20_000 * k),
  'nested brackets': (k) => `${'(【「'.repeat(10_000 * k)}x${'」】)'.repeat(10_000 * k)}`,
  'contact block (100k lines at 16×)': (k) =>
    lines((i) => ['Media contact', `Name: Person ${i}`, `Tel: +852 2${String(i % 1000).padStart(3, '0')} 4567`, `Email: p${i}@example.com`][i % 4], 6_250 * k),
  'one long line': (k) => 'lorem ipsum dolor sit amet, '.repeat(8_000 * k),
  'many short lines': (k) => lines((i) => `l${i % 10}`, 20_000 * k),
  '"said" sentences': (k) => '"We grow," said John Smith, CEO of Acme. '.repeat(1_000 * k),
  '表示 sentences': (k) => '「我們會繼續增長。」陳大文表示。'.repeat(2_000 * k),
  '"About X" headings': (k) => lines((i) => (i % 2 ? `Acme ${i} is a company.` : `About Acme ${i}`), 1_000 * k),
  'dateline-like lines': (k) => lines(() => 'HONG KONG, 3 March 2024 –', 2_000 * k),
};

/** Web pages: shapes where a DOM library's per-element calls (find, remove, text) go quadratic. */
const page = (body) => new TextEncoder().encode(`<!doctype html><html><body>${body}<p>${'Acme announced a widget today. '.repeat(10)}</p></body></html>`);
const HTML_CASES = {
  'page: paragraphs in one div': (k) => page(`<div>${'<p>Paragraph text here.</p>'.repeat(8_000 * k)}</div>`),
  'page: header/footer siblings': (k) => page('<header>h</header><footer>f</footer>'.repeat(4_000 * k)),
  'page: scripts and share widgets': (k) => page('<script>x</script><div class="share">s</div>'.repeat(4_000 * k)),
  'page: one wide table row': (k) => page(`<table><tr>${'<td>cell</td>'.repeat(8_000 * k)}</tr></table>`),
  'page: h1 after h1': (k) => page(`<div>${'<h1>T</h1><p>Para.</p>'.repeat(4_000 * k)}</div>`),
};

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median milliseconds of parseRelease on `input`; an error thrown counts as a finished parse. */
async function time(input) {
  const ms = [];
  for (let i = 0; i < RUNS; i++) {
    // With --expose-gc, garbage left by the previous run is not billed to this one.
    globalThis.gc?.();
    const t = performance.now();
    try {
      await parseRelease(input, { fileName: typeof input === 'string' ? 'input.txt' : 'input.html' });
    } catch {
      // A refused input (e.g. no release in it) still had to be read: the time is what matters here.
    }
    ms.push(performance.now() - t);
  }
  return median(ms);
}

console.log(`\nAdversarial inputs: median of ${RUNS} runs of parseRelease; FAIL when 16× takes over ${LIMIT}× the 1× time.\n`);
console.log('| input | 1× size | 1× ms | 4× ms | 16× ms | 16×/1× | |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
const rows = [...Object.entries(CASES).map(([name, make]) => [name, (k) => release(make(k))]), ...Object.entries(HTML_CASES)];
for (const [name, make] of rows) {
  await time(make(1)); // warm-up: compile the code paths this input takes
  const times = [];
  for (const k of [1, 4, 16]) times.push(await time(make(k)));
  const ratio = times[2] / times[0];
  console.log(`| ${name} | ${make(1).length} | ${times[0].toFixed(1)} | ${times[1].toFixed(1)} | ${times[2].toFixed(1)} | ${ratio.toFixed(1)} | ${ratio > LIMIT ? 'FAIL' : 'ok'} |`);
}
