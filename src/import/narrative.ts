/**
 * The draft Chinese narrative (content/reports/<bureau>/<year>/zh.mdx): the cleaned text,
 * headings kept, with every extracted figure already replaced by <Figure id="…" />.
 *
 * It is a working draft for the editor, not a page to publish: the sentences are the
 * source's, and a real publisher's sentences must be rewritten. Numbers the extractor
 * did not turn into figures stay in the text; the lead's narrative checker (src/lib/narrative.ts) finds them and the review list names them,
 * because a narrative may not type numbers.
 */
import { scanNarrative } from '../lib/narrative.ts';
import type { Block, ExtractedFigure, ReviewItem } from './types.ts';

/** Characters MDX or Markdown would read as syntax: escaped with a backslash. */
export function escapeMdx(text: string): string {
  return text.replace(/([{}<>*_`\\[\]])/g, '\\$1');
}

/**
 * A month span (1-9月, 1—11月) is written as two calendar months (1月至9月): the same
 * period, in the form the narrative checker accepts as a date (a calendar month is not a
 * figure); the figures it dates carry it as as_of.
 */
export function spellMonthSpans(text: string): string {
  return text.replace(/(?<![\d.])(1[0-2]|0?[1-9])\s*[-—–~～]\s*(1[0-2]|0?[1-9])\s*月/g, '$1月至$2月');
}

/** A paragraph that starts like Markdown block syntax (# - + > 1.) must not become one. */
function escapeLineStart(text: string): string {
  return text.replace(/^([#>+-]|\d+[.)])/, '\\$1');
}

function yamlString(text: string): string {
  return JSON.stringify(text);
}

export interface NarrativeDraft {
  text: string;
  /** MDX line (1-based) → source line, for messages about the draft. */
  sourceLineOf: Map<number, number>;
}

export function renderNarrative(args: {
  title: string;
  blocks: readonly Block[];
  occurrences: readonly ExtractedFigure[];
  idOf: readonly string[];
  /** The blocks of this report (default: all but another year's table rows, see table-figures.ts). */
  include?: (block: Block) => boolean;
  /** A comment line for the frontmatter (default: the draft's note). */
  note?: string;
}): NarrativeDraft {
  const include = args.include ?? ((block: Block) => block.otherReport === undefined);
  const lines: string[] = [
    '---',
    `title: ${yamlString(args.title)}`,
    '# TODO: write the summary in your own words, one sentence, no numbers.',
    'summary: "TODO"',
    // A YAML comment: narratives have no comment syntax of their own (docs/data-format.md).
    `# ${args.note ?? '草稿：由 npm run import 从原文生成，数字已换成 Figure 组件。发布前请用自己的话改写全文，并逐条处理 review 清单。'}`,
    '---',
    '',
  ];
  const sourceLineOf = new Map<number, number>();

  args.blocks.forEach((block, blockIndex) => {
    if (block.title || !include(block)) return; // the frontmatter's title; another report's rows
    const inBlock = args.occurrences
      .map((occurrence, index) => ({ occurrence, id: args.idOf[index] ?? '' }))
      .filter(({ occurrence }) => occurrence.block === blockIndex)
      .sort((a, b) => a.occurrence.start - b.occurrence.start);
    let body = '';
    let position = 0;
    for (const { occurrence, id } of inBlock) {
      if (occurrence.start < position) continue; // overlapping spans cannot happen; guard anyway
      body += escapeMdx(spellMonthSpans(block.text.slice(position, occurrence.start)));
      body += `<Figure id="${id}" />`;
      position = occurrence.end;
    }
    body += escapeMdx(spellMonthSpans(block.text.slice(position)));

    let line: string;
    if (block.kind === 'heading') {
      // Arabic heading numbers (1. 2.) are dropped: a narrative may not type numbers.
      if (block.level === 1) line = `## ${block.marker}、${body}`;
      else if (block.level === 2) line = block.marker ? `### （${block.marker}）${body}` : `### ${body}`;
      else line = `#### ${body}`;
    } else {
      line = escapeLineStart(body);
    }
    sourceLineOf.set(lines.length + 1, block.anchors[0]?.line ?? 0);
    lines.push(line, '');
  });

  return { text: `${lines.join('\n').trimEnd()}\n`, sourceLineOf };
}

/**
 * Numbers left in the draft that the narrative checker will refuse, as review items
 * pointing at the source line. Uses the lead's checker so the list is exactly what
 * `npm run validate` will say.
 */
export function leftoverNumbers(draft: NarrativeDraft): ReviewItem[] {
  const scanned = scanNarrative(draft.text, 'zh.mdx');
  return scanned.issues
    .filter((issue) => issue.code === 'number-in-narrative')
    .map((issue) => {
      const mdxLine = [...draft.sourceLineOf.keys()].filter((line) => line <= issue.line).pop() ?? issue.line;
      const found = String(issue.params['found'] ?? '');
      return {
        line: draft.sourceLineOf.get(mdxLine) ?? 0,
        topic: 'narrative' as const,
        text: `The narrative still types “${found}” (zh.mdx line ${issue.line}). Add it as a figure and use <Figure>, or reword the sentence without it (spelling it in Chinese numerals is refused too).`,
      };
    });
}
