/// <reference types="astro/client" />

declare module 'virtual:annals/site' {
  const site: import('./lib/model.ts').Site;
  export default site;
  /** One report, read on its own (src/lib/site-data.ts); throws if there is none. */
  export function loadReport(bureauId: string, year: number): import('./lib/model.ts').Report;
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
