/**
 * The chart of one indicator, from the basic fixture site's real data and from figures
 * built by hand for shapes the fixture lacks (illegible values, other qualifiers).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndicatorChart, chartDataAttribute } from '../../../../src/lib/charts/build.ts';
import { SERIES_COLOURS } from '../../../../src/lib/charts/markers.ts';
import type { BarDataset, ChartPointInput, LineDataset } from '../../../../src/lib/charts/types.ts';
import { parseExactNumber } from '../../../../src/lib/decimal.ts';
import { loadSite } from '../../../../src/lib/load-site.ts';
import type { Figure, IndicatorEntry, Site } from '../../../../src/lib/model.ts';
import type { Locale } from '../../../../src/schemas/common.ts';

const loaded = loadSite(join(import.meta.dirname, '..', '..', '..', 'fixtures', 'basic'));
if (!loaded.site) throw new Error(`The basic fixture must load: ${JSON.stringify(loaded.issues)}`);
const site: Site = loaded.site;

function indicator(id: string): IndicatorEntry {
  const entry = site.indicators[id];
  if (!entry) throw new Error(`no indicator ${id}`);
  return entry;
}

/** Every figure of an indicator in the fixture, as pages pass them. */
function pointsOf(indicatorId: string, lang: Locale): ChartPointInput[] {
  return site.reports.flatMap((report) =>
    report.figures
      .filter((figure) => figure.indicatorId === indicatorId)
      .map((figure) => ({ figure, bureauName: site.bureaus[figure.bureauId]?.short[lang] ?? figure.bureauId })),
  );
}

function chartOf(indicatorId: string, lang: Locale) {
  return buildIndicatorChart({ indicator: indicator(indicatorId), points: pointsOf(indicatorId, lang), lang });
}

function number(written: string): Figure['value'] {
  const parsed = parseExactNumber(written);
  if (!parsed.ok) throw new Error(written);
  return { type: 'number', written, number: parsed.value };
}

function figure(overrides: Partial<Figure> & Pick<Figure, 'id' | 'value'>): Figure {
  return { indicatorId: 'eldercare-beds', bureauId: 'example-district', year: 2022, status: 'actual', asOf: '2022', ...overrides };
}

const lines = (datasets: Array<LineDataset | BarDataset>) => datasets.filter((dataset): dataset is LineDataset => dataset.type === 'line');
const bars = (datasets: Array<LineDataset | BarDataset>) => datasets.filter((dataset): dataset is BarDataset => dataset.type === 'bar');

describe('buildIndicatorChart: a series across years', () => {
  it('draws one bureau’s figure of two reports as one line in date order, exact text in table and tooltips', () => {
    const chart = chartOf('eldercare-beds', 'zh');
    const config = chart.payload?.config;
    // Days since 1970-01-01: mid-December 2022 and mid-2023 (worked out by hand), axis from
    // 1 Dec 2022 (day 19327) to the end of 2023 (day 19723), padded by ceil(396 / 30) = 14 days.
    expect(config?.options.scales.x).toMatchObject({ type: 'linear', min: 19313, max: 19737 });
    // Under two years with a month in it: a tick every second month from December 2022.
    expect(chart.payload?.time.map((tick) => tick.label)).toEqual(['2022年12月', '2023年2月', '2023年4月', '2023年6月', '2023年8月', '2023年10月', '2023年12月']);
    expect(chart.payload?.time[0]?.value).toBe(19342.5);
    expect(config?.data.datasets).toHaveLength(1);
    const [line] = lines(config?.data.datasets ?? []);
    expect(line?.label).toBe('示例区');
    expect(line?.data).toEqual([
      { x: 19342.5, y: 207000, when: '2022年12月', tip: '示例区：20.7万张' },
      { x: 19540.5, y: 210000, when: '2023年', tip: '示例区：21万张' },
    ]);
    expect(line?.pointStyle).toEqual(['circle', 'circle']);
    expect(line?.borderDash).toEqual([]);
    expect(chart.rows.map((row) => [row.year, row.period, row.value, row.status, row.drawn])).toEqual([
      [2022, '2022年12月', '20.7万张', 'actual', true],
      [2023, '2023年', '21万张', 'actual', true],
    ]);
    expect(chart.unit).toBe('张');
    expect(config?.options.scales.y.title.text).toBe('单位：张');
    expect(chart.payload?.ticks).toEqual({ locale: 'zh-CN', compact: true, suffix: '' });
    expect(chart.key.map((entry) => entry.entry)).toEqual(['exact']);
    expect(chart.notes).toEqual([]);
  });

  it('writes English exactly: expanded scale words, grouped digits, no compact ticks', () => {
    const chart = chartOf('eldercare-beds', 'en');
    const [line] = lines(chart.payload?.config.data.datasets ?? []);
    expect(line?.data.map((point) => point.when)).toEqual(['December 2022', '2023']);
    expect(line?.data.map((point) => point.tip)).toEqual(['Example District: 207,000 beds', 'Example District: 210,000 beds']);
    expect(chart.payload?.ticks).toEqual({ locale: 'en', compact: false, suffix: '' });
    expect(chart.summary).toBe('Chart of Eldercare beds (beds): 2 values, December 2022 to 2023. Example District: December 2022 207,000 beds, 2023 210,000 beds.');
    expect(chart.legend).toEqual([{ label: 'Example District', colour: 0, target: false }]);
  });

  it('converts the exact plain decimal, not the written mantissa', () => {
    const chart = chartOf('dibao-paid', 'zh');
    const [line] = lines(chart.payload?.config.data.datasets ?? []);
    expect(line?.data).toEqual([{ x: 19175.5, y: 28504600, when: '2022年', tip: '示例区：2850.46万元' }]);
  });

  it('summarises the values for screen readers in Chinese', () => {
    expect(chartOf('dibao-standard', 'zh').summary).toBe(
      '图表：低保标准（元/人·月），共2个数值，时间从2022年到2023年。示例区：2022年 855元/人·月，2023年 900元/人·月。',
    );
  });

  it('marks rates with a % tick suffix and room up to 100', () => {
    const chart = chartOf('operation-rate', 'en');
    expect(chart.payload?.ticks.suffix).toBe('%');
    expect(chart.payload?.config.options.scales.y.suggestedMax).toBe(100);
    expect(chart.unit).toBe('%');
  });
});

describe('buildIndicatorChart: values that are not plain actuals look different', () => {
  it('draws a qualified value (余) as an upward triangle and says so in the key', () => {
    const chart = chartOf('orphans-supported', 'zh');
    const [line] = lines(chart.payload?.config.data.datasets ?? []);
    expect(line?.pointStyle).toEqual(['triangle']);
    expect(line?.pointRotation).toEqual([0]);
    expect(line?.data[0]?.tip).toBe('示例区：3800余名');
    expect(chart.key.map((entry) => entry.entry)).toEqual(['more']);
    expect(chart.key[0]?.text).toContain('余');
  });

  it('draws a target range as a hollow floating bar from low to high', () => {
    const chart = chartOf('bed-subsidy', 'zh');
    const datasets = chart.payload?.config.data.datasets ?? [];
    expect(lines(datasets)).toEqual([]);
    const [bar] = bars(datasets);
    expect(bar?.data).toEqual([{ x: 19175.5, y: [4000, 6000], when: '2022年', tip: '示例区（目标）：4000—6000元/张' }]);
    expect(bar?.backgroundColor).toBe('#ffffff');
    expect(bar?.label).toBe('示例区（目标，区间）');
    expect(chart.key.map((entry) => entry.entry)).toEqual(['range', 'target']);
    expect(chart.rows[0]?.status).toBe('target');
  });

  it('gives targets their own dashed, hollow series and qualifiers their own shapes', () => {
    const points: ChartPointInput[] = [
      { figure: figure({ id: 'beds', value: number('100'), year: 2021, asOf: '2021' }), bureauName: 'A' },
      { figure: figure({ id: 'beds', value: number('120'), qualifier: 'about', year: 2022, asOf: '2022' }), bureauName: 'A' },
      { figure: figure({ id: 'beds', value: number('130'), qualifier: 'under', year: 2023, asOf: '2023' }), bureauName: 'A' },
      { figure: figure({ id: 'beds-target', value: number('200'), status: 'target', year: 2022, asOf: '2025' }), bureauName: 'A' },
    ];
    const chart = buildIndicatorChart({ indicator: indicator('eldercare-beds'), points, lang: 'en' });
    const [actual, target] = lines(chart.payload?.config.data.datasets ?? []);
    expect(chart.payload?.time.map((tick) => tick.label)).toEqual(['2021', '2022', '2023', '2024', '2025']);
    expect(actual?.label).toBe('A');
    expect(actual?.pointStyle).toEqual(['circle', 'rectRot', 'triangle']);
    expect(actual?.pointRotation).toEqual([0, 0, 180]);
    expect(actual?.pointBackgroundColor).toEqual([SERIES_COLOURS[0], SERIES_COLOURS[0], SERIES_COLOURS[0]]);
    expect(actual?.data.map((point) => point.tip)).toEqual(['A: 100 beds', 'A: about 120 beds', 'A: under 130 beds']);
    expect(target?.label).toBe('A (target)');
    expect(target?.borderDash).toEqual([6, 4]);
    expect(target?.pointBackgroundColor).toEqual(['#ffffff']);
    expect(target?.data).toEqual([{ x: 20271.5, y: 200, when: '2025', tip: 'A (target): 200 beds' }]);
    expect(chart.key.map((entry) => entry.entry)).toEqual(['exact', 'less', 'approx', 'target']);
    expect(chart.legend).toEqual([{ label: 'A', colour: 0, target: false }, { label: 'A (target)', colour: 1, target: true }]);
  });
});

describe('buildIndicatorChart: periods', () => {
  it('puts a period on the axis as written and spans the summary from its start', () => {
    const points: ChartPointInput[] = [
      { figure: figure({ id: 'plan', value: number('36'), status: 'target', asOf: '2016/2020' }), bureauName: '某市' },
      { figure: figure({ id: 'eldercare-beds', value: number('16'), asOf: '2022' }), bureauName: '某市' },
    ];
    const chart = buildIndicatorChart({ indicator: indicator('eldercare-beds'), points, lang: 'zh' });
    // The period sits at its middle (2016-01-01 to 2020-12-31), the axis runs from its start
    // (day 16801) to the end of 2022 (day 19358), padded by ceil(2557 / 30) = 86 days.
    expect(lines(chart.payload?.config.data.datasets ?? []).map((line) => line.data.map((point) => [point.x, point.when]))).toEqual([
      [[19175.5, '2022年']],
      [[17714.5, '2016年至2020年']],
    ]);
    expect(chart.payload?.config.options.scales.x).toMatchObject({ min: 16715, max: 19444 });
    expect(chart.summary.startsWith('图表：养老床位（张），共2个数值，时间从2016年到2022年。')).toBe(true);
  });
});

describe('buildIndicatorChart: naming series', () => {
  it('adds the figure label when one bureau has differently labelled figures of the indicator', () => {
    const label = (zh: string, en: string) => ({ zh, en });
    const points: ChartPointInput[] = [
      { figure: figure({ id: 'urban-beds', value: number('10'), label: label('城市床位', 'Urban beds') }), bureauName: 'A' },
      { figure: figure({ id: 'rural-beds', value: number('20'), label: label('农村床位', 'Rural beds') }), bureauName: 'A' },
      { figure: figure({ id: 'eldercare-beds', bureauId: 'b', value: number('30') }), bureauName: 'B' },
    ];
    const chart = buildIndicatorChart({ indicator: indicator('eldercare-beds'), points, lang: 'zh' });
    expect(chart.payload?.config.data.datasets.map((dataset) => dataset.label)).toEqual(['B', 'A · 农村床位', 'A · 城市床位']);
    expect(chart.rows.map((row) => row.label)).toEqual(['养老床位', '农村床位', '城市床位']);
  });
});

describe('buildIndicatorChart: what is not drawn', () => {
  it('skips a value illegible in the source, keeps it in the table and says so', () => {
    const points: ChartPointInput[] = [
      { figure: figure({ id: 'eldercare-beds', value: number('20.7万') }), bureauName: '示例区' },
      { figure: figure({ id: 'eldercare-beds', value: { type: 'unknown', asWritten: '2_万' }, year: 2023, asOf: '2023' }), bureauName: '示例区' },
    ];
    const chart = buildIndicatorChart({ indicator: indicator('eldercare-beds'), points, lang: 'zh' });
    const [line] = lines(chart.payload?.config.data.datasets ?? []);
    expect(line?.data.map((point) => point.y)).toEqual([207000]);
    expect(line?.data.map((point) => point.when)).toEqual(['2022年']);
    expect(chart.rows.map((row) => [row.value, row.drawn])).toEqual([['20.7万张', true], ['2_万（原文数字缺损）', false]]);
    expect(chart.notes).toEqual(['图中未画出原文数字缺损的数值：示例区2023年。']);
    expect(chart.summary).toContain('图中未画出原文数字缺损的数值');
  });

  it('draws nothing when no value is legible', () => {
    const points: ChartPointInput[] = [{ figure: figure({ id: 'eldercare-beds', value: { type: 'unknown', asWritten: '2_万' } }), bureauName: 'Example District' }];
    const chart = buildIndicatorChart({ indicator: indicator('eldercare-beds'), points, lang: 'en' });
    expect(chart.payload).toBeNull();
    expect(chart.notDrawn).toBe('no-values');
    expect(chart.rows).toHaveLength(1);
  });

  it('never charts a ratio: table rows only, with a note', () => {
    const chart = chartOf('urban-rural-ratio', 'zh');
    expect(chart.payload).toBeNull();
    expect(chart.notDrawn).toBe('ratio');
    expect(chart.rows.map((row) => [row.value, row.drawn])).toEqual([['1:0.81', false]]);
    expect(chart.notes).toEqual(['比值类指标不绘制图表，数值见表格。']);
    expect(chart.key).toEqual([]);
  });

  it('refuses figures of another indicator on the same axis', () => {
    const points = [...pointsOf('eldercare-beds', 'zh'), ...pointsOf('social-orgs', 'zh')];
    expect(() => buildIndicatorChart({ indicator: indicator('eldercare-beds'), points, lang: 'zh' })).toThrow(/social-orgs/);
  });
});

describe('buildIndicatorChart: output', () => {
  it('is plain JSON and the same whatever the order of the figures', () => {
    const points: ChartPointInput[] = [
      { figure: figure({ id: 'eldercare-beds', value: number('20.7万'), asOf: '2022-12' }), bureauName: '示例区' },
      { figure: figure({ id: 'eldercare-beds', value: number('21万'), year: 2023, asOf: '2023' }), bureauName: '示例区' },
      { figure: figure({ id: 'eldercare-beds', bureauId: 'other', value: number('9000'), qualifier: 'over' }), bureauName: '别区' },
      { figure: figure({ id: 'beds-target', bureauId: 'other', value: number('1万'), status: 'target', asOf: '2025' }), bureauName: '别区' },
    ];
    const forward = buildIndicatorChart({ indicator: indicator('eldercare-beds'), points, lang: 'zh' });
    const backward = buildIndicatorChart({ indicator: indicator('eldercare-beds'), points: [...points].reverse(), lang: 'zh' });
    expect(backward).toEqual(forward);
    expect(JSON.parse(JSON.stringify(forward))).toEqual(forward);
    expect(forward.payload?.config.data.datasets.map((dataset) => [dataset.label, dataset.borderColor])).toEqual([
      ['示例区', SERIES_COLOURS[0]],
      ['别区', SERIES_COLOURS[1]],
      ['别区（目标）', SERIES_COLOURS[2]],
    ]);
  });

  it('has a CSS swatch class for every series colour, in the same order', () => {
    const css = readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'src', 'styles', 'global.css'), 'utf8');
    SERIES_COLOURS.forEach((colour, index) => {
      expect(css).toContain(`.chart-swatch-${index} { --swatch: ${colour}; }`);
    });
  });

  it('escapes markup characters in the data attribute, and parses back to the same payload', () => {
    const points: ChartPointInput[] = [{ figure: figure({ id: 'eldercare-beds', value: number('1') }), bureauName: '</canvas><script>&' }];
    const chart = buildIndicatorChart({ indicator: indicator('eldercare-beds'), points, lang: 'en' });
    if (!chart.payload) throw new Error('expected a payload');
    const attribute = chartDataAttribute(chart.payload);
    expect(attribute).not.toMatch(/[<>&]/);
    expect(JSON.parse(attribute)).toEqual(chart.payload);
  });
});
