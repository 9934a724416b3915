/**
 * In the browser: federated search. The search page of a site with data/federation.yaml
 * lists other Annals sites (`data-sites`: [{ name, url }], names in the page's language);
 * their search bundles (url + "pagefind/", and any shard indexes they list) are merged
 * into this site's Pagefind with `mergeIndex`, each with a synthetic `site` filter, so one
 * query searches every site and the "site" filter narrows to one. Reading another host's
 * bundle needs that host to send `Access-Control-Allow-Origin` (docs/scale.md).
 */
import { mergeListedIndexes, type MergeablePagefind } from '../shard/merge-indexes.ts';

export interface FederatedSiteRef {
  name: string;
  /** The site's address, ending in "/". */
  url: string;
}

interface FederablePagefind extends MergeablePagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
}

/** Reads the page's list of sites; [] when there is none or it is malformed. */
export function listedSites(json: string | undefined): FederatedSiteRef[] {
  try {
    const sites = JSON.parse(json ?? '[]') as unknown;
    return Array.isArray(sites) ? sites.filter((site): site is FederatedSiteRef => typeof site?.name === 'string' && typeof site?.url === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Merges every listed site's bundle, after `init()`; `own` is the label of this site's
 * hits. Returns the label of the site a hit's URL belongs to. A site whose bundle cannot
 * be read is left out (its hits are missing, the others still come), and reported in `failed`.
 */
export async function mergeFederatedSites(pagefind: FederablePagefind, sites: readonly FederatedSiteRef[], own: string, options: Record<string, unknown>): Promise<{ siteOf: (url: string) => string; failed: string[] }> {
  await pagefind.options({ mergeFilter: { site: own } });
  const failed: string[] = [];
  for (const site of sites) {
    const bundle = new URL('pagefind/', site.url).href;
    const siteOptions = { ...options, baseUrl: site.url, mergeFilter: { site: site.name } };
    try {
      // Probe first: Pagefind fails every search if one merged index cannot load.
      const probe = await fetch(new URL('pagefind-entry.json', bundle));
      if (!probe.ok) throw new Error(`HTTP ${probe.status}`);
      await pagefind.mergeIndex(bundle, siteOptions);
      await mergeListedIndexes(pagefind, siteOptions, bundle);
    } catch {
      failed.push(site.name);
    }
  }
  const siteOf = (url: string): string => sites.find((site) => url.startsWith(site.url))?.name ?? own;
  return { siteOf, failed };
}
