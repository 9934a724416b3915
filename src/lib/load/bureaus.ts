/** The publishers, data/bureaus.yaml. */
import { join } from 'node:path';
import { bureausFileSchema, bureauSchema } from '../../schemas/bureau.ts';
import type { BureauEntry } from '../model.ts';
import { closest } from '../suggest.ts';
import { locate } from '../yaml-source.ts';
import type { LoadContext } from './context.ts';
import { checkParentCycles } from './facts.ts';
import { entryExists } from './read-file.ts';

export function loadBureaus(context: LoadContext): { bureaus: Record<string, BureauEntry>; brokenIds: Set<string> } {
  const bureaus: Record<string, BureauEntry> = {};
  const path = join(context.root, 'data', 'bureaus.yaml');
  if (!entryExists(path)) {
    context.nothingIn(join(context.root, 'data'), '机构文件 bureaus.yaml', 'bureaus file bureaus.yaml');
    return { bureaus, brokenIds: new Set() };
  }
  const loaded = context.read(path);
  const { entries, broken } = context.validateRecord(bureauSchema, bureausFileSchema, loaded);
  // An empty file (or comments only) is valid YAML and an empty mapping: without this, every
  // report would load under a bureau nobody defined, and no message would say so.
  const data = loaded.data;
  if (data === null || (typeof data === 'object' && !Array.isArray(data) && Object.keys(data).length === 0)) {
    context.nothingIn(path, '机构', 'bureaus');
  }
  for (const [id, bureau] of Object.entries(entries)) bureaus[id] = { ...bureau, id };
  for (const bureau of Object.values(bureaus)) {
    if (!bureau.parent || bureaus[bureau.parent] || broken.has(bureau.parent)) continue;
    context.issues.push({
      file: loaded.source.file, ...locate(loaded.source, [bureau.id, 'parent']), field: `${bureau.id}.parent`,
      code: 'unknown-bureau', params: { found: bureau.parent, suggestion: closest(bureau.parent, Object.keys(bureaus)) ?? '' },
    });
  }
  const parents = new Map(Object.values(bureaus).flatMap((bureau) => (bureau.parent ? [[bureau.id, bureau.parent] as const] : [])));
  context.issues.push(...checkParentCycles(parents, loaded.source));
  return { bureaus, brokenIds: broken };
}
