/**
 * The Annals integration: validates the whole site before Astro builds or serves it, and
 * hands the validated data to pages as the virtual module `virtual:annals/site` (the Site,
 * and `loadReport` for one report). In a build the module holds no data: it reads the
 * prepared JSON files of src/lib/site-data.ts while pages render, and a report page reads
 * only its own report's file.
 *
 * Validation failure stops `astro build` with the same messages as `npm run validate`.
 * `astro dev` stays up: while there are problems, every page is the problem page
 * (src/lib/preview/), and saving any data or narrative file re-validates; open pages
 * reload by themselves (src/lib/preview/reload-channel.ts). Warnings appear, in dev only, in a panel on the page they concern.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';
import { importReviewPlugin } from '../import/review-page/plugin.ts';
import { formatIssue, formatIssues, InvalidSiteError } from '../lib/issues.ts';
import { loadSite, type LoadResult } from '../lib/load-site.ts';
import type { Site } from '../lib/model.ts';
import { readWarnings, writeSiteData } from '../lib/site-data.ts';
import { normalizeBase } from '../lib/routes.ts';
import { problemPageMiddleware } from '../lib/preview/problem-middleware.ts';
import { ReloadChannel } from '../lib/preview/reload-channel.ts';
import { warningPanels } from '../lib/preview/warnings-panel.ts';

const VIRTUAL_ID = 'virtual:annals/site';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const PREVIEW_ID = 'virtual:annals/preview';
const RESOLVED_PREVIEW_ID = `\0${PREVIEW_ID}`;
const INPUT_FILE = /[/\\](data|content)[/\\].*\.(ya?ml|mdx)$/;
/** How long after a file event the data is read again (see `revalidate`). */
const SETTLE_MS = 150;

interface SiteState {
  root: string;
  publicDir: string;
  result: LoadResult;
  lastValidSite?: Site;
  channel: ReloadChannel;
  /** Vite's base URL, ending in "/" (set when the dev server starts). */
  base: string;
  /** In a build: the folder of prepared data (src/lib/site-data.ts) that pages read. */
  dataDir?: string;
}

// JSON is valid JS; "<" is escaped so no data string can close a script element.
const asModule = (value: unknown): string => `export default ${JSON.stringify(value).replace(/</g, '\\u003c')};`;
const SITE_DATA = fileURLToPath(new URL('../lib/site-data.ts', import.meta.url));

/** The build's module: the Site read from the prepared folder at render time, and each report from its own file. */
const dataModule = (dir: string): string =>
  `import { readReport, readSite } from ${JSON.stringify(SITE_DATA)};\n` +
  `const dir = ${JSON.stringify(dir)};\n` +
  `export default readSite(dir);\n` +
  `export const loadReport = (bureauId, year) => readReport(dir, bureauId, year);\n`;

/** The dev server's module: the last valid Site inline (it changes on every save), and lookups in it. */
const inlineModule = (site: Site): string =>
  `const site = ${JSON.stringify(site).replace(/</g, '\\u003c')};\n` +
  `export default site;\n` +
  `export function loadReport(bureauId, year) {\n` +
  `  const report = site.reports.find((candidate) => candidate.bureauId === bureauId && candidate.year === year);\n` +
  `  if (!report) throw new Error(\`No report \${bureauId} \${year}\`);\n` +
  `  return report;\n}\n`;

function siteModule(state: SiteState, logger: AstroIntegrationLogger): Plugin {
  return {
    name: 'annals:site',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : id === PREVIEW_ID ? RESOLVED_PREVIEW_ID : undefined),
    load(id) {
      const { result } = state;
      if (id === RESOLVED_PREVIEW_ID) {
        const panels = result.site ? warningPanels(result.site, result.warnings, state.root) : {};
        return asModule({ panels, client: state.channel.scriptTag(state.base) });
      }
      if (id !== RESOLVED_ID) return undefined;
      if (state.dataDir) return dataModule(state.dataDir);
      for (const file of result.files) this.addWatchFile(file);
      // A page already being rendered when a save breaks the data finishes with the last
      // valid site; the reload that follows shows the problem page.
      const site = result.site ?? state.lastValidSite;
      if (!site) throw new InvalidSiteError(result.issues);
      return inlineModule(site);
    },
    configureServer(server) {
      state.base = server.config.base;
      state.channel.attach(server);
      server.middlewares.use(state.channel.middleware(state.base));
      server.middlewares.use(
        problemPageMiddleware({ root: state.root, publicDir: state.publicDir, client: () => state.channel.scriptTag(state.base), problems: () => state.result.issues }),
      );
      const read = (): void => {
        const before = fingerprint(state.result);
        state.result = loadSite(state.root);
        state.lastValidSite = state.result.site ?? state.lastValidSite;
        for (const id of [RESOLVED_ID, RESOLVED_PREVIEW_ID]) {
          const module = server.moduleGraph.getModuleById(id);
          if (module) server.moduleGraph.invalidateModule(module);
        }
        // Open pages reload only when what they show would change.
        if (fingerprint(state.result) !== before) state.channel.publish();
      };
      let told = state.result;
      let settle: ReturnType<typeof setTimeout> | undefined;
      const revalidate = (file: string) => {
        if (!INPUT_FILE.test(file)) return;
        // At once, so pages reload (and any page Vite re-renders for this change sees the new
        // state)...
        read();
        // ...and again once the save has settled, since the event may come between an editor
        // truncating and writing the file. The terminal hears only the settled outcome.
        clearTimeout(settle);
        settle = setTimeout(() => {
          read();
          if (fingerprint(state.result) !== fingerprint(told)) reportToTerminal(told, state.result, logger);
          told = state.result;
        }, SETTLE_MS);
      };
      server.watcher.add([`${state.root}/data`, `${state.root}/content`]);
      server.watcher.on('change', revalidate);
      server.watcher.on('add', revalidate);
      server.watcher.on('unlink', revalidate);
    },
  };
}

/** What pages and the problem page show of a validation, to tell whether it changed. */
function fingerprint(result: LoadResult): string {
  return JSON.stringify([result.site, result.issues, result.warnings]);
}

/** The located bilingual list, never a stack trace; a line when the problems are gone. */
function reportToTerminal(before: LoadResult | undefined, after: LoadResult, logger: AstroIntegrationLogger): void {
  if (!after.site) logger.error(`\n${formatIssues(after.issues)}`);
  else if (before && !before.site) logger.info('没有问题了，页面已恢复。 / No problems left; the pages are back.');
  if (after.site && after.warnings.length > 0) {
    logger.warn(`${after.warnings.length} 条提示，显示在相关页面上。 / ${after.warnings.length} warning(s), shown on the pages they concern.`);
  }
}

/** Where narratives.ts finds the site's content/: an alias, because the site folder may be outside the project. */
export const SITE_ALIAS = '@annals-site';

export interface AnnalsIntegrationOptions {
  /** The site's folder (data/, content/), anywhere on disk. */
  siteRoot: string;
  /** This project (Astro's root): where packages are resolved from. */
  projectDir: string;
  /** A validation of siteRoot made by the caller for this build: used instead of validating again. */
  validated?: LoadResult;
  /**
   * A build: the folder where the caller (buildSite, in another process) has prepared the
   * validated site (src/lib/site-data.ts). Neither validates nor prepares again.
   */
  dataDir?: string;
}

export function annals({ siteRoot: root, projectDir, validated, dataDir }: AnnalsIntegrationOptions): AstroIntegration {
  /** A data folder this integration prepared itself, removed when the build is done. */
  let ownDataDir: string | undefined;
  return {
    name: 'annals',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, addMiddleware, logger, command }) => {
        // Validate once per build: buildSite has done it already; dev keeps re-validating.
        const prepared = command === 'build' ? dataDir : undefined;
        const result: LoadResult = prepared ? { issues: [], warnings: readWarnings(prepared), files: [] } : command === 'build' && validated ? validated : loadSite(root);
        const state: SiteState = {
          root,
          publicDir: fileURLToPath(config.publicDir),
          result,
          ...(result.site && { lastValidSite: result.site }),
          channel: new ReloadChannel(),
          base: '/',
          ...(prepared && { dataDir: prepared }),
        };
        if (command === 'build') {
          if (!prepared && !state.result.site) {
            logger.error(`\n${formatIssues(state.result.issues)}`);
            throw new Error(`Annals: ${state.result.issues.length} problem(s) in the site's data, listed above.`);
          }
          for (const warning of state.result.warnings) logger.warn(formatIssue(warning));
          if (!prepared) {
            const dir = mkdtempSync(join(tmpdir(), 'annals-data-'));
            ownDataDir = dir;
            // Removed when the build is done, or with the process if the build fails.
            process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
            writeSiteData(dir, { site: state.result.site!, warnings: [] });
            state.dataDir = dir;
          }
        } else {
          reportToTerminal(undefined, state.result, logger);
        }
        // Warnings are for editors at work; the built site never carries the panel.
        if (command === 'dev') addMiddleware({ entrypoint: new URL('../lib/preview/warnings-middleware.ts', import.meta.url), order: 'post' });
        updateConfig({
          vite: {
            // The import review page (/_import/) exists in the dev server only, and comes first
            // so it answers even while the problem page answers every other page.
            plugins: [...(command === 'dev' ? [importReviewPlugin(root)] : []), siteModule(state, logger)],
            resolve: { alias: { [SITE_ALIAS]: root } },
            // The base for src/lib/routes.ts, in server and client code alike.
            define: { __ANNALS_BASE__: JSON.stringify(normalizeBase(config.base)) },
            // The dev server may read narratives from the site folder wherever it is.
            server: { fs: { allow: [projectDir, root] } },
          },
        });
      },
      'astro:build:done': () => {
        if (ownDataDir) rmSync(ownDataDir, { recursive: true, force: true });
      },
    },
  };
}
