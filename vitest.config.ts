import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/markdown/**/*.test.ts'] },
      },
      {
        // Builds share Astro's `.astro/` folder, so they run one file at a time.
        test: { name: 'site', include: ['tests/build/**/*.test.ts'], fileParallelism: false, testTimeout: 120_000, hookTimeout: 300_000 },
      },
      {
        // Headless Chromium against the built dist/, served on localhost.
        test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], fileParallelism: false, testTimeout: 60_000, hookTimeout: 60_000 },
      },
    ],
  },
});
