/** Time to scale: positions proportional to time, spans, ticks in the page's language. */
import { describe, expect, it } from 'vitest';
import { periodDays, timePosition, timeTicks, yearsOf } from '../../../../src/lib/charts/time.ts';

describe('timePosition', () => {
  it('places uneven dates at distances proportional to the time between them', () => {
    // The eldercare-beds case: May 2017, December 2017, 2022. By hand: mid-May 2017 is day
    // 17302.5, mid-December 2017 day 17516.5, mid-2022 day 19175.5 since 1970-01-01.
    const may = timePosition('2017-05');
    const december = timePosition('2017-12');
    const y2022 = timePosition('2022');
    expect([may, december, y2022]).toEqual([17302.5, 17516.5, 19175.5]);
    // Seven months against four and a half years: the second step is about 7.75 times longer.
    expect((y2022 - december) / (december - may)).toBeCloseTo(1659 / 214, 6);
  });

  it('puts a day at midday and a period at its middle', () => {
    expect(timePosition('2020-02-29')).toBe(18321.5);
    expect(periodDays('2016/2020')).toEqual({ start: 16801, end: 18628 });
    expect(timePosition('2016/2020')).toBe(17714.5);
    expect(periodDays('')).toBeUndefined();
  });

  it('names the first and last calendar year an as-of touches', () => {
    expect(yearsOf('2016-03/2020')).toEqual({ first: 2016, last: 2020 });
    expect(yearsOf('2014-12-31')).toEqual({ first: 2014, last: 2014 });
  });
});

describe('timeTicks', () => {
  it('labels years at mid-year, every 2 or 5 years when there would be more than ten', () => {
    // 2000-01-01 is day 10957, 2018-01-01 day 17532, 2021-01-01 day 18628; mid-2000 (a leap year) day 11140.
    const eighteen = timeTicks(10957, 17532, true, 'en');
    expect(eighteen.map((tick) => tick.label)).toEqual(['2000', '2002', '2004', '2006', '2008', '2010', '2012', '2014', '2016']);
    expect(eighteen[0]?.value).toBe(11140);
    expect(timeTicks(10957, 18628, true, 'zh').map((tick) => tick.label)).toEqual(['2000年', '2005年', '2010年', '2015年', '2020年']);
  });

  it('labels months in the page language over a short span with a month in it', () => {
    // 2017-05-01 (day 17287) to 2017-08-01 (day 17379).
    expect(timeTicks(17287, 17379, false, 'zh').map((tick) => tick.label)).toEqual(['2017年5月', '2017年6月', '2017年7月']);
    expect(timeTicks(17287, 17379, false, 'en').map((tick) => tick.label)).toEqual(['May 2017', 'June 2017', 'July 2017']);
  });
});
