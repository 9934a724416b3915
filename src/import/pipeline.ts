/**
 * The importer as one pure function: text in, draft files out (as strings). The CLI reads
 * and writes files around it; tests call it directly on the seed documents.
 *
 *   clean.ts → structure.ts → extract.ts → assign-ids.ts (map-indicators, propose-indicator)
 *            → narrative.ts, render-yaml.ts, render-review.ts
 */
import { newProposalRegistry, type Assignment, type DraftFigure } from './assign-ids.ts';
import type { BureauFlags } from './bureau-entry.ts';
import { conversionReview, metadataReview, selfCheckItems } from './review-items.ts';
import { cleanSource, type CleanResult } from './clean.ts';
import { extractFigures, type Extraction } from './extract.ts';
import type { CatalogIndicator } from './map-indicators.ts';
import { leftoverNumbers, renderNarrative } from './narrative.ts';
import { droppedReviewItems, figureReviewItems, renderReview } from './render-review.ts';
import { renderFiguresYaml, renderProposedCatalog } from './render-yaml.ts';
import { buildBlocks } from './structure.ts';
import { mergeBlocks, tableBlocks } from './table-figures.ts';
import { assignReport, otherReport, otherYears, type OtherReport, type SiteFileReader } from './other-reports.ts';
import type { DraftFile } from './write-draft.ts';
import type { Block, ReviewItem } from './types.ts';

export interface ImportOptions {
  bureau: string;
  year: number;
  /** The input's file name, for comments and the review list. */
  sourceFile: string;
  catalog: readonly CatalogIndicator[];
  /** Whether data/bureaus.yaml already has the bureau (decides where proposals go). */
  bureauKnown: boolean;
  /**
   * Check the draft with the real validator (self-check.ts) against this site's catalog
   * and bureaus, and fold every problem into the review list. Without it, only the
   * narrative's typed numbers are listed (the narrative checker, no files read).
   */
  selfCheck?: { root: string; bureauFlags?: BureauFlags };
  /**
   * Reads a file of the site (write-draft.ts, readSiteFile), to see whether another year's
   * report a table's year column or row belongs to exists already. Default: none does.
   */
  siteFile?: SiteFileReader;
}

export interface DraftPaths {
  figures: string;
  review: string;
  narrative: string;
  proposedCatalog?: string;
}

export interface ImportResult {
  cleaned: CleanResult;
  blocks: Block[];
  extraction: Extraction;
  /** The figures of this report (`--year`). */
  assignment: Assignment;
  /** For each extracted occurrence, its figure id; another report's as `id (2022 report)`. */
  idOf: string[];
  /** Reports of other years that a table's year columns or rows have figures for. */
  otherReports: OtherReport[];
  review: ReviewItem[];
  /** Paths relative to the site root, and their contents. */
  paths: DraftPaths;
  files: Record<keyof DraftPaths, string | undefined>;
}

export function draftPaths(bureau: string, year: number, bureauKnown: boolean): DraftPaths {
  return {
    figures: `data/figures/${bureau}/${year}.yaml`,
    review: `data/figures/${bureau}/${year}.review.md`,
    narrative: `content/reports/${bureau}/${year}/zh.mdx`,
    ...(!bureauKnown && { proposedCatalog: `data/indicators/_proposed-${bureau}-${year}.yaml` }),
  };
}

export function importReport(raw: string, options: ImportOptions): ImportResult {
  const cleaned = cleanSource(raw);
  const prose = buildBlocks(cleaned.lines);
  // The title is a block of its own, first, so a headline's figures are read too (they
  // merge into the body's statement of the same number, see assign-ids.ts).
  const titleBlock: Block[] = cleaned.title ? [{ kind: 'paragraph', text: cleaned.title.text, anchors: [{ start: 0, line: cleaned.title.line }], section: {}, title: true }] : [];
  const structure = { ...prose, blocks: [...titleBlock, ...mergeBlocks(prose.blocks, tableBlocks(cleaned.tables, options.year))] };
  const extraction = extractFigures(structure.blocks, { year: options.year });
  // One registry, so a label proposed in this report and another year's gets one id.
  const registry = newProposalRegistry();
  const titleBlocks = new Set(structure.blocks.flatMap((block, index) => (block.title ? [index] : [])));
  const assignment = assignReport(extraction.figures, undefined, { catalog: options.catalog, titleBlocks, registry });
  const paths = draftPaths(options.bureau, options.year, options.bureauKnown);
  const title = cleaned.title?.text ?? '';

  const narrative = renderNarrative({ title: title || 'TODO', blocks: structure.blocks, occurrences: extraction.figures, idOf: assignment.idOf });
  const bareNumbers: ReviewItem[] = extraction.rejected
    .filter((number) => number.trap === 'bare-number')
    .map((number) => ({ line: number.line, topic: 'not-extracted', text: `“${number.written}” has no unit or scale word, so it was not taken as a figure: add it by hand if it is one.` }));

  const anecdotes: ReviewItem[] = extraction.rejected
    .filter((number) => number.trap === 'anecdote')
    .map((number) => ({ line: number.line, topic: 'not-extracted', text: `“${number.written}” is in a sentence about one person (an anecdote), so it was not taken as a bureau figure: add it by hand if the report means it as one.` }));

  const matched = assignment.figures.filter((figure) => figure.match).length;
  const renderFigures = (year: number, figures: readonly DraftFigure[]): string =>
    renderFiguresYaml({
      bureau: options.bureau,
      year,
      sourceFile: options.sourceFile,
      title,
      disclosure: cleaned.meta.disclosure,
      ...(cleaned.meta.published && { published: cleaned.meta.published }),
      ...(cleaned.meta.via && { via: cleaned.meta.via }),
      figures,
      proposalsInFile: !options.bureauKnown,
      reviewFile: paths.review,
    });
  const figuresYaml = renderFigures(options.year, assignment.figures);
  const otherReports = otherYears(extraction.figures).map((year) =>
    otherReport({
      year,
      bureau: options.bureau,
      extracted: extraction.figures,
      blocks: structure.blocks,
      assignment: assignReport(extraction.figures, year, { catalog: options.catalog, titleBlocks, registry }),
      sourceFile: options.sourceFile,
      renderFigures,
      siteFile: options.siteFile ?? (() => undefined),
    }),
  );
  const proposedCatalog =
    paths.proposedCatalog && assignment.proposals.length > 0
      ? renderProposedCatalog(
          assignment.proposals,
          `Indicators proposed by \`npm run import\` for ${options.bureau} ${options.year} (${options.sourceFile}).\nNot checked: fix every TODO, merge entries into the catalog where an indicator already exists, then delete this note.`,
        )
      : undefined;

  const validationItems = options.selfCheck
    ? selfCheckItems(options, paths, { figures: figuresYaml, narrative, proposedCatalog, assignment, others: otherReports })
    : leftoverNumbers(narrative);
  const review: ReviewItem[] = [
    ...metadataReview(cleaned, options),
    ...figureReviewItems(assignment.figures),
    ...otherReports.flatMap((other) => [...other.review, ...figureReviewItems(other.assignment.figures), ...other.assignment.review]),
    ...assignment.review,
    ...extraction.review,
    ...bareNumbers,
    ...anecdotes,
    ...validationItems,
    ...structure.review,
    ...conversionReview(cleaned),
    ...droppedReviewItems(cleaned.dropped),
  ];

  const reviewText = renderReview({
    bureau: options.bureau,
    year: options.year,
    sourceFile: options.sourceFile,
    items: review,
    counts: { figures: assignment.figures.length, occurrences: extraction.figures.length, matched, proposed: assignment.figures.length - matched },
    proposals: assignment.proposals,
    ...(paths.proposedCatalog && { proposalsFile: paths.proposedCatalog }),
  });
  return {
    cleaned,
    blocks: structure.blocks,
    extraction,
    assignment,
    idOf: extraction.figures.map((_, index) => assignment.idOf[index] || otherIdOf(otherReports, index)),
    otherReports,
    review,
    paths,
    files: { figures: figuresYaml, review: reviewText, narrative: narrative.text, proposedCatalog },
  };
}

function otherIdOf(others: readonly OtherReport[], index: number): string {
  const other = others.find((report) => report.assignment.idOf[index]);
  return other ? `${other.assignment.idOf[index]} (${other.year} report)` : '';
}

/** Every file the import writes: this report's draft, and each other year's files that do not exist yet. */
export function draftFiles(result: ImportResult): DraftFile[] {
  const files = (Object.keys(result.paths) as Array<keyof DraftPaths>).flatMap((key) => {
    const content = result.files[key];
    const path = result.paths[key];
    return content !== undefined && path ? [{ path, content }] : [];
  });
  for (const other of result.otherReports) {
    if (other.files.figures !== undefined) files.push({ path: other.paths.figures, content: other.files.figures });
    if (other.files.narrative !== undefined) files.push({ path: other.paths.narrative, content: other.files.narrative });
  }
  return files;
}
