/** The portal's federated sites, data/federation.yaml (optional; none when absent). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { federationFileSchema, type FederatedSite } from '../../schemas/federation.ts';
import type { LoadContext } from './context.ts';

/**
 * The listed sites in file order, each url ending in "/" (the folder its pages and
 * pagefind/ live in). Schema problems go to the context, located.
 */
export function loadFederation(context: LoadContext): FederatedSite[] {
  const path = join(context.root, 'data', 'federation.yaml');
  if (!existsSync(path)) return [];
  const file = context.validate(federationFileSchema, context.read(path));
  if (!file) return [];
  return file.sites.map((site) => ({ name: site.name, url: new URL(site.url).href.replace(/\/?$/, '/') }));
}
