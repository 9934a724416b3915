/**
 * Checks a narrative (MDX) before Astro compiles it: its frontmatter, the components it
 * uses, the figures it references, and that it never retypes a number.
 *
 * MDX is code; editors may use only the components Annals provides, with no imports, and
 * a number must come from the data through <Figure>, never be typed into the prose.
 */
import { narrativeFrontmatterSchema, type NarrativeFrontmatter } from '../schemas/frontmatter.ts';
import type { Issue } from './issues.ts';
import type { MessageCode, MessageParams } from './messages.ts';
import { parseYaml } from './yaml-source.ts';
import { toIssues } from './zod-issues.ts';

export const NARRATIVE_COMPONENTS = ['Figure', 'Chart'] as const;

export interface ComponentUse {
  name: string;
  attributes: Record<string, string>;
  line: number;
  column: number;
}

export interface ScannedNarrative {
  frontmatter?: NarrativeFrontmatter;
  components: ComponentUse[];
  issues: Issue[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const TAG = /<\s*([A-Za-z][\w.]*)((?:\s+[\w-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*\/?>/g;
const ATTRIBUTE = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\})/g;
/** Years (2022, 2022年) and calendar days (3月13日) are not figures; other digits are. */
const TYPED_NUMBER = /(?<![\w.-])(?!(?:19|20)\d{2}(?!\d)(?![.,]\d))(?!\d{1,2}\s*[月日号])\d[\d,.]*(?:\s*[%％万亿])?/g;

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

export function scanNarrative(text: string, file: string): ScannedNarrative {
  const issues: Issue[] = [];
  const add = (offset: number, code: MessageCode, params: MessageParams, field = ''): void => {
    issues.push({ file, ...lineColumn(text, offset), field, code, params });
  };

  let frontmatter: NarrativeFrontmatter | undefined;
  const match = FRONTMATTER.exec(text);
  if (!match) {
    add(0, 'missing-frontmatter', {});
  } else {
    const loaded = parseYaml(match[1] ?? '', file, 1);
    issues.push(...loaded.issues);
    if (loaded.data !== undefined) {
      const parsed = narrativeFrontmatterSchema.safeParse(loaded.data ?? {});
      if (parsed.success) frontmatter = parsed.data;
      else issues.push(...toIssues(parsed.error.issues, loaded.source, loaded.data, () => Object.keys(narrativeFrontmatterSchema.shape)));
    }
  }

  const bodyStart = match ? match[0].length : 0;
  const body = text.slice(bodyStart);
  const components: ComponentUse[] = [];

  for (const statement of body.matchAll(/^(import|export)\b.*$/gm)) {
    add(bodyStart + (statement.index ?? 0), 'no-code-in-narrative', { found: statement[1] ?? '' });
  }

  for (const tag of body.matchAll(TAG)) {
    const name = tag[1] ?? '';
    const offset = bodyStart + (tag.index ?? 0);
    if (!(NARRATIVE_COMPONENTS as readonly string[]).includes(name)) {
      add(offset, 'unknown-component', { found: name, allowed: NARRATIVE_COMPONENTS.map((c) => `<${c}>`).join(', ') });
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const attribute of (tag[2] ?? '').matchAll(ATTRIBUTE)) {
      attributes[attribute[1] ?? ''] = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
    }
    components.push({ name, attributes, ...lineColumn(text, offset) });
  }

  const prose = body.replace(TAG, (tag) => ' '.repeat(tag.length)).replace(/^(import|export)\b.*$/gm, (line) => ' '.repeat(line.length));
  for (const number of prose.matchAll(TYPED_NUMBER)) {
    add(bodyStart + (number.index ?? 0), 'number-in-narrative', { found: number[0].trim() });
  }

  return { ...(frontmatter && { frontmatter }), components, issues };
}
