/**
 * The Annals integration: validates the whole site before Astro builds or serves it, and
 * hands the validated data to pages as the virtual module `virtual:annals/site`.
 *
 * Validation failure stops `astro build` and `astro dev` with the same messages as
 * `npm run validate`. In dev, a changed data or narrative file re-validates and reloads.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { formatIssue, formatIssues, InvalidSiteError } from '../lib/issues.ts';
import { loadSite, type LoadResult } from '../lib/load-site.ts';
import { normalizeBase } from '../lib/routes.ts';

const VIRTUAL_ID = 'virtual:annals/site';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

function siteModule(root: string, getResult: () => LoadResult, setResult: (result: LoadResult) => void): Plugin {
  return {
    name: 'annals:site',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const result = getResult();
      for (const file of result.files) this.addWatchFile(file);
      if (!result.site) throw new InvalidSiteError(result.issues);
      // JSON is valid JS; "<" is escaped so no data string can close a script element.
      return `export default ${JSON.stringify(result.site).replace(/</g, '\\u003c')};`;
    },
    configureServer(server) {
      const reload = (file: string) => {
        if (!/[/\\](data|content)[/\\].*\.(ya?ml|mdx)$/.test(file)) return;
        const result = loadSite(root);
        setResult(result);
        if (!result.site) server.config.logger.error(formatIssues(result.issues));
        const module = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.add([`${root}/data`, `${root}/content`]);
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
    },
  };
}

/** Where narratives.ts finds the site's content/: an alias, because the site folder may be outside the project. */
export const SITE_ALIAS = '@annals-site';

export interface AnnalsIntegrationOptions {
  /** The site's folder (data/, content/), anywhere on disk. */
  siteRoot: string;
  /** This project (Astro's root): where packages are resolved from. */
  projectDir: string;
}

export function annals({ siteRoot: root, projectDir }: AnnalsIntegrationOptions): AstroIntegration {
  let result: LoadResult;
  return {
    name: 'annals',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, logger, command }) => {
        result = loadSite(root);
        for (const warning of result.warnings) logger.warn(formatIssue(warning));
        if (!result.site) {
          logger.error(`\n${formatIssues(result.issues)}`);
          // The dev server stays up to show fixes as they are made; a build stops here.
          if (command === 'build') throw new Error(`Annals: ${result.issues.length} problem(s) in the site's data, listed above.`);
        }
        updateConfig({
          vite: {
            plugins: [siteModule(root, () => result, (next) => { result = next; })],
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
