/**
 * From occurrences to the figures of the draft: each occurrence is matched to the catalog
 * or given a proposed indicator, restatements of one figure are merged, and every figure
 * gets its id (the key in data/figures/<bureau>/<year>.yaml).
 *
 * A restatement is merged only when it cannot be another fact: same indicator (a catalog
 * match, or the same proposed indicator from the same label), same value, scale, unit,
 * qualifier, status and shape, and no conflicting date. Same number and unit with a
 * different indicator is kept apart and listed for review ("possibly the same figure").
 */
import { matchById, matchIndicator, type CatalogIndicator, type IndicatorMatch } from './map-indicators.ts';
import { proposeIndicator, type ProposedIndicator } from './propose-indicator.ts';
import type { ExtractedFigure, ReviewItem } from './types.ts';

export interface DraftFigure {
  id: string;
  indicatorId: string;
  match?: IndicatorMatch;
  proposed?: ProposedIndicator;
  /** Every place the text states this figure; the first is the one written to YAML. */
  occurrences: ExtractedFigure[];
}

/**
 * Proposed indicators shared by the reports one import writes (a table with a column per
 * year files figures under several): one label and unit get one proposed id in all of them.
 */
export interface ProposalRegistry {
  proposals: ProposedIndicator[];
  /** Proposed id → the normalised label|unit|kind it was proposed for. */
  labels: Map<string, string>;
}

export const newProposalRegistry = (): ProposalRegistry => ({ proposals: [], labels: new Map() });

export interface Assignment {
  figures: DraftFigure[];
  /** Proposed catalog entries, one per distinct proposed indicator (the registry's: those of every report assigned with it). */
  proposals: ProposedIndicator[];
  /** For each extracted occurrence (same order as the input), the id of its draft figure. */
  idOf: string[];
  review: ReviewItem[];
}

const sameStatement = (a: ExtractedFigure, b: ExtractedFigure): boolean =>
  a.value === b.value &&
  a.scale === b.scale &&
  a.unit === b.unit &&
  a.qualifier === b.qualifier &&
  a.status === b.status &&
  a.shape === b.shape &&
  (a.asOf === undefined || b.asOf === undefined || a.asOf === b.asOf);

const normalizeLabel = (label: string): string => label.replace(/[^\u4e00-\u9fffA-Za-z0-9]/g, '');

/**
 * `titleBlocks`: blocks holding the document's title. A headline restates a body figure
 * ("…达588元/月" above "…达到588元/月"), so a title occurrence is merged into the body's
 * figure of the same value, scale and unit, whatever its label; alone, it is a figure.
 */
export function assignIds(
  extracted: readonly ExtractedFigure[],
  catalog: readonly CatalogIndicator[],
  titleBlocks: ReadonlySet<number> = new Set(),
  registry: ProposalRegistry = newProposalRegistry(),
): Assignment {
  const figures: DraftFigure[] = [];
  const { proposals, labels: proposalLabels } = registry;
  const review: ReviewItem[] = [];
  const usedIds = new Set<string>();
  const idOf: string[] = new Array<string>(extracted.length).fill('');
  // A proposed id must not collide with an indicator the catalog already has.
  const catalogIds = new Set(catalog.map((indicator) => indicator.id));

  const uniqueId = (base: string): string => {
    let id = base;
    for (let n = 2; usedIds.has(id); n += 1) id = `${base}-${n}`;
    usedIds.add(id);
    return id;
  };

  // Body first, then the title's occurrences, so those can merge into the body's figures.
  const order = extracted.map((_, index) => index).sort((a, b) => Number(titleBlocks.has(extracted[a]?.block ?? -1)) - Number(titleBlocks.has(extracted[b]?.block ?? -1)));
  for (const position of order) {
    const occurrence = extracted[position] as ExtractedFigure;
    if (titleBlocks.has(occurrence.block)) {
      const body = figures.find((figure) => {
        const first = figure.occurrences[0];
        return first && first.value === occurrence.value && first.scale === occurrence.scale && first.unit === occurrence.unit && first.shape === occurrence.shape;
      });
      if (body) {
        body.occurrences.push(occurrence);
        idOf[position] = body.id;
        continue;
      }
    }
    const byName = matchIndicator(occurrence, catalog);
    const match = byName ?? matchById(occurrence, proposeIndicator(occurrence).id, catalog);
    let proposed: ProposedIndicator | undefined;
    let indicatorId: string;
    if (match) {
      indicatorId = match.indicator.id;
    } else {
      proposed = proposeIndicator(occurrence);
      // One proposed indicator per label and unit: the same id from another label, or for
      // figures of another unit (27次 vs 14个), gets a suffix, so accepting it cannot put a
      // figure under an indicator of another unit.
      const label = `${normalizeLabel(occurrence.label)}|${occurrence.unit}|${occurrence.kind}`;
      // A placeholder id names its line (todo-count-l10): the same label on another line (a
      // table's next year row) is the same indicator, not a new proposal.
      const sameLabel = proposed.placeholderId ? proposals.find((candidate) => proposalLabels.get(candidate.id) === label) : undefined;
      let id = sameLabel?.id ?? proposed.id;
      const taken = (candidate: string): boolean => catalogIds.has(candidate) || (proposalLabels.has(candidate) && proposalLabels.get(candidate) !== label);
      for (let n = 2; taken(id); n += 1) id = `${proposed.id}-${n}`;
      proposed = sameLabel ?? { ...proposed, id };
      if (!proposalLabels.has(id)) {
        proposalLabels.set(id, label);
        proposals.push(proposed);
      }
      indicatorId = id;
    }

    const earlier = figures.find((figure) => figure.indicatorId === indicatorId && figure.occurrences[0] && sameStatement(figure.occurrences[0], occurrence));
    if (earlier) {
      earlier.occurrences.push(occurrence);
      idOf[position] = earlier.id;
      review.push({
        line: occurrence.line,
        topic: 'figure',
        text: `“${occurrence.written}” repeats figure \`${earlier.id}\` (line ${earlier.occurrences[0]?.line}); merged into it. Split it if it is a different fact.`,
      });
      continue;
    }
    const lookalike = figures.find((figure) => {
      const first = figure.occurrences[0];
      return first && first.value === occurrence.value && first.scale === occurrence.scale && first.unit === occurrence.unit && first.shape === occurrence.shape;
    });
    if (lookalike) {
      review.push({
        line: occurrence.line,
        topic: 'figure',
        text: `“${occurrence.written}” has the same number as \`${lookalike.id}\` (line ${lookalike.occurrences[0]?.line}) but was matched differently; if it is the same figure, point the narrative at \`${lookalike.id}\` and delete this one.`,
      });
    }
    const id = uniqueId(occurrence.status === 'target' ? `${indicatorId}-target` : indicatorId);
    figures.push({ id, indicatorId, ...(match && { match }), ...(proposed && { proposed }), occurrences: [occurrence] });
    idOf[position] = id;
  }
  return { figures, proposals, idOf, review };
}
