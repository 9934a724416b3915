/**
 * Bad narratives, one construct each, written into the basic fixture's 2022 narratives as
 * a new paragraph at line 10 (before "## 养老服务" / "## Eldercare"). Shared by the
 * validator's unit test and the test that runs them through the build as well.
 *
 * `expected` lists every issue as "code line:column field", written by hand.
 */
export const ZH_2022 = 'content/reports/example-district/2022/zh.mdx';
export const EN_2022 = 'content/reports/example-district/2022/en.mdx';

export interface NarrativeCase {
  name: string;
  file: typeof ZH_2022 | typeof EN_2022;
  snippet: string;
  expected: string[];
}

export const BAD_NARRATIVES: NarrativeCase[] = [
  // Code
  { name: 'an expression reading the environment', file: ZH_2022, snippet: '{globalThis.process?.env?.HOME}', expected: ['narrative-expression 10:1 '] },
  { name: 'an expression inside a sentence', file: ZH_2022, snippet: '住址是{globalThis.process?.env?.HOME}。', expected: ['narrative-expression 10:4 '] },
  {
    name: 'an import and a readFileSync expression',
    file: ZH_2022,
    snippet: "import { readFileSync } from 'node:fs'\n\n首行：{readFileSync('/etc/passwd', 'utf8')}",
    expected: ['no-code-in-narrative 10:1 ', 'narrative-expression 12:4 '],
  },
  { name: 'an export', file: ZH_2022, snippet: 'export const title = 1', expected: ['no-code-in-narrative 10:1 '] },
  { name: 'braces around a fixed term (坚持{一户一策})', file: ZH_2022, snippet: '坚持{一户一策}。', expected: ['narrative-expression 10:3 '] },
  { name: 'an MDX comment', file: ZH_2022, snippet: '{/* 编辑备注 */}', expected: ['narrative-comment 10:1 '] },
  // Components
  { name: 'spread attributes on <Figure>', file: ZH_2022, snippet: '<Figure {...props} />', expected: ['attribute-spread 10:1 Figure'] },
  { name: 'an expression attribute', file: ZH_2022, snippet: '低保金<Figure id={"dibao-paid"} />。', expected: ['attribute-expression 10:4 Figure.id'] },
  { name: 'an attribute <Figure> does not have', file: ZH_2022, snippet: '低保金<Figure id="dibao-paid" onclick="x" />。', expected: ['attribute-not-allowed 10:4 Figure.onclick'] },
  { name: 'an attribute written twice', file: ZH_2022, snippet: '低保金<Figure id="dibao-paid" id="dibao-standard" />。', expected: ['attribute-not-allowed 10:4 Figure.id'] },
  { name: 'an attribute without a value', file: ZH_2022, snippet: '<Chart indicator />', expected: ['attribute-not-allowed 10:1 Chart.indicator'] },
  { name: 'a component other than Figure and Chart', file: ZH_2022, snippet: '<Script />', expected: ['unknown-component 10:1 '] },
  { name: 'a member component', file: ZH_2022, snippet: '<Figure.Inner />', expected: ['unknown-component 10:1 '] },
  { name: '<Figure> with content', file: ZH_2022, snippet: '低保金<Figure id="dibao-paid">2850万元</Figure>。', expected: ['component-children 10:4 Figure'] },
  { name: '<Chart> inside a sentence', file: ZH_2022, snippet: '养老床位见<Chart indicator="eldercare-beds" />。', expected: ['chart-inline 10:6 Chart'] },
  // Raw HTML and comments
  { name: '<img onerror>', file: ZH_2022, snippet: '<img src="x.png" onerror="alert(1)" />', expected: ['raw-html 10:1 '] },
  { name: 'an HTML-style <img> (not closed)', file: ZH_2022, snippet: '<img src=x onerror=alert(1)>', expected: ['narrative-syntax 10:1 '] },
  { name: '<b> for bold', file: ZH_2022, snippet: '这是<b>重点</b>。', expected: ['raw-html 10:3 '] },
  { name: 'an HTML comment', file: ZH_2022, snippet: '<!-- 编辑备注：待核实 -->', expected: ['narrative-comment 10:1 '] },
  // Parse errors
  { name: 'an unclosed <Figure', file: ZH_2022, snippet: '养老床位达到<Figure id="eldercare-beds"', expected: ['narrative-syntax 10:7 '] },
  { name: 'a <Figure> never closed', file: ZH_2022, snippet: '<Figure id="eldercare-beds">', expected: ['narrative-syntax 10:1 '] },
  { name: 'a stray <', file: ZH_2022, snippet: '人数 <= 上限', expected: ['narrative-syntax 10:4 '] },
  { name: 'a stray {', file: ZH_2022, snippet: '开放时间 { 周一', expected: ['narrative-syntax 10:6 '] },
  {
    name: 'several parse errors in one file, all reported',
    file: ZH_2022,
    snippet: '<!-- 备注 -->\n\n人数 <= 上限\n\n<Figure id="eldercare-beds"',
    expected: ['narrative-comment 10:1 ', 'narrative-syntax 12:4 ', 'narrative-syntax 14:1 '],
  },
  // Links
  { name: 'a javascript: link', file: ZH_2022, snippet: '[点此](javascript:alert(1))', expected: ['bad-link-url 10:1 '] },
  {
    name: 'links that only look harmless',
    file: ZH_2022,
    snippet: '[甲](JavaScript:alert(1)) [乙](java&#115;cript:alert(1)) [丙](data:text/html,x) [丁](//evil.example/x) [戊](relative/page) [己][ref]\n\n[ref]: vbscript:msgbox',
    expected: ['bad-link-url 10:1 ', 'bad-link-url 10:26 ', 'bad-link-url 10:56 ', 'bad-link-url 10:78 ', 'bad-link-url 10:100 ', 'bad-link-url 12:1 '],
  },
  // Markdown that is not documented
  { name: 'a code block', file: ZH_2022, snippet: '```\n855\n```', expected: ['markdown-not-allowed 10:1 '] },
  { name: 'inline code', file: ZH_2022, snippet: '标准为`855`元', expected: ['markdown-not-allowed 10:4 '] },
  { name: 'an image', file: ZH_2022, snippet: '![图](/a.png)', expected: ['markdown-not-allowed 10:1 '] },
  { name: 'a footnote', file: ZH_2022, snippet: '说明[^a]\n\n[^a]: 注释', expected: ['markdown-not-allowed 10:3 ', 'markdown-not-allowed 12:1 '] },
  { name: 'a top-level heading', file: ZH_2022, snippet: '# 另一个标题', expected: ['markdown-not-allowed 10:1 '] },
  { name: 'a task list', file: ZH_2022, snippet: '- [x] 完成', expected: ['markdown-not-allowed 10:1 '] },
  // Typed numbers
  { name: 'full-width digits', file: ZH_2022, snippet: '低保标准为８５５元。', expected: ['number-in-narrative 10:6 '] },
  { name: 'Chinese numerals before a measure word', file: ZH_2022, snippet: '全区约二千户家庭受益。', expected: ['number-in-narrative 10:4 '] },
  { name: 'Chinese numerals with 余', file: ZH_2022, snippet: '服务三万余人。', expected: ['number-in-narrative 10:3 '] },
  { name: 'a Chinese numeral that is a figure', file: ZH_2022, snippet: '保障孤儿三千八百名。', expected: ['number-in-narrative 10:5 '] },
  { name: 'a percentage in words', file: ZH_2022, snippet: '覆盖率达百分之八十五。', expected: ['number-in-narrative 10:8 '] },
  { name: 'a year-like count (惠及1998户)', file: ZH_2022, snippet: '惠及1998户。', expected: ['number-in-narrative 10:3 '] },
  { name: 'a year-like count in English', file: EN_2022, snippet: 'The bureau served 1998 households.', expected: ['number-in-narrative 10:19 '] },
  { name: 'digits split by emphasis', file: ZH_2022, snippet: '金额**8**55元。', expected: ['number-in-narrative 10:5 '] },
  { name: 'digits written as character references', file: ZH_2022, snippet: '&#56;&#53;&#53;元', expected: ['number-in-narrative 10:1 '] },
];

/** Prose that looks numeric but names no quantity: the sample's real cases and the fixed terms. */
export const FIXED_TERMS_PROSE =
  '一是坚持一户一策，二是推行三问一说和五社联动。落实十四五规划，打造一站式服务，第一批试点在2022年3月13日启动，近七日内完成。' +
  '六十岁以上老人每千名拥有的床位、五星级社区和新的五年规划，十一月底前全面贯彻党的二十大精神，落实“四项服务”和“五个一”，推进二次供水改造。';
