/** Messages: Narratives as data: what the MDX parser finds that a narrative may not contain. */
import { type MessageParams, type Text, type Catalogue, q, qe } from './text.ts';

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

export const NARRATIVE_MESSAGES = {
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
} satisfies Catalogue;
