import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // No test is timed; the timeout only stops a hang. CLI tests start processes, slow on a loaded 2-core machine.
    testTimeout: 60_000,
  },
});
