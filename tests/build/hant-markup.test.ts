/**
 * The Traditional edition changes a page's text and nothing else of its markup. A fictional
 * bureau whose registered name holds "<" (示例区<试点>民政局, and a report title with
 * <养老试点>) is built for real: Astro writes "<" unescaped inside quoted attribute values
 * (meta description, og:title), which a careless HTML parser reads as a tag. Every
 * Traditional page must be its Simplified page byte for byte, except the converted Chinese
 * text and the edition's documented edits (docs/architecture.md, "The Traditional edition").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/lib/build-site.ts';
import { copyFixture, type FixtureCopy } from '../helpers/fixture.ts';

/**
 * What may differ between the editions, undone by hand: Han text (each run of Chinese
 * characters → 漢, since 區 and 区 are the same length but a phrase need not be), the
 * /zh-hant/ path segment, the page's language and locale, the marked edition of the
 * language switch, the search page's data-han, and the chart SVG (percent-encoded in its
 * data: link, so decoded first).
 */
function withoutEditionEdits(html: string): string {
  return html
    .replace(/data:image\/svg\+xml;charset=utf-8,([^"]*)/g, (_, svg: string) => `data:svg,${decodeURIComponent(svg)}`)
    .replace(/\p{Script=Han}+/gu, '漢')
    .replace(/zh-hant\//g, '')
    .replace(/lang="zh(?:-CN|-Hant)?"/g, 'lang="zh"')
    .replace(/content="(?:zh_CN|zh_TW|zh-CN|zh-Hant)"/g, 'content="zh"')
    .replace(/ aria-current="true"/g, '')
    .replace(/ data-han="[^"]*"/g, '');
}

describe('the Traditional edition of a bureau whose name holds "<"', () => {
  let fixture: FixtureCopy;
  let dist: string;

  beforeAll(async () => {
    fixture = copyFixture('basic');
    fixture.replace('data/bureaus.yaml', 'zh: 示例区民政局（虚构）', 'zh: 示例区<试点>民政局（虚构）');
    fixture.replace('content/reports/example-district/2022/zh.mdx', 'title: 示例区民政局2022年工作总结', 'title: 示例区2022年<养老试点>工作总结');
    dist = (await buildSite({ root: fixture.root, quiet: true })).outDir;
  });
  afterAll(() => fixture.dispose());

  const read = (path: string) => readFileSync(join(dist, path), 'utf8');

  it('keeps the name whole in attributes and text, converted', () => {
    const bureau = read('zh-hant/bureaus/example-district/index.html');
    expect(bureau).toContain('<title>示例区&lt;試點&gt;民政局（虛構） · 民政年報</title>');
    expect(bureau).toContain('<meta property="og:title" content="示例区<試點>民政局（虛構） · 民政年報">');
    const report = read('zh-hant/reports/example-district/2022/index.html');
    expect(report).toContain('<meta property="og:title" content="示例区2022年<養老試點>工作總結 · 民政年報">');
    expect(report).toContain('<h1>示例区2022年&lt;養老試點&gt;工作總結</h1>');
  });

  it('writes every Traditional page as its Simplified page, but for the converted text and the edition\'s edits', () => {
    const pages = (readdirSync(join(dist, 'zh-hant'), { recursive: true }) as string[]).filter((file) => file.endsWith('index.html'));
    expect(pages.length).toBeGreaterThan(30);
    const differing = pages.filter((page) => withoutEditionEdits(read(join('zh-hant', page))) !== withoutEditionEdits(read(page)));
    expect(differing).toEqual([]);
  });
});
