/**
 * The baseline the benchmark compares Annals with: a bare Astro + MDX + Pagefind site that
 * renders the same narratives (the generated site's content/), one page each, with stub
 * <Figure>/<Chart> components (the id as text), then indexes them with Pagefind. No data,
 * no validation, no downloads: what any static site of these pages costs.
 *
 * Written into `<project>/.annals/bench/bare-<N>/` (inside the project, so `astro` and
 * `@astrojs/mdx` resolve from its node_modules); built by child.ts `bare`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const CONFIG = `import mdx from '@astrojs/mdx';
export default { integrations: [mdx()], build: { format: 'directory' }, devToolbar: { enabled: false } };
`;

const FIGURE = `---
const { id } = Astro.props;
---
<span class="figure" id={id}>{id}</span>
`;

const CHART = `---
const { indicator } = Astro.props;
---
<figure class="chart"><figcaption>{indicator}</figcaption></figure>
`;

const page = (contentGlob: string): string => `---
import Figure from '../../components/Figure.astro';
import Chart from '../../components/Chart.astro';
export function getStaticPaths() {
  const narratives = import.meta.glob('${contentGlob}');
  return Object.entries(narratives).map(([path, load]) => ({
    params: { slug: path.replace(/^.*\\/reports\\//, '').replace(/\\.mdx$/, '') },
    props: { load, lang: path.endsWith('/en.mdx') ? 'en' : 'zh-CN' },
  }));
}
const { load, lang } = Astro.props;
const { default: Content, frontmatter } = await load();
---
<html lang={lang}><head><meta charset="utf-8" /><title>{frontmatter.title}</title></head>
<body><main data-pagefind-body><h1>{frontmatter.title}</h1><p>{frontmatter.summary}</p><Content components={{ Figure, Chart }} /></main></body></html>
`;

/** Writes the bare project for the generated site at `siteDir`; returns its folder. */
export function writeBareSite(projectRoot: string, siteDir: string, reports: number): string {
  const dir = join(projectRoot, '.annals', 'bench', `bare-${reports}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages', 'reports'), { recursive: true });
  mkdirSync(join(dir, 'src', 'components'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src', 'components', 'Figure.astro'), FIGURE);
  writeFileSync(join(dir, 'src', 'components', 'Chart.astro'), CHART);
  const glob = `${relative(join(dir, 'src', 'pages', 'reports'), join(siteDir, 'content', 'reports'))}/**/*.mdx`;
  writeFileSync(join(dir, 'src', 'pages', 'reports', '[...slug].astro'), page(glob));
  return dir;
}
