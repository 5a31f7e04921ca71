// After tsc: write the output's JSON Schema beside package.json and make the CLI executable.
import { chmodSync, writeFileSync } from 'node:fs';
import { pressReleaseJsonSchema } from '../dist/index.js';

writeFileSync(new URL('../press-release.schema.json', import.meta.url), `${JSON.stringify(pressReleaseJsonSchema(), null, 2)}\n`);
chmodSync(new URL('../dist/cli/main.js', import.meta.url), 0o755);
