/**
 * YAML read with positions. Astro's own YAML loading reports errors at file:0:0, stops at
 * the first, and turns syntax errors into an empty collection; ours keeps a LineCounter so
 * every problem, syntactic or not, can name its line and column.
 *
 * The failsafe schema keeps every scalar a string: `855` stays "855", `2023-03-17` stays a
 * string and `"360102"` keeps its leading digits. Exactness is decided by our parsers, not
 * by YAML's number rules.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Issue } from './issues.ts';
import { FIELD_LIMITS, tooLongFields, YAML_ALIAS_LIMIT } from './load/limits.ts';

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

/**
 * Parses one YAML text. Issues, located: yaml-syntax, yaml-tab-indent (one for the file),
 * duplicate-key, too-long (limits.ts) and yaml-alias-limit. `data` is undefined after a
 * syntax, tab or alias issue. Linear in the text, however many keys or issues it has.
 */
export function parseYaml(text: string, file: string, lineOffset = 0): LoadedYaml {
  const lineCounter = new LineCounter();
  // uniqueKeys off: the yaml package checks each key against every earlier key of its
  // mapping, quadratic in a report's figures (16,000 figures took 10 s); duplicateKeys()
  // below does the same check in linear time.
  let document: Document.Parsed;
  try {
    document = parseDocument(text, { lineCounter, schema: 'failsafe', uniqueKeys: false, prettyErrors: false });
  } catch (error) {
    // Nesting deep enough to exhaust the parser's stack.
    const source: YamlSource = { file, document: parseDocument('', { schema: 'failsafe' }), lineCounter, lineOffset };
    return { source, data: undefined, issues: [{ file, line: 1 + lineOffset, column: 1, field: '', code: 'yaml-syntax', params: { detail: firstLine(String((error as Error).message)) } }] };
  }
  const source: YamlSource = { file, document, lineCounter, lineOffset };
  const syntax = tabIndentation(text, source, document.errors.map((error): Issue => ({
    file, ...positionAt(source, error.pos[0]), field: '', code: 'yaml-syntax', params: { detail: firstLine(error.message) },
  })));
  // Past a tab, the document's shape is the parser's guess: its keys and lengths say nothing.
  if (syntax.some((issue) => issue.code === 'yaml-tab-indent')) return { source, data: undefined, issues: syntax };
  const issues = [...syntax, ...duplicateKeys(source), ...fieldLengths(source)];
  if (syntax.length > 0) return { source, data: undefined, issues };
  try {
    return { source, data: document.toJS({ maxAliasCount: YAML_ALIAS_LIMIT }), issues };
  } catch (error) {
    const alias = firstAlias(document);
    const at = positionAt(source, alias?.range?.[0] ?? 0);
    const tooMany = error instanceof ReferenceError && /alias count/i.test(error.message);
    issues.push(tooMany
      ? { file, ...at, field: '', code: 'yaml-alias-limit', params: { limit: String(YAML_ALIAS_LIMIT) } }
      : { file, ...at, field: '', code: 'yaml-syntax', params: { detail: firstLine(String((error as Error).message)) } });
    return { source, data: undefined, issues };
  }
}

/**
 * YAML forbids tabs for indentation, and the yaml package then reports every following
 * line (one tab gave 94 errors). When a line is indented with a tab, the errors from that
 * line on become one issue at the first such tab; earlier errors stay.
 */
function tabIndentation(text: string, source: YamlSource, errors: Issue[]): Issue[] {
  if (errors.length === 0) return errors;
  const tabs = [...text.matchAll(/^ *\t/gm)];
  const first = tabs[0];
  if (!first) return errors;
  const tab = positionAt(source, first.index + first[0].length - 1);
  const before = errors.filter((error) => error.line < tab.line);
  return [...before, { file: source.file, ...tab, field: '', code: 'yaml-tab-indent', params: { count: String(tabs.length) } }];
}

/** A key written twice in one mapping, found with one Set per mapping (linear). */
function duplicateKeys(source: YamlSource): Issue[] {
  const issues: Issue[] = [];
  visit(source.document, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (seen.has(key)) issues.push({ file: source.file, ...positionAt(source, nodeStart(pair.key)), field: '', code: 'duplicate-key', params: { key } });
        seen.add(key);
      }
    },
  });
  return issues;
}

function fieldLengths(source: YamlSource): Issue[] {
  return tooLongFields(source.document).map(({ node, field, key, kind, length }): Issue => ({
    file: source.file, ...positionAt(source, nodeStart(node)), field, code: 'too-long',
    params: { key, kind, length: String(length), limit: String(FIELD_LIMITS[kind]) },
  }));
}

function firstAlias(document: Document.Parsed): Node | undefined {
  let found: Node | undefined;
  visit(document, {
    Alias(_, alias) {
      found = alias;
      return visit.BREAK;
    },
  });
  return found;
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
    const parent = depth === 0 ? source.document.contents : nodeAt(source.document.contents, parentPath);
    if (depth === 0) return positionAt(source, nodeStart(parent as Node | null));
    const name = path[depth - 1];
    if (isMap(parent)) {
      const pair = pairOf(parent, String(name));
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

/**
 * The pair of a mapping's key, through an index built once per mapping: the yaml package's
 * own lookup scans the mapping, so locating one issue per figure was quadratic in a file's
 * figures (8,000 bad figures took 3 s). The first of duplicate keys wins, as in yaml.
 */
const pairIndexes = new WeakMap<YAMLMap, Map<string, Pair>>();
function pairOf(map: YAMLMap, key: string): Pair | undefined {
  let index = pairIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (name !== undefined && !index.has(name)) index.set(name, pair as Pair);
    }
    pairIndexes.set(map, index);
  }
  return index.get(key);
}

/** The node at a path of keys and sequence indexes, without following aliases. */
function nodeAt(root: unknown, path: readonly string[]): unknown {
  let node = root;
  for (const part of path) {
    if (isMap(node)) node = pairOf(node, part)?.value;
    else if (isSeq(node)) node = node.items[Number(part)];
    else return undefined;
  }
  return node;
}

/** Points at the key of a pair when asked for a field that exists only as a key. */
function nodeStart(node: Node | null | undefined): number {
  return node?.range?.[0] ?? 0;
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
}
