/** The compiled narratives, loaded lazily: a page imports only its own report's MDX. */
import type { Locale } from '../schemas/common.ts';

type NarrativeModule = { default: (props: Record<string, unknown>) => unknown };

// Through the integration's alias for the site's folder (src/integrations/annals.ts), which
// may be outside the project: fixture sites and bureaus' own repositories bring their content.
const modules = import.meta.glob<NarrativeModule>('@annals-site/content/reports/*/*/*.mdx');
/** Keys by report and language ("donghu/2022/zh"), whatever form Vite gives the globbed paths. */
const byReport = new Map(Object.entries(modules).map(([path, load]) => [path.split('/').slice(-3).join('/').replace(/\.mdx$/, ''), load]));

export async function loadNarrative(bureauId: string, year: number, lang: Locale): Promise<NarrativeModule['default'] | undefined> {
  const load = byReport.get(`${bureauId}/${year}/${lang}`);
  return load ? (await load()).default : undefined;
}
