/** The indicator catalog, possibly split across files in data/indicators/; each id once. */
import { join } from 'node:path';
import { indicatorCatalogFileSchema, indicatorSchema } from '../../schemas/indicator.ts';
import type { IndicatorEntry } from '../model.ts';
import { locate } from '../yaml-source.ts';
import type { LoadContext } from './context.ts';

/** Stands for "any id may be broken" when a catalog file could not be read at all. */
class EveryId extends Set<string> {
  override has(): boolean {
    return true;
  }
}

/**
 * `brokenIds` lists ids present but invalid, so reports stay quiet about them; when a
 * catalog file cannot be read at all (a link, another encoding, broken syntax), its file's
 * issue says so and no figure is blamed for an unknown indicator.
 */
export function loadCatalog(context: LoadContext): { indicators: Record<string, IndicatorEntry>; brokenIds: ReadonlySet<string> } {
  const indicators: Record<string, IndicatorEntry> = {};
  const brokenIds = new Set<string>();
  let unreadable = false;
  const folder = join(context.root, 'data', 'indicators');
  const files = context.list(folder, '.yaml');
  if (files.length === 0) context.nothingIn(folder, '指标目录文件（.yaml）', 'indicator catalog files (.yaml)');
  for (const path of files) {
    const loaded = context.read(path);
    if (loaded.data === undefined) unreadable = true;
    const { entries, broken } = context.validateRecord(indicatorSchema, indicatorCatalogFileSchema, loaded);
    for (const id of broken) brokenIds.add(id);
    for (const [id, indicator] of Object.entries(entries)) {
      const existing = indicators[id];
      if (existing) {
        context.issues.push({ file: loaded.source.file, ...locate(loaded.source, [id], true), field: id, code: 'duplicate-indicator', params: { key: id, other: existing.file } });
        continue;
      }
      indicators[id] = { ...indicator, id, file: loaded.source.file };
    }
  }
  return { indicators, brokenIds: unreadable ? new EveryId() : brokenIds };
}
