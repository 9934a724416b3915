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

/** Words naming a document's genre: a heading that carries one is the document's own title. */
const GENRE = /(总结|报告|公报|计划|规划|情况|通报|讲话|要点|方案|意见|通知|决定|年鉴|报表|月报|季报|年报|汇报|综述|简报|安排|纪要|办法|细则|公告|举措|成效)/;
/** Outline points and section numbers: parts of a document, never its title. */
const OUTLINE = /^([一二三四五六七八九十]+是|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、．]|●|目录|提纲)/;
const DATED = /(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]|^[•·\s]*\d{1,2}\/\d{1,2}\s*$/;

/**
 * The report's title, as the index of its line in `lines`, or -1. Looked for before the
 * body starts (the first line that is a long sentence), so outline lists and page
 * furniture before it are passed over. A candidate is a short line without sentence
 * punctuation that is not an outline point; it is the title when it names a genre
 * (…工作总结, …情况报告, …统计公报), or, a news headline, when a dateline or date follows
 * it within four lines of the input (`datedAfter`). Table rows never reach here.
 */
export function findTitleLine(lines: ReadonlyArray<{ text: string; line?: number }>, datedAfter: (line: number) => boolean = () => false): number {
  for (let index = 0; index < Math.min(lines.length, 60); index += 1) {
    const text = (lines[index]?.text ?? '').trim();
    if (/[。；;！!]/.test(text) && text.length > 30) return -1; // the body has started
    if (text.length < 5 || text.length > 60) continue;
    if (/[。；;，,、:：]$/.test(text) || /[。；;]/.test(text) || OUTLINE.test(text)) continue;
    const cjk = text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
    if ((GENRE.test(text) || /(表|清单|台账)$/.test(text)) && cjk >= 4 && !/[，,]/.test(text)) return index;
    if (cjk >= 6 && lines[index]?.line !== undefined && datedAfter(lines[index]?.line ?? 0)) return index;
  }
  return -1;
}

/** A line of the input is followed within four lines by a date (a dateline, a lone date). */
export function datedAfterIn(texts: readonly string[]): (line: number) => boolean {
  return (line) => texts.slice(line, line + 4).some((text) => DATED.test(text.trim()));
}
