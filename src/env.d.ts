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

declare module 'virtual:annals/warnings' {
  /** Page path → warnings panel HTML (dev only; src/lib/preview/warnings-panel.ts). */
  const panels: Record<string, string>;
  export default panels;
}
