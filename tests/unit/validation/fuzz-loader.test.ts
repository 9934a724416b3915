/**
 * Fuzz test of the loader: however a fixture file is mangled, loadSite returns (it never
 * throws, never reports an internal error) within a bounded time, and every issue it
 * reports is located (file, line ≥ 1, column ≥ 1) with a known code whose zh and en text
 * are complete. `npm test` runs a fixed-seed slice; `npm run fuzz` a long random one
 * (ANNALS_FUZZ_SEED and ANNALS_FUZZ_RUNS, set by tests/fuzz/run.ts).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { describeIssue, type Issue } from '../../../src/lib/issues.ts';
import { loadSite } from '../../../src/lib/load-site.ts';
import { MESSAGES } from '../../../src/lib/messages.ts';
import { copyFixture } from '../../helpers/fixture.ts';
import { applyCase, caseOf, siteFiles } from '../../helpers/fuzz-loader.ts';

const SEED = Number(process.env.ANNALS_FUZZ_SEED ?? 20261130);
const RUNS = Number(process.env.ANNALS_FUZZ_RUNS ?? 200);
/** Far above the ~20 ms a case takes, yet far below a hang or a quadratic blow-up. */
const MAX_MS_PER_CASE = 5_000;

const fixture = copyFixture('basic');
afterAll(() => fixture.dispose());

/** Why an issue is not a located, complete message; undefined when it is. */
function flaw(issue: Issue): string | undefined {
  if (!(issue.code in MESSAGES)) return `unknown code ${issue.code}`;
  if (!issue.file || !Number.isInteger(issue.line) || issue.line < 1 || !Number.isInteger(issue.column) || issue.column < 1) {
    return `not located: ${issue.file}:${issue.line}:${issue.column}`;
  }
  const text = describeIssue(issue);
  if (!text.zh.trim() || !text.en.trim()) return 'empty text';
  if (/\bundefined\b|\bNaN\b/.test(text.zh + text.en)) return `incomplete text: ${text.en}`;
  return undefined;
}

describe('fuzzing the loader', () => {
  it(`${RUNS} mangled fixture files give only located issues (seed ${SEED})`, () => {
    console.log(`fuzz: seed ${SEED}, ${RUNS} cases (reproduce: npm run fuzz -- --seed ${SEED} --runs ${RUNS})`);
    fc.assert(
      fc.property(caseOf(siteFiles(fixture.root)), (testCase) => {
        const restore = applyCase(fixture.root, testCase);
        try {
          const started = performance.now();
          const result = loadSite(fixture.root);
          const ms = performance.now() - started;
          expect(ms, 'time for one case').toBeLessThan(MAX_MS_PER_CASE);
          expect(result.issues.filter((issue) => issue.code === 'internal-error')).toEqual([]);
          expect(result.issues.map((issue) => flaw(issue)).filter(Boolean)).toEqual([]);
          expect(result.site === undefined).toBe(result.issues.length > 0);
        } finally {
          restore();
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 600_000);
});
