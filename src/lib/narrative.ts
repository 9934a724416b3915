/**
 * Checks a narrative (MDX) before Astro compiles it: its frontmatter, the components it
 * uses, the figures it references, and that it never retypes a number.
 *
 * MDX is code; the body is checked on the real MDX parser's tree (narrative-body.ts), so a
 * narrative holds only documented Markdown and components, runs no code, and takes every
 * number from the data through <Figure>, never typed into the prose.
 */
import { narrativeFrontmatterSchema, type NarrativeFrontmatter } from '../schemas/frontmatter.ts';
import type { Issue } from './issues.ts';
import type { MessageCode, MessageParams } from './messages.ts';
import { checkNarrativeBody, type ComponentUse } from './narrative-body.ts';
import { parseYaml } from './yaml-source.ts';
import { toIssues } from './zod-issues.ts';

export { NARRATIVE_COMPONENTS, type ComponentUse } from './narrative-body.ts';

export interface ScannedNarrative {
  frontmatter?: NarrativeFrontmatter;
  components: ComponentUse[];
  issues: Issue[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

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

  // Blank the frontmatter as @astrojs/mdx does, so the parser sees the build's text at the file's offsets.
  const body = match ? match[0].replace(/[^\r\n]/g, ' ') + text.slice(match[0].length) : text;
  const { components, problems } = checkNarrativeBody(body);
  issues.push(...problems.map((problem) => ({ file, ...problem })));

  return { ...(frontmatter && { frontmatter }), components, issues };
}
