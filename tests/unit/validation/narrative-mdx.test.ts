/**
 * Narratives are data, not code: each bad construct through the real loader on a copy of
 * the basic fixture, asserting every issue's code, line, column and field, and what the
 * message tells the editor to do, in both languages.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { describeIssue, formatIssues, type Issue } from '../../../src/lib/issues.ts';
import { loadSite } from '../../../src/lib/load-site.ts';
import { copyFixture, type FixtureCopy } from '../../helpers/fixture.ts';
import { BAD_NARRATIVES, EN_2022, FIXED_TERMS_PROSE, ZH_2022, type NarrativeCase } from '../../helpers/narrative-cases.ts';

let fixture: FixtureCopy | undefined;
afterEach(() => fixture?.dispose());

const BEFORE = { [ZH_2022]: '## 养老服务', [EN_2022]: '## Eldercare' };

function issuesOf(file: NarrativeCase['file'], snippet: string): Issue[] {
  fixture = copyFixture('basic');
  fixture.replace(file, BEFORE[file], `${snippet}\n\n${BEFORE[file]}`);
  const result = loadSite(fixture.root);
  return result.issues;
}

const located = (issues: readonly Issue[]): string[] => issues.map((issue) => `${issue.code} ${issue.line}:${issue.column} ${issue.field}`);

describe('every bad construct is one located issue', () => {
  for (const bad of BAD_NARRATIVES) {
    it(bad.name, () => {
      const issues = issuesOf(bad.file, bad.snippet);
      expect(located(issues)).toEqual(bad.expected);
      for (const issue of issues) expect(issue.file).toBe(bad.file);
    });
  }
});

function only(file: NarrativeCase['file'], snippet: string): { issue: Issue; zh: string; en: string } {
  const issues = issuesOf(file, snippet);
  expect(issues).toHaveLength(1);
  return { issue: issues[0]!, ...describeIssue(issues[0]!) };
}

describe('the messages lead to the fix', () => {
  it('an expression: no code runs, and nothing of the machine is printed', () => {
    const { issue, zh, en } = only(ZH_2022, '{globalThis.process?.env?.HOME}');
    expect(issue.params['found']).toBe('globalThis.process?.env?.HOME');
    expect(zh).toContain('叙述中不能运行代码');
    expect(en).toContain('a narrative cannot run code');
    const report = formatIssues(loadSite(fixture!.root).issues);
    expect(report).toContain(`${ZH_2022}:10:1`);
    expect(report).not.toContain(process.env.HOME ?? '/root');
    expect(report).not.toContain(process.version);
  });

  it('braces around text: write them full-width or drop them', () => {
    const { zh, en } = only(ZH_2022, '坚持{一户一策}。');
    expect(zh).toContain('“{一户一策}” 是一段 JavaScript 表达式');
    expect(zh).toContain('请改用全角 ｛｝ 或去掉括号');
    expect(en).toContain('write full-width ｛｝ or leave them out');
  });

  it('an HTML comment: no comment syntax, notes go in the frontmatter', () => {
    const { zh, en } = only(ZH_2022, '<!-- 待核实 -->');
    expect(zh).toContain('HTML 注释和 MDX 注释 {/* */} 都不可用');
    expect(zh).toContain('以 # 开头的行');
    expect(en).toContain('notes for other editors go in the --- frontmatter block as lines starting with #');
  });

  it('<img>: no images in a narrative', () => {
    const { issue, zh, en } = only(ZH_2022, '<img src="x.png" onerror="alert(1)" />');
    expect(issue.params['found']).toBe('img');
    expect(zh).toContain('叙述中不能放图片');
    expect(en).toContain('Narratives cannot show images');
  });

  it('<b> and <a>: the Markdown to write instead', () => {
    expect(only(ZH_2022, '这是<b>重点</b>。').zh).toContain('加粗请写 **文字**');
    expect(only(EN_2022, 'See <a href="https://example.org/">here</a>.').en).toContain('For a link write [text](https://…)');
  });

  it('spread attributes: write each attribute as quoted text', () => {
    const { zh, en } = only(ZH_2022, '<Figure {...props} />');
    expect(zh).toContain('<Figure> 中不能写展开属性 {...props}');
    expect(en).toContain('Write each attribute as quoted text, e.g. <Figure id="…" />');
  });

  it('an unclosed <Figure: the parser\'s words and the fix', () => {
    const { issue, zh, en } = only(ZH_2022, '养老床位达到<Figure id="eldercare-beds"');
    expect(issue.params['kind']).toBe('unclosed-tag');
    expect(zh).toContain('这里的 MDX 无法解析');
    expect(zh).toContain('标签不完整或没有闭合');
    expect(en).toContain('write a component as <Figure id="…" /> (mind the quotes and the closing />)');
    // The parser's own advice to use MDX comments or JSX is not passed on.
    expect(en).not.toContain('note:');
  });

  it('a javascript: link: which addresses are allowed', () => {
    const { zh, en } = only(ZH_2022, '[点此](javascript:alert(1))');
    expect(zh).toContain('链接地址 “javascript:alert(1)” 不被允许');
    expect(en).toContain('Use an address starting with https://, http:// or mailto:, a site path starting with /, or an anchor starting with #.');
  });

  it('full-width digits of a figure: the <Figure> to write', () => {
    const { issue, zh, en } = only(ZH_2022, '低保标准为８５５元。');
    expect(issue.params).toMatchObject({ found: '８５５', kind: 'full-width', figure: 'dibao-standard' });
    expect(zh).toContain('叙述中直接写了数字 “８５５”（全角数字也是数字）');
    expect(zh).toContain('请改写为 <Figure id="dibao-standard" />');
    expect(en).toContain('It is the value of the figure dibao-standard: write <Figure id="dibao-standard" /> instead');
  });

  it('Chinese numerals of a figure: the <Figure> to write', () => {
    const { issue, en } = only(ZH_2022, '保障孤儿三千八百名。');
    expect(issue.params).toMatchObject({ found: '三千八百名', kind: 'chinese', figure: 'orphans-supported' });
    expect(en).toContain('(Chinese numerals used as a quantity; fixed terms are listed in docs/data-format.md)');
  });

  it('a number that is no figure yet: the data file to add it to', () => {
    const { issue, zh, en } = only(ZH_2022, '全区约二千户家庭受益。');
    expect(issue.params['found']).toBe('二千户');
    expect(zh).toContain('请先把它作为数据写入 data/figures/example-district/2022.yaml');
    expect(en).toContain('Add it as a figure to data/figures/example-district/2022.yaml');
  });

  it('a year-like count: not a date', () => {
    const { issue, zh, en } = only(ZH_2022, '惠及1998户。');
    expect(issue.params).toMatchObject({ found: '1998', kind: 'year-like' });
    expect(zh).toContain('像年份，但后面跟的是单位');
    expect(en).toContain('it looks like a year, but a unit follows');
  });
});

describe('what narratives may contain', () => {
  it('fixed terms, ordinals, dates, ages and rate bases are not typed numbers', () => {
    expect(issuesOf(ZH_2022, FIXED_TERMS_PROSE)).toEqual([]);
  });

  it('years and years-to-years in English prose are not typed numbers', () => {
    expect(issuesOf(EN_2022, 'In 2022, the bureau kept its plan for 2021–2025 and, by 2025, aims higher.')).toEqual([]);
  });

  it('a long paragraph with straight quotes is read, not a crash (smart punctuation aborts Säteri 0.10.5)', () => {
    // One paragraph of 120,000 characters, in lines under the 10,000-character line limit.
    expect(issuesOf(ZH_2022, `${'他说"好"。'.repeat(1_000)}\n`.repeat(20).trimEnd())).toEqual([]);
  });

  it('a bare web address as its own link text is not a typed number', () => {
    expect(issuesOf(ZH_2022, '原文见 https://example.org/2023/855/ 。')).toEqual([]);
  });
});
