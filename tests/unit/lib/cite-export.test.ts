/** The export files' exact bytes for a report page and a data set, written by hand from docs/citations.md. */
import { describe, expect, it } from 'vitest';
import { latexEscape, toBibtex, toCslJson, toRis } from '../../../src/lib/cite/export.ts';
import type { CitedWork } from '../../../src/lib/cite/work.ts';

const report: CitedWork = {
  kind: 'report',
  author: 'Example District Civil Affairs Bureau (fictional)',
  title: 'Summary & plans: 100% {done}',
  published: '2023-03-17',
  siteName: 'Civil Affairs Annals',
  url: 'https://annals.test/en/reports/example-district/2022/',
  lang: 'en',
};
const dataset: CitedWork = { ...report, kind: 'dataset', author: '民政年报', title: '养老床位', published: '2023-03', siteName: '民政年报', url: 'https://annals.test/indicators/eldercare-beds/', lang: 'zh' };

describe('RIS', () => {
  it('writes one tag a line, CRLF, ending with ER', () => {
    expect(toRis(report, 'example-district-2022')).toBe(
      'TY  - RPRT\r\nID  - example-district-2022\r\nTI  - Summary & plans: 100% {done}\r\nAU  - Example District Civil Affairs Bureau (fictional)\r\nPY  - 2023\r\nDA  - 2023/03/17\r\nPB  - Example District Civil Affairs Bureau (fictional)\r\nUR  - https://annals.test/en/reports/example-district/2022/\r\nLA  - en\r\nER  - \r\n',
    );
  });

  it('a data set without a day, and a title with a line break kept on one line', () => {
    expect(toRis({ ...dataset, title: '养老\n床位' }, 'eldercare-beds')).toBe(
      'TY  - DATA\r\nID  - eldercare-beds\r\nTI  - 养老 床位\r\nAU  - 民政年报\r\nPY  - 2023\r\nDA  - 2023/03\r\nPB  - 民政年报\r\nUR  - https://annals.test/indicators/eldercare-beds/\r\nLA  - zh-CN\r\nER  - \r\n',
    );
  });
});

describe('BibTeX', () => {
  it('escapes LaTeX specials, keeps the organisation one name and the URL as it is', () => {
    expect(toBibtex({ ...report, url: 'https://annals.test/a_b%20c#x' }, 'example-district-2022')).toBe(`@techreport{example-district-2022,
  author = {{Example District Civil Affairs Bureau (fictional)}},
  title = {{Summary \\& plans: 100\\% \\{done\\}}},
  institution = {Example District Civil Affairs Bureau (fictional)},
  type = {Report},
  year = {2023},
  month = mar,
  date = {2023-03-17},
  url = {https://annals.test/a_b%20c#x},
  language = {english}
}
`);
  });

  it('escapes every special character', () => {
    expect(latexEscape('\\ { } % & $ # _ ^ ~')).toBe('\\textbackslash{} \\{ \\} \\% \\& \\$ \\# \\_ \\^{} \\~{}');
  });
});

describe('CSL-JSON', () => {
  it('an array of one item, the author a literal name', () => {
    expect(JSON.parse(toCslJson(dataset, 'eldercare-beds'))).toEqual([{
      id: 'eldercare-beds',
      type: 'dataset',
      title: '养老床位',
      author: [{ literal: '民政年报' }],
      issued: { 'date-parts': [[2023, 3]] },
      publisher: '民政年报',
      URL: 'https://annals.test/indicators/eldercare-beds/',
      language: 'zh-CN',
      genre: '数据集',
    }]);
  });
});
