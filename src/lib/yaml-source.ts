/**
 * YAML read with positions. Astro's own YAML loading reports errors at file:0:0, stops at
 * the first, and turns syntax errors into an empty collection; ours keeps a LineCounter so
 * every problem, syntactic or not, can name its line and column.
 *
 * The failsafe schema keeps every scalar a string: `855` stays "855", `2023-03-17` stays a
 * string and `"360102"` keeps its leading digits. Exactness is decided by our parsers, not
 * by YAML's number rules.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Issue } from './issues.ts';

export interface YamlSource {
  /** Display path, relative to the site root. */
  file: string;
  document: Document.Parsed;
  lineCounter: LineCounter;
  /** Added to every line: frontmatter starts one line into an MDX file. */
  lineOffset: number;
}

export interface Position {
  line: number;
  column: number;
}

export interface LoadedYaml {
  source: YamlSource;
  /** The plain data, or undefined when the syntax was too broken to read. */
  data: unknown;
  issues: Issue[];
}

export function parseYaml(text: string, file: string, lineOffset = 0): LoadedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, schema: 'failsafe', uniqueKeys: true, prettyErrors: false });
  const source: YamlSource = { file, document, lineCounter, lineOffset };
  const issues: Issue[] = document.errors.map((error): Issue => {
    const position = positionAt(source, error.pos[0]);
    if (error.code === 'DUPLICATE_KEY') {
      return { file, ...position, field: '', code: 'duplicate-key', params: { key: duplicateKeyAt(text, error.pos[0]) } };
    }
    return { file, ...position, field: '', code: 'yaml-syntax', params: { detail: firstLine(error.message) } };
  });
  const hasSyntaxErrors = issues.some((issue) => issue.code === 'yaml-syntax');
  return { source, data: hasSyntaxErrors ? undefined : document.toJS(), issues };
}

export function positionAt(source: YamlSource, offset: number): Position {
  const { line, col } = source.lineCounter.linePos(offset);
  return { line: line + source.lineOffset, column: col };
}

/**
 * Where a field stands. `key: true` points at the key (for unknown fields); otherwise the
 * value, falling back to the nearest existing ancestor for a missing field.
 */
export function locate(source: YamlSource, path: readonly PropertyKey[], key = false): Position {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const parentPath = path.slice(0, Math.max(0, depth - 1)).map(String);
    const parent = depth === 0 ? source.document.contents : source.document.getIn(parentPath, true);
    if (depth === 0) return positionAt(source, nodeStart(parent as Node | null));
    const name = path[depth - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(name));
      if (pair) {
        const target = key || depth < path.length || pair.value === null ? pair.key : pair.value;
        return positionAt(source, nodeStart(target as Node | null));
      }
    } else if (isSeq(parent)) {
      const item = parent.items[Number(name)];
      if (item) return positionAt(source, nodeStart(item as Node));
    }
  }
  return { line: 1 + source.lineOffset, column: 1 };
}

/** Points at the key of a pair when asked for a field that exists only as a key. */
function nodeStart(node: Node | null | undefined): number {
  return node?.range?.[0] ?? 0;
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
}

function duplicateKeyAt(text: string, offset: number): string {
  const rest = text.slice(offset);
  const match = /^\s*["']?([^"':\n]+)["']?\s*:/.exec(rest);
  return match?.[1]?.trim() ?? rest.split('\n')[0] ?? '';
}
