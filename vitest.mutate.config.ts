import { defineConfig } from 'vitest/config';

/**
 * The fast unit tests only, for mutation testing (`npm run mutate`, stryker.config.json):
 * no global setup (it builds the sample site), no build or browser tests, and no test that
 * spawns the CLI or runs an Astro build. Stryker reruns these for every mutant.
 */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Left out too: tests that spawn the CLI (cli-no-stack), and the fuzz and property
    // tests (fuzz-loader, exact.property), which load many generated sites per run.
    // json-schemas.test.ts checks the generated JSON Schemas (not a mutated module) and takes
    // seconds per run, which Stryker would pay for every mutant the loader touches.
    exclude: [
      'tests/unit/import/cli.test.ts',
      'tests/unit/import/validate-draft.test.ts',
      'tests/unit/schemas/json-schemas.test.ts',
      'tests/unit/validation/cli-no-stack.test.ts',
      'tests/unit/validation/fuzz-loader.test.ts',
      'tests/unit/lib/exact.property.test.ts',
    ],
    testTimeout: 30_000,
  },
});
