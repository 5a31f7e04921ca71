import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // No test is timed; the timeout only stops a hang. CLI tests start processes, slow on a loaded 2-core machine.
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/redos.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        // recheck keeps every core busy for a while: run it after the rest, so it slows no timed-out CLI test.
        extends: true,
        test: { name: 'redos', include: ['test/redos.test.ts'], sequence: { groupOrder: 1 } },
      },
    ],
  },
});
