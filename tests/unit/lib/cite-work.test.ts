/**
 * What a citation cites (src/lib/cite/work.ts): the rules for a report's date and title,
 * an indicator page's date, a figure's own source, and the errors for ids a validated site
 * cannot lack. Real loader on the basic fixture (2022: disclosed 2023-03-17 14:45, source
 * dated 2023-03-17; 2023: no date, no English narrative); expected values by hand.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cite } from '../../../src/lib/citation.ts';
import { apaDate, apaSecondaryInText } from '../../../src/lib/cite/apa.ts';
import { gbtOriginal } from '../../../src/lib/cite/gbt7714.ts';
import { citationTitle, figureOriginal, figureWork, indicatorWork, reportPublished, reportWork, withoutFinalStop } from '../../../src/lib/cite/work.ts';
import { loadSite } from '../../../src/lib/load-site.ts';
import type { Figure, Report, Site } from '../../../src/lib/model.ts';
import { FIXTURES } from '../../helpers/fixture.ts';

const loaded = loadSite(join(FIXTURES, 'basic')).site;
if (!loaded) throw new Error('basic fixture must load');
const site: Site = loaded;
const SITE = 'https://annals.test/';
const report2022 = site.reports.find((report) => report.year === 2022)!;
const report2023 = site.reports.find((report) => report.year === 2023)!;
const beds = report2022.figures.find((figure) => figure.id === 'eldercare-beds')!;

describe('when a report was made public', () => {
  it('the disclosure date (its day only) comes before the source document\'s date', () => {
    const disclosed: Report = { ...report2022, disclosure: { ...report2022.disclosure!, date: '2023-04-02 09:30' } };
    expect(reportPublished(disclosed)).toBe('2023-04-02');
  });
  it('without a disclosure date, the source\'s date; with neither, none', () => {
    expect(reportPublished({ ...report2022, disclosure: undefined })).toBe('2023-03-17');
    expect(reportPublished({ ...report2022, disclosure: { ...report2022.disclosure!, date: undefined } })).toBe('2023-03-17');
    expect(reportPublished(report2023)).toBeUndefined();
  });
});

describe('a report\'s title in a language', () => {
  it('is its narrative\'s, else the other language\'s, without a final full stop', () => {
    expect(citationTitle(report2022, 'en')).toBe('Example District Civil Affairs Bureau, 2022 summary');
    expect(citationTitle(report2023, 'en')).toBe('示例区民政局2023年工作总结');
    expect(citationTitle({ ...report2022, narratives: { en: report2022.narratives.en! } }, 'zh')).toBe('Example District Civil Affairs Bureau, 2022 summary');
  });
  it('is the source document\'s when there is no narrative', () => {
    expect(citationTitle({ ...report2023, narratives: {} }, 'en')).toBe('示例区民政局2023年工作总结（虚构）');
  });
  it('drops one final full stop (and the spaces after it), after trimming', () => {
    expect(withoutFinalStop('  Annual report. ')).toBe('Annual report');
    expect(withoutFinalStop('年度报告。')).toBe('年度报告');
    expect(withoutFinalStop('v1.2 figures')).toBe('v1.2 figures');
  });
});

describe('the works', () => {
  it('a report page is kind report; a figure is kind figure, its label the part and its anchor in the URL', () => {
    expect(reportWork(site, report2022, 'zh', SITE).kind).toBe('report');
    const figure = figureWork(site, report2022, beds, 'en', SITE);
    expect(figure).toMatchObject({ kind: 'figure', part: 'Eldercare beds', url: 'https://annals.test/en/reports/example-district/2022/#eldercare-beds' });
  });

  it('an indicator page is dated by the latest report it draws on, whatever the reports\' order', () => {
    // The 2022 report disclosed after the 2023 one was published: the later date wins.
    const later: Site = { ...site, reports: [{ ...report2022, disclosure: { ...report2022.disclosure!, date: '2025-01-06 10:00' } }, { ...report2023, source: { ...report2023.source, date: '2024-02-01' } }] };
    expect(indicatorWork(later, 'eldercare-beds', 'en', SITE).published).toBe('2025-01-06');
    expect(indicatorWork({ ...later, reports: [...later.reports].reverse() }, 'eldercare-beds', 'en', SITE).published).toBe('2025-01-06');
  });

  it('ids a validated site cannot lack are errors naming them', () => {
    expect(() => reportWork({ ...site, bureaus: {} }, report2022, 'zh', SITE)).toThrow(new Error('Validated site lost bureau example-district'));
    expect(() => indicatorWork(site, 'no-such-indicator', 'zh', SITE)).toThrow(new Error('No indicator no-such-indicator'));
    const stray: Figure = { ...beds, indicatorId: 'gone' };
    expect(() => figureWork(site, report2022, stray, 'zh', SITE)).toThrow(new Error('Validated site lost indicator gone'));
  });
});

describe('a figure\'s own source document', () => {
  const source = { title: '示例市统计年鉴2022（虚构）。', publisher: { zh: '', en: 'Example City Statistics Bureau (fictional).' }, date: '2022-09', url: 'https://example.org/yearbook', kind: 'yearbook' as const };

  it('carries publisher (the other language when this one is empty), title, date, URL and kind, without final stops', () => {
    expect(figureOriginal({ ...beds, source }, 'zh')).toEqual({
      author: 'Example City Statistics Bureau (fictional)',
      title: '示例市统计年鉴2022（虚构）',
      published: '2022-09',
      url: 'https://example.org/yearbook',
      kind: 'yearbook',
    });
  });

  it('an English page takes the Chinese publisher when the English one is empty', () => {
    expect(figureOriginal({ ...beds, source: { title: '公报', publisher: { zh: '示例市民政局（虚构）', en: '' } } }, 'en')).toEqual({ author: '示例市民政局（虚构）', title: '公报' });
  });

  it('leaves out what the source does not give', () => {
    expect(figureOriginal({ ...beds, source: { title: '公报' } }, 'en')).toEqual({ title: '公报' });
  });
});

describe('an original without a URL (GB/T 7714 appendix B type codes)', () => {
  it('a yearbook is a book [M], with its year; anything else is [Z]; no author, no date: left out', () => {
    expect(gbtOriginal({ author: '示例市统计局（虚构）', title: '示例市统计年鉴2022（虚构）', published: '2022', kind: 'yearbook' })).toBe('示例市统计局（虚构）. 示例市统计年鉴2022（虚构）[M]. 2022.');
    expect(gbtOriginal({ title: '内部通报', kind: 'news-report' })).toBe('内部通报[Z].');
    expect(gbtOriginal({ title: '内部通报' })).toBe('内部通报[Z].');
  });
  it('online, without a date: no parentheses', () => {
    expect(gbtOriginal({ title: '公报', url: 'https://example.org/b' })).toBe('公报[EB/OL]. https://example.org/b.');
  });
});

describe('APA pieces', () => {
  it('a year alone stays a year; an original without a date is n.d.', () => {
    expect(apaDate('2023')).toBe('2023');
    expect(apaSecondaryInText({ title: 'Bulletin (draft)' }, { kind: 'figure', author: 'Bureau (fictional)', title: 'T', siteName: 'S', url: 'u', lang: 'en' })).toBe('(Bulletin [draft], n.d., as cited in Bureau [fictional], n.d.)');
  });
  it('an element ending in ? or ! gets no extra full stop; a full stop only at the end counts', () => {
    const work = { kind: 'report' as const, author: 'Who?', title: 'Why not!', published: '2023', siteName: 'A.B site', url: 'https://annals.test/', lang: 'en' as const };
    expect(cite(work, undefined, '2026-11-30').text).toBe('Who? (2023). Why not! A.B site. Retrieved November 30, 2026, from https://annals.test/');
  });
});
