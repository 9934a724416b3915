/**
 * Small multiples: when the series of one chart differ in size by more than MAGNITUDE_SPLIT
 * times, one axis would flatten the small ones against zero (a district's 2,328 next to a
 * nation's millions), so the chart is drawn as one panel per bureau level, each with its own
 * value axis and table. The threshold and its reason: docs/charts.md.
 */
import type { Figure } from '../model.ts';
import type { ChartPointInput } from './types.ts';

/** Largest ÷ smallest series size above which a chart splits by bureau level. */
export const MAGNITUDE_SPLIT = 20;

/** Bureau levels from the largest down: the order of the panels. */
export const LEVEL_ORDER = ['national', 'province', 'municipality', 'city', 'district', 'county', 'other'] as const;

/** A point with the level of its bureau (data/bureaus.yaml `level`). */
export interface LevelledPoint extends ChartPointInput {
  bureauLevel: string;
}

export interface ChartPanel {
  /** The bureau level of the panel's points; undefined when the chart is not split. */
  level: string | undefined;
  points: LevelledPoint[];
}

/** The size a figure draws at: its value, or a range's high end; undefined when it is not drawn. */
function sizeOf(figure: Figure): number | undefined {
  if (figure.asOf === '') return undefined;
  if (figure.value.type === 'number') return Math.abs(Number(figure.value.number.plain));
  if (figure.value.type === 'range') return Math.abs(Number(figure.value.high.plain));
  return undefined;
}

/**
 * The largest drawn value of each bureau ÷ the smallest such (over bureaus with a size above
 * zero); 1 when fewer than two bureaus have one.
 */
export function magnitudeSpread(points: readonly ChartPointInput[]): number {
  const largest = new Map<string, number>();
  for (const { figure } of points) {
    const size = sizeOf(figure);
    if (size === undefined) continue;
    largest.set(figure.bureauId, Math.max(largest.get(figure.bureauId) ?? 0, size));
  }
  const sizes = [...largest.values()].filter((size) => size > 0);
  if (sizes.length < 2) return 1;
  return Math.max(...sizes) / Math.min(...sizes);
}

/**
 * One panel for all points, or, when their spread exceeds MAGNITUDE_SPLIT and they span more
 * than one bureau level, one panel per level in LEVEL_ORDER (unknown levels last, by name).
 */
export function chartPanels(points: readonly LevelledPoint[]): ChartPanel[] {
  const levels = [...new Set(points.map((point) => point.bureauLevel))];
  if (levels.length < 2 || magnitudeSpread(points) <= MAGNITUDE_SPLIT) return [{ level: undefined, points: [...points] }];
  const rank = (level: string): number => {
    const index = (LEVEL_ORDER as readonly string[]).indexOf(level);
    return index === -1 ? LEVEL_ORDER.length : index;
  };
  levels.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return levels.map((level) => ({ level, points: points.filter((point) => point.bureauLevel === level) }));
}
