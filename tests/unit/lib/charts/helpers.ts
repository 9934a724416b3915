/** Hand-built figures and rows for the chart module tests (fictional bureaus A, B, 示例区). */
import { parseExactNumber } from '../../../../src/lib/decimal.ts';
import type { Figure } from '../../../../src/lib/model.ts';
import type { ChartRow } from '../../../../src/lib/charts/types.ts';

export function number(written: string): Figure['value'] {
  const parsed = parseExactNumber(written);
  if (!parsed.ok) throw new Error(written);
  return { type: 'number', written, number: parsed.value };
}

export function figure(overrides: Partial<Figure> & Pick<Figure, 'id' | 'value'>): Figure {
  return { indicatorId: 'eldercare-beds', bureauId: 'example-district', year: 2022, status: 'actual', asOf: '2022', ...overrides };
}

export function row(overrides: Partial<ChartRow> & Pick<ChartRow, 'asOf'>): ChartRow {
  return {
    figureId: 'beds', bureauId: 'a', bureauName: 'A', year: Number(overrides.asOf.slice(0, 4)), label: 'Beds',
    period: overrides.asOf, value: '1 bed', status: 'actual', shape: 'exact', drawn: true, ...overrides,
  };
}

export const BEDS = { id: 'eldercare-beds', name: { zh: '养老床位', en: 'Eldercare beds' }, kind: 'count', unit: { zh: '张', en: 'beds' } } as const;
