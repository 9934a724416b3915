/**
 * data/federation.yaml (optional): the separately deployed Annals sites whose search the
 * portal page (/portal/) searches together with this site's own (federated search). Each
 * site is given by its public address, the folder its index.html is served from; its
 * search bundle is that address + "pagefind/". Its host must allow this site to read the
 * bundle (CORS: docs/scale.md).
 */
import { z } from 'astro/zod';
import { localizedSchema } from './common.ts';

export const federatedSiteSchema = z.strictObject({
  /** How results from this site are labelled, and the value of the portal's "site" filter. */
  name: localizedSchema,
  /** The site's public address, http(s), e.g. https://mzj.example.gov.cn/annals/ */
  url: z.url({ protocol: /^https?$/, error: 'url' }),
});

export const federationFileSchema = z.strictObject({
  sites: z.array(federatedSiteSchema).min(1),
});
export type FederatedSite = z.infer<typeof federatedSiteSchema>;
