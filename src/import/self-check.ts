/**
 * The importer checks its own draft with the real validator (loadSite, what `npm run
 * validate` runs) and turns every problem into a review item with its fix and the line of
 * the input it comes from, so the review list names everything validation will refuse.
 *
 * The draft is checked in a scratch copy of the site (its catalog and bureaus file, nothing
 * else), in the state the review list leads to: the proposed indicators accepted (pasted
 * into the catalog, as the list says) and, for a new bureau, its stub entry added. The
 * scratch folder is removed afterwards; the real site is never written.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describeIssue, type Issue } from '../lib/issues.ts';
import { loadSite } from '../lib/load-site.ts';
import { addBureau, type BureauFlags } from './bureau-entry.ts';
import type { ReviewItem } from './types.ts';

export interface DraftToCheck {
  bureau: string;
  bureauKnown: boolean;
  bureauFlags?: BureauFlags;
  /** Site-relative path → content: figures, narrative, proposed catalog. */
  files: Record<string, string>;
  /** The proposals as a catalog file, as the editor pastes them (known bureau only). */
  acceptedCatalog?: string;
  narrativePath: string;
  figuresPath: string;
  /** Narrative line → input line. */
  sourceLineOf: ReadonlyMap<number, number>;
  /** Other years' narrative drafts (other-reports.ts): path → (narrative line → input line). */
  otherNarratives?: Readonly<Record<string, ReadonlyMap<number, number>>>;
  /** Proposed indicator id → input line of its first figure. */
  proposalLine: ReadonlyMap<string, number>;
}

/** The input line an issue in a draft file comes from. */
function sourceLine(issue: Issue, draft: DraftToCheck): number {
  const lineMap = issue.file === draft.narrativePath ? draft.sourceLineOf : draft.otherNarratives?.[issue.file];
  if (lineMap) {
    const mdxLine = [...lineMap.keys()].filter((line) => line <= issue.line).pop();
    return mdxLine === undefined ? 1 : (lineMap.get(mdxLine) ?? 1);
  }
  if (issue.file.startsWith('data/figures/') && draft.files[issue.file] !== undefined) {
    // Each figure is preceded by "  # line 12, 14: …" (render-yaml.ts).
    const lines = (draft.files[issue.file] ?? '').split('\n').slice(0, issue.line);
    const comment = lines.reverse().find((text) => /^\s*# line \d+/.test(text));
    return Number(/# line (\d+)/.exec(comment ?? '')?.[1] ?? 1);
  }
  const id = /^([a-z0-9-]+)/.exec(issue.field)?.[1] ?? '';
  return draft.proposalLine.get(id) ?? 1;
}

/** The review item for one problem: where, what the validator says, and what to do. */
export function issueToReviewItem(issue: Issue, draft: DraftToCheck): ReviewItem {
  const line = sourceLine(issue, draft);
  if (issue.code === 'number-in-narrative') {
    const found = String(issue.params['found'] ?? '');
    return {
      line,
      topic: 'narrative',
      text: `The narrative still types “${found}” (${issue.file === draft.narrativePath ? 'zh.mdx' : issue.file} line ${issue.line}, column ${issue.column}). Fix: add it as a figure and use <Figure>, or reword the sentence without it (spelling it in Chinese numerals is refused too).`,
    };
  }
  const where = `${issue.file}:${issue.line}:${issue.column}${issue.field ? ` (${issue.field})` : ''}`;
  return { line, topic: 'validation', text: `\`npm run validate\` will refuse ${where}: ${describeIssue(issue).en}` };
}

/** Runs the validator on the draft in a scratch site; returns its problems in the draft's files. */
export function checkDraft(root: string, draft: DraftToCheck): Issue[] {
  const scratch = mkdtempSync(join(tmpdir(), 'annals-import-check-'));
  try {
    mkdirSync(join(scratch, 'data'), { recursive: true });
    if (existsSync(join(root, 'data/indicators'))) cpSync(join(root, 'data/indicators'), join(scratch, 'data/indicators'), { recursive: true });
    if (existsSync(join(root, 'data/bureaus.yaml'))) cpSync(join(root, 'data/bureaus.yaml'), join(scratch, 'data/bureaus.yaml'));
    if (!draft.bureauKnown) addBureau(scratch, draft.bureau, draft.bureauFlags ?? {});
    const written = new Set(Object.keys(draft.files));
    for (const [path, content] of Object.entries(draft.files)) {
      mkdirSync(dirname(join(scratch, path)), { recursive: true });
      writeFileSync(join(scratch, path), content);
    }
    const accepted = `data/indicators/_accepted-${draft.bureau}.yaml`;
    if (draft.acceptedCatalog) {
      mkdirSync(join(scratch, 'data/indicators'), { recursive: true });
      writeFileSync(join(scratch, accepted), draft.acceptedCatalog);
      written.add(accepted);
    }
    return loadSite(scratch).issues.filter(
      (issue) => written.has(issue.file) || (issue.file === 'data/bureaus.yaml' && issue.field.split('.')[0] === draft.bureau),
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
