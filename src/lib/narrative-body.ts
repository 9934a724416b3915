/**
 * Checks a narrative's body on the MDX tree (narrative-parse.ts): narratives are data, not
 * code. Allowed, as documented in docs/data-format.md: paragraphs, headings from ## down,
 * lists, block quotes, thematic breaks, GFM tables and strikethrough, emphasis, strong,
 * hard line breaks, links to http(s), mailto, site paths and page anchors, and the
 * components of NARRATIVE_COMPONENTS with literal string attributes. Everything else
 * (ESM, {expressions}, raw HTML, comments, code, images, footnotes) is an issue, and so is
 * a number typed into the prose (typed-numbers.ts).
 */
import type { MdastNode } from 'satteri';
import type { MessageCode, MessageParams } from './messages.ts';
import { lineStarts, parseNarrativeBody } from './narrative-parse.ts';
import { findTypedNumbers } from './typed-numbers.ts';

/** The components a narrative may use, their attributes, and whether they stand alone. */
export const NARRATIVE_COMPONENTS: Record<string, { attributes: readonly string[]; block: boolean }> = {
  Figure: { attributes: ['id'], block: false },
  Chart: { attributes: ['indicator'], block: true },
};

export interface ComponentUse {
  name: string;
  attributes: Record<string, string>;
  line: number;
  column: number;
}

export interface BodyProblem {
  line: number;
  column: number;
  field: string;
  code: MessageCode;
  params: MessageParams;
}

const CONTAINERS = new Set(['root', 'blockquote', 'list', 'table', 'tableRow', 'emphasis', 'strong', 'delete', 'linkReference']);
const LEAVES = new Set(['thematicBreak', 'break', 'text']);
const PROSE = new Set(['paragraph', 'heading', 'tableCell']);
const SAFE_URL = /^(?:https?:\/\/[^\s/?#]+[^\s]*|mailto:[^\s@]+@[^\s@]+|\/(?![/\\])[^\s]*|#[\w-]+)$/i;

type Node = MdastNode & { [key: string]: unknown; children?: Node[]; position?: { start: { offset?: number }; end: { offset?: number } } };

/** `source` is the whole file with its frontmatter blanked, so positions are the file's. */
export function checkNarrativeBody(source: string): { components: ComponentUse[]; problems: BodyProblem[] } {
  const starts = lineStarts(source);
  const problems: BodyProblem[] = [];
  const components: ComponentUse[] = [];
  const at = (offset: number): { line: number; column: number } => {
    let low = 0;
    for (let high = starts.length - 1; low < high; ) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
  const add = (offset: number, code: MessageCode, params: MessageParams, field = ''): void => {
    problems.push({ ...at(offset), field, code, params });
  };
  const start = (node: Node): number => node.position?.start.offset ?? 0;

  const parsed = parseNarrativeBody(source);
  for (const problem of parsed.problems) add(problem.offset, problem.code, problem.params);

  const visit = (node: Node, inline: boolean): void => {
    const type = node.type as string;
    if (CONTAINERS.has(type) || LEAVES.has(type) || PROSE.has(type) || type === 'listItem') {
      if (type === 'heading' && node['depth'] === 1) add(start(node), 'markdown-not-allowed', { found: 'heading-1' });
      if (type === 'listItem' && node['checked'] !== null && node['checked'] !== undefined) add(start(node), 'markdown-not-allowed', { found: 'task-list' });
      if (PROSE.has(type)) checkProse(node);
      for (const child of node.children ?? []) visit(child, inline || PROSE.has(type));
    } else if (type === 'link' || type === 'definition') {
      const url = String(node['url'] ?? '');
      if (!SAFE_URL.test(url)) add(start(node), 'bad-link-url', { found: url });
      for (const child of node.children ?? []) visit(child, true);
    } else if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') {
      checkElement(node, inline || type === 'mdxJsxTextElement');
    } else if (type === 'mdxFlowExpression' || type === 'mdxTextExpression') {
      const value = String(node['value'] ?? '').trim();
      if (/^\/\*[\s\S]*\*\/$/.test(value)) add(start(node), 'narrative-comment', { found: '{/* */}' });
      else add(start(node), 'narrative-expression', { found: value.length > 60 ? `${value.slice(0, 60)}…` : value });
    } else if (type === 'mdxjsEsm') {
      add(start(node), 'no-code-in-narrative', { found: /^\s*(\w+)/.exec(String(node['value'] ?? ''))?.[1] ?? 'import' });
    } else {
      add(start(node), 'markdown-not-allowed', { found: type });
    }
  };

  const checkElement = (node: Node, inline: boolean): void => {
    const name = typeof node['name'] === 'string' ? node['name'] : '';
    const spec = NARRATIVE_COMPONENTS[name];
    if (!spec) {
      if (/^[a-z]/.test(name)) add(start(node), 'raw-html', { found: name });
      else add(start(node), 'unknown-component', { found: name, allowed: Object.keys(NARRATIVE_COMPONENTS).map((c) => `<${c}>`).join(', ') });
      return;
    }
    const before = problems.length;
    const attributes: Record<string, string> = {};
    const allowed = spec.attributes.join(', ');
    for (const attribute of (node['attributes'] ?? []) as { type: string; name?: string; value?: unknown }[]) {
      const attributeName = attribute.name ?? '';
      if (attribute.type !== 'mdxJsxAttribute') {
        add(start(node), 'attribute-spread', { component: name, found: String(attribute.value ?? ''), example: spec.attributes[0] ?? '' }, name);
      } else if (attribute.value !== null && typeof attribute.value === 'object') {
        add(start(node), 'attribute-expression', { component: name, attribute: attributeName }, `${name}.${attributeName}`);
      } else if (!spec.attributes.includes(attributeName) || attributeName in attributes || typeof attribute.value !== 'string') {
        const reason = !spec.attributes.includes(attributeName) ? 'unknown' : attributeName in attributes ? 'duplicate' : 'no-value';
        add(start(node), 'attribute-not-allowed', { component: name, found: attributeName, reason, allowed }, `${name}.${attributeName}`);
      } else attributes[attributeName] = attribute.value;
    }
    if ((node.children ?? []).length > 0) add(start(node), 'component-children', { component: name, example: spec.attributes[0] ?? '' }, name);
    if (spec.block && inline) add(start(node), 'chart-inline', {}, name);
    if (problems.length === before) components.push({ name, attributes, ...at(start(node)) });
  };

  /** The prose of a paragraph, heading or table cell, as one text, checked for typed numbers. */
  const checkProse = (block: Node): void => {
    let text = '';
    const pieces: { at: number; node: Node }[] = [];
    const collect = (node: Node, linkUrl: string): void => {
      if (node.type === 'text') {
        const value = String(node['value'] ?? '');
        // A bare URL shown as its own link text (https://…/2023/) is an address, not prose.
        if (linkUrl && [value, `http://${value}`, `mailto:${value}`].includes(linkUrl)) text += '\uFFFC';
        else {
          pieces.push({ at: text.length, node });
          text += value;
        }
      } else if (['emphasis', 'strong', 'delete', 'link', 'linkReference'].includes(node.type)) {
        for (const child of node.children ?? []) collect(child, node.type === 'link' ? String(node['url'] ?? '') : linkUrl);
      } else text += '\uFFFC';
    };
    for (const child of block.children ?? []) collect(child, '');
    // Numbers come in text order: one pass over the pieces, and a cursor in each, keep this linear.
    let current = -1;
    let cursor = 0;
    let nodeStart = 0;
    let nodeEnd = 0;
    let verbatim = false;
    let lost = false;
    for (const number of findTypedNumbers(text)) {
      let next = current;
      while (next + 1 < pieces.length && pieces[next + 1]!.at <= number.index) next += 1;
      const piece = pieces[next];
      if (!piece) continue;
      if (next !== current) {
        current = next;
        cursor = nodeStart = start(piece.node);
        nodeEnd = piece.node.position?.end.offset ?? nodeStart;
        verbatim = parsed.text.slice(nodeStart, nodeEnd) === piece.node['value'];
        lost = false;
      }
      // Escapes, entities and smart quotes make the source differ from the text: then look for the number itself.
      let offset = nodeStart + number.index - piece.at;
      if (!verbatim) {
        const found: number = lost ? -1 : parsed.text.slice(cursor, nodeEnd).indexOf(number.found);
        lost = found === -1;
        offset = lost ? nodeStart : cursor + found;
        if (!lost) cursor = offset + number.found.length;
      }
      add(offset, 'number-in-narrative', { found: number.found, kind: number.kind, ...(number.value !== undefined && { value: number.value }) });
    }
  };

  if (parsed.tree) visit(parsed.tree as Node, false);
  return { components, problems };
}
