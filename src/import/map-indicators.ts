/**
 * Matching a figure to the indicator catalog (data/indicators/*.yaml).
 *
 * The matcher is meant to be explained in one breath:
 *   1. the kind must fit: a % is a rate, 1:0.81 a ratio, 元 an amount, "千名老人…张" a
 *      per-thousand figure, anything else a count (or an average, when it has decimals);
 *   2. the unit must fit: the catalog unit before any "/" (元/人·月 → 元) equals the unit
 *      written, or both are in one family (个 家 所 处 座 count places; 人 名 count people);
 *   3. the indicator's Chinese name, cut into two-character pieces (养老床位 → 养老 老床
 *      床位), is looked for in the figure's label; the share of pieces found is the score.
 *      It must reach 60% (one third for ratio and per-thousand figures, whose kind and
 *      unit already say most of it), with at least two pieces found; a one-piece name
 *      (街道) only matches a label that is that name. The name with the most pieces found
 *      wins (then the higher share); a tie is no match.
 *   4. failing that, when the words of the label translate (propose-indicator.ts) to the
 *      id of a catalog indicator whose kind and unit fit, that indicator is taken.
 * Every match is written into the draft with its evidence, so the editor can check it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidSiteError } from '../lib/issues.ts';
import { readProjectYaml } from '../lib/load/project-yaml.ts';
import type { ExtractedFigure, Kind } from './types.ts';

export interface CatalogIndicator {
  id: string;
  name: { zh: string; en: string };
  topic: string;
  kind: Kind;
  unit: { zh: string; en: string };
  file: string;
}

/**
 * Reads every catalog file as it is now (others edit it concurrently). Entries that do
 * not have the fields the matcher needs are skipped, not reported: `npm run validate`
 * reports them.
 */
export function loadCatalog(root: string): CatalogIndicator[] {
  const folder = join(root, 'data', 'indicators');
  if (!existsSync(folder)) return [];
  const catalog: CatalogIndicator[] = [];
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.yaml')).sort()) {
    let data: unknown;
    try {
      data = readProjectYaml(root, join(folder, file));
    } catch (error) {
      // Unsafe or unreadable files stop the import; a syntax error only skips the file.
      if (error instanceof InvalidSiteError && error.issues.some((issue) => issue.code !== 'yaml-syntax')) throw error;
      continue;
    }
    if (!data || typeof data !== 'object') continue;
    for (const [id, raw] of Object.entries(data as Record<string, unknown>)) {
      const entry = raw as Partial<CatalogIndicator> | null;
      if (!entry?.name?.zh || !entry.kind || !entry.unit) continue;
      catalog.push({
        id,
        name: { zh: entry.name.zh, en: entry.name.en ?? '' },
        topic: entry.topic ?? '',
        kind: entry.kind,
        unit: { zh: entry.unit.zh ?? '', en: entry.unit.en ?? '' },
        file: `data/indicators/${file}`,
      });
    }
  }
  return catalog;
}

const UNIT_FAMILIES: ReadonlyArray<readonly string[]> = [
  ['个', '家', '所', '处', '座'],
  ['人', '名'],
];

export function unitsFit(written: string, catalogUnit: string, kind: Kind): boolean {
  if (kind === 'rate' || kind === 'ratio') return true;
  const base = catalogUnit.split('/')[0] ?? '';
  if (kind === 'amount') return base === '元' && (written === '' || written.startsWith('元'));
  if (written === base) return true;
  return UNIT_FAMILIES.some((family) => family.includes(written) && family.includes(base));
}

export function kindsFit(figureKind: Kind, indicatorKind: Kind): boolean {
  if (figureKind === indicatorKind) return true;
  // "两小时" style averages are written as whole numbers; a whole count may fill an average.
  return figureKind === 'count' && indicatorKind === 'average';
}

/** Same spelling for the same words, so pieces match: 老年人 and 老人 are one. */
function normalize(text: string): string {
  return text.replace(/老年人/g, '老人').replace(/[（）()“”《》、，,·\s的]/g, '');
}

export function namePieces(name: string): string[] {
  const text = normalize(name).replace(/[\d%]/g, '');
  const pieces = new Set<string>();
  for (let index = 0; index + 2 <= text.length; index += 1) pieces.add(text.slice(index, index + 2));
  return [...pieces];
}

export interface IndicatorMatch {
  indicator: CatalogIndicator;
  /** 'name': name pieces found in the label; 'id': the id the label's words translate to
   *  (propose-indicator.ts) is a catalog id of a fitting kind and unit. */
  via: 'name' | 'id';
  /** Name pieces found / name pieces. */
  found: number;
  total: number;
}

/** The period a catalog unit is counted per: 元/人·月 → month, 元/人·年 → year. */
function catalogPeriod(unit: string): string | undefined {
  const word = /[/·](月|年|季度|季|天|日)$/.exec(unit)?.[1];
  return word ? ({ 月: 'month', 年: 'year', 季度: 'quarter', 季: 'quarter', 天: 'day', 日: 'day' } as Record<string, string>)[word] : undefined;
}

/** A money standard stated per year does not fill a per-month indicator, nor the reverse. */
export function periodsFit(per: string | undefined, catalogUnit: string): boolean {
  const wanted = catalogPeriod(catalogUnit);
  return !per || !wanted || per === wanted;
}

/**
 * Words that set the level of what is counted: 乡镇 and 县级 centres are different things,
 * and 社区社会组织 is a kind of 社会组织. An indicator whose name carries one of these words
 * matches only a label that carries it too.
 */
const LEVEL_WORDS = ['乡镇', '街道', '社区', '村级', '县级', '区级', '市级', '省级', '农村', '城市', '县', '镇'] as const;

export function levelsFit(label: string, indicatorName: string): boolean {
  let name = indicatorName;
  for (const word of LEVEL_WORDS) {
    if (!name.includes(word)) continue;
    if (!label.includes(word)) return false;
    name = name.split(word).join(''); // 乡镇 covers its 镇
  }
  return true;
}

export function matchIndicator(figure: Pick<ExtractedFigure, 'kind' | 'unit' | 'label'> & { per?: string }, catalog: readonly CatalogIndicator[]): IndicatorMatch | undefined {
  const label = normalize(figure.label);
  const threshold = figure.kind === 'ratio' || figure.kind === 'per-thousand' ? 1 / 3 : 0.6;
  const scored = catalog
    .filter((indicator) => kindsFit(figure.kind, indicator.kind) && unitsFit(figure.unit, indicator.unit.zh, indicator.kind))
    .filter((indicator) => periodsFit(figure.per, indicator.unit.zh) && levelsFit(label, normalize(indicator.name.zh)))
    .map((indicator) => {
      const pieces = namePieces(indicator.name.zh);
      const found = pieces.filter((piece) => label.includes(piece)).length;
      return { indicator, found, total: pieces.length, score: pieces.length === 0 ? 0 : found / pieces.length };
    })
    .filter((candidate) => candidate.score >= threshold)
    .filter((candidate) => candidate.found >= 2 || label === normalize(candidate.indicator.name.zh))
    // The name that explains more of the label wins: "建成城市社区养老服务设施" is about
    // 社区养老服务设施 (6 pieces found), not 城市社区 (3 pieces, though all of them).
    .sort((a, b) => b.found - a.found || b.score - a.score);
  const [best, second] = scored;
  if (!best) return undefined;
  if (second && second.score === best.score && second.found === best.found) return undefined;
  return { indicator: best.indicator, via: 'name', found: best.found, total: best.total };
}

/** Step 4: the catalog indicator whose id the label's words translate to, if it fits. */
export function matchById(figure: Pick<ExtractedFigure, 'kind' | 'unit' | 'label'> & { per?: string }, proposedId: string, catalog: readonly CatalogIndicator[]): IndicatorMatch | undefined {
  const indicator = catalog.find((candidate) => candidate.id === proposedId);
  if (!indicator || !kindsFit(figure.kind, indicator.kind) || !unitsFit(figure.unit, indicator.unit.zh, indicator.kind)) return undefined;
  if (!periodsFit(figure.per, indicator.unit.zh) || !levelsFit(normalize(figure.label), normalize(indicator.name.zh))) return undefined;
  return { indicator, via: 'id', found: 0, total: namePieces(indicator.name.zh).length };
}
