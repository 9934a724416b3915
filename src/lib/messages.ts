/**
 * The catalogue of validation messages: what is wrong and how to fix it, in zh and en.
 * Each entry receives the values it quotes (what was found, what is allowed).
 */
export type MessageParams = Record<string, string>;

interface Text {
  zh: string;
  en: string;
}

const q = (text: string | undefined): string => `“${text ?? ''}”`;
const qe = (text: string | undefined): string => `"${text ?? ''}"`;

const NOT_A_NUMBER_HINTS: Record<string, Text> = {
  'unit-in-value': {
    zh: '请只写数字（可带“万”“亿”），单位由指标目录给出。',
    en: 'Write the number only (万 and 亿 are allowed); the unit comes from the indicator catalog.',
  },
  grouping: { zh: '请去掉千位分隔逗号，例如写 28504600。', en: 'Remove the thousands separators, e.g. write 28504600.' },
  'full-width': { zh: '请用半角数字和符号（0-9 . :）。', en: 'Use half-width digits and signs (0-9 . :).' },
  'percent-sign': {
    zh: '请去掉百分号，例如写 83.5；百分比由指标种类（rate）给出。',
    en: 'Drop the percent sign, e.g. write 83.5; the indicator kind (rate) says it is a percentage.',
  },
  empty: { zh: '请填写数值，或改用 unknown: { as_written: … } 记录原文无法辨认的数字。', en: 'Give the value, or use unknown: { as_written: … } for a figure the source does not state legibly.' },
  'not-a-number': {
    zh: '请写成精确的十进制数，例如 855、20.7万、2.7亿。',
    en: 'Write an exact decimal such as 855, 20.7万 or 2.7亿.',
  },
};

/** Why a typed number counts as one (src/lib/typed-numbers.ts). */
const TYPED_NUMBER_KINDS: Record<string, Text> = {
  'full-width': { zh: '（全角数字也是数字）', en: ' (full-width digits are digits too)' },
  chinese: {
    zh: '（汉字数字表示数量；固定用语见 docs/data-format.md 的允许列表）',
    en: ' (Chinese numerals used as a quantity; fixed terms are listed in docs/data-format.md)',
  },
  'year-like': { zh: '（像年份，但后面跟的是单位，不是日期）', en: ' (it looks like a year, but a unit follows, not a date)' },
};

/** How to fix an MDX parse error, by what the parser stumbled on (src/lib/narrative-body.ts). */
const NARRATIVE_SYNTAX_HINTS: Record<string, Text> = {
  'unclosed-tag': {
    zh: '标签不完整或没有闭合：组件请写成 <Figure id="…" />（注意引号和结尾的 />）；HTML 标签不可用，请改用 Markdown。',
    en: 'A tag is incomplete or not closed: write a component as <Figure id="…" /> (mind the quotes and the closing />); HTML tags are not available, use Markdown.',
  },
  angle: { zh: '如果 < 是文字，请改用全角 ＜ 或写成 \\<；组件请写成 <Figure id="…" />。', en: 'If < is meant as text, write \\< (or full-width ＜); a component is written <Figure id="…" />.' },
  brace: { zh: '花括号在 MDX 中表示代码。如果只是文字，请改用全角 ｛｝ 或去掉括号。', en: 'Braces mean code in MDX. If they are text, write full-width ｛｝ or leave them out.' },
  other: { zh: '请检查这一处的 < > { } 等符号。', en: 'Check the < > { } signs at this place.' },
};

/** The Markdown to write instead of an HTML tag (docs/data-format.md). */
const RAW_HTML_FIXES: Record<string, Text> = {
  '': { zh: '请改用 Markdown（见 docs/data-format.md），或直接写成普通文字。', en: 'Use Markdown instead (see docs/data-format.md), or write plain text.' },
  b: { zh: '加粗请写 **文字**。', en: 'For bold write **text**.' },
  strong: { zh: '加粗请写 **文字**。', en: 'For bold write **text**.' },
  i: { zh: '强调请写 *文字*。', en: 'For emphasis write *text*.' },
  em: { zh: '强调请写 *文字*。', en: 'For emphasis write *text*.' },
  a: { zh: '链接请写 [文字](https://…)。', en: 'For a link write [text](https://…).' },
  img: { zh: '叙述中不能放图片，请删除；数据图表请用 <Chart indicator="…" />。', en: 'Narratives cannot show images: delete it; for a chart of the data use <Chart indicator="…" />.' },
  br: { zh: '换段请空一行；段内换行请在行尾写 \\。', en: 'For a new paragraph leave a blank line; for a line break end the line with \\.' },
  p: { zh: '段落之间空一行即可。', en: 'Separate paragraphs with a blank line.' },
  h2: { zh: '标题请写 ## 标题。', en: 'For a heading write ## Heading.' },
  h3: { zh: '小标题请写 ### 标题。', en: 'For a subheading write ### Heading.' },
  ul: { zh: '列表请每项一行，以 - 开头。', en: 'For a list start each item on its own line with - .' },
  li: { zh: '列表请每项一行，以 - 开头。', en: 'For a list start each item on its own line with - .' },
  table: { zh: '表格请用 Markdown 表格（| 列 | 列 |）。', en: 'For a table use a Markdown table (| column | column |).' },
  s: { zh: '删除线请写 ~~文字~~。', en: 'For strikethrough write ~~text~~.' },
  del: { zh: '删除线请写 ~~文字~~。', en: 'For strikethrough write ~~text~~.' },
};

/** Markdown that renders but is not part of a narrative's documented Markdown. */
const MARKDOWN_FIXES: Record<string, Text & { nameZh: string; nameEn: string }> = {
  code: { nameZh: '代码块', nameEn: 'a code block', zh: '请写成普通段落。', en: 'Write it as an ordinary paragraph.' },
  inlineCode: { nameZh: '行内代码（`…`）', nameEn: 'inline code (`…`)', zh: '请去掉反引号，写成普通文字。', en: 'Remove the backticks and write plain text.' },
  image: { nameZh: '图片', nameEn: 'an image', zh: '请删除；数据图表请用 <Chart indicator="…" />。', en: 'Delete it; for a chart of the data use <Chart indicator="…" />.' },
  imageReference: { nameZh: '图片', nameEn: 'an image', zh: '请删除；数据图表请用 <Chart indicator="…" />。', en: 'Delete it; for a chart of the data use <Chart indicator="…" />.' },
  footnoteReference: { nameZh: '脚注', nameEn: 'footnotes', zh: '请把说明写进正文，或写在括号里。', en: 'Put the note into the text, or in brackets.' },
  footnoteDefinition: { nameZh: '脚注', nameEn: 'footnotes', zh: '请把说明写进正文，或写在括号里。', en: 'Put the note into the text, or in brackets.' },
  'heading-1': { nameZh: '一级标题（#）', nameEn: 'a top-level heading (#)', zh: '页面标题来自元数据中的 title，正文标题请从 ## 开始。', en: 'The page title comes from the frontmatter title; start the narrative\'s headings at ##.' },
  'task-list': { nameZh: '任务列表（[ ] / [x]）', nameEn: 'a task list item ([ ] / [x])', zh: '请去掉方括号，写成普通列表项。', en: 'Remove the brackets and write an ordinary list item.' },
};

export const MESSAGES = {
  'yaml-syntax': (p: MessageParams): Text => ({
    zh: `YAML 语法错误：${p.detail}。请检查这一行的缩进、冒号和引号。`,
    en: `YAML syntax error: ${p.detail}. Check the indentation, colons and quotes on this line.`,
  }),
  'duplicate-key': (p: MessageParams): Text => ({
    zh: `键 ${q(p.key)} 重复出现。同一层级每个键只能写一次：请删除或合并其中一处。`,
    en: `The key ${qe(p.key)} appears twice. Each key may appear once at its level: delete or merge one of them.`,
  }),
  'unknown-field': (p: MessageParams): Text => ({
    zh: `未知字段 ${q(p.key)}。${p.suggestion ? `是否想写 ${q(p.suggestion)}？` : ''}可用字段：${p.allowed}。`,
    en: `Unknown field ${qe(p.key)}. ${p.suggestion ? `Did you mean ${qe(p.suggestion)}? ` : ''}Allowed fields: ${p.allowed}.`,
  }),
  'unquoted-comma': (p: MessageParams): Text => ({
    zh: `多出的 ${q(p.key)} 像是被英文逗号截断的文字。在 { zh: …, en: … } 里，含逗号的文字要加引号，例如 en: "Beds per 1,000 older people"。`,
    en: `The extra ${qe(p.key)} looks like text cut off at a comma. Inside { zh: …, en: … }, quote text that contains a comma, e.g. en: "Beds per 1,000 older people".`,
  }),
  'missing-field': (p: MessageParams): Text => ({
    zh: `缺少必填字段 ${q(p.key)}。请补上它（见 docs/data-format.md）。`,
    en: `The required field ${qe(p.key)} is missing. Add it (see docs/data-format.md).`,
  }),
  'empty-field': (p: MessageParams): Text => ({
    zh: `${q(p.key)} 是空的，这里应是${p.expectedZh}。请填写内容${p.key === 'figures' ? '（每份报告至少一个数据，格式见 docs/data-format.md）' : ''}，或删除这一行。`,
    en: `${qe(p.key)} is empty; it should hold ${p.expectedEn}. Fill it in${p.key === 'figures' ? ' (a report needs at least one figure; see docs/data-format.md)' : ''}, or delete the line.`,
  }),
  'missing-translation': (p: MessageParams): Text => ({
    zh: `${q(p.key)} 缺少${p.lang === 'en' ? '英文' : '中文'}内容。名称必须同时有中文（zh）和英文（en）。`,
    en: `${qe(p.key)} has no ${p.lang === 'en' ? 'English' : 'Chinese'} text. Names need both a Chinese (zh) and an English (en) form.`,
  }),
  'wrong-type': (p: MessageParams): Text => ({
    zh: `这里应是${p.expectedZh}，实际是${p.foundZh}。`,
    en: `Expected ${p.expectedEn} here, found ${p.foundEn}.`,
  }),
  'invalid-option': (p: MessageParams): Text => ({
    zh: `${q(p.found)} 不是可选值。请改为以下之一：${p.options}。`,
    en: `${qe(p.found)} is not an allowed value. Use one of: ${p.options}.`,
  }),
  'bad-id': (p: MessageParams): Text => ({
    zh: `标识 ${q(p.found)} 不合规。标识只能用小写英文字母、数字和连字符，例如 eldercare-beds。`,
    en: `The id ${qe(p.found)} is not valid. Ids use lowercase letters, digits and hyphens only, e.g. eldercare-beds.`,
  }),
  'bad-date': (p: MessageParams): Text => ({
    zh: `${q(p.found)} 不是有效日期。请写成 YYYY、YYYY-MM 或 YYYY-MM-DD，例如 2023-03-17。`,
    en: `${qe(p.found)} is not a valid date. Write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2023-03-17.`,
  }),
  'bad-period': (p: MessageParams): Text => ({
    zh: `${q(p.found)} 不是有效日期或时段。请写成 2022、2022-11、2022-11-30，或时段 2022-01/2022-11。`,
    en: `${qe(p.found)} is not a valid date or period. Write 2022, 2022-11, 2022-11-30, or a period 2022-01/2022-11.`,
  }),
  'period-order': (p: MessageParams): Text => ({
    zh: `时段 ${q(p.found)} 的开始晚于结束。请把较早的日期写在斜杠前。`,
    en: `The period ${qe(p.found)} starts after it ends. Put the earlier date before the slash.`,
  }),
  'bad-timestamp': (p: MessageParams): Text => ({
    zh: `${q(p.found)} 不是有效的生成日期。请写成 2023-03-17 或 2023-03-17 14:45。`,
    en: `${qe(p.found)} is not a valid date. Write 2023-03-17 or 2023-03-17 14:45.`,
  }),
  'bad-year': (p: MessageParams): Text => ({
    zh: `${q(p.found)} 不是有效年份。请写 1949 年至明年之间的年份（四位数字），例如 2022。`,
    en: `${qe(p.found)} is not a valid year. Write a year from 1949 to next year, in four digits, such as 2022.`,
  }),
  'bad-url': (p: MessageParams): Text => ({
    zh: `${q(p.found)} 不是有效网址。请写以 https:// 或 http:// 开头的完整网址，未知时删去此字段。`,
    en: `${qe(p.found)} is not a valid URL. Write a full address starting with https:// or http://, or remove the field when unknown.`,
  }),
  'bad-region-code': (p: MessageParams): Text => ({
    zh: `行政区划代码 ${q(p.found)} 应为六位数字，并加引号，例如 "360102"。`,
    en: `The region code ${qe(p.found)} must be six digits, in quotes, e.g. "360102".`,
  }),
  'bad-change': (p: MessageParams): Text => ({
    zh: `增幅 ${q(p.found)} 应写成原文的百分比，例如 "7.6%"。`,
    en: `The reported change ${qe(p.found)} must be the percentage as written, e.g. "7.6%".`,
  }),
  'change-empty': (): Text => ({
    zh: 'change 至少要有 reported（如 "7.6%"）或 from（起始值）之一。',
    en: 'A change needs at least reported (e.g. "7.6%") or from (the earlier value).',
  }),
  'not-a-number': (p: MessageParams): Text => {
    const hint = NOT_A_NUMBER_HINTS[p.reason ?? 'not-a-number'] ?? NOT_A_NUMBER_HINTS['not-a-number']!;
    return { zh: `${q(p.found)} 不是数字。${hint.zh}`, en: `${qe(p.found)} is not a number. ${hint.en}` };
  },
  'value-one-of': (p: MessageParams): Text => ({
    zh: `每个数据须有且只有 value、range、unknown 其中之一（现有：${p.found || '无'}）。`,
    en: `A figure needs exactly one of value, range or unknown (found: ${p.found || 'none'}).`,
  }),
  'range-order': (p: MessageParams): Text => ({
    zh: `区间 ${q(p.found)} 的下限大于上限。请写成 [较小值, 较大值]。`,
    en: `The range ${qe(p.found)} has its low end above its high end. Write [low, high].`,
  }),
  'unknown-indicator': (p: MessageParams): Text => ({
    zh: `指标目录中没有 ${q(p.found)}。${p.suggestion ? `是否想写 ${q(p.suggestion)}？` : ''}请改用已有指标，或在 data/indicators/ 中新增该指标。`,
    en: `The indicator catalog has no ${qe(p.found)}. ${p.suggestion ? `Did you mean ${qe(p.suggestion)}? ` : ''}Use an existing indicator, or add it to data/indicators/.`,
  }),
  'unknown-bureau': (p: MessageParams): Text => ({
    zh: `data/bureaus.yaml 中没有机构 ${q(p.found)}。${p.suggestion ? `是否想写 ${q(p.suggestion)}？` : ''}请先在 data/bureaus.yaml 中添加该机构。`,
    en: `data/bureaus.yaml has no bureau ${qe(p.found)}. ${p.suggestion ? `Did you mean ${qe(p.suggestion)}? ` : ''}Add the bureau to data/bureaus.yaml first.`,
  }),
  'duplicate-indicator': (p: MessageParams): Text => ({
    zh: `指标 ${q(p.key)} 已在 ${p.other} 中定义。每个指标只能定义一次：请删除其中一处。`,
    en: `The indicator ${qe(p.key)} is already defined in ${p.other}. Define each indicator once: delete one of them.`,
  }),
  'unit-mismatch': (p: MessageParams): Text => ({
    zh: `单位 ${q(p.found)} 与指标 ${q(p.indicator)} 的单位 ${q(p.expected)} 不符。unit 可以是目录中的单位，可带数值的数量级（2850.46万 配 万元）；量词不同（个/家）请写 measure_word，周期不同（元/人·年）请写 per。如确是另一种单位，请换算数值并删去 unit，或改用合适的指标。`,
    en: `The unit ${qe(p.found)} does not fit the indicator ${qe(p.indicator)}, whose unit is ${qe(p.expected)}. unit may be the catalog's unit, with the value's scale word (2850.46万 with 万元); a different measure word (个 for 家) goes in measure_word, a different period (元/人·年) in per. If it really is another unit, convert the value and remove unit, or use a fitting indicator.`,
  }),
  'kind-mismatch': (p: MessageParams): Text => ({
    zh: `指标 ${q(p.indicator)} 的种类是 ${p.kind}，不能写 ${q(p.found)}。${p.kind === 'ratio' ? '比例请写成 1:0.81。' : '请写一个数字，或改用 ratio 种类的指标。'}`,
    en: `The indicator ${qe(p.indicator)} is of kind ${p.kind}; ${qe(p.found)} does not fit it. ${p.kind === 'ratio' ? 'Write a ratio such as 1:0.81.' : 'Write a single number, or use an indicator of kind ratio.'}`,
  }),
  'percent-over-100': (p: MessageParams): Text => ({
    zh: `比率 ${q(p.found)} 超过 100%。请核对原文；增幅请写在 change 中。`,
    en: `The rate ${qe(p.found)} is over 100%. Check the source; a growth rate belongs in change.`,
  }),
  'negative-count': (p: MessageParams): Text => ({
    zh: `数量 ${q(p.found)} 为负数。数量不能小于 0；减少量请写在 change 中（direction: down）。`,
    en: `The count ${qe(p.found)} is negative. A count cannot be below 0; a decrease belongs in change (direction: down).`,
  }),
  'negative-value': (p: MessageParams): Text => ({
    zh: `数值 ${q(p.found)} 为负数。请核对原文；减少量请写在 change 中（direction: down）。`,
    en: `The value ${qe(p.found)} is negative. Check the source; a decrease belongs in change (direction: down).`,
  }),
  'count-not-whole': (p: MessageParams): Text => ({
    zh: `数量 ${q(p.found)}（即 ${p.plain}）不是整数。请核对原文，或改用 average 种类的指标。`,
    en: `The count ${qe(p.found)} (that is ${p.plain}) is not a whole number. Check the source, or use an indicator of kind average.`,
  }),
  'change-mismatch': (p: MessageParams): Text => ({
    zh: `报告的变化 ${q(p.found)} 与数据不符：${p.basisZh}，实际变化为 ${p.computed}。请核对数值或增幅。`,
    en: `The reported change ${qe(p.found)} disagrees with the data: ${p.basisEn}, the change is ${p.computed}. Check the value or the change.`,
  }),
  'change-direction': (p: MessageParams): Text => ({
    zh: `change 写的是${p.found === 'up' ? '增长' : '下降'}，但从 ${p.from} 到 ${p.to} 是${p.found === 'up' ? '下降' : '增长'}。请核对 direction 或数值。`,
    en: `The change says ${p.found}, but ${p.from} to ${p.to} goes ${p.found === 'up' ? 'down' : 'up'}. Check direction or the values.`,
  }),
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
  // build: the output folder, the swap into it, interruptions (src/lib/build/)
  'out-forbidden': (p: MessageParams): Text => ({
    zh: `不能输出到 ${q(p.path)}：它是${p.whatZh}。构建会整体替换输出目录，这会毁掉其中的文件。请改用新的目录，例如 --out dist。`,
    en: `Cannot build into ${qe(p.path)}: it is ${p.whatEn}. The build replaces the whole output folder, which would destroy what it holds. Use a new folder instead, e.g. --out dist.`,
  }),
  'out-not-owned': (p: MessageParams): Text => ({
    zh: `${q(p.path)} 已有不是 Annals 写入的文件（没有标记文件 ${p.marker}）。构建会整体替换输出目录，所以拒绝使用它。请改用新的或空的目录；若它确是旧版 Annals 生成的网站（没有别的文件），请先删除它再构建。`,
    en: `${qe(p.path)} already holds files Annals did not write (it has no ${p.marker} marker). The build replaces the whole output folder, so it refuses to use this one. Use a new or empty folder; if it is a site built by an older Annals (and holds nothing else), delete it, then build again.`,
  }),
  'out-not-a-folder': (p: MessageParams): Text => ({
    zh: `${q(p.path)} 已存在，但${p.kind === 'symlink' ? '是符号链接' : '不是目录'}。请改用新的目录，例如 --out dist。`,
    en: `${qe(p.path)} exists but is ${p.kind === 'symlink' ? 'a symbolic link' : 'not a folder'}. Use a new folder instead, e.g. --out dist.`,
  }),
  'build-locked': (p: MessageParams): Text => ({
    zh: `另一个构建（进程 ${p.pid}）正在写入 ${q(p.path)}。请等它结束后再试；若该进程已不存在，请删除锁文件 ${p.lock}。`,
    en: `Another build (process ${p.pid}) is writing ${qe(p.path)}. Wait for it to finish and try again; if no such process is running, delete the lock file ${p.lock}.`,
  }),
  'build-permission': (p: MessageParams): Text => ({
    zh: `无权${p.actionZh} ${q(p.path)}（${p.code}）。请让运行构建的用户能写入该目录及其上级目录（例如 chmod -R u+w 或 chown），或改用其他 --out 目录。`,
    en: `No permission to ${p.actionEn} ${qe(p.path)} (${p.code}). Give the user running the build write access to it and to its parent folder (e.g. chmod -R u+w, or chown), or use another --out folder.`,
  }),
  'build-fs-error': (p: MessageParams): Text => ({
    zh: `无法${p.actionZh} ${q(p.path)}（${p.detail}）。若输出目录是挂载点或在另一个磁盘上，请改为输出到它里面的子目录。`,
    en: `Could not ${p.actionEn} ${qe(p.path)} (${p.detail}). If the output folder is a mount point or on another disk, build into a folder inside it.`,
  }),
  'build-interrupted': (p: MessageParams): Text => ({
    zh: `构建被中断（${p.signal}），已删除未完成的临时目录。`,
    en: `The build was interrupted (${p.signal}); its unfinished staging folder was removed.`,
  }),
  'build-step-failed': (p: MessageParams): Text => ({
    zh: `构建在${p.stepZh}时失败：${p.detail}`,
    en: `The build failed while ${p.stepEn}: ${p.detail}`,
  }),
  'outcome-unchanged': (p: MessageParams): Text => ({
    zh: `✗ 构建失败；${p.path} 未被改动。`,
    en: `✗ Build failed; ${p.path} was not changed.`,
  }),
  'outcome-restored': (p: MessageParams): Text => ({
    zh: `✗ 构建失败；${p.path} 曾被移开，现已原样恢复为上一次的网站。`,
    en: `✗ Build failed; ${p.path} was moved aside and has been put back: it holds the previous site, unchanged.`,
  }),
  'outcome-missing': (p: MessageParams): Text => ({
    zh: `✗ 构建失败，且无法恢复：${p.path} 现在不存在。上一次的网站完好地保存在 ${p.previous}，请手动改回：mv ${p.previous} ${p.path}`,
    en: `✗ Build failed and could not be rolled back: ${p.path} does not exist now. The previous site is intact at ${p.previous}; put it back by hand: mv ${p.previous} ${p.path}`,
  }),
  'outcome-leftover': (p: MessageParams): Text => ({
    zh: `新网站已发布到 ${p.path}，但上一次的网站 ${p.previous} 未能删除完（${p.code}）。它不会被发布；请手动删除：chmod -R u+w ${p.previous} && rm -rf ${p.previous}（下次构建也会再试）。`,
    en: `The new site is published in ${p.path}, but the previous one at ${p.previous} could not be fully removed (${p.code}). It is not part of the site; remove it by hand: chmod -R u+w ${p.previous} && rm -rf ${p.previous} (the next build tries again too).`,
  }),
  'outcome-published': (p: MessageParams): Text => ({
    zh: `新网站此前已发布到 ${p.path}；上一次的网站可能还留在 ${p.previous}，下次构建会删除它。`,
    en: `The new site had already been published in ${p.path}; the previous one may remain at ${p.previous}, and the next build removes it.`,
  }),
  // facts: impossible facts, values that cannot be held exactly, values that belong in another field
  'year-out-of-range': (p: MessageParams): Text => ({
    zh: `${q(p.found)} 中的年份 ${p.year} 不在允许范围内：${p.max ? `年份须在 ${p.min} 年至 ${p.max} 年（明年）之间` : `目标的年份不能早于 ${p.min} 年`}。请核对原文。`,
    en: `The year ${p.year} in ${qe(p.found)} is out of range: ${p.max ? `years must be from ${p.min} to ${p.max} (next year)` : `a target's year cannot be before ${p.min}`}. Check the source.`,
  }),
  'date-after-build': (p: MessageParams): Text => ({
    zh: `日期 ${q(p.found)} 晚于今天（${p.today}）。文件不可能在将来发布：请核对日期。`,
    en: `The date ${qe(p.found)} is after today (${p.today}). A document cannot be published in the future: check the date.`,
  }),
  'actual-after-date': (p: MessageParams): Text => {
    const limitZh = p.limitKind === 'published' ? `报告的发布日期 ${p.limit}` : `今天（${p.limit}）`;
    const limitEn = p.limitKind === 'published' ? `the report's publication date ${p.limit}` : `today (${p.limit})`;
    const whatZh = p.defaulted ? `数据 ${q(p.figure)} 没有写 as_of，时点即报告年份 ${p.found}，` : `数据 ${q(p.figure)} 的时点 ${q(p.found)} `;
    const whatEn = p.defaulted ? `The figure ${qe(p.figure)} has no as_of, so it is dated by the report year ${p.found}, which is` : `The figure ${qe(p.figure)} is dated ${qe(p.found)},`;
    return {
      zh: `${whatZh}晚于${limitZh}。实际值不可能来自将来：请核对 as_of 或年份；计划或目标请写 status: target。`,
      en: `${whatEn} after ${limitEn}. An actual figure cannot come from the future: check as_of or the year; for a plan or goal write status: target.`,
    };
  },
  'parent-self': (p: MessageParams): Text => ({
    zh: `机构 ${q(p.found)} 的上级（parent）是它自己。请写它真正的上级机构，或删除 parent。`,
    en: `The bureau ${qe(p.found)} names itself as its parent. Name the bureau above it, or remove parent.`,
  }),
  'parent-cycle': (p: MessageParams): Text => ({
    zh: `上级机构形成了循环：${p.cycle}。机构不能是自己的上级的上级：请改正其中一个 parent。`,
    en: `The parents form a cycle: ${p.cycle}. A bureau cannot be above itself: correct one of these parents.`,
  }),
  'too-precise': (p: MessageParams): Text => ({
    zh: `数值 ${q(p.found)} 的有效数字超过 ${p.precision} 位，无法精确保存；数字绝不四舍五入，所以不予接受。请核对原文；原文确实如此时，请改用 unknown: { as_written: … } 记录原文。`,
    en: `The value ${qe(p.found)} has more than ${p.precision} significant digits and cannot be held exactly; figures are never rounded, so it is refused. Check the source; if it really says this, record it with unknown: { as_written: … }.`,
  }),
  'qualifier-in-value': (p: MessageParams): Text => ({
    zh: `数值 ${q(p.found)} 里写了限定词“${p.word}”。请只写数字，把“${p.word}”写成 qualifier：value: ${p.number}, qualifier: ${p.qualifier}。`,
    en: `The value ${qe(p.found)} contains the qualifier ${p.word}. Write the number alone and the qualifier separately: value: ${p.number}, qualifier: ${p.qualifier}.`,
  }),
  'range-in-value': (p: MessageParams): Text => ({
    zh: `数值 ${q(p.found)} 是一个区间。请把 value 改为 range，写成 range: [${p.low}, ${p.high}]。`,
    en: `The value ${qe(p.found)} is a range. Replace value with range: write range: [${p.low}, ${p.high}].`,
  }),
  'bad-build-date': (p: MessageParams): Text => ({
    zh: `环境变量 ANNALS_BUILD_DATE 的值 ${q(p.found)} 不是日期。请写成 YYYY-MM-DD，例如 2024-03-01，或不设置它（即以今天为准）。`,
    en: `The environment variable ANNALS_BUILD_DATE is ${qe(p.found)}, which is not a date. Write YYYY-MM-DD, e.g. 2024-03-01, or leave it unset (today is used).`,
  }),
  'feed-updated-future': (p: MessageParams): Text => ({
    zh: `提示：订阅源（feed.xml）的更新时间将是 ${p.found}，晚于今天（${p.today}），因为这份报告没有更早的发布日期。请填写 source.date（原文发布日期）。`,
    en: `Note: the feed's <updated> would be ${p.found}, later than today (${p.today}), because this report states no earlier publication date. Give source.date (the document's publication date).`,
  }),
  // Narratives as data: what the MDX parser finds that a narrative may not contain.
  'narrative-syntax': (p: MessageParams): Text => ({
    zh: `这里的 MDX 无法解析（${p.detail}）。${NARRATIVE_SYNTAX_HINTS[p.kind ?? '']?.zh ?? NARRATIVE_SYNTAX_HINTS.other!.zh}`,
    en: `The MDX cannot be parsed here (${p.detail}). ${NARRATIVE_SYNTAX_HINTS[p.kind ?? '']?.en ?? NARRATIVE_SYNTAX_HINTS.other!.en}`,
  }),
  'narrative-comment': (p: MessageParams): Text => ({
    zh: `叙述中不能写注释（${p.found}）：HTML 注释和 MDX 注释 {/* */} 都不可用。请删除；给其他编辑的备注请写在开头 --- 元数据块中以 # 开头的行里。`,
    en: `A narrative cannot contain comments (${p.found}): neither HTML comments nor MDX comments {/* */} are available. Delete it; notes for other editors go in the --- frontmatter block as lines starting with #.`,
  }),
  'narrative-expression': (p: MessageParams): Text => ({
    zh: `${q(`{${p.found}}`)} 是一段 JavaScript 表达式，叙述中不能运行代码。如果花括号只是文字，请改用全角 ｛｝ 或去掉括号（如“坚持一户一策”）；数字请用 <Figure id="…" />。`,
    en: `${qe(`{${p.found}}`)} is a JavaScript expression; a narrative cannot run code. If the braces are meant as text, write full-width ｛｝ or leave them out; for a number use <Figure id="…" />.`,
  }),
  'attribute-expression': (p: MessageParams): Text => ({
    zh: `<${p.component}> 的属性 ${p.attribute} 写成了 {…} 表达式。属性只能是带引号的文字，例如 ${p.attribute}="dibao-standard"。`,
    en: `The attribute ${p.attribute} of <${p.component}> is a {…} expression. Attributes must be quoted text, e.g. ${p.attribute}="dibao-standard".`,
  }),
  'attribute-spread': (p: MessageParams): Text => ({
    zh: `<${p.component}> 中不能写展开属性 {${p.found}}。请逐个写出带引号的属性，例如 <${p.component} ${p.example}="…" />。`,
    en: `<${p.component}> cannot take the spread attribute {${p.found}}. Write each attribute as quoted text, e.g. <${p.component} ${p.example}="…" />.`,
  }),
  'attribute-not-allowed': (p: MessageParams): Text => ({
    zh: `<${p.component}> ${p.reason === 'duplicate' ? `重复写了属性 ${p.found}，请只保留一个` : p.reason === 'no-value' ? `的属性 ${p.found} 没有值，请写成 ${p.found}="…"` : `没有属性 ${p.found}`}。它只接受：${p.allowed}。`,
    en: `<${p.component}> ${p.reason === 'duplicate' ? `has the attribute ${p.found} twice; keep one` : p.reason === 'no-value' ? `has the attribute ${p.found} without a value; write ${p.found}="…"` : `has no attribute ${p.found}`}. It takes only: ${p.allowed}.`,
  }),
  'raw-html': (p: MessageParams): Text => ({
    zh: `叙述中不能写 HTML 标签 <${p.found}>。${RAW_HTML_FIXES[p.found ?? '']?.zh ?? RAW_HTML_FIXES['']!.zh}`,
    en: `A narrative cannot contain the HTML tag <${p.found}>. ${RAW_HTML_FIXES[p.found ?? '']?.en ?? RAW_HTML_FIXES['']!.en}`,
  }),
  'markdown-not-allowed': (p: MessageParams): Text => ({
    zh: `叙述中不能使用${MARKDOWN_FIXES[p.found ?? '']?.nameZh ?? p.found}。${MARKDOWN_FIXES[p.found ?? '']?.zh ?? ''}`,
    en: `A narrative cannot contain ${MARKDOWN_FIXES[p.found ?? '']?.nameEn ?? p.found}. ${MARKDOWN_FIXES[p.found ?? '']?.en ?? ''}`,
  }),
  'bad-link-url': (p: MessageParams): Text => ({
    zh: `链接地址 ${q(p.found)} 不被允许。只可使用 https://、http://、mailto: 开头的地址、以 / 开头的站内路径或以 # 开头的页内锚点。`,
    en: `The link address ${qe(p.found)} is not allowed. Use an address starting with https://, http:// or mailto:, a site path starting with /, or an anchor starting with #.`,
  }),
  'component-children': (p: MessageParams): Text => ({
    zh: `<${p.component}> 不接受内容。请写成自闭合形式 <${p.component} ${p.example}="…" />，文字写在标签外面。`,
    en: `<${p.component}> takes no content. Write it self-closing, <${p.component} ${p.example}="…" />, with any text outside the tag.`,
  }),
  'chart-inline': (): Text => ({
    zh: '<Chart> 是一个图表块，必须单独成段：请把它放在单独一行，前后各空一行。',
    en: '<Chart> is a block: put it on a line of its own, with a blank line before and after.',
  }),
  // files: reading editors' files safely (src/lib/load/read-file.ts, limits.ts)
  'symlink': (p: MessageParams): Text => ({
    zh: `${q(p.found)} 是符号链接（快捷方式），Annals 不会读取它指向的内容。请删除这个链接，把真正的文件放在这里（复制文件本身，而不是链接）。`,
    en: `${qe(p.found)} is a symbolic link; Annals does not read what it points to. Delete the link and put the real file here (copy the file itself, not a link).`,
  }),
  'outside-project': (p: MessageParams): Text => ({
    zh: `${q(p.found)} 实际位于项目文件夹之外（路径中的某个文件夹是链接）。Annals 只读取项目内的文件：请把文件夹和文件复制进项目。`,
    en: `${qe(p.found)} actually lies outside the project folder (a folder on its path is a link). Annals reads only files inside the project: copy the folder and its files into the project.`,
  }),
  'not-a-file': (p: MessageParams): Text => ({
    zh: `${q(p.found)} 不是普通文件（可能是文件夹、管道或设备）。请删除它，或换成普通的文本文件。`,
    en: `${qe(p.found)} is not a regular file (it may be a folder, a pipe or a device). Delete it or replace it with a plain text file.`,
  }),
  'unreadable-file': (p: MessageParams): Text => ({
    zh: `无法读取 ${q(p.found)}（${p.reason}）。请检查文件权限（例如 chmod a+r ${p.found}）。`,
    en: `${qe(p.found)} cannot be read (${p.reason}). Check the file's permissions (e.g. chmod a+r ${p.found}).`,
  }),
  'not-utf8': (p: MessageParams): Text => ({
    zh: `${q(p.found)} 不是 UTF-8 编码，${p.encoding ? `看起来是 ${p.encoding}` : '无法判断其编码（中文 Windows 文件通常是 GB18030）'}；这里是第一个无法识别的字节。Annals 只读 UTF-8，否则页面会显示乱码。请转换：iconv -f ${p.from} -t UTF-8 ${p.found} > ${p.found}.utf8 && mv ${p.found}.utf8 ${p.found}；或在编辑器中“另存为”并选择编码 UTF-8（Windows 记事本：另存为 → 编码 → UTF-8）。`,
    en: `${qe(p.found)} is not UTF-8${p.encoding ? `; it looks like ${p.encoding}` : '; its encoding is unclear (files from Chinese Windows are usually GB18030)'}. This is the first byte that is not UTF-8. Annals reads UTF-8 only, or pages would show garbled text. Convert it: iconv -f ${p.from} -t UTF-8 ${p.found} > ${p.found}.utf8 && mv ${p.found}.utf8 ${p.found}; or "Save as" with the encoding UTF-8 in your editor (Windows Notepad: Save as → Encoding → UTF-8).`,
  }),
  'stray-byte': (p: MessageParams): Text => ({
    zh: `${q(p.found)} 是 UTF-8 文件，但这里的字符不是 UTF-8（常见于从其他编码的文件粘贴的文字，例如 Latin-1 的 é 或 GBK 的汉字）。请删除这个字符并重新输入；不要转换整个文件。`,
    en: `${qe(p.found)} is UTF-8, but the character here is not (text pasted from a file in another encoding, such as a Latin-1 é or a GBK character). Delete the character and type it again; do not convert the whole file.`,
  }),
  'control-character': (p: MessageParams): Text => ({
    zh: `这里有一个不可见的控制字符 ${p.found}。文件中只允许制表符、换行和回车：请删除它（它常来自复制粘贴或损坏的文件）。`,
    en: `There is an invisible control character ${p.found} here. Only tab, line feed and carriage return are allowed: delete it (it usually comes from copy and paste or a damaged file).`,
  }),
  'yaml-tab-indent': (p: MessageParams): Text => ({
    zh: `这一行用制表符（Tab）缩进${Number(p.count) > 1 ? `（本文件共有 ${p.count} 行如此，这是第一行）` : ''}。YAML 不允许用制表符缩进：请改用空格（每级两个空格），可在编辑器中把 Tab 设为插入空格。`,
    en: `This line is indented with a tab${Number(p.count) > 1 ? ` (${p.count} lines of this file are; this is the first)` : ''}. YAML forbids tabs for indentation: use spaces (two per level); set your editor to insert spaces for Tab.`,
  }),
  'yaml-alias-limit': (p: MessageParams): Text => ({
    zh: `这里的 YAML 别名（*名称）展开后超过 ${p.limit} 个，Annals 拒绝读取以免耗尽内存。请直接写出内容，不要用 & 和 * 引用。`,
    en: `The YAML aliases (*name) here expand to more than ${p.limit} nodes; Annals refuses them so memory cannot run out. Write the content out instead of using & and * references.`,
  }),
  'too-long': (p: MessageParams): Text => ({
    zh: `${q(p.key)} 有 ${p.length} 个字符，超过此类字段（${p.kind}）的上限 ${p.limit}。请缩短它（上限见 docs/data-format.md）。`,
    en: `${qe(p.key)} is ${p.length} characters long, over the limit of ${p.limit} for this kind of field (${p.kind}). Shorten it (limits are in docs/data-format.md).`,
  }),
  'line-too-long': (p: MessageParams): Text => ({
    zh: `这一行有 ${p.length} 个字符，超过叙述每行（段落）的上限 ${p.limit}。请把它分成几个段落（段落之间空一行）。`,
    en: `This line is ${p.length} characters long, over the limit of ${p.limit} for a narrative line (paragraph). Split it into paragraphs (a blank line between them).`,
  }),
  'internal-error': (p: MessageParams): Text => ({
    zh: `Annals 内部错误：${p.detail}。这不是您数据的问题，请把这条信息报告给维护者。`,
    en: `Annals internal error: ${p.detail}. This is not a problem in your data; please report this message to the maintainers.`,
  }),
  'bad-option': (p: MessageParams): Text => ({
    zh: `命令参数有误：${p.detail}。请检查命令的写法（见 README.md）。`,
    en: `Invalid command-line option: ${p.detail}. Check the command (see README.md).`,
  }),
  'file-access': (p: MessageParams): Text => ({
    zh: `无法访问 ${q(p.found)}（${p.reason}）。请检查该路径是否存在以及文件权限。`,
    en: `Cannot access ${qe(p.found)} (${p.reason}). Check that the path exists and its permissions.`,
  }),
  // Warnings (non-blocking; shown on their page by `npm run dev`, never in a build)
  'unchecked-change': (p: MessageParams): Text => ({
    zh: `变化 ${q(p.found)} 无法核对：${p.previousYear} 年的报告中没有同一指标的实际数值，也没有写 from（上年数值）。如原文给出了上年数值，请加上 from: …。`,
    en: `The change ${qe(p.found)} cannot be checked: no ${p.previousYear} report gives an actual value for this indicator, and there is no "from" (last year's value). If the source states last year's value, add from: ….`,
  }),
  'figure-not-in-narrative': (p: MessageParams): Text => ({
    zh: `数据 ${q(p.found)} 没有被任何叙述引用，读者只能在数据表中看到它。如正文谈到它，请在那里写 <Figure id="${p.found}" />。`,
    en: `No narrative cites the figure ${qe(p.found)}, so readers meet it only in the table of figures. If the text talks about it, write <Figure id="${p.found}" /> there.`,
  }),
  // Traditional edition: data/hant-exceptions.yaml (src/lib/load/hant-exceptions.ts)
  'hant-term-no-han': (p: MessageParams): Text => ({
    zh: `例外词 ${q(p.found)} 不含汉字，繁体转换本来就不会改动它。请删除这一条，或写成简体原文中的词语。`,
    en: `The exception ${qe(p.found)} has no Chinese characters, so conversion to Traditional never changes it. Delete the entry, or write the term as the Simplified text has it.`,
  }),
  'hant-term-duplicate': (p: MessageParams): Text => ({
    zh: `例外词 ${q(p.found)} 重复列出。请删除重复的一条。`,
    en: `The exception ${qe(p.found)} is listed twice. Delete the repeated entry.`,
  }),
  // Statistics as published (issue 11): sources, alternatives, revisions, status, changes, units
  'unknown-source-kind': (p: MessageParams): Text => ({
    zh: `来源种类 ${q(p.found)} 无法识别。请写 official-bulletin（官方公报）、yearbook（统计年鉴）、news-report（转引官方来源的新闻报道）或 other（其他）之一。`,
    en: `The source kind ${qe(p.found)} is not known. Write one of official-bulletin, yearbook, news-report (a news report quoting an official source) or other.`,
  }),
  'bad-change-points': (p: MessageParams): Text => ({
    zh: `点数变化 ${q(p.found)} 不是数字。请只写点数，例如“提高2个百分点”写 points: "2"，方向写在 direction。`,
    en: `The point change ${qe(p.found)} is not a number. Write the points only, e.g. "up 2 percentage points" is points: "2", with the sign in direction.`,
  }),
  'points-kind': (p: MessageParams): Text => ({
    zh: `指标 ${q(p.indicator)} 的种类是 ${p.kind}，不能有点数变化（points: ${p.found}）。百分点只用于 rate，千分点只用于 per-thousand；数量的增减请写 amount（例如 amount: 3.2万），相对变化写 reported（例如 "7.6%"）。`,
    en: `The indicator ${qe(p.indicator)} is of kind ${p.kind}, so it cannot have a point change (points: ${p.found}). Percentage points are for rate, per-mille points for per-thousand; write an absolute change as amount (e.g. amount: 3.2万) and a relative one as reported (e.g. "7.6%").`,
  }),
  'amount-kind': (p: MessageParams): Text => ({
    zh: `指标 ${q(p.indicator)} 的种类是 ${p.kind}，不能有绝对量变化（amount: ${p.found}）。${p.kind === 'ratio' ? '比例的变化请写在 note 中。' : '比率的变化请写成点数：points（百分点或千分点）。'}`,
    en: `The indicator ${qe(p.indicator)} is of kind ${p.kind}, so it cannot have an absolute change (amount: ${p.found}). ${p.kind === 'ratio' ? 'Describe a change of a ratio in note.' : 'Write a change of a rate in points (percentage or per-mille points).'}`,
  }),
  'method-missing': (p: MessageParams): Text => ({
    zh: `数据 ${q(p.figure)} 标为 derived（推算），但没有说明如何计算。请加上 method: { zh: …, en: … }，例如“由各季度数据相加”。`,
    en: `The figure ${qe(p.figure)} is marked derived but does not say how it was computed. Add method: { zh: …, en: … }, e.g. "sum of the quarterly figures".`,
  }),
  'method-without-status': (p: MessageParams): Text => ({
    zh: `method 只用于 derived（推算）或 estimated（估计）的数据，这里的 status 是 ${q(p.found)}。请改正 status，或删除 method。`,
    en: `method belongs to a derived or estimated figure, but status is ${qe(p.found)}. Correct status, or delete method.`,
  }),
  'per-kind': (p: MessageParams): Text => ({
    zh: `per（计算周期）只用于金额标准（amount）或平均数（average），指标 ${q(p.indicator)} 的种类是 ${p.kind}。请删除 per。`,
    en: `per (the period) is for money standards (amount) and averages (average), but the indicator ${qe(p.indicator)} is of kind ${p.kind}. Delete per.`,
  }),
  'measure-word-kind': (p: MessageParams): Text => ({
    zh: `measure_word（量词）只用于数量（count）指标，指标 ${q(p.indicator)} 的种类是 ${p.kind}。请删除 measure_word。`,
    en: `measure_word is for count indicators, but the indicator ${qe(p.indicator)} is of kind ${p.kind}. Delete measure_word.`,
  }),
  'alternative-same': (p: MessageParams): Text => ({
    zh: `其他来源的数值 ${q(p.found)} 与公布值 ${q(p.value)} 相同，不是不同的数值。请删除这一条；如需注明该来源也给出同一数值，请写在 note 中。`,
    en: `The alternative value ${qe(p.found)} equals the published value ${qe(p.value)}, so it is no alternative. Delete the entry; to say that source gives the same value, write it in note.`,
  }),
  'revision-before-report': (p: MessageParams): Text => ({
    zh: `修订日期 ${p.found} 早于报告（或该数据来源）的发布日期 ${p.published}：尚未发布的数值不能被修订。请检查日期：date 是更正的日期。`,
    en: `The revision date ${p.found} is before the publication date of the report (or of the figure's source), ${p.published}: a value cannot be corrected before it is published. Check the date: date is the day of the correction.`,
  }),
  'revision-order': (p: MessageParams): Text => ({
    zh: `修订日期 ${p.found} 早于上一条修订的日期 ${p.previous}。revisions 请按时间从早到晚排列。`,
    en: `The revision date ${p.found} is before the previous revision's date, ${p.previous}. List revisions oldest first.`,
  }),
  'unit-scale': (p: MessageParams): Text => ({
    zh: `单位 ${q(p.found)} 含有数量级“${p.scale}”，但数值 ${q(p.value)} 没有。请把数量级写进数值：value: ${p.value}${p.scale}（单位可写 ${q(p.found)} 或 ${q(p.unit)}）。`,
    en: `The unit ${qe(p.found)} holds the scale word ${p.scale}, but the value ${qe(p.value)} does not. Write the scale word in the value: value: ${p.value}${p.scale} (the unit may then be ${qe(p.found)} or ${qe(p.unit)}).`,
  }),
  'change-points-mismatch': (p: MessageParams): Text => ({
    zh: `点数变化 ${q(p.found)} 与数值不符：${p.basisZh}，相差 ${p.computed} 个点。请核对原文的点数、方向（direction）和两个数值。`,
    en: `The point change ${qe(p.found)} does not match the values: ${p.basisEn}, a difference of ${p.computed} points. Check the source's points, the direction and both values.`,
  }),
  'change-amount-mismatch': (p: MessageParams): Text => ({
    zh: `增减量 ${q(p.found)} 与数值不符：${p.basisZh}，相差 ${p.computed}。请核对原文的增减量、方向（direction）和两个数值。`,
    en: `The absolute change ${qe(p.found)} does not match the values: ${p.basisEn}, a difference of ${p.computed}. Check the source's amount, the direction and both values.`,
  }),
  'unchecked-changes-summary': (p: MessageParams): Text => ({
    zh: `${p.count} 项变化无法核对（上一年没有可比的报告数值，页面注明变化的比较基准）：${p.list}`,
    en: `${p.count} changes could not be checked (no earlier report value to compare; pages say what each is relative to): ${p.list}`,
  }),
} satisfies Record<string, (params: MessageParams) => Text>;

export type MessageCode = keyof typeof MESSAGES;
