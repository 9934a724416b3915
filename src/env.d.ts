/// <reference types="astro/client" />

declare module 'virtual:annals/site' {
  const site: import('./lib/model.ts').Site;
  export default site;
}

declare namespace App {
  interface Locals {
    /** The report a narrative belongs to, so <Figure id> needs only the id. */
    narrative?: { bureauId: string; year: number; lang: import('./schemas/common.ts').Locale };
  }
}

declare module 'virtual:annals/preview' {
  /** Dev only: page path → warnings panel HTML, and the reload script tag (src/lib/preview/). */
  const preview: { panels: Record<string, string>; client: string };
  export default preview;
}
