import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseRelease } from '/work/main/dist/index.js';
const dir = '/tmp/pressparse-bench/pdf';
const texts = [];
for (const f of readdirSync(dir).sort().slice(0, 5)) texts.push((await parseRelease(new Uint8Array(readFileSync(join(dir, f))))).text);
const tdir = '/tmp/pressparse-bench/text';
const tf = readdirSync(tdir).sort().slice(0, 64).map((f) => readFileSync(join(tdir, f), 'utf8'));
const all = process.env.MODE === 'text' ? Array.from({ length: 2000 }, (_, i) => tf[i % tf.length] + `\nRef ${i}\n`) : Array.from({ length: 1000 }, (_, i) => texts[i % texts.length] + `\nRef ${i}\n`);
for (let r = 0; r < 4; r++) { const t = process.cpuUsage(); for (const s of all) parseRelease(s); const u = process.cpuUsage(t); console.log(((u.user + u.system) / 1000 / all.length).toFixed(3), 'cpu ms/doc'); }
