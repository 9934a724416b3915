/**
 * Citations, exports and dataset descriptions in a real build of the `cite` fixture, built
 * under a portal's subfolder so every URL must carry the base path. The fixture's English
 * title holds "</script>", "&", "%", braces, "_" and "#": the JSON-LD must not break out of
 * its script element, and every export must give the title back exactly.
 *
 * Expected strings are written by hand from docs/citations.md. Exports are read with
 * citation-js (its RIS, BibTeX and CSL-JSON parsers), JSON-LD with ultrahtml (the HTML
 * parser Astro uses) and validated with ajv against tests/schemas/*.schema.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ELEMENT_NODE, parse, TEXT_NODE, walkSync, type ElementNode } from 'ultrahtml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/lib/build-site.ts';
import { copyFixture, type FixtureCopy } from '../helpers/fixture.ts';
import { pageText } from '../helpers/html.ts';

const SITE = 'https://example.gov.cn/mzj/annals/';
const TITLE_EN = 'Example District </script><script>alert(1)</script> & 100% {draft}_# summary, 2022';

let fixture: FixtureCopy;
let dist: string;

beforeAll(async () => {
  fixture = copyFixture('cite');
  dist = (await buildSite({ root: fixture.root, site: SITE, quiet: true })).outDir;
});
afterAll(() => fixture.dispose());

const file = (path: string): string => readFileSync(join(dist, path), 'utf8');
const page = (path: string): string => file(join(path, 'index.html'));

/** The text of the first `.citation-text` after `marker` (a row id or the page-citation section). */
function citationAfter(html: string, marker: string): string {
  const from = html.indexOf(marker);
  expect(from, marker).toBeGreaterThan(-1);
  const match = /<p class="citation-text"[^>]*>([\s\S]*?)<\/p>/.exec(html.slice(from));
  return pageText(match?.[1] ?? '').trim();
}

const FIGURE_ROW = '<tr id="eldercare-beds"';
const PAGE_CITATION = '<section class="page-citation"';

describe('citation text as the pages show it', () => {
  it('a figure in zh (GB/T 7714), zh-Hant (the same, converted) and en (APA 7)', () => {
    expect(citationAfter(page('reports/example-district/2022'), FIGURE_ROW)).toBe(
      '示例区民政局（虚构）. 示例区民政局2022年工作总结: 养老床位[EB/OL]. (2023-03-17)[引用日期]. https://example.gov.cn/mzj/annals/reports/example-district/2022/#eldercare-beds.',
    );
    // 示例区 is kept by the fixture's hant-exceptions; the permalink names the Traditional page.
    expect(citationAfter(page('zh-hant/reports/example-district/2022'), FIGURE_ROW)).toBe(
      '示例区民政局（虛構）. 示例区民政局2022年工作總結: 養老床位[EB/OL]. (2023-03-17)[引用日期]. https://example.gov.cn/mzj/annals/zh-hant/reports/example-district/2022/#eldercare-beds.',
    );
    expect(citationAfter(page('en/reports/example-district/2022'), FIGURE_ROW)).toBe(
      `Example District Civil Affairs Bureau (fictional). (2023, March 17). ${TITLE_EN}: Eldercare beds. Civil Affairs Annals. Retrieved [date], from https://example.gov.cn/mzj/annals/en/reports/example-district/2022/#eldercare-beds`,
    );
  });

  it('a figure with its own source: the original, then 转引自 our page (zh, zh-Hant); APA names it "as cited in"', () => {
    expect(citationAfter(page('reports/example-district/2022'), '<tr id="dibao-standard"')).toBe(
      '示例市民政局（虚构）. 示例市2022年民政事业发展统计公报（虚构）[EB/OL]. (2023-02-20). https://example.org/bulletin-2022.html. 转引自: 示例区民政局（虚构）. 示例区民政局2022年工作总结: 低保标准[EB/OL]. (2023-03-17)[引用日期]. https://example.gov.cn/mzj/annals/reports/example-district/2022/#dibao-standard.',
    );
    expect(citationAfter(page('zh-hant/reports/example-district/2022'), '<tr id="dibao-standard"')).toBe(
      '示例市民政局（虛構）. 示例市2022年民政事業發展統計公報（虛構）[EB/OL]. (2023-02-20). https://example.org/bulletin-2022.html. 轉引自: 示例区民政局（虛構）. 示例区民政局2022年工作總結: 低保標準[EB/OL]. (2023-03-17)[引用日期]. https://example.gov.cn/mzj/annals/zh-hant/reports/example-district/2022/#dibao-standard.',
    );
    // A yearbook without a URL is a book, [M].
    expect(citationAfter(page('reports/example-district/2022'), '<tr id="orphans-supported"')).toBe(
      '示例市统计局（虚构）. 示例市统计年鉴2022（虚构）[M]. 2022. 转引自: 示例区民政局（虚构）. 示例区民政局2022年工作总结: 保障孤儿[EB/OL]. (2023-03-17)[引用日期]. https://example.gov.cn/mzj/annals/reports/example-district/2022/#orphans-supported.',
    );
    const en = page('en/reports/example-district/2022');
    expect(citationAfter(en, '<tr id="dibao-standard"')).toBe(
      `Example District Civil Affairs Bureau (fictional). (2023, March 17). ${TITLE_EN}: Minimum living allowance standard. Civil Affairs Annals. Retrieved [date], from https://example.gov.cn/mzj/annals/en/reports/example-district/2022/#dibao-standard`,
    );
    const row = en.slice(en.indexOf('<tr id="dibao-standard"'));
    expect(pageText(/<p class="citation-in-text"[^>]*>([\s\S]*?)<\/p>/.exec(row)?.[1] ?? '').trim()).toBe(
      'In text: (Example City Civil Affairs Bureau [fictional], 2023, as cited in Example District Civil Affairs Bureau [fictional], 2023)',
    );
    // Figures without a source of their own have no in-text form.
    expect(/<tr id="eldercare-beds"[\s\S]*?<\/tr>/.exec(en)?.[0]).not.toContain('citation-in-text');
  });

  it('a report page', () => {
    expect(citationAfter(page('reports/example-district/2022'), PAGE_CITATION)).toBe(
      '示例区民政局（虚构）. 示例区民政局2022年工作总结[EB/OL]. (2023-03-17)[引用日期]. https://example.gov.cn/mzj/annals/reports/example-district/2022/.',
    );
    expect(citationAfter(page('zh-hant/reports/example-district/2022'), PAGE_CITATION)).toBe(
      '示例区民政局（虛構）. 示例区民政局2022年工作總結[EB/OL]. (2023-03-17)[引用日期]. https://example.gov.cn/mzj/annals/zh-hant/reports/example-district/2022/.',
    );
    expect(citationAfter(page('en/reports/example-district/2022'), PAGE_CITATION)).toBe(
      `Example District Civil Affairs Bureau (fictional). (2023, March 17). ${TITLE_EN}. Civil Affairs Annals. Retrieved [date], from https://example.gov.cn/mzj/annals/en/reports/example-district/2022/`,
    );
  });

  it('an indicator page', () => {
    expect(citationAfter(page('indicators/eldercare-beds'), PAGE_CITATION)).toBe(
      '民政年报. 养老床位[EB/OL]. (2023-03-17)[引用日期]. https://example.gov.cn/mzj/annals/indicators/eldercare-beds/.',
    );
    expect(citationAfter(page('zh-hant/indicators/eldercare-beds'), PAGE_CITATION)).toBe(
      '民政年報. 養老床位[EB/OL]. (2023-03-17)[引用日期]. https://example.gov.cn/mzj/annals/zh-hant/indicators/eldercare-beds/.',
    );
    expect(citationAfter(page('en/indicators/eldercare-beds'), PAGE_CITATION)).toBe(
      'Civil Affairs Annals. (2023, March 17). Eldercare beds [Data set]. Retrieved [date], from https://example.gov.cn/mzj/annals/en/indicators/eldercare-beds/',
    );
  });

  it('tells the copy button which placeholder to replace and how to write the date', () => {
    const zh = page('reports/example-district/2022');
    const en = page('en/reports/example-district/2022');
    expect(zh).toMatch(/<button[^>]*data-placeholder="引用日期" data-date-format="iso"[^>]*hidden/);
    expect(en).toMatch(/<button[^>]*data-placeholder="\[date\]" data-date-format="apa"[^>]*hidden/);
  });
});

/** The one CSL item citation-js reads from an export. */
async function parsed(path: string): Promise<Record<string, unknown>> {
  const data = (await Cite.async(file(path))).data as Array<Record<string, unknown>>;
  expect(data).toHaveLength(1);
  return data[0]!;
}

/** An organisation as citation-js reads it: one name, never split into given and family. */
function organisation(item: Record<string, unknown>): string | undefined {
  const [author, ...others] = item.author as Array<{ literal?: string; family?: string; given?: string }>;
  expect(others).toEqual([]);
  expect(author?.given).toBeUndefined();
  return author?.literal ?? author?.family;
}

describe('exports for reference managers, read back with citation-js', () => {
  it('links RIS and CSL-JSON from every Chinese page and BibTeX too from English ones, under the base', () => {
    const zh = page('reports/example-district/2022');
    const en = page('en/indicators/eldercare-beds');
    expect(zh).toContain('href="/mzj/annals/data/cite/zh/reports/example-district-2022.ris"');
    expect(zh).toContain('href="/mzj/annals/data/cite/zh/reports/example-district-2022.csl.json"');
    expect(zh).not.toContain('.bib"');
    for (const extension of ['ris', 'csl.json', 'bib']) expect(en).toContain(`href="/mzj/annals/data/cite/en/indicators/eldercare-beds.${extension}"`);
  });

  it('RIS of a Chinese report page', async () => {
    const item = await parsed('data/cite/zh/reports/example-district-2022.ris');
    expect(item.type).toBe('report');
    expect(item.title).toBe('示例区民政局2022年工作总结');
    expect(organisation(item)).toBe('示例区民政局（虚构）');
    expect(item.issued).toEqual({ 'date-parts': [[2023, 3, 17]] });
    expect(item.publisher).toBe('示例区民政局（虚构）');
    expect(item.URL).toBe('https://example.gov.cn/mzj/annals/reports/example-district/2022/');
    expect(item.language).toBe('zh-CN');
  });

  it('RIS, CSL-JSON and BibTeX of an English report page give the hostile title back exactly', async () => {
    for (const extension of ['ris', 'csl.json', 'bib']) {
      const item = await parsed(`data/cite/en/reports/example-district-2022.${extension}`);
      expect(item.title, extension).toBe(TITLE_EN);
      expect(organisation(item), extension).toBe('Example District Civil Affairs Bureau (fictional)');
      expect(item.issued, extension).toEqual({ 'date-parts': [[2023, 3, 17]] });
      expect(item.URL, extension).toBe('https://example.gov.cn/mzj/annals/en/reports/example-district/2022/');
      expect(item.type, extension).toBe('report');
    }
  });

  it('an indicator page is a data set in RIS and CSL-JSON, and a @misc with its note in BibTeX', async () => {
    for (const extension of ['ris', 'csl.json']) {
      const item = await parsed(`data/cite/en/indicators/eldercare-beds.${extension}`);
      expect(item.type, extension).toBe('dataset');
      expect(item.title, extension).toBe('Eldercare beds');
      expect(organisation(item), extension).toBe('Civil Affairs Annals');
      expect(item.URL, extension).toBe('https://example.gov.cn/mzj/annals/en/indicators/eldercare-beds/');
    }
    const bib = await parsed('data/cite/en/indicators/eldercare-beds.bib');
    expect(bib.note).toBe('Data set');
    expect(bib.publisher).toBe('Civil Affairs Annals');
    expect(bib.issued).toEqual({ 'date-parts': [[2023, 3, 17]] });
  });

  it('an undated report exports without a date', async () => {
    const item = await parsed('data/cite/zh/reports/example-district-2023.csl.json');
    expect(item.issued).toBeUndefined();
    expect(file('data/cite/zh/reports/example-district-2023.ris')).not.toMatch(/^(PY|DA) {2}- /m);
  });
});

describe('Highwire citation_* tags on report pages', () => {
  const tags = (html: string): Array<[string, string]> =>
    [...html.matchAll(/<meta name="(citation_[a-z_]+)" content="([^"]*)">/g)].map((match) => [match[1]!, match[2]!]);

  it('zh, and zh-Hant with its own language', () => {
    const expected = (title: string, author: string, url: string, language: string): Array<[string, string]> => [
      ['citation_title', title], ['citation_author', author], ['citation_publication_date', '2023/03/17'], ['citation_publisher', author],
      ['citation_technical_report_institution', author], ['citation_language', language], ['citation_public_url', url],
    ];
    expect(tags(page('reports/example-district/2022'))).toEqual(expected('示例区民政局2022年工作总结', '示例区民政局（虚构）', 'https://example.gov.cn/mzj/annals/reports/example-district/2022/', 'zh-CN'));
    expect(tags(page('zh-hant/reports/example-district/2022'))).toEqual(expected('示例区民政局2022年工作總結', '示例区民政局（虛構）', 'https://example.gov.cn/mzj/annals/zh-hant/reports/example-district/2022/', 'zh-Hant'));
  });

  it('en: the hostile title stays inside its attribute', () => {
    const html = page('en/reports/example-district/2022');
    // A double-quoted attribute value ends only at the next '"' (HTML's tokenizer); `<` inside it is text.
    expect(tags(html)).toContainEqual(['citation_title', TITLE_EN.replace('&', '&amp;')]);
    expect(tags(html).map(([name]) => name)).toEqual([
      'citation_title', 'citation_author', 'citation_publication_date', 'citation_publisher', 'citation_technical_report_institution', 'citation_language', 'citation_public_url',
    ]);
  });
});

/** Every JSON-LD block of a page, read through a real HTML parser and JSON.parse. */
function jsonLd(html: string): Array<Record<string, unknown>> {
  const blocks: Array<Record<string, unknown>> = [];
  walkSync(parse(html), (node) => {
    if (node.type !== ELEMENT_NODE || (node as ElementNode).name !== 'script' || (node as ElementNode).attributes.type !== 'application/ld+json') return;
    const text = (node as ElementNode).children.filter((child) => child.type === TEXT_NODE).map((child) => (child as { value: string }).value).join('');
    blocks.push(JSON.parse(text) as Record<string, unknown>);
  });
  return blocks;
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
const schema = (name: string): object => JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schemas', name), 'utf8')) as object;
const validDataset = ajv.compile(schema('schema-org-dataset.schema.json'));
const validCatalog = ajv.compile(schema('dcat-catalog.schema.json'));

describe('schema.org Dataset JSON-LD', () => {
  it('validates on every report and indicator page of every edition', () => {
    const pages = ['reports/example-district/2022', 'reports/example-district/2023', 'indicators/eldercare-beds', 'indicators/urban-rural-ratio'];
    for (const path of pages.flatMap((path) => [path, `en/${path}`, `zh-hant/${path}`])) {
      const blocks = jsonLd(page(path));
      expect(blocks, path).toHaveLength(1);
      expect(validDataset(blocks[0]), `${path}: ${ajv.errorsText(validDataset.errors)}`).toBe(true);
    }
  });

  it('cannot be closed by a title: "</script>" is escaped, and the parsed JSON gives the title back', () => {
    const html = page('en/reports/example-district/2022');
    const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(script).not.toMatch(/[<>&]/);
    expect(script).toContain('\\u003c/script\\u003e');
    expect((jsonLd(html)[0]!.citation as { name: string }).name).toBe(TITLE_EN);
  });

  it('describes a report: creator, period, place, downloads and measures, every URL under the base', () => {
    const [dataset] = jsonLd(page('reports/example-district/2022'));
    expect(dataset!.name).toBe('示例区民政局（虚构）2022年报告数据');
    expect(dataset!.url).toBe('https://example.gov.cn/mzj/annals/reports/example-district/2022/');
    expect(dataset!.creator).toEqual([{ '@type': 'GovernmentOrganization', name: '示例区民政局（虚构）' }]);
    expect(dataset!.temporalCoverage).toBe('2022');
    expect(dataset!.spatialCoverage).toEqual([{ '@type': 'AdministrativeArea', name: '示例区', identifier: '999901' }]);
    expect((dataset!.distribution as Array<{ contentUrl: string }>).map((download) => download.contentUrl)).toEqual([
      'https://example.gov.cn/mzj/annals/data/reports/example-district-2022.csv',
      'https://example.gov.cn/mzj/annals/data/reports/example-district-2022.json',
      'https://example.gov.cn/mzj/annals/data/reports/example-district-2022.xlsx',
    ]);
    expect((dataset!.variableMeasured as Array<{ propertyID: string }>).map((variable) => variable.propertyID)).toEqual([
      'eldercare-beds', 'dibao-standard', 'dibao-paid', 'orphans-supported', 'operation-rate', 'urban-rural-ratio', 'bed-subsidy', 'social-orgs',
    ]);
  });

  it('describes an indicator across its years', () => {
    const [dataset] = jsonLd(page('en/indicators/eldercare-beds'));
    expect(dataset!.name).toBe('Eldercare beds: every bureau and year');
    expect(dataset!.temporalCoverage).toBe('2022/2023');
    expect(dataset!.variableMeasured).toEqual([{ '@type': 'PropertyValue', propertyID: 'eldercare-beds', name: 'Eldercare beds', unitText: 'beds' }]);
  });
});

describe('the DCAT catalogue', () => {
  it('validates, and lists the whole set, every report and every indicator with their downloads under the base', () => {
    const catalog = JSON.parse(file('data/catalog.jsonld')) as { '@id': string; 'dcat:dataset': Array<Record<string, unknown>> };
    expect(validCatalog(catalog), ajv.errorsText(validCatalog.errors)).toBe(true);
    expect(catalog['@id']).toBe('https://example.gov.cn/mzj/annals/data/catalog.jsonld');
    expect(catalog['dcat:dataset'].map((dataset) => dataset['dct:identifier'])).toEqual([
      'annals', 'example-district-2022', 'example-district-2023',
      'bed-subsidy', 'dibao-paid', 'dibao-standard', 'eldercare-beds', 'operation-rate', 'orphans-supported', 'social-orgs', 'urban-rural-ratio',
    ]);
    const report = catalog['dcat:dataset'][1]!;
    expect(report['dcat:landingPage']).toEqual([
      { '@id': 'https://example.gov.cn/mzj/annals/reports/example-district/2022/' },
      { '@id': 'https://example.gov.cn/mzj/annals/en/reports/example-district/2022/' },
    ]);
    expect((report['dcat:distribution'] as Array<{ 'dcat:downloadURL': { '@id': string } }>).map((distribution) => distribution['dcat:downloadURL']['@id'])).toEqual([
      'https://example.gov.cn/mzj/annals/data/reports/example-district-2022.csv',
      'https://example.gov.cn/mzj/annals/data/reports/example-district-2022.json',
      'https://example.gov.cn/mzj/annals/data/reports/example-district-2022.xlsx',
    ]);
    expect((report['dcat:distribution'] as Array<{ 'dct:rights': unknown }>)[0]!['dct:rights']).toEqual({ '@id': 'https://example.gov.cn/mzj/annals/data/catalog.jsonld#rights' });
    expect(report['dct:temporal']).toEqual({ '@type': 'dct:PeriodOfTime', 'dcat:startDate': { '@value': '2022', '@type': 'xsd:gYear' }, 'dcat:endDate': { '@value': '2022', '@type': 'xsd:gYear' } });
  });
});
