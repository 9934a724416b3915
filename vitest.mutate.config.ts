import { defineConfig } from 'vitest/config';

/**
 * The fast unit tests only, for mutation testing (`npm run mutate`, stryker.config.json):
 * no global setup (it builds the sample site), no build or browser tests, and no test that
 * spawns the CLI or runs an Astro build. Stryker reruns these for every mutant.
 */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    exclude: ['tests/unit/import/cli.test.ts', 'tests/unit/import/validate-draft.test.ts'],
    testTimeout: 30_000,
  },
});
