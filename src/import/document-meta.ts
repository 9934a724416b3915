/**
 * What the page around a report says about it: the 政府信息公开 disclosure block
 * (索引号, 主题分类, 生成日期 …), the publication date and source of a dateline, and the
 * title. Read from the (simplified) lines before cleaning drops them as furniture.
 */

export interface Disclosure {
  index_no?: string;
  topic?: { zh: string; en?: string };
  date?: string;
  doc_no?: string;
  validity?: 'valid' | 'invalid';
  scope?: 'public';
  manner?: 'proactive' | 'on-request';
  /** 发布机构, shown for review only (the bureau comes from --bureau). */
  publisher?: string;
}

export interface DocumentMeta {
  disclosure: Disclosure;
  disclosureLines: number[];
  /** Publication date (YYYY-MM-DD) and the line it was read from. */
  published?: { date: string; line: number };
  /** "来源：公益时报", "(据重庆市人民政府网站)": where the page took the report from. */
  via?: { text: string; line: number };
}

const LABELS = ['索引号', '主题分类', '发布机构', '生成日期', '发文日期', '文件编号', '文号', '有效性', '公开范围', '公开方式'] as const;
type Label = (typeof LABELS)[number];
const LABEL_PATTERN = new RegExp(`(${LABELS.join('|')})\\s*[:：]`, 'g');

/** English names of the 主题分类 values that come up; anything else is left to the editor. */
const TOPIC_EN: Record<string, string> = {
  综合政务: 'General government affairs',
  民政: 'Civil affairs',
  '民政、扶贫、救灾': 'Civil affairs, poverty relief and disaster relief',
  社会保障: 'Social security',
  社会保障就业: 'Social security and employment',
  城乡建设: 'Urban and rural development',
};

/** Splits "索引号: s224672--2023-0055 主题分类: 综合政务" into label → value. */
function readLabelledValues(text: string): Map<Label, string> {
  const values = new Map<Label, string>();
  const matches = [...text.matchAll(LABEL_PATTERN)];
  matches.forEach((match, index) => {
    const start = (match.index ?? 0) + match[0].length;
    const end = matches[index + 1]?.index ?? text.length;
    values.set(match[1] as Label, text.slice(start, end).trim());
  });
  return values;
}

export function readDocumentMeta(lines: ReadonlyArray<{ line: number; text: string }>): DocumentMeta {
  const meta: DocumentMeta = { disclosure: {}, disclosureLines: [] };
  const disclosure = meta.disclosure;
  for (const { line, text } of lines) {
    const values = readLabelledValues(text);
    if (values.size > 0) meta.disclosureLines.push(line);
    for (const [label, value] of values) {
      switch (label) {
        case '索引号':
          if (value) disclosure.index_no = value;
          break;
        case '主题分类':
          if (value) disclosure.topic = { zh: value, ...(TOPIC_EN[value] && { en: TOPIC_EN[value] }) };
          break;
        case '发布机构':
          if (value) disclosure.publisher = value;
          break;
        case '生成日期':
        case '发文日期': {
          const date = /^(\d{4}-\d{2}-\d{2})(\s+\d{2}:\d{2})?/.exec(value);
          if (date) {
            disclosure.date = `${date[1]}${date[2] ? ` ${date[2].trim()}` : ''}`;
            meta.published ??= { date: date[1] ?? '', line };
          }
          break;
        }
        case '文件编号':
        case '文号':
          disclosure.doc_no = value;
          break;
        case '有效性':
          if (/有效/.test(value) && !/失效|无效/.test(value)) disclosure.validity = 'valid';
          else if (/失效|无效|废止/.test(value)) disclosure.validity = 'invalid';
          break;
        case '公开范围':
          if (/面向全社会|社会/.test(value)) disclosure.scope = 'public';
          break;
        case '公开方式':
          if (/主动/.test(value)) disclosure.manner = 'proactive';
          else if (/依申请/.test(value)) disclosure.manner = 'on-request';
          break;
      }
    }
    // A news dateline: "2017-05-31 来源 :公益时报 作者 :".
    const dateline = /(\d{4}-\d{2}-\d{2})[^。]*来源\s*[:：]\s*([^\s?？]+)/.exec(text);
    if (dateline) {
      meta.published ??= { date: dateline[1] ?? '', line };
      meta.via ??= { text: (dateline[2] ?? '').trim(), line };
    }
    // "发布时间：2024-01-15": a page's date line without a source.
    const posted = /(发布时间|发布日期|发稿时间|日期)\s*[:：]\s*(\d{4}-\d{2}-\d{2})/.exec(text);
    if (posted) meta.published ??= { date: posted[2] ?? '', line };
    const credit = /^[（(]据(.+?)[)）]$/.exec(text.trim());
    if (credit) meta.via = { text: credit[1] ?? '', line };
  }
  return meta;
}

/** "《民政局养老服务体系建设情况汇报材料.doc》由会员分享": the file name a sharing site shows. */
export function titleFromSharedFileName(text: string): string | undefined {
  return /《([^》]+?)\.(?:docx?|pdf|wps)》/.exec(text)?.[1];
}

/**
 * The report's title: the first line that reads like one (short, no full stop, not a
 * heading number). Returns its index in `lines`.
 */
export function findTitleLine(lines: ReadonlyArray<{ text: string }>): number {
  for (let index = 0; index < Math.min(lines.length, 8); index += 1) {
    const text = (lines[index]?.text ?? '').trim();
    if (text.length < 6 || text.length > 60) continue;
    if (/[。；;]/.test(text) || /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.、．]|●)/.test(text)) continue;
    if ((text.match(/[\u4e00-\u9fff]/g)?.length ?? 0) < 6) continue;
    return index;
  }
  return -1;
}
