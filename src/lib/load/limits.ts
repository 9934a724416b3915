/**
 * Upper bounds on what an editor's file may hold, in one place (documented in
 * docs/data-format.md, "Limits"). They keep a mistaken paste or a hostile file from
 * stalling validation, the build or search indexing, and each breach is a located error.
 */
import { isCollection, isPair, isScalar, type Document, type Node } from 'yaml';

/** Characters per field, by kind of field. Keys of every mapping count as ids. */
export const FIELD_LIMITS = {
  /** Figure, bureau and indicator ids; every mapping key. */
  id: 80,
  /** Values, ranges, dates, codes and enumerations: short by nature. */
  value: 100,
  /** Names, short names, labels, units, publishers, 文号, where a figure stands. */
  name: 200,
  /** A figure the source does not state legibly, as written. */
  as_written: 200,
  /** Source and narrative titles. */
  title: 300,
  /** Notes, definitions, summaries. */
  text: 2000,
  url: 2000,
  /** Any field not listed below. */
  other: 500,
} as const;

export type FieldKind = keyof typeof FIELD_LIMITS;

/** Characters per line of a narrative: a line is a paragraph, and search indexes each. */
export const NARRATIVE_LINE_LIMIT = 10_000;

/** Nodes YAML aliases (*name) may expand to: beyond it a file is an "alias bomb". */
export const YAML_ALIAS_LIMIT = 100;

const KIND_OF_FIELD: Record<string, FieldKind> = {
  bureau: 'id', indicator: 'id', parent: 'id',
  value: 'value', range: 'value', from: 'value', reported: 'value', as_of: 'value', date: 'value', year: 'value',
  region_code: 'value', level: 'value', kind: 'value', status: 'value', qualifier: 'value', direction: 'value',
  validity: 'value', scope: 'value', manner: 'value', undated: 'value', fictional: 'value',
  points: 'value', amount: 'value', basis: 'value', per: 'value', measure_word: 'name',
  method: 'text', reason: 'text',
  name: 'name', short: 'name', label: 'name', unit: 'name', publisher: 'name', via: 'name', where: 'name',
  index_no: 'name', doc_no: 'name', topic: 'name',
  as_written: 'as_written',
  title: 'title',
  note: 'text', definition: 'text', summary: 'text', year_note: 'text',
  url: 'url',
};

export interface TooLong {
  node: Node;
  /** Dotted path of the field, as issues name it. */
  field: string;
  key: string;
  kind: FieldKind;
  length: number;
}

/**
 * Every scalar (key or value) longer than its kind allows. Walks the document with a
 * stack, not recursion, so no nesting depth can overflow it; aliases are not followed.
 */
export function tooLongFields(document: Document.Parsed): TooLong[] {
  const found: TooLong[] = [];
  const stack: Array<{ node: unknown; path: string[] }> = [{ node: document.contents, path: [] }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, path } = item;
    if (isScalar(node)) {
      const text = String(node.value ?? '');
      const named = path.filter((part) => part !== 'zh' && part !== 'en' && !/^\d+$/.test(part)).at(-1) ?? '';
      const kind = KIND_OF_FIELD[named] ?? 'other';
      if (text.length > FIELD_LIMITS[kind]) found.push({ node, field: path.join('.'), key: path.at(-1) ?? '', kind, length: text.length });
    } else if (isCollection(node)) {
      node.items.forEach((entry, index) => {
        if (!isPair(entry)) return stack.push({ node: entry, path: [...path, String(index)] });
        const key = isScalar(entry.key) ? String(entry.key.value ?? '') : '';
        if (isScalar(entry.key) && key.length > FIELD_LIMITS.id) {
          found.push({ node: entry.key, field: [...path, key.slice(0, 40)].join('.'), key: `${key.slice(0, 40)}…`, kind: 'id', length: key.length });
        }
        return stack.push({ node: entry.value, path: [...path, key.slice(0, 80)] });
      });
    }
  }
  return found;
}
