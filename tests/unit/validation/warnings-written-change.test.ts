/**
 * The unchecked-change warning for each way a change is written (src/lib/load/warnings.ts):
 * percentage points and an absolute amount are named by their own field and shown as written,
 * with the year whose report is missing. The real loader on a copy of the basic fixture
 * (its 2022 report has no 2021 report before it); expected values are written by hand.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadSite } from '../../../src/lib/load-site.ts';
import { copyFixture, type FixtureCopy } from '../../helpers/fixture.ts';

const DATA_2022 = 'data/figures/example-district/2022.yaml';

let fixture: FixtureCopy | undefined;
afterEach(() => fixture?.dispose());

describe('an unchecked change, however it is written', () => {
  it('points and an amount: at their own field, found as written, previous year 2021', () => {
    fixture = copyFixture('basic');
    fixture.replace(DATA_2022, 'operation-rate: { value: 83.5 }', 'operation-rate: { value: 83.5, change: { points: "2.1", direction: up } }');
    fixture.replace(DATA_2022, 'dibao-paid: { value: 2850.46万 }', 'dibao-paid: { value: 2850.46万, change: { amount: 120.5万, direction: up } }');
    const result = loadSite(fixture.root, { buildDate: '2024-06-15' });
    expect(result.issues).toEqual([]);
    const unchecked = result.warnings.filter((warning) => warning.code === 'unchecked-change').sort((a, b) => a.line - b.line);
    expect(unchecked).toEqual([
      { file: DATA_2022, line: 16, column: 53, field: 'figures.dibao-standard.change.reported', code: 'unchecked-change', params: { found: '7.6%', previousYear: '2021' } },
      { file: DATA_2022, line: 17, column: 52, field: 'figures.dibao-paid.change.amount', code: 'unchecked-change', params: { found: '120.5万', previousYear: '2021' } },
      { file: DATA_2022, line: 19, column: 52, field: 'figures.operation-rate.change.points', code: 'unchecked-change', params: { found: '2.1', previousYear: '2021' } },
    ]);
  });
});
