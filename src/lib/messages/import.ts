/** Messages: Importer input formats and spreadsheet import (src/import/formats/, src/import/sheet-figures/) */
import { type MessageParams, type Text, type Catalogue, q, qe } from './text.ts';

export const IMPORT_MESSAGES = {
  'import-file-too-large': (p: MessageParams): Text => ({
    zh: `${q(p.found)} 有 ${p.size} 字节，超过导入文件的上限 ${p.limit} 字节。请确认选对了文件；如是带大量图片的 PDF 或 Word，请另存为只含文字的版本再导入。`,
    en: `${qe(p.found)} is ${p.size} bytes, over the import limit of ${p.limit} bytes. Check it is the right file; for a PDF or Word file full of pictures, save a text-only version and import that.`,
  }),
  'import-format-unknown': (p: MessageParams): Text => ({
    zh: `无法导入 ${q(p.found)}：不支持扩展名 ${q(p.extension)}。可导入 .txt、.html/.htm、.docx、.pdf、.xlsx、.csv；旧版 .doc/.xls 请先在 Word/Excel 或 LibreOffice 中另存为 .docx/.xlsx。`,
    en: `Cannot import ${qe(p.found)}: the extension ${qe(p.extension)} is not supported. Import .txt, .html/.htm, .docx, .pdf, .xlsx or .csv; save an old .doc/.xls as .docx/.xlsx in Word/Excel or LibreOffice first.`,
  }),
  'import-file-unreadable': (p: MessageParams): Text => ({
    zh: `无法把 ${q(p.found)} 当作 ${p.format} 文件读取（${p.reason}）。文件可能已损坏、加密，或扩展名与内容不符。请用 Word/Excel/浏览器打开确认，再另存为一份新的 ${p.format} 文件后导入。`,
    en: `${qe(p.found)} cannot be read as a ${p.format} file (${p.reason}). It may be damaged, encrypted, or not what its extension says. Open it in Word/Excel/a browser to check, save a fresh ${p.format} copy and import that.`,
  }),
  'import-archive-too-large': (p: MessageParams): Text => ({
    zh: `${q(p.found)} 解压后会有 ${p.size} 字节（或压缩比异常），超过上限 ${p.limit}，可能是“压缩炸弹”。未读取。请确认文件来源；正常的 .docx/.xlsx 远小于此。`,
    en: `${qe(p.found)} would unpack to ${p.size} bytes (or packs unusually tightly), over the limit of ${p.limit}: possibly a zip bomb. It was not read. Check where the file came from; an ordinary .docx/.xlsx is far smaller.`,
  }),
  'import-no-text': (p: MessageParams): Text => ({
    zh: `${q(p.found)} 中没有可读取的文字（${p.format}）。扫描件 PDF 只有图片：请先做文字识别（OCR）或找到原始文档。`,
    en: `${qe(p.found)} holds no readable text (${p.format}). A scanned PDF holds only pictures: run text recognition (OCR) first, or find the original document.`,
  }),
  'sheet-missing-column': (p: MessageParams): Text => ({
    zh: `数据表的表头缺少 ${q(p.found)} 列。数据表每行一个数据，必须有 bureau（机构）、year（年度）、indicator（指标）、value（数值）四列；列名见 docs/importer.md。`,
    en: `The table's header has no ${qe(p.found)} column. A table of figures, one per row, needs the columns bureau, year, indicator and value; the column names are in docs/importer.md.`,
  }),
  'sheet-unknown-column': (p: MessageParams): Text => ({
    zh: `表头 ${q(p.found)} 不是已知的列名，这一列不会被读取。请改成 docs/importer.md 列出的列名之一（中英文均可），或删除这一列。`,
    en: `The header ${qe(p.found)} names no known column, so the column would not be read. Rename it to one of the columns in docs/importer.md (English or Chinese), or delete it.`,
  }),
  'sheet-empty-cell': (p: MessageParams): Text => ({
    zh: `这一行的 ${p.column} 是空的。每一行都要写明机构、年度、指标和数值，否则无法确定它属于哪份报告；请填写，或删除这一行。`,
    en: `This row has no ${p.column}. Every row needs its bureau, year, indicator and value to be filed under a report; fill it in, or delete the row.`,
  }),
  'sheet-bad-id': (p: MessageParams): Text => ({
    zh: `${p.column} 写的是 ${q(p.found)}，但这里要写编号：小写英文字母、数字和连字符，例如 eldercare-beds（指标编号见 data/indicators/，机构编号见 data/bureaus.yaml）。`,
    en: `The ${p.column} is ${qe(p.found)}, but an id is expected here: lower-case letters, digits and hyphens, such as eldercare-beds (indicator ids are in data/indicators/, bureau ids in data/bureaus.yaml).`,
  }),
  'sheet-unknown-bureau': (p: MessageParams): Text => ({
    zh: `data/bureaus.yaml 中没有机构 ${q(p.found)}。请检查拼写，或先用 npm run new 添加这个机构。`,
    en: `There is no bureau ${qe(p.found)} in data/bureaus.yaml. Check the spelling, or add the bureau first (npm run new).`,
  }),
  'sheet-bad-year': (p: MessageParams): Text => ({
    zh: `年度 ${q(p.found)} 不是年份。请写报告所讲的工作年度，四位数字，例如 2023。`,
    en: `The year ${qe(p.found)} is not a year. Write the work year the report is about, four digits, such as 2023.`,
  }),
  'sheet-bad-qualifier': (p: MessageParams): Text => ({
    zh: `限定词 ${q(p.found)} 无法识别。请写 over（余/多/以上/超过）、under（不到/不足）、about（约/左右）、nearly（近）、up-to（最高）或 at-least（至少/不低于）。`,
    en: `The qualifier ${qe(p.found)} is not recognised. Write over (余/多/以上/超过), under (不到/不足), about (约/左右), nearly (近), up-to (最高) or at-least (至少/不低于).`,
  }),
  'sheet-bad-change': (p: MessageParams): Text => ({
    zh: `变化 ${q(p.found)} 无法识别。请照原文写一个变化：增长7.6%（相对变化）、提高2个百分点（百分点）或减少3.2万（绝对变化）。`,
    en: `The change ${qe(p.found)} is not recognised. Write one change as the source does: 增长7.6% (relative), 提高2个百分点 (points) or 减少3.2万 (absolute).`,
  }),
  'sheet-note-one-language': (p: MessageParams): Text => ({
    zh: `备注只有一种语言。网站是双语的：请同时填写 ${p.column} 列，或把这一格也清空。`,
    en: `The note is in one language only. The site is bilingual: fill in the ${p.column} column too, or clear this cell as well.`,
  }),
  'sheet-duplicate-figure': (p: MessageParams): Text => ({
    zh: `同一份报告中已有数据 ${q(p.found)}（见 ${p.first}）。同一指标在一份报告中出现多次时（实际值和目标值等），请在 id 列给每一行一个不同的编号。`,
    en: `The report already has the figure ${qe(p.found)} (see ${p.first}). When one indicator appears several times in a report (an actual value and a target…), give each row its own id in the id column.`,
  }),
  'sheet-no-figures': (): Text => ({
    zh: '数据表有表头，但下面没有任何数据行。请每行填写一个数据，或检查是否选错了工作表。',
    en: 'The table has a header but no rows of figures below it. Write one figure per row, or check that this is the right sheet.',
  }),
} satisfies Catalogue;
