/**
 * The review items the importer writes about the document and the draft as a whole:
 * repairs of conversion damage, where the title and dates came from, and every problem the
 * real validator finds in the draft (self-check.ts), each at its source line.
 */
import type { Assignment } from './assign-ids.ts';
import type { CleanResult } from './clean.ts';
import type { NarrativeDraft } from './narrative.ts';
import type { OtherReport } from './other-reports.ts';
import type { DraftPaths, ImportOptions } from './pipeline.ts';
import { renderProposedCatalog } from './render-yaml.ts';
import { checkDraft, issueToReviewItem } from './self-check.ts';
import type { ReviewItem } from './types.ts';

/** Repairs and suspected round-trip damage (clean.ts), one item per line. */
export function conversionReview(cleaned: CleanResult): ReviewItem[] {
  const items: ReviewItem[] = [];
  const byLine = new Map<number, Map<string, number>>();
  for (const repair of cleaned.repairs) {
    const key = `${repair.from}→${repair.to}`;
    const counts = byLine.get(repair.line) ?? new Map<string, number>();
    counts.set(key, (counts.get(key) ?? 0) + 1);
    byLine.set(repair.line, counts);
  }
  for (const [line, counts] of byLine) {
    const list = [...counts].map(([key, count]) => (count > 1 ? `${key} ×${count}` : key)).join(', ');
    items.push({ line, topic: 'conversion', text: `Repaired round-trip damage: ${list}.` });
  }
  for (const suspect of cleaned.suspects) {
    items.push({ line: suspect.line, topic: 'conversion', text: `“${suspect.word}” may be round-trip damage for “${suspect.likely}” (…${suspect.context}…): left as written.` });
  }
  return items;
}

/** Where the title came from, missing dates, an unknown bureau. */
export function metadataReview(cleaned: CleanResult, options: ImportOptions): ReviewItem[] {
  const items: ReviewItem[] = [];
  const { title, meta } = cleaned;
  if (!title) items.push({ line: 1, topic: 'metadata', text: 'No title found: write source.title and the narrative title.' });
  else items.push({ line: title.line, topic: 'metadata', text: `Title taken from this line: “${title.text}”. Check it is the report's own title.` });
  if (meta.disclosure.publisher) {
    items.push({ line: meta.disclosureLines[0] ?? 1, topic: 'metadata', text: `The page names the publisher “${meta.disclosure.publisher}”: check it is bureau \`${options.bureau}\`.` });
  }
  if (!meta.published) items.push({ line: 1, topic: 'metadata', text: 'No publication date found: fill source.date if it is known.' });
  if (!options.bureauKnown) {
    items.push({ line: 1, topic: 'bureau', text: `Bureau \`${options.bureau}\` is not in data/bureaus.yaml: complete its entry there (the importer added a stub with TODOs) and its proposed indicators.` });
  }
  return items;
}

/** Every problem the real validator finds in the draft files, as review items at their source lines. */
export function selfCheckItems(
  options: ImportOptions,
  paths: DraftPaths,
  draft: { figures: string; narrative: NarrativeDraft; proposedCatalog: string | undefined; assignment: Assignment; others: readonly OtherReport[] },
): ReviewItem[] {
  const files: Record<string, string> = { [paths.figures]: draft.figures, [paths.narrative]: draft.narrative.text };
  if (paths.proposedCatalog && draft.proposedCatalog) files[paths.proposedCatalog] = draft.proposedCatalog;
  const otherNarratives: Record<string, ReadonlyMap<number, number>> = {};
  for (const other of draft.others) {
    if (other.files.figures) files[other.paths.figures] = other.files.figures;
    if (other.files.narrative) {
      files[other.paths.narrative] = other.files.narrative;
      otherNarratives[other.paths.narrative] = other.narrative.sourceLineOf;
    }
  }
  const proposals = draft.assignment.proposals;
  const proposalLine = new Map<string, number>();
  for (const figure of [...draft.assignment.figures, ...draft.others.flatMap((other) => other.assignment.figures)]) if (!proposalLine.has(figure.indicatorId)) proposalLine.set(figure.indicatorId, figure.occurrences[0]?.line ?? 1);
  const check = {
    bureau: options.bureau,
    bureauKnown: options.bureauKnown,
    ...(options.selfCheck?.bureauFlags && { bureauFlags: options.selfCheck.bureauFlags }),
    files,
    ...(options.bureauKnown && proposals.length > 0 && { acceptedCatalog: renderProposedCatalog(proposals, 'accepted') }),
    narrativePath: paths.narrative,
    figuresPath: paths.figures,
    sourceLineOf: draft.narrative.sourceLineOf,
    otherNarratives,
    proposalLine,
  };
  return checkDraft(options.selfCheck?.root ?? '.', check).map((issue) => issueToReviewItem(issue, check));
}
