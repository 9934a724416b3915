/** Messages: links between files: paths, narratives, data files, figure and indicator references, typed numbers. */
import { type MessageParams, type Text, type Catalogue, q, qe } from './text.ts';

/** Why a typed number counts as one (src/lib/typed-numbers.ts). */
const TYPED_NUMBER_KINDS: Record<string, Text> = {
  'full-width': { zh: '（全角数字也是数字）', en: ' (full-width digits are digits too)' },
  chinese: {
    zh: '（汉字数字表示数量；固定用语见 docs/data-format.md 的允许列表）',
    en: ' (Chinese numerals used as a quantity; fixed terms are listed in docs/data-format.md)',
  },
  'year-like': { zh: '（像年份，但后面跟的是单位，不是日期）', en: ' (it looks like a year, but a unit follows, not a date)' },
};

export const REFERENCE_MESSAGES = {
  'path-mismatch': (p: MessageParams): Text => ({
    zh: `文件写的是 ${p.field}: ${p.found}，但文件位置表示 ${p.expected}。请让两者一致（文件应位于 data/figures/<机构>/<年份>.yaml）。`,
    en: `The file says ${p.field}: ${p.found}, but its location says ${p.expected}. Make them agree (the file belongs at data/figures/<bureau>/<year>.yaml).`,
  }),
  'missing-narrative': (p: MessageParams): Text => ({
    zh: `${p.bureau} ${p.year} 年有数据，但没有叙述文件。请新建 content/reports/${p.bureau}/${p.year}/zh.mdx（或 en.mdx），可用 npm run new -- ${p.bureau} ${p.year}。`,
    en: `${p.bureau} ${p.year} has data but no narrative. Create content/reports/${p.bureau}/${p.year}/zh.mdx (or en.mdx), e.g. with npm run new -- ${p.bureau} ${p.year}.`,
  }),
  'missing-data': (p: MessageParams): Text => ({
    zh: `这份叙述没有对应的数据文件 data/figures/${p.bureau}/${p.year}.yaml。请新建它，或检查文件夹名称中的机构和年份。`,
    en: `This narrative has no data file data/figures/${p.bureau}/${p.year}.yaml. Create it, or check the bureau and year in the folder names.`,
  }),
  'bad-narrative-path': (p: MessageParams): Text => ({
    zh: `叙述文件 ${q(p.found)} 位置不对。应为 content/reports/<机构>/<年份>/zh.mdx 或 en.mdx。`,
    en: `The narrative ${qe(p.found)} is in the wrong place. It belongs at content/reports/<bureau>/<year>/zh.mdx or en.mdx.`,
  }),
  'bad-data-path': (p: MessageParams): Text => ({
    zh: `数据文件 ${q(p.found)} 位置不对。应为 data/figures/<机构>/<四位年份>.yaml。`,
    en: `The data file ${qe(p.found)} is in the wrong place. It belongs at data/figures/<bureau>/<four-digit year>.yaml.`,
  }),
  'unknown-figure': (p: MessageParams): Text => ({
    zh: `<Figure id="${p.found}" /> 引用的数据在 ${p.dataFile} 中不存在。${p.suggestion ? `是否想写 ${q(p.suggestion)}？` : ''}请改正 id，或先在数据文件中加入该数据。`,
    en: `<Figure id="${p.found}" /> refers to a figure that ${p.dataFile} does not have. ${p.suggestion ? `Did you mean ${qe(p.suggestion)}? ` : ''}Correct the id, or add the figure to the data file first.`,
  }),
  'figure-without-id': (): Text => ({
    zh: '<Figure> 缺少 id。请写成 <Figure id="数据标识" />。',
    en: '<Figure> has no id. Write <Figure id="figure-id" />.',
  }),
  'unknown-indicator-ref': (p: MessageParams): Text => ({
    zh: `<Chart> 引用的指标 ${q(p.found)} 不在这份报告的数据中。请改用报告中已有数据的指标。`,
    en: `<Chart> refers to the indicator ${qe(p.found)}, which has no figure in this report. Use an indicator the report has figures for.`,
  }),
  'unknown-component': (p: MessageParams): Text => ({
    zh: `叙述中不能使用 <${p.found}>。只可使用 ${p.allowed}，无需 import。`,
    en: `<${p.found}> cannot be used in a narrative. Only ${p.allowed} are available, with no import.`,
  }),
  'no-code-in-narrative': (p: MessageParams): Text => ({
    zh: `叙述中不能写 ${q(p.found)} 语句。组件已自动提供，请删除这一行。`,
    en: `A narrative cannot contain ${qe(p.found)} statements. The components are provided; delete this line.`,
  }),
  'number-in-narrative': (p: MessageParams): Text => ({
    zh: `叙述中直接写了数字 ${q(p.found)}${TYPED_NUMBER_KINDS[p.kind ?? '']?.zh ?? ''}。${
      p.figure ? `这是数据 ${p.figure} 的值：请改写为 <Figure id="${p.figure}" />` : `请先把它作为数据写入 ${p.dataFile || '报告的数据文件'}，再用 <Figure id="…" /> 引用`
    }，避免与数据不一致。`,
    en: `The narrative types the number ${qe(p.found)}${TYPED_NUMBER_KINDS[p.kind ?? '']?.en ?? ''}. ${
      p.figure ? `It is the value of the figure ${p.figure}: write <Figure id="${p.figure}" /> instead` : `Add it as a figure to ${p.dataFile || "the report's data file"} and reference it with <Figure id="…" />`
    }, so text and data never disagree.`,
  }),
  'missing-frontmatter': (): Text => ({
    zh: '叙述文件缺少开头的 --- 元数据块（至少要有 title）。',
    en: 'The narrative has no --- frontmatter block at the top (it needs at least a title).',
  }),
  'empty-data': (p: MessageParams): Text => ({
    zh: `${p.found} 中没有任何${p.whatZh}。请至少添加一个（见 docs/data-format.md），或检查站点根目录。`,
    en: `${p.found} holds no ${p.whatEn}. Add at least one (see docs/data-format.md), or check the site root.`,
  }),
  'figures-empty': (): Text => ({
    zh: 'figures 为空。每份报告至少要有一个数据。',
    en: 'figures is empty. A report needs at least one figure.',
  }),
} satisfies Catalogue;
