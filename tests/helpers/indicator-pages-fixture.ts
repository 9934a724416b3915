/**
 * A fictional site with one indicator of 1,520 figures, enough to split its page
 * (src/lib/indicator-pages.ts), written into a copy of tests/fixtures/indicator-pages.
 * Every bureau is "示例…（虚构）" with `fictional: true` and a 99… region code, which
 * GB/T 2260 does not assign. Each report holds FIGURES_PER_REPORT figures of
 * eldercare-beds (ids beds-01…beds-40, as of Y-01-01 onwards, values 1001…1040 or, for
 * the nation and the province, 万 values far larger, so the top chart draws small multiples).
 *
 * | bureau | level | parent | years | figures |
 * |---|---|---|---|---:|
 * | fic-nation | national | — | 2021, 2022 | 80 (+1 dibao-standard in 2022) |
 * | fic-east | province | fic-nation | 2021, 2022 | 80 |
 * | fic-harbour | municipality | — | 2022 | 40 |
 * | fic-east-city-1…3 | city | fic-east | 2022 | 120 |
 * | fic-east-county-01…13 | county | fic-east-city-1 | 2021, 2022 | 1,040 |
 * | fic-harbour-district-1…2 | district | fic-harbour | 2022 | 80 |
 * | fic-lone-city | city | — | 2021 | 40 |
 * | fic-zone | other | — | 2022 | 40 |
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { copyFixture, type FixtureCopy } from './fixture.ts';

export const FIGURES_PER_REPORT = 40;

interface FictionalBureau {
  id: string;
  /** Full Chinese name, without the fictional mark. */
  zh: string;
  /** Short English name; the full one adds "Civil Affairs (fictional)". */
  en: string;
  level: string;
  region: string;
  parent?: string;
  years: number[];
  /** The value of figure n (1-based), as YAML text. */
  value: (n: number) => string;
}

const small = (n: number): string => String(1000 + n);
const pad = (n: number): string => String(n).padStart(2, '0');

function bureaus(): FictionalBureau[] {
  return [
    { id: 'fic-nation', zh: '示例国民政部', en: 'Exampleland', level: 'national', region: '990000', years: [2021, 2022], value: (n) => `${2900 + n}万` },
    { id: 'fic-east', zh: '示例东省民政厅', en: 'Example East Province', level: 'province', region: '991000', parent: 'fic-nation', years: [2021, 2022], value: (n) => `${50 + n}万` },
    { id: 'fic-harbour', zh: '示例港市民政局', en: 'Example Harbour Municipality', level: 'municipality', region: '992000', years: [2022], value: (n) => `${20 + n}万` },
    ...[1, 2, 3].map((i) => ({ id: `fic-east-city-${i}`, zh: `示例东省第${i}市民政局`, en: `Example East City ${i}`, level: 'city', region: `99110${i}`, parent: 'fic-east', years: [2022], value: small })),
    ...Array.from({ length: 13 }, (_, index) => index + 1).map((i) => ({ id: `fic-east-county-${pad(i)}`, zh: `示例东省第${i}县民政局`, en: `Example East County ${i}`, level: 'county', region: `9912${pad(i)}`, parent: 'fic-east-city-1', years: [2021, 2022], value: small })),
    ...[1, 2].map((i) => ({ id: `fic-harbour-district-${i}`, zh: `示例港市第${i}区民政局`, en: `Example Harbour District ${i}`, level: 'district', region: `99200${i}`, parent: 'fic-harbour', years: [2022], value: small })),
    { id: 'fic-lone-city', zh: '示例孤市民政局', en: 'Example Lone City', level: 'city', region: '993001', years: [2021], value: small },
    { id: 'fic-zone', zh: '示例开发区民政局', en: 'Example Development Zone', level: 'other', region: '993002', years: [2022], value: small },
  ];
}

/** "2022-01-01" for n = 1, onwards one day per figure (n ≤ 59 stays in January and February). */
function asOf(year: number, n: number): string {
  return n <= 31 ? `${year}-01-${pad(n)}` : `${year}-02-${pad(n - 31)}`;
}

/** A copy of the fixture with every bureau, report and narrative of the table above. */
export function indicatorPagesFixture(): FixtureCopy {
  const fixture = copyFixture('indicator-pages');
  const list = bureaus();
  fixture.write('data/bureaus.yaml', list.map((bureau) => [
    `${bureau.id}:`,
    `  name: { zh: ${bureau.zh}（虚构）, en: "${bureau.en} Civil Affairs (fictional)" }`,
    `  short: { zh: ${bureau.zh.replace(/民政(部|厅|局)$/, '')}, en: "${bureau.en}" }`,
    `  level: ${bureau.level}`,
    `  region_code: "${bureau.region}"`,
    ...(bureau.parent ? [`  parent: ${bureau.parent}`] : []),
    '  fictional: true',
  ].join('\n')).join('\n') + '\n');
  for (const bureau of list) {
    for (const year of bureau.years) {
      const figures = Array.from({ length: FIGURES_PER_REPORT }, (_, index) => index + 1)
        .map((n) => `  beds-${pad(n)}: { indicator: eldercare-beds, value: ${bureau.value(n)}, as_of: ${asOf(year, n)} }`);
      if (bureau.id === 'fic-nation' && year === 2022) figures.push('  dibao-standard: { value: 912 }');
      mkdirSync(join(fixture.root, 'data', 'figures', bureau.id), { recursive: true });
      fixture.write(`data/figures/${bureau.id}/${year}.yaml`, [
        `bureau: ${bureau.id}`, `year: ${year}`, 'source:', `  title: ${bureau.zh}${year}年工作总结（虚构）`, `  date: ${year + 1}-03-01`, 'figures:', ...figures,
      ].join('\n') + '\n');
      mkdirSync(join(fixture.root, 'content', 'reports', bureau.id, String(year)), { recursive: true });
      const cited = [...figures.keys()].map((index) => (index < FIGURES_PER_REPORT ? `<Figure id="beds-${pad(index + 1)}" />` : '<Figure id="dibao-standard" />')).join('、');
      fixture.write(`content/reports/${bureau.id}/${year}/zh.mdx`, `---\ntitle: ${bureau.zh}${year}年工作总结（虚构）\n---\n\n用于指标分页测试的虚构报告，不是真实的政府信息。各时点养老床位：${cited}。\n`);
    }
  }
  return fixture;
}
