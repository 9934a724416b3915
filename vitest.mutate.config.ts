import { defineConfig } from 'vitest/config';

/**
 * The fast unit tests only, for mutation testing (`npm run mutate`, stryker.config.json):
 * no global setup (it builds the sample site), no build or browser tests, and no test that
 * spawns the CLI or runs an Astro build. Stryker reruns these for every mutant.
 */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // json-schemas.test.ts checks the generated JSON Schemas (not a mutated module) and takes
    // seconds per run, which Stryker would pay for every mutant the loader touches.
    exclude: ['tests/unit/import/cli.test.ts', 'tests/unit/import/validate-draft.test.ts', 'tests/unit/schemas/json-schemas.test.ts'],
    testTimeout: 30_000,
  },
});
