/**
 * Missing years: a series never joins its line across a calendar year that has no value
 * (2013, 2015 → 2014 is missing), so a gap of a year can never pass for a step of one year.
 * Values within a year, or in consecutive years, are joined.
 */
import type { Series } from './series.ts';
import { yearsOf } from './time.ts';
import type { ChartGap, ChartRow } from './types.ts';

/**
 * For each pair of neighbouring rows of a series (in time order), the years strictly between
 * the last year of the first and the first year of the second. `rows` must be in time order.
 * Example: rows of 2013, 2015, 2016, 2018 → [{ after: 0, years: [2014] }, { after: 2, years: [2017] }].
 */
export function missingYears(rows: readonly ChartRow[]): Array<{ after: number; years: number[] }> {
  const result: Array<{ after: number; years: number[] }> = [];
  for (let index = 0; index + 1 < rows.length; index += 1) {
    const previous = yearsOf(rows[index]!.asOf).last;
    const next = yearsOf(rows[index + 1]!.asOf).first;
    const years: number[] = [];
    for (let year = previous + 1; year < next; year += 1) years.push(year);
    if (years.length > 0) result.push({ after: index, years });
  }
  return result;
}

/**
 * The gaps of actual series, for the table and notes (a target series names chosen years,
 * so a year between two targets is not missing data; its line still breaks).
 * `period(year)`: the year as the reader writes it.
 */
export function seriesGaps(series: readonly Series[], period: (year: number) => string): ChartGap[] {
  return series
    .filter((one) => one.status !== 'target')
    .flatMap((one) =>
      missingYears(one.rows).flatMap(({ years }) =>
        years.map((year) => ({ bureauId: one.bureauId, bureauName: one.bureauName, figureId: one.figureId, year, period: period(year) })),
      ),
    );
}
