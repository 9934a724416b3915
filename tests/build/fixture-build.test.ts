/**
 * Real Astro builds of fixture sites through the same all-or-nothing path as
 * `npm run build`: the exact figure text in both locales, and a bad site that must fail
 * without writing anything.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/lib/build-site.ts';
import { InvalidSiteError } from '../../src/lib/issues.ts';
import { copyFixture, type FixtureCopy } from '../helpers/fixture.ts';
import { pageText } from '../helpers/html.ts';

describe('building the basic fixture', () => {
  let fixture: FixtureCopy;
  let dist: string;

  beforeAll(async () => {
    fixture = copyFixture('basic');
    dist = (await buildSite({ root: fixture.root, quiet: true })).outDir;
  });
  afterAll(() => fixture.dispose());

  const page = (path: string): string => readFileSync(join(dist, path, 'index.html'), 'utf8');

  it('writes each report in both languages with the right <html lang> and alternates', () => {
    const zh = page('reports/example-district/2022');
    const en = page('en/reports/example-district/2022');
    expect(zh).toMatch(/<html lang="zh-CN"/);
    expect(en).toMatch(/<html lang="en"/);
    for (const html of [zh, en]) {
      expect(html).toContain('hreflang="zh-CN" href="https://annals.example.org/reports/example-district/2022/"');
      expect(html).toContain('hreflang="en" href="https://annals.example.org/en/reports/example-district/2022/"');
    }
    expect(zh).toContain('href="/en/reports/example-district/2022/"');
    expect(en).toContain('href="/reports/example-district/2022/"');
  });

  it('renders every figure exactly, in the narrative and in the table', () => {
    const zh = pageText(page('reports/example-district/2022'));
    const en = pageText(page('en/reports/example-district/2022'));
    for (const text of ['20.7万张', '855元/人·月', '2850.46万元', '3800余名', '83.5%', '1:0.81', '4000—6000元/张', '1576家', '从1116家增加到1576家，增长41%']) {
      expect(zh).toContain(text);
    }
    for (const text of ['207,000 beds', 'CNY 855 per person per month', 'CNY 28,504,600', 'more than 3,800 children', '83.5%', '1:0.81', 'CNY 4,000–6,000 per bed', '1,576 organizations']) {
      expect(en).toContain(text);
    }
  });

  it('writes the Traditional edition: figures with the same digits, the fixture\'s exception kept as written', () => {
    const html = page('zh-hant/reports/example-district/2022');
    expect(html).toMatch(/<html lang="zh-Hant"/);
    const text = pageText(html);
    // 示例区 is in the fixture's data/hant-exceptions.yaml; the rest of the name converts.
    expect(text).toContain('示例区民政局（虛構）');
    expect(text).not.toContain('示例區');
    for (const figure of ['20.7萬張', '855元/人·月', '2850.46萬元', '3800餘名', '83.5%', '1:0.81', '4000—6000元/張', '1576家', '從1116家增加到1576家，增長41%']) {
      expect(text).toContain(figure);
    }
  });

  it('binds <Figure id> to its report: the narrative links to the figure row', () => {
    const zh = page('reports/example-district/2022');
    expect(zh).toMatch(/<a class="fig" href="#dibao-standard"[^>]*>855元\/人·月<\/a>/);
    expect(zh).toMatch(/<tr id="dibao-standard"/);
  });

  it('shows the disclosure block', () => {
    const zh = pageText(page('reports/example-district/2022'));
    for (const text of ['索引号', 'EX-2023-0001', '发布机构', '示例区民政局（虚构）', '生成日期', '2023-03-17 14:45', '文号', '有效性', '有效', '公开范围', '面向全社会', '公开方式', '主动公开']) {
      expect(zh).toContain(text);
    }
  });

  it('shows the other language with a notice when a translation is missing, never a 404', () => {
    const en = page('en/reports/example-district/2023');
    expect(pageText(en)).toContain('This report has no English version yet');
    expect(en).toContain('<div class="prose" lang="zh-CN">');
    // Figures in the fallback narrative follow the narrative's language.
    expect(pageText(en)).toContain('养老床位达到21万张');
  });

  it('marks the fictional publisher on its pages', () => {
    expect(pageText(page('en/reports/example-district/2022'))).toContain('Fictional publisher');
  });
});

describe('deterministic builds', () => {
  it('the same input builds a byte-identical site', async () => {
    const fixture = copyFixture('basic');
    try {
      const first = await buildSite({ root: fixture.root, outDir: 'dist-a', quiet: true });
      const second = await buildSite({ root: fixture.root, outDir: 'dist-b', quiet: true });
      const digest = (dir: string) =>
        Object.fromEntries(
          readdirSync(dir, { recursive: true, encoding: 'utf8' })
            .filter((file) => statSync(join(dir, file)).isFile())
            .sort()
            .map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]),
        );
      const a = digest(first.outDir);
      expect(Object.keys(a).length).toBeGreaterThan(20);
      expect(digest(second.outDir)).toEqual(a);
    } finally {
      fixture.dispose();
    }
  });
});

describe('building a bad site', () => {
  it('exits with every problem and leaves the previous dist/ untouched', async () => {
    const fixture = copyFixture('basic');
    try {
      const dist = join(fixture.root, 'dist');
      mkdirSync(dist);
      writeFileSync(join(dist, 'marker.txt'), 'previous build');
      // An earlier build's output carries the marker; without it the build refuses the folder.
      writeFileSync(join(dist, '.annals-build.json'), '{"annals-build":1}\n');
      fixture.replace('data/figures/example-district/2022.yaml', '{ value: 855,', '{ value: 855元,');
      const failure = await buildSite({ root: fixture.root, quiet: true }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(InvalidSiteError);
      const issues = (failure as InvalidSiteError).issues;
      expect(issues.map((issue) => `${issue.file}:${issue.line}:${issue.column}`)).toEqual(['data/figures/example-district/2022.yaml:16:28']);
      expect((failure as Error).message).toContain('“855元” 不是数字');
      expect(readFileSync(join(dist, 'marker.txt'), 'utf8')).toBe('previous build');
      expect(existsSync(join(dist, 'index.html'))).toBe(false);
      expect(existsSync(join(fixture.root, '.annals'))).toBe(false);
    } finally {
      fixture.dispose();
    }
  });

  it('leaves no partial site when Astro itself fails after validation (broken MDX)', async () => {
    const fixture = copyFixture('basic');
    try {
      fixture.replace('content/reports/example-district/2022/en.mdx', '## Eldercare', '## Eldercare {unclosed');
      const failure = await buildSite({ root: fixture.root, quiet: true }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(Error);
      expect(existsSync(join(fixture.root, 'dist'))).toBe(false);
      const leftovers = existsSync(join(fixture.root, '.annals')) ? readdirSync(join(fixture.root, '.annals')) : [];
      expect(leftovers).toEqual([]);
    } finally {
      fixture.dispose();
    }
  });
});
