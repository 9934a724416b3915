/** The compiled narratives, loaded lazily: a page imports only its own report's MDX. */
import type { Locale } from '../schemas/common.ts';

type NarrativeModule = { default: (props: Record<string, unknown>) => unknown };

// Root-relative: resolves against the site root, so fixture sites bring their own content.
const modules = import.meta.glob<NarrativeModule>('/content/reports/*/*/*.mdx');

export async function loadNarrative(bureauId: string, year: number, lang: Locale): Promise<NarrativeModule['default'] | undefined> {
  const load = modules[`/content/reports/${bureauId}/${year}/${lang}.mdx`];
  return load ? (await load()).default : undefined;
}
