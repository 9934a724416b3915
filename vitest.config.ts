import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the sample site once; build, search and browser tests read it.
    globalSetup: ['tests/helpers/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // Astro builds are CPU-bound on two cores; running files in parallel only thrashes.
    fileParallelism: false,
  },
});
