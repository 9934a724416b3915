/**
 * The Annals integration: validates the whole site before Astro builds or serves it, and
 * hands the validated data to pages as the virtual module `virtual:annals/site`.
 *
 * Validation failure stops `astro build` with the same messages as `npm run validate`.
 * `astro dev` stays up: while there are problems, every page is the problem page
 * (src/lib/preview/), and saving any data or narrative file re-validates; open pages
 * reload by themselves (src/lib/preview/reload-channel.ts). Warnings appear, in dev only, in a panel on the page they concern.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';
import { importReviewPlugin } from '../import/review-page/plugin.ts';
import { formatIssue, formatIssues, InvalidSiteError } from '../lib/issues.ts';
import { loadSite, type LoadResult } from '../lib/load-site.ts';
import type { Site } from '../lib/model.ts';
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
}

// JSON is valid JS; "<" is escaped so no data string can close a script element.
const asModule = (value: unknown): string => `export default ${JSON.stringify(value).replace(/</g, '\\u003c')};`;

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
      for (const file of result.files) this.addWatchFile(file);
      // A page already being rendered when a save breaks the data finishes with the last
      // valid site; the reload that follows shows the problem page. A build never gets here
      // with problems (setup stops it).
      const site = result.site ?? state.lastValidSite;
      if (!site) throw new InvalidSiteError(result.issues);
      return asModule(site);
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
  /** A validation of siteRoot made by the caller for this build (buildSite): used instead of validating again. */
  validated?: LoadResult;
}

export function annals({ siteRoot: root, projectDir, validated }: AnnalsIntegrationOptions): AstroIntegration {
  return {
    name: 'annals',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, addMiddleware, logger, command }) => {
        // Validate once per build: buildSite has done it already; dev keeps re-validating.
        const result = command === 'build' && validated ? validated : loadSite(root);
        const state: SiteState = {
          root,
          publicDir: fileURLToPath(config.publicDir),
          result,
          ...(result.site && { lastValidSite: result.site }),
          channel: new ReloadChannel(),
          base: '/',
        };
        if (command === 'build') {
          if (!state.result.site) {
            logger.error(`\n${formatIssues(state.result.issues)}`);
            throw new Error(`Annals: ${state.result.issues.length} problem(s) in the site's data, listed above.`);
          }
          for (const warning of state.result.warnings) logger.warn(formatIssue(warning));
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
    },
  };
}
