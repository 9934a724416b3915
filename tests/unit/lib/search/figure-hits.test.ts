/**
 * figure-hits.ts on hand-written Pagefind page data: which rows of a report page become
 * hits of their own, with what they show. The real index is exercised in
 * tests/e2e/search.test.ts and search-recall.test.ts; here each rule is pinned down.
 *
 * The page below, as Pagefind stores it (`raw_content` words, counted from 0):
 *   0 东  1 湖  2 区  3 2022  4 .  5 低  6 保  7 标准  8 Dibao  9 东湖区  10 nqiffq  11 855
 *   12 元  13 .  14 养老  15 床位  16 Eldercare  17 beds  18 东湖区  19 nqeaiq  20 408  21 张
 * with the anchor of row dibao-standard at 5, of eldercare-beds at 14, and an h2 at 3.
 */
import { describe, expect, it } from 'vitest';
import { contentWords, hitsOf, type PagefindPage } from '../../../../src/lib/search/figure-hits.ts';

const ZWSP = '\u200b';
const RAW = `东${ZWSP}湖${ZWSP}区 2022${ZWSP}. 低${ZWSP}保${ZWSP}标准 Dibao 东湖区 nqiffq 855 元${ZWSP}. 养老${ZWSP}床位 Eldercare beds 东湖区 nqeaiq 408 张`;
const FIGURES = {
  bureau: '东湖区',
  year: '2022',
  figures: {
    'dibao-standard': ['东湖区2022年 · 低保标准', '855元/人·月', '', '', '社会救助'],
    'eldercare-beds': ['东湖区2022年 · 养老床位', '408张', '目标', '2022年6月', '养老服务'],
  },
};

function page(locations: number[]): PagefindPage {
  return {
    url: '/reports/donghu/2022/',
    excerpt: '<mark>低保</mark>标准',
    raw_content: RAW,
    content: RAW.replaceAll(ZWSP, ''),
    meta: { title: '东湖区民政局2022年工作总结', figures: JSON.stringify(FIGURES) },
    anchors: [{ id: 'eldercare-beds', location: 14 }, { id: 'summary', location: 3 }, { id: 'dibao-standard', location: 5 }],
    locations,
  };
}

const urls = (hits: Array<{ url: string }>): string[] => hits.map((hit) => hit.url);

describe('contentWords', () => {
  it('splits at spaces and zero-width spaces, as Pagefind counts locations', () => {
    expect(contentWords(RAW).slice(0, 8)).toEqual(['东', '湖', '区', '2022', '.', '低', '保', '标准']);
    expect(contentWords(RAW)[19]).toBe('nqeaiq');
  });
});

describe('hitsOf', () => {
  it('a row holding every term is a hit of its own, figures first, with its exact value, bureau and year', () => {
    const hits = hitsOf(page([14, 15]), { query: '养老床位', pages: true, figures: true });
    expect(hits).toEqual([
      { kind: 'figure', url: '/reports/donghu/2022/#eldercare-beds', title: '东湖区2022年 · 养老床位', value: '408张', status: '目标', asOf: '2022年6月', bureau: '东湖区', year: '2022', excerpt: '' },
      { kind: 'page', url: '/reports/donghu/2022/', title: '东湖区民政局2022年工作总结', value: '', status: '', asOf: '', bureau: '', year: '', excerpt: '<mark>低保</mark>标准' },
    ]);
  });

  it('a row lacking one of the terms is not a hit, though the page holds both', () => {
    // 东湖区 matched in the dibao row (9) and 床位 in the beds row (15): only the beds row has both.
    expect(urls(hitsOf(page([9, 15, 18]), { query: '东湖区 床位', pages: true, figures: true }))).toEqual(['/reports/donghu/2022/#eldercare-beds', '/reports/donghu/2022/']);
  });

  it('a row without a matched location is not a hit, even if its text would match', () => {
    expect(urls(hitsOf(page([0, 1, 2]), { query: '东湖区', pages: true, figures: true }))).toEqual(['/reports/donghu/2022/']);
  });

  it('Latin terms match the start of a word, case-insensitively; punctuation-only terms are ignored', () => {
    expect(urls(hitsOf(page([16, 17]), { query: 'ELDER bed %', pages: false, figures: true }))).toEqual(['/reports/donghu/2022/#eldercare-beds']);
    expect(urls(hitsOf(page([16]), { query: 'care', pages: false, figures: true }))).toEqual([]);
  });

  it('a number token finds exactly its row, and no page hit when pages are off', () => {
    expect(urls(hitsOf(page([10]), { query: 'nqiffq', pages: false, figures: true }))).toEqual(['/reports/donghu/2022/#dibao-standard']);
  });

  it('the topic filter keeps only figures of that topic; the type filter keeps pages or figures', () => {
    expect(urls(hitsOf(page([6, 9, 18]), { query: '东湖区', pages: true, figures: true, topic: '养老服务' }))).toEqual(['/reports/donghu/2022/#eldercare-beds', '/reports/donghu/2022/']);
    expect(urls(hitsOf(page([9, 18]), { query: '东湖区', pages: true, figures: false }))).toEqual(['/reports/donghu/2022/']);
  });

  it('with no terms (filters alone), every figure of the page is a hit', () => {
    expect(urls(hitsOf(page([]), { query: '', pages: false, figures: true }))).toEqual(['/reports/donghu/2022/#dibao-standard', '/reports/donghu/2022/#eldercare-beds']);
  });

  it('a page without the figures meta, or an anchor that is no figure, gives no figure hit', () => {
    const plain = { ...page([3, 9]), meta: { title: 'x' } };
    expect(urls(hitsOf(plain, { query: '东湖区', pages: true, figures: true }))).toEqual(['/reports/donghu/2022/']);
    const odd = { ...page([3]), anchors: [{ id: 'constructor', location: 3 }] };
    expect(urls(hitsOf(odd, { query: '2022', pages: false, figures: true }))).toEqual([]);
  });

  describe('the words every row shares (the meta\'s context, written once per page)', () => {
    // The same page as the rows would be written now: no bureau or year inside the rows.
    //   0 东  1 湖  2 区  3 2022  4 .  5 低  6 保  7 标准  8 Dibao  9 nqiffq  10 855  11 元  12 .
    //   13 养老  14 床位  15 Eldercare  16 beds  17 nqeaiq  18 408  19 张
    const raw = `东${ZWSP}湖${ZWSP}区 2022${ZWSP}. 低${ZWSP}保${ZWSP}标准 Dibao nqiffq 855 元${ZWSP}. 养老${ZWSP}床位 Eldercare beds nqeaiq 408 张`;
    const shared = (locations: number[]): PagefindPage => ({
      ...page(locations),
      raw_content: raw,
      content: raw.replaceAll(ZWSP, ''),
      meta: { title: '东湖区民政局2022年工作总结', figures: JSON.stringify({ ...FIGURES, context: '南昌市东湖区民政局 东湖区 Civil Affairs Bureau of Donghu District Donghu 2022 《东湖区民政局2022年工作总结》' }) },
      anchors: [{ id: 'summary', location: 3 }, { id: 'dibao-standard', location: 5 }, { id: 'eldercare-beds', location: 13 }],
    });

    it('a term only the shared words hold is met by every row; the other terms must be in the row', () => {
      // 东湖区 matched in the heading (0–2), 床位 in the beds row (14).
      expect(urls(hitsOf(shared([0, 1, 2, 14]), { query: '东湖区 床位', pages: false, figures: true }))).toEqual(['/reports/donghu/2022/#eldercare-beds']);
      expect(urls(hitsOf(shared([0, 1, 2, 15]), { query: 'donghu eldercare', pages: false, figures: true }))).toEqual(['/reports/donghu/2022/#eldercare-beds']);
    });

    it('a query the shared words hold entirely makes every figure of the page a hit, as when each row repeated them', () => {
      expect(urls(hitsOf(shared([0, 1, 2]), { query: '东湖区', pages: true, figures: true }))).toEqual(['/reports/donghu/2022/#dibao-standard', '/reports/donghu/2022/#eldercare-beds', '/reports/donghu/2022/']);
      expect(urls(hitsOf(shared([3]), { query: '2022', pages: false, figures: true, topic: '养老服务' }))).toEqual(['/reports/donghu/2022/#eldercare-beds']);
    });

    it('a term neither the row nor the shared words hold still keeps the row out', () => {
      expect(urls(hitsOf(shared([0, 1, 2, 14]), { query: '东湖区 重庆', pages: false, figures: true }))).toEqual([]);
      expect(urls(hitsOf(shared([9]), { query: 'chongqing nqiffq', pages: false, figures: true }))).toEqual([]);
    });
  });
});

