/**
 * Where citation exports live (src/lib/cite/files.ts) and the Highwire `citation_*` tags of a
 * report page (src/lib/cite/highwire.ts), checked without a build; every path and tag is
 * written by hand from docs/citations.md and Highwire's tag names (what Zotero reads).
 */
import { describe, expect, it } from 'vitest';
import { CITATION_EXTENSIONS, citationFormats, citationId, citationPath } from '../../../src/lib/cite/files.ts';
import { highwireTags } from '../../../src/lib/cite/highwire.ts';
import type { CitedWork } from '../../../src/lib/cite/work.ts';

describe('citation export files', () => {
  it('offer RIS and CSL-JSON on Chinese pages, BibTeX too on English ones', () => {
    expect(citationFormats('zh')).toEqual(['ris', 'csl']);
    expect(citationFormats('en')).toEqual(['ris', 'csl', 'bib']);
    expect(CITATION_EXTENSIONS).toEqual({ ris: 'ris', csl: 'csl.json', bib: 'bib' });
  });

  it('are named after the report (bureau-year) or the indicator', () => {
    expect(citationId({ kind: 'report', bureauId: 'example-district', year: 2022 })).toBe('example-district-2022');
    expect(citationId({ kind: 'indicator', indicatorId: 'eldercare-beds' })).toBe('eldercare-beds');
  });

  it('live under /data/cite/<lang>/reports|indicators/, one per format', () => {
    const report = { kind: 'report', bureauId: 'example-district', year: 2022 } as const;
    const indicator = { kind: 'indicator', indicatorId: 'eldercare-beds' } as const;
    expect(citationPath(report, 'zh', 'ris')).toBe('/data/cite/zh/reports/example-district-2022.ris');
    expect(citationPath(report, 'en', 'csl')).toBe('/data/cite/en/reports/example-district-2022.csl.json');
    expect(citationPath(report, 'en', 'bib')).toBe('/data/cite/en/reports/example-district-2022.bib');
    expect(citationPath(indicator, 'zh', 'csl')).toBe('/data/cite/zh/indicators/eldercare-beds.csl.json');
    expect(citationPath(indicator, 'en', 'ris')).toBe('/data/cite/en/indicators/eldercare-beds.ris');
  });
});

describe('Highwire citation_* tags', () => {
  const report: CitedWork = {
    kind: 'report',
    author: '示例区民政局（虚构）',
    title: '示例区民政局2022年工作总结',
    published: '2023-03-17',
    siteName: '民政年报',
    url: 'https://annals.test/reports/example-district/2022/',
    lang: 'zh',
  };

  it('name the bureau as author, publisher and institution, with the date written 2023/03/17', () => {
    expect(highwireTags(report)).toEqual([
      { name: 'citation_title', content: '示例区民政局2022年工作总结' },
      { name: 'citation_author', content: '示例区民政局（虚构）' },
      { name: 'citation_publication_date', content: '2023/03/17' },
      { name: 'citation_publisher', content: '示例区民政局（虚构）' },
      { name: 'citation_technical_report_institution', content: '示例区民政局（虚构）' },
      { name: 'citation_language', content: 'zh-CN' },
      { name: 'citation_public_url', content: 'https://annals.test/reports/example-district/2022/' },
    ]);
  });

  it('leave the date out when the report has none, join a part to the title, and write English as "en"', () => {
    const tags = highwireTags({
      ...report,
      published: undefined,
      part: 'Eldercare beds',
      title: 'Work Summary 2022',
      author: 'Example District Civil Affairs Bureau (fictional)',
      lang: 'en',
    });
    expect(tags.map(({ name }) => name)).toEqual([
      'citation_title',
      'citation_author',
      'citation_publisher',
      'citation_technical_report_institution',
      'citation_language',
      'citation_public_url',
    ]);
    expect(tags[0]).toEqual({ name: 'citation_title', content: 'Work Summary 2022: Eldercare beds' });
    expect(tags[4]).toEqual({ name: 'citation_language', content: 'en' });
  });

  it('write a month-only date as 2023/03', () => {
    expect(highwireTags({ ...report, published: '2023-03' })[2]).toEqual({ name: 'citation_publication_date', content: '2023/03' });
  });
});
