import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['node_modules', 'dist', 'src/web/**'],
    // Dates print and parse the same on every machine.
    env: { TZ: 'UTC' },
    allowOnly: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
