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

describe('a data set (an indicator page) in every format', () => {
  // An indicator page is published by the site; give it an author of its own here so the
  // publisher is seen to come from the site's name, not from the author.
  const indicator: CitedWork = { kind: 'dataset', author: 'Civil Affairs Annals editors', title: 'Eldercare beds', published: '2023-03', siteName: 'Civil Affairs Annals', url: 'https://annals.test/en/indicators/eldercare-beds/', lang: 'en' };

  it('BibTeX: @misc, howpublished by the site, no report type, a "Data set" note', () => {
    expect(toBibtex(indicator, 'eldercare-beds')).toBe(`@misc{eldercare-beds,
  author = {{Civil Affairs Annals editors}},
  title = {{Eldercare beds}},
  howpublished = {Civil Affairs Annals},
  year = {2023},
  month = mar,
  date = {2023-03},
  url = {https://annals.test/en/indicators/eldercare-beds/},
  language = {english},
  note = {Data set}
}
`);
  });

  it('CSL-JSON: type dataset, the site as publisher, genre "Data set" in English', () => {
    expect(JSON.parse(toCslJson(indicator, 'eldercare-beds'))[0]).toEqual({
      id: 'eldercare-beds',
      type: 'dataset',
      title: 'Eldercare beds',
      author: [{ literal: 'Civil Affairs Annals editors' }],
      issued: { 'date-parts': [[2023, 3]] },
      publisher: 'Civil Affairs Annals',
      URL: 'https://annals.test/en/indicators/eldercare-beds/',
      language: 'en',
      genre: 'Data set',
    });
  });

  it('RIS: the site as publisher', () => {
    expect(toRis(indicator, 'eldercare-beds').split('\r\n')).toContain('PB  - Civil Affairs Annals');
  });
});

describe('a report without a date, and a figure of a report', () => {
  const undated: CitedWork = { ...report, title: 'Summary', published: undefined, lang: 'zh', author: '示例区民政局（虚构）' };

  it('BibTeX: no year, month or date; Chinese pages say language chinese', () => {
    expect(toBibtex(undated, 'example-district-2023')).toBe(`@techreport{example-district-2023,
  author = {{示例区民政局（虚构）}},
  title = {{Summary}},
  institution = {示例区民政局（虚构）},
  type = {Report},
  url = {https://annals.test/en/reports/example-district/2022/},
  language = {chinese}
}
`);
  });

  it('CSL-JSON: type report, no issued date, no genre; a figure\'s label joins the title', () => {
    expect(JSON.parse(toCslJson({ ...undated, kind: 'figure', part: '养老床位' }, 'x'))[0]).toEqual({
      id: 'x',
      type: 'report',
      title: 'Summary: 养老床位',
      author: [{ literal: '示例区民政局（虚构）' }],
      publisher: '示例区民政局（虚构）',
      URL: 'https://annals.test/en/reports/example-district/2022/',
      language: 'zh-CN',
    });
  });

  it('RIS: runs of spaces and line breaks become one space, none at either end', () => {
    expect(toRis({ ...undated, title: '  Summary \r\n  of   2023 ' }, 'x').split('\r\n')).toEqual([
      'TY  - RPRT', 'ID  - x', 'TI  - Summary of 2023', 'AU  - 示例区民政局（虚构）', 'PB  - 示例区民政局（虚构）', 'UR  - https://annals.test/en/reports/example-district/2022/', 'LA  - zh-CN', 'ER  - ', '',
    ]);
  });
});
