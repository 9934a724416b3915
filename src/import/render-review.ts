/**
 * The review list (data/figures/<bureau>/<year>.review.md): everything the importer could
 * not decide, each with the line of the input it comes from, grouped so the editor can
 * work through it top to bottom. The editor deletes the file when every item is done.
 */
import type { DraftFigure } from './assign-ids.ts';
import type { ProposedIndicator } from './propose-indicator.ts';
import type { DroppedLine, ReviewItem, ReviewTopic } from './types.ts';

const SECTIONS: ReadonlyArray<{ topic: ReviewTopic; title: string }> = [
  { topic: 'bureau', title: 'Bureau' },
  { topic: 'metadata', title: 'Title, date and disclosure' },
  { topic: 'figure', title: 'Figures to check' },
  { topic: 'indicator', title: 'Figures with no catalog indicator' },
  { topic: 'not-extracted', title: 'Quantities the importer did not extract' },
  { topic: 'narrative', title: 'Numbers left in the narrative draft' },
  { topic: 'validation', title: 'Other problems `npm run validate` finds in this draft (with the proposals accepted)' },
  { topic: 'structure', title: 'Headings' },
  { topic: 'conversion', title: 'Character conversion' },
  { topic: 'dropped', title: 'Lines dropped as page furniture (check nothing of the report is lost)' },
];

export function figureReviewItems(figures: readonly DraftFigure[]): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const figure of figures) {
    for (const occurrence of figure.occurrences) {
      for (const note of occurrence.notes) items.push({ line: occurrence.line, topic: 'figure', text: `\`${figure.id}\` (“${occurrence.written}”): ${note}` });
    }
    const first = figure.occurrences[0];
    if (first && figure.match?.via === 'id') {
      items.push({
        line: first.line,
        topic: 'indicator',
        text: `\`${figure.id}\` (“${first.written}”, ${first.label || 'no label'}) was matched to \`${figure.match.indicator.id}\` (${figure.match.indicator.name.zh}) only because its words translate to that id: check.`,
      });
    }
    if (first && !figure.match) {
      items.push({
        line: first.line,
        topic: 'indicator',
        text: `\`${figure.id}\` (“${first.written}”, ${first.label || 'no label'}): no catalog indicator matched; map it to an existing one (set \`indicator:\`) or accept the proposed \`${figure.indicatorId}\`.`,
      });
    }
  }
  return items;
}

/** Spam is named, not quoted: its words do not belong in the project's files. */
const NOT_QUOTED = new Set(['spam', 'place-list']);

export function droppedReviewItems(dropped: readonly DroppedLine[]): ReviewItem[] {
  return dropped.map((line) => ({
    line: line.line,
    topic: 'dropped',
    text: NOT_QUOTED.has(line.reason)
      ? `[${line.reason}] (${line.text.length} characters, not shown)`
      : `[${line.reason}] ${line.text.slice(0, 80)}${line.text.length > 80 ? '…' : ''}`,
  }));
}

function proposalSnippet(proposals: readonly ProposedIndicator[]): string[] {
  if (proposals.length === 0) return [];
  return [
    '',
    'Proposed catalog entries (paste the ones you keep into a data/indicators/*.yaml file, with names fixed):',
    '',
    '```yaml',
    ...proposals.flatMap((p) => [
      `${p.id}:`,
      `  name: { zh: ${JSON.stringify(p.name.zh)}, en: ${JSON.stringify(p.name.en)} }`,
      `  topic: ${p.topic}`,
      `  kind: ${p.kind}`,
      `  unit: { zh: ${JSON.stringify(p.unit.zh)}, en: ${JSON.stringify(p.unit.en)} }`,
    ]),
    '```',
  ];
}

export function renderReview(args: {
  bureau: string;
  year: number;
  sourceFile: string;
  items: readonly ReviewItem[];
  counts: { figures: number; occurrences: number; matched: number; proposed: number };
  proposals: readonly ProposedIndicator[];
  proposalsFile?: string;
}): string {
  const out: string[] = [
    `# Review: ${args.bureau} ${args.year}`,
    '',
    `Made by \`npm run import\` from \`${args.sourceFile}\`. Line numbers are lines of that file.`,
    `${args.counts.figures} figures (${args.counts.occurrences} statements in the text); ${args.counts.matched} matched to the catalog, ${args.counts.proposed} with a proposed indicator.`,
    'Work through every item, tick it, and delete this file when the draft is done.',
  ];
  for (const section of SECTIONS) {
    const items = args.items.filter((item) => item.topic === section.topic).sort((a, b) => a.line - b.line);
    if (items.length === 0 && !(section.topic === 'indicator' && args.proposals.length > 0)) continue;
    out.push('', `## ${section.title}`, '');
    for (const item of items) out.push(`- [ ] line ${item.line}: ${item.text}`);
    if (section.topic === 'indicator') {
      if (args.proposalsFile) out.push('', `The proposed entries are in \`${args.proposalsFile}\`; fix their TODOs or move them into the catalog.`);
      else out.push(...proposalSnippet(args.proposals));
    }
  }
  return `${out.join('\n')}\n`;
}
