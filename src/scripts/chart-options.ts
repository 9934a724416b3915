/**
 * The Chart.js configuration of a chart payload (src/lib/charts/): the JSON plus what JSON
 * cannot carry — tooltip and tick functions. Shared by the page's charts and the PNG.
 */
import type { ChartConfiguration, Scale, TooltipItem } from 'chart.js';
import { tickFormatter } from '../lib/charts/ticks.ts';
import type { ChartPayload } from '../lib/charts/types.ts';

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

/** What every drawn point carries (src/lib/charts/types.ts). */
type Point = { tip: string; when: string; y: unknown };

/** The Chart.js configuration of a payload: functions added to the JSON. */
export function chartConfiguration({ config, ticks, time }: ChartPayload, extra: { animate: boolean }): ChartConfiguration {
  const format = tickFormatter(ticks);
  const labels = new Map(time.map((tick) => [tick.value, tick.label]));
  return {
    ...config,
    options: {
      ...config.options,
      animation: extra.animate && !reducedMotion.matches ? { duration: 400 } : false,
      plugins: {
        ...config.options.plugins,
        tooltip: {
          ...config.options.plugins.tooltip,
          // A gap (a year with no value) has nothing to say.
          filter: (item: TooltipItem<'line' | 'bar'>) => (item.raw as Point).y !== null,
          callbacks: {
            title: (items: TooltipItem<'line' | 'bar'>[]) => (items[0]?.raw as Point | undefined)?.when ?? '',
            // The exact text of src/lib/format.ts, carried in each point.
            label: (item: TooltipItem<'line' | 'bar'>) => (item.raw as Point).tip,
          },
        },
      },
      scales: {
        ...config.options.scales,
        x: {
          ...config.options.scales.x,
          // Ticks at the dates the build chose, labelled as the page's language writes them.
          afterBuildTicks: (scale: Scale) => {
            scale.ticks = time.map((tick) => ({ value: tick.value }));
          },
          ticks: { autoSkip: true, maxRotation: 0, callback: (value: number | string) => labels.get(Number(value)) ?? '' },
        },
        y: { ...config.options.scales.y, ticks: { callback: format } },
      },
    },
  } as unknown as ChartConfiguration;
}

