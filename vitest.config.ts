import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/redos.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        // recheck keeps every core busy for a while: run it after the rest, so it slows no timed-out CLI test.
        test: { name: 'redos', include: ['test/redos.test.ts'], sequence: { groupOrder: 1 } },
      },
    ],
  },
});
