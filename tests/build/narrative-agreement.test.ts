/**
 * The validator and the build agree on narratives. Every bad narrative of
 * tests/helpers/narrative-cases.ts goes through `loadSite` and through `buildSite`: the
 * build refuses it before Astro runs, with the very same located issues and no stack, and
 * writes nothing. Where the validator reports a parse error, the build's own MDX stage
 * (@astrojs/mdx's frontmatter step and Säteri processor) fails at the same line and
 * column, so the validator parses what the build parses. One real build shows that every
 * allowed construct, together, builds and appears on the page.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { satteri } from '@astrojs/markdown-satteri';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annalsConfig } from '../../src/integrations/config.ts';
import { buildSite } from '../../src/lib/build-site.ts';
import { InvalidSiteError, type Issue } from '../../src/lib/issues.ts';
import { loadSite } from '../../src/lib/load-site.ts';
import { copyFixture, type FixtureCopy } from '../helpers/fixture.ts';
import { pageText } from '../helpers/html.ts';
import { BAD_NARRATIVES, EN_2022, FIXED_TERMS_PROSE, ZH_2022 } from '../helpers/narrative-cases.ts';

const BEFORE = { [ZH_2022]: '## 养老服务', [EN_2022]: '## Eldercare' };
/** Issues from the parser itself, as opposed to constructs that parse but are refused. */
const isParseError = (issue: Issue): boolean =>
  issue.code === 'narrative-syntax' || (issue.code === 'narrative-comment' && issue.params['found'] === '<!-- -->');

/** The build's MDX stage for one file: @astrojs/mdx blanks the frontmatter, then the configured processor compiles. */
async function compileLikeTheBuild(path: string): Promise<{ line: number; column: number } | 'compiled'> {
  const processor = annalsConfig().markdown?.processor as ReturnType<typeof satteri>;
  const renderer = await processor.createMdxRenderer!(
    { syntaxHighlight: false, shikiConfig: {} } as never,
    { optimize: false, srcDir: undefined, sourcemap: false } as never,
  );
  const { frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf8'), { frontmatter: 'empty-with-spaces' });
  try {
    await renderer.process(content, path, frontmatter);
    return 'compiled';
  } catch (error) {
    const [, line = '0', column = '0'] = /^(\d+):(\d+):/.exec((error as Error).message) ?? [];
    return { line: Number(line), column: Number(column) };
  }
}

describe('bad narratives: validate and build say the same, and the build writes nothing', () => {
  for (const bad of BAD_NARRATIVES) {
    it(bad.name, async () => {
      const fixture = copyFixture('basic');
      try {
        fixture.replace(bad.file, BEFORE[bad.file], `${bad.snippet}\n\n${BEFORE[bad.file]}`);
        const validated = loadSite(fixture.root).issues;
        expect(validated.map((issue) => `${issue.code} ${issue.line}:${issue.column} ${issue.field}`)).toEqual(bad.expected);

        const built = await buildSite({ root: fixture.root, quiet: true }).then(
          () => undefined,
          (error: unknown) => error,
        );
        expect(built).toBeInstanceOf(InvalidSiteError);
        expect((built as InvalidSiteError).issues).toEqual(validated);
        expect((built as Error).message).toMatch(/^Annals 发现 \d+ 处问题，未生成网站。/);
        expect((built as Error).message).not.toMatch(/\n\s+at /);
        expect((built as Error).message).not.toContain(process.env.HOME ?? '/root');
        expect(existsSync(join(fixture.root, 'dist'))).toBe(false);
        expect(existsSync(join(fixture.root, '.annals'))).toBe(false);

        const firstParseError = validated.find(isParseError);
        if (firstParseError) {
          // Only parse errors stop the build's compiler; its place is the validator's.
          const compiled = await compileLikeTheBuild(join(fixture.root, bad.file));
          expect(compiled).toEqual({ line: firstParseError.line, column: firstParseError.column });
        }
      } finally {
        fixture.dispose();
      }
    });
  }

  it('an expression does compile in the build: only the validator stops it', async () => {
    const fixture = copyFixture('basic');
    try {
      fixture.replace(ZH_2022, BEFORE[ZH_2022], `{globalThis.process?.env?.HOME}\n\n${BEFORE[ZH_2022]}`);
      expect(await compileLikeTheBuild(join(fixture.root, ZH_2022))).toBe('compiled');
    } finally {
      fixture.dispose();
    }
  });
});

/** Every construct docs/data-format.md allows, in one narrative. */
const ALLOWED = `---
title: 示例区民政局2022年工作总结
summary: 虚构的示例报告，用于测试。
# 编辑备注：这一行是 YAML 注释，不会出现在页面上。
---

## 社会救助

低保标准提高到<Figure id="dibao-standard" />，*全年*发放低保金<Figure id="dibao-paid" />，**重点**保障，~~旧口径~~城乡标准之比为<Figure id="urban-rural-ratio" />。\\
这一句在换行之后。

### 工作方法

- ${FIXED_TERMS_PROSE}
- 第二项

1. 第一步
2. 第二步

> 引用：打造一站式服务。

---

| 项目 | 数据 |
| --- | --- |
| 养老床位 | <Figure id="eldercare-beds" /> |

## 养老服务

详见[示例网站](https://www.example.org/)、[旧站](http://old.example.org/)、[来信](mailto:editor@example.org)、[站内页面](/reports/example-district/2023/)、[本页数据](#dibao-standard)和[参考资料][ref]。

[ref]: https://example.org/reference

<Chart indicator="eldercare-beds" />

社会化运营率达<Figure id="operation-rate" />。计划按每张<Figure id="bed-subsidy" />给予补贴。保障孤儿<Figure id="orphans-supported" />。
`;

describe('a narrative with every allowed construct', () => {
  let fixture: FixtureCopy;
  let html: string;

  beforeAll(async () => {
    fixture = copyFixture('basic');
    fixture.write(ZH_2022, ALLOWED);
    expect(loadSite(fixture.root).issues).toEqual([]);
    const { outDir } = await buildSite({ root: fixture.root, quiet: true });
    html = readFileSync(join(outDir, 'reports/example-district/2022/index.html'), 'utf8');
  });
  afterAll(() => fixture.dispose());

  it('renders headings, emphasis, strikethrough, line breaks, lists, quotes, rules and tables', () => {
    expect(html).toMatch(/<h3[^>]*>工作方法<\/h3>/);
    expect(html).toContain('<em>全年</em>');
    expect(html).toContain('<strong>重点</strong>');
    expect(html).toContain('<del>旧口径</del>');
    expect(html).toMatch(/<br\s*\/?>\s*这一句在换行之后/);
    expect(html).toMatch(/<ul>\s*<li>一是坚持一户一策/);
    expect(html).toMatch(/<ol>\s*<li>第一步<\/li>/);
    expect(html).toMatch(/<blockquote>\s*<p>引用：打造一站式服务。<\/p>\s*<\/blockquote>/);
    expect(html).toMatch(/<hr\s*\/?>/);
    expect(html).toMatch(/<td>养老床位<\/td>\s*<td><a class="fig" href="#eldercare-beds"[^>]*>20\.7万张<\/a><\/td>/);
  });

  it('renders each kind of allowed link', () => {
    for (const href of ['https://www.example.org/', 'http://old.example.org/', 'mailto:editor@example.org', '/reports/example-district/2023/', '#dibao-standard', 'https://example.org/reference']) {
      expect(html).toContain(`href="${href}"`);
    }
  });

  it('renders <Figure> and <Chart>, keeps the fixed terms, and shows no editor note', () => {
    expect(html).toMatch(/<a class="fig" href="#dibao-standard"[^>]*>855元\/人·月<\/a>/);
    expect(html).toMatch(/<figure class="chart" data-indicator="eldercare-beds">/);
    const text = pageText(html);
    expect(text).toContain('推进二次供水改造');
    expect(text).not.toContain('编辑备注');
  });
});
