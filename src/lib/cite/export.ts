/**
 * A report or indicator page for reference managers (Zotero, EndNote, JabRef), in three
 * formats, all written from the same CitedWork (work.ts) so they agree with the page:
 *
 *  - CSL-JSON (Citation Style Language 1.0.2 schema, csl-data.json): an array of one item;
 *    `author` as `{ literal }` so an organisation is never split into given/family names.
 *  - RIS (the RIS format as EndNote and Zotero read it): `TAG  - value` lines, CRLF, `ER  - ` last.
 *  - BibTeX (English page only): @techreport for a report, @misc for a data set; the
 *    organisation in double braces (one name, never "Bureau, Civil Affairs"); LaTeX's
 *    special characters escaped in every field but `url`.
 *
 * No access date is written (a reference manager records its own), so the files are the
 * same bytes for the same data. Shapes and examples: docs/citations.md.
 */
import { HTML_LANG } from '../../i18n/index.ts';
import type { CitedWork } from './work.ts';

export type CitationFormat = 'ris' | 'csl' | 'bib';

export const CITATION_MEDIA_TYPES: Record<CitationFormat, string> = {
  ris: 'application/x-research-info-systems',
  csl: 'application/vnd.citationstyles.csl+json',
  bib: 'application/x-bibtex',
};

export interface CslItem {
  id: string;
  type: 'report' | 'dataset';
  title: string;
  author: Array<{ literal: string }>;
  issued?: { 'date-parts': [number[]] };
  publisher: string;
  URL: string;
  language: string;
  genre?: string;
}

function dateParts(date: string): number[] {
  return date.split('-').map(Number);
}

function publisherOf(work: CitedWork): string {
  return work.kind === 'dataset' ? work.siteName : work.author;
}

/** One CSL-JSON item; `id` doubles as the BibTeX key. */
export function cslItem(work: CitedWork, id: string): CslItem {
  return {
    id,
    type: work.kind === 'dataset' ? 'dataset' : 'report',
    title: work.part ? `${work.title}: ${work.part}` : work.title,
    author: [{ literal: work.author }],
    ...(work.published && { issued: { 'date-parts': [dateParts(work.published)] as [number[]] } }),
    publisher: publisherOf(work),
    URL: work.url,
    language: HTML_LANG[work.lang],
    ...(work.kind === 'dataset' && { genre: work.lang === 'zh' ? '数据集' : 'Data set' }),
  };
}

export function toCslJson(work: CitedWork, id: string): string {
  return `${JSON.stringify([cslItem(work, id)], null, 2)}\n`;
}

/** A RIS value is one line: line breaks and runs of spaces become one space. */
function risValue(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function toRis(work: CitedWork, id: string): string {
  const lines: Array<[string, string]> = [
    ['TY', work.kind === 'dataset' ? 'DATA' : 'RPRT'],
    ['ID', id],
    ['TI', cslItem(work, id).title],
    ['AU', work.author],
    ...(work.published ? [['PY', work.published.slice(0, 4)] as [string, string], ['DA', work.published.replaceAll('-', '/')] as [string, string]] : []),
    ['PB', publisherOf(work)],
    ['UR', work.url],
    ['LA', HTML_LANG[work.lang]],
    ['ER', ''],
  ];
  return `${lines.map(([tag, value]) => `${tag}  - ${risValue(value)}`).join('\r\n')}\r\n`;
}

const LATEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '%': '\\%', '&': '\\&', $: '\\$', '#': '\\#', _: '\\_', '^': '\\^{}', '~': '\\~{}',
};

/** A field's text with LaTeX's special characters escaped and line breaks collapsed. */
export function latexEscape(text: string): string {
  return risValue(text).replace(/[\\{}%&$#_^~]/g, (character) => LATEX_SPECIAL[character] ?? character);
}

const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function toBibtex(work: CitedWork, id: string): string {
  const item = cslItem(work, id);
  const [year, month] = work.published?.split('-') ?? [];
  const fields: Array<[string, string]> = [
    ['author', `{{${latexEscape(work.author)}}}`],
    // Double braces keep the title's capitals as written.
    ['title', `{{${latexEscape(item.title)}}}`],
    [work.kind === 'dataset' ? 'howpublished' : 'institution', `{${latexEscape(publisherOf(work))}}`],
    // @techreport's own label is "Technical Report"; these are a bureau's reports.
    ...(work.kind === 'dataset' ? [] : [['type', '{Report}'] as [string, string]]),
    ...(year ? [['year', `{${year}}`] as [string, string]] : []),
    ...(month ? [['month', BIB_MONTHS[Number(month) - 1] ?? `{${month}}`] as [string, string]] : []),
    ...(work.published ? [['date', `{${work.published}}`] as [string, string]] : []),
    ['url', `{${work.url}}`],
    ['language', `{${work.lang === 'zh' ? 'chinese' : 'english'}}`],
    ...(work.kind === 'dataset' ? [['note', '{Data set}'] as [string, string]] : []),
  ];
  const type = work.kind === 'dataset' ? 'misc' : 'techreport';
  return `@${type}{${id},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}\n`;
}
