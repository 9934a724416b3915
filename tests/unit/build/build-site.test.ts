/**
 * buildSite's orchestration in-process (src/lib/build-site.ts), all or nothing: the real
 * loader on a copy of tests/fixtures/basic, the real lock, staging, marker and swap on temp
 * folders, with only the two slow steps replaced: Astro's `build` writes a tiny site into
 * the folder it is given (run in this process, not the renderer's), and Pagefind's
 * `indexSite` writes a stand-in index. Faults come
 * through ANNALS_FAULT as in real builds (tests/build/build-safety.test.ts does the same
 * through child processes and a real Astro build). Every expected folder and message is
 * written out by hand.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { copyFixture, type FixtureCopy } from '../../helpers/fixture.ts';

type Config = { outDir: string; site?: string; base?: string; configFile?: boolean; logLevel?: string; integrations?: unknown[] };
type Leftover = { path: string; code: string } | undefined;

/** The replaced steps and seams, set per test; by default they behave like a good build. */
const seams = vi.hoisted(() => ({
  render: undefined as undefined | ((config: Config) => Promise<void>),
  index: undefined as undefined | ((dir: string) => Promise<{ pages: number }>),
  /** Holds back the deletion of the replaced site until opened (undefined: not held). */
  removalGate: undefined as undefined | Promise<void>,
  /** Extra folders recoverLeftovers "could not remove". */
  unremovable: [] as { path: string; code: string }[],
  builds: [] as Config[],
  indexed: [] as string[],
}));

vi.mock('astro', () => ({
  build: async (config: Config) => {
    seams.builds.push(config);
    await seams.render!(config);
  },
}));
// The renderer's process runs in-process here: the real job (src/lib/render-child.ts, the
// site's Astro configuration on the prepared data) with Astro's build replaced above.
vi.mock('../../../src/lib/child-step.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/lib/child-step.ts')>();
  return {
    ...real,
    runChild: async (_script: string, step: { args?: string[] }) => {
      const { renderJob } = await import('../../../src/lib/render-child.ts');
      return renderJob(JSON.parse(step.args![0]!));
    },
  };
});
vi.mock('../../../src/lib/search-index.ts', () => ({
  indexSite: async (dir: string) => {
    seams.indexed.push(dir);
    return seams.index!(dir);
  },
}));
vi.mock('../../../src/lib/build/swap.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/lib/build/swap.ts')>();
  return {
    ...real,
    swapIn: async (...args: Parameters<typeof real.swapIn>) => {
      const { removal } = await real.swapIn(...args);
      const gate = seams.removalGate;
      return { removal: gate ? gate.then(() => removal) : removal };
    },
  };
});
vi.mock('../../../src/lib/build/workdir.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/lib/build/workdir.ts')>();
  return {
    ...real,
    recoverLeftovers: (...args: Parameters<typeof real.recoverLeftovers>) => [...real.recoverLeftovers(...args), ...seams.unremovable],
  };
});

const { abortActiveBuild, buildSite } = await import('../../../src/lib/build-site.ts');
const { BuildError } = await import('../../../src/lib/build/errors.ts');
const { InvalidSiteError } = await import('../../../src/lib/issues.ts');

/** Writes a tiny site, as a stand-in Astro would, then runs the fault hook as Astro would. */
async function astroWrites(config: Config, text = 'new'): Promise<void> {
  mkdirSync(join(config.outDir, 'en'), { recursive: true });
  writeFileSync(join(config.outDir, 'index.html'), text);
  writeFileSync(join(config.outDir, 'en', 'index.html'), `${text} en`);
  for (const integration of (config.integrations ?? []).flat() as { name?: string; hooks?: Record<string, () => unknown> }[]) {
    if (integration.name === 'annals-fault') await integration.hooks!['astro:build:generated']!();
  }
}
async function pagefindWrites(dir: string): Promise<{ pages: number }> {
  mkdirSync(join(dir, 'pagefind'), { recursive: true });
  writeFileSync(join(dir, 'pagefind', 'pagefind.js'), 'index');
  return { pages: 2 };
}

type Integration = { name?: string; hooks?: Record<string, (options: unknown) => unknown> };
const integrations = (config: Config): Integration[] => (config.integrations ?? []).flat() as Integration[];
/** What the shard integration hands the pages (`__ANNALS_SHARD__`), run as Astro runs its setup hook. */
function shardDefine(config: Config): unknown {
  let define: unknown;
  const shard = integrations(config).find((integration) => integration.name === 'annals:shard')!;
  shard.hooks!['astro:config:setup']!({ updateConfig: (update: { vite: { define: Record<string, string> } }) => (define = update.vite.define.__ANNALS_SHARD__) });
  return define;
}

/** Every file under `dir` (dotfiles too) with its text. */
function tree(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => statSync(join(dir, file)).isFile())
      .sort()
      .map((file) => [file, readFileSync(join(dir, file), 'utf8')]),
  );
}

const MARKER = '{"annals-build":1}\n';
/** The previous site: an earlier build's output, marker and all. */
const PREVIOUS = { '.annals-build.json': MARKER, 'index.html': 'previous', 'reports/2022/index.html': 'previous report', 'pagefind/pagefind.js': 'old index' };
/** What the stand-in steps publish. */
const NEW_SITE = { '.annals-build.json': MARKER, 'index.html': 'new', 'en/index.html': 'new en', 'pagefind/pagefind.js': 'index', 'pagefind/annals-indexes.json': '{"indexes":[]}\n' };

let fixture: FixtureCopy;
let parent: string;
let dist: string;
const pid = process.pid;
const staging = (): string => join(parent, `.dist.annals-staging-${pid}`);
const lock = (): string => join(parent, '.dist.annals-lock');
/** Everything beside dist/ that a build works with (staging, previous, lock). */
const workFolders = (): string[] => readdirSync(parent).filter((entry) => entry !== 'dist').sort();

function writePrevious(): void {
  for (const [file, text] of Object.entries(PREVIOUS)) {
    mkdirSync(join(dist, file, '..'), { recursive: true });
    writeFileSync(join(dist, file), text);
  }
}
async function failure(promise: Promise<unknown>): Promise<InstanceType<typeof BuildError>> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(BuildError);
  return error as InstanceType<typeof BuildError>;
}

beforeAll(() => {
  fixture = copyFixture('basic');
});
afterAll(() => fixture.dispose());
beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'annals-build-site-'));
  dist = join(parent, 'dist');
  seams.render = (config) => astroWrites(config);
  seams.index = pagefindWrites;
  seams.removalGate = undefined;
  seams.unremovable = [];
  seams.builds.length = 0;
  seams.indexed.length = 0;
});
afterEach(() => {
  delete process.env.ANNALS_FAULT;
  rmSync(parent, { recursive: true, force: true });
});

describe('a good build', () => {
  it('renders into staging, indexes staging, marks it and swaps it in place of the previous site', async () => {
    writePrevious();
    const result = await buildSite({ root: fixture.root, outDir: dist, quiet: true });
    expect(result.outDir).toBe(dist);
    expect(result.warnings).toEqual([]);
    expect(await result.previousRemoved).toBeUndefined();
    expect(tree(dist)).toEqual(NEW_SITE);
    expect(workFolders()).toEqual([]);
    expect(seams.builds).toHaveLength(1);
    expect(seams.builds[0]).toMatchObject({ outDir: staging(), configFile: false, logLevel: 'error', site: 'https://annals.example.org', base: '/' });
    expect(seams.indexed).toEqual([staging()]);
  });

  it('passes --site and --base to Astro, and logs at info unless quiet', async () => {
    await buildSite({ root: fixture.root, outDir: dist, site: 'https://mzj.example.gov.cn/annals', base: '/nianbao/' });
    expect(seams.builds[0]).toMatchObject({ site: 'https://mzj.example.gov.cn/annals', base: '/nianbao/', logLevel: 'info' });
  });

  it('builds into <root>/dist by default, and says where in its errors as "--out dist"', async () => {
    process.env.ANNALS_FAULT = 'after-render:throw';
    const error = await failure(buildSite({ root: fixture.root, quiet: true }));
    expect(error.where).toBe('--out dist');
    expect(error.outcome).toEqual({ code: 'outcome-unchanged', params: { path: join(fixture.root, 'dist') } });
    expect(seams.builds[0]!.outDir).toBe(join(fixture.root, '.dist.annals-staging-' + pid));
    expect(readdirSync(fixture.root).sort()).toEqual(['content', 'data']);
  });

  it('adds the fault hook after the site\'s own integrations only when ANNALS_FAULT is set', async () => {
    await buildSite({ root: fixture.root, outDir: dist, quiet: true });
    const names = integrations(seams.builds[0]!).map(({ name }) => name);
    expect(names).toContain('annals');
    expect(names).not.toContain('annals-fault');
    process.env.ANNALS_FAULT = 'swap-in:hang-never-reached:throw';
    await buildSite({ root: fixture.root, outDir: dist, quiet: true });
    expect(integrations(seams.builds[1]!).map(({ name }) => name)).toEqual([...names, 'annals-fault']);
  });

  it('of a shard writes its manifest (which shard, inputs digest, site, base) beside the marker', async () => {
    const result = await buildSite({ root: fixture.root, outDir: dist, quiet: true, shard: { index: 2, count: 3 }, site: 'https://mzj.example.gov.cn/annals/' });
    await result.previousRemoved;
    const manifest = JSON.parse(readFileSync(join(dist, '.annals-shard.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(manifest)).toEqual(['annals-shard', 'shard', 'inputs', 'site', 'base']);
    expect(manifest).toMatchObject({ 'annals-shard': 1, shard: '2/3', site: 'https://mzj.example.gov.cn/annals/', base: '/annals/' });
    expect(manifest.inputs).toMatch(/^[0-9a-f]{64}$/);
    expect(tree(dist)['pagefind/annals-indexes.json']).toBe('{"indexes":[]}\n');
    // Astro renders only the shard's pages: the shard reaches them through the config.
    expect(shardDefine(seams.builds[0]!)).toBe('"2/3"');
  });

  it('of the whole site writes no shard manifest', async () => {
    await (await buildSite({ root: fixture.root, outDir: dist, quiet: true })).previousRemoved;
    expect(existsSync(join(dist, '.annals-shard.json'))).toBe(false);
    expect(shardDefine(seams.builds[0]!)).toBe('""');
  });
});

describe('the replaced site is deleted in the background', () => {
  it('holding the lock until it is gone; meanwhile an interrupt says the new site is published', async () => {
    writePrevious();
    let open!: () => void;
    seams.removalGate = new Promise((resolve) => (open = resolve));
    const result = await buildSite({ root: fixture.root, outDir: dist, quiet: true });
    expect(tree(dist)).toEqual(NEW_SITE);
    expect(readFileSync(lock(), 'utf8')).toBe(`${pid}\n`);
    open();
    expect(await result.previousRemoved).toBeUndefined();
    expect(workFolders()).toEqual([]);
    expect(abortActiveBuild()).toBeUndefined();
  });

  it('an interrupt before it is gone reports the published outcome and releases the lock', async () => {
    writePrevious();
    let open!: () => void;
    seams.removalGate = new Promise((resolve) => (open = resolve));
    const result = await buildSite({ root: fixture.root, outDir: dist, quiet: true });
    expect(abortActiveBuild()).toEqual({ code: 'outcome-published', params: { path: dist, previous: join(parent, `.dist.annals-previous-${pid}`) } });
    expect(existsSync(lock())).toBe(false);
    expect(abortActiveBuild()).toBeUndefined();
    open();
    await result.previousRemoved;
    expect(tree(dist)).toEqual(NEW_SITE);
  });

  it('a second build of the same output waits for the first one\'s deletion before it starts', async () => {
    writePrevious();
    let open!: () => void;
    seams.removalGate = new Promise((resolve) => (open = resolve));
    const first = await buildSite({ root: fixture.root, outDir: dist, quiet: true });
    seams.removalGate = undefined;
    seams.render = (config) => astroWrites(config, 'second');
    const second = buildSite({ root: fixture.root, outDir: dist, quiet: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seams.builds).toHaveLength(1);
    open();
    await first.previousRemoved;
    const result = await second;
    expect(await result.previousRemoved).toBeUndefined();
    expect(seams.builds).toHaveLength(2);
    expect(tree(dist)['index.html']).toBe('second');
    expect(workFolders()).toEqual([]);
  });

  it('the first build finishing its deletion does not forget a later build of another output', async () => {
    writePrevious();
    let open!: () => void;
    seams.removalGate = new Promise((resolve) => (open = resolve));
    const first = await buildSite({ root: fixture.root, outDir: dist, quiet: true });
    seams.removalGate = undefined;
    const other = join(parent, 'other');
    let outcome: unknown;
    seams.render = async (config) => {
      open();
      await first.previousRemoved;
      outcome = abortActiveBuild();
      throw new Error('stopped');
    };
    await failure(buildSite({ root: fixture.root, outDir: other, quiet: true }));
    expect(outcome).toEqual({ code: 'outcome-unchanged', params: { path: other } });
    expect(tree(dist)).toEqual(NEW_SITE);
    expect(workFolders()).toEqual([]);
  });

  it('an old site it cannot delete is a warning naming it, the new site published', async () => {
    writePrevious();
    process.env.ANNALS_FAULT = 'remove-previous:EPERM';
    const result = await buildSite({ root: fixture.root, outDir: dist, quiet: true });
    const warning = await result.previousRemoved;
    const previous = join(parent, `.dist.annals-previous-${pid}`);
    expect(warning).toBeInstanceOf(BuildError);
    expect(warning?.code).toBe('outcome-leftover');
    expect(warning?.where).toBe(`--out ${dist}`);
    expect(warning?.params).toEqual({ path: dist, previous, code: 'EPERM' });
    expect(tree(dist)).toEqual(NEW_SITE);
    expect(tree(previous)).toEqual(PREVIOUS);
    expect(workFolders()).toEqual([`.dist.annals-previous-${pid}`]);
  });
});

describe('leftovers of earlier builds', () => {
  it('are removed before rendering; one that cannot be is a warning, the build going on', async () => {
    writePrevious();
    mkdirSync(join(parent, '.dist.annals-staging-4194999'));
    const stuck = join(parent, '.dist.annals-previous-4194998');
    seams.unremovable = [{ path: stuck, code: 'EBUSY' }];
    const result = await buildSite({ root: fixture.root, outDir: dist, quiet: true });
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]!.code).toBe('outcome-leftover');
    expect(result.warnings[0]!.where).toBe(`--out ${dist}`);
    expect(result.warnings[0]!.params).toEqual({ path: dist, previous: stuck, code: 'EBUSY' });
    await result.previousRemoved;
    expect(tree(dist)).toEqual(NEW_SITE);
    expect(workFolders()).toEqual([]);
  });
});

describe('refused before anything is touched', () => {
  it('bad input: InvalidSiteError, Astro never started, no lock taken', async () => {
    const broken = copyFixture('basic');
    try {
      broken.write('data/bureaus.yaml', 'bureaus: [\n');
      const error = await buildSite({ root: broken.root, outDir: dist, quiet: true }).then(() => undefined, (caught: unknown) => caught);
      expect(error).toBeInstanceOf(InvalidSiteError);
      expect(seams.builds).toEqual([]);
      expect(readdirSync(parent)).toEqual([]);
    } finally {
      broken.dispose();
    }
  });

  it('an output folder the build may not replace: out-forbidden, no lock taken', async () => {
    const error = await failure(buildSite({ root: fixture.root, outDir: 'data', quiet: true }));
    expect(error.code).toBe('out-forbidden');
    expect(error.where).toBe('--out data');
    expect(seams.builds).toEqual([]);
    expect(readdirSync(fixture.root).sort()).toEqual(['content', 'data']);
  });

  it('an output another live build holds the lock of: build-locked, the lock and the previous site untouched', async () => {
    writePrevious();
    writeFileSync(lock(), '1\n');
    const error = await failure(buildSite({ root: fixture.root, outDir: dist, quiet: true }));
    expect(error.code).toBe('build-locked');
    expect(error.params).toEqual({ pid: '1', path: dist, lock: lock() });
    expect(error.outcome).toBeUndefined();
    expect(readFileSync(lock(), 'utf8')).toBe('1\n');
    expect(tree(dist)).toEqual(PREVIOUS);
    expect(seams.builds).toEqual([]);
  });
});

describe('a build failing after it has started leaves the previous site byte-identical, no staging, the lock released', () => {
  const unchanged = () => ({ code: 'outcome-unchanged', params: { path: dist } });
  const RENDER = { stepZh: '生成页面（Astro）', stepEn: 'rendering the pages (Astro)' };
  const INDEX = { stepZh: '建立搜索索引（Pagefind）', stepEn: 'indexing for search (Pagefind)' };
  function expectNothingChanged(): void {
    expect(tree(dist)).toEqual(PREVIOUS);
    expect(workFolders()).toEqual([]);
  }

  it('inside Astro, after the pages are written (the build:generated hook)', async () => {
    writePrevious();
    process.env.ANNALS_FAULT = 'during-render:throw';
    let stagedPages: Record<string, string> = {};
    seams.render = async (config) => {
      await astroWrites(config).finally(() => (stagedPages = tree(config.outDir)));
    };
    const error = await failure(buildSite({ root: fixture.root, outDir: dist, quiet: true }));
    expect(stagedPages).toEqual({ 'index.html': 'new', 'en/index.html': 'new en' });
    expect(error.code).toBe('build-step-failed');
    expect(error.where).toBe(`--out ${dist}`);
    expect(error.params).toEqual({ ...RENDER, detail: 'injected fault at during-render' });
    expect(error.outcome).toEqual(unchanged());
    expect(seams.indexed).toEqual([]);
    expectNothingChanged();
  });

  it('after Astro has written staging', async () => {
    writePrevious();
    process.env.ANNALS_FAULT = 'after-render:throw';
    const error = await failure(buildSite({ root: fixture.root, outDir: dist, quiet: true }));
    expect(error.params).toEqual({ ...RENDER, detail: 'injected fault at after-render' });
    expect(error.outcome).toEqual(unchanged());
    expectNothingChanged();
  });

  it('when Astro itself fails (an Error, or anything thrown)', async () => {
    writePrevious();
    seams.render = async () => {
      throw new Error('Astro: [vite] Rollup failed');
    };
    const error = await failure(buildSite({ root: fixture.root, outDir: dist, quiet: true }));
    expect(error.params).toEqual({ ...RENDER, detail: 'Astro: [vite] Rollup failed' });
    expectNothingChanged();
    seams.render = async () => {
      throw 'out of memory';
    };
    expect((await failure(buildSite({ root: fixture.root, outDir: dist, quiet: true }))).params).toEqual({ ...RENDER, detail: 'out of memory' });
    expectNothingChanged();
  });

  it('a located build error from inside a step passes through as it is', async () => {
    writePrevious();
    const located = new BuildError('--out elsewhere', 'build-interrupted', { signal: 'SIGINT' });
    seams.render = async () => {
      throw located;
    };
    const error = await failure(buildSite({ root: fixture.root, outDir: dist, quiet: true }));
    expect(error).toBe(located);
    expect(error.outcome).toEqual(unchanged());
    expectNothingChanged();
  });

  it('when Pagefind fails', async () => {
    writePrevious();
    seams.index = async () => {
      throw new Error('Pagefind: could not write the index');
    };
    const error = await failure(buildSite({ root: fixture.root, outDir: dist, quiet: true }));
    expect(error.code).toBe('build-step-failed');
    expect(error.params).toEqual({ ...INDEX, detail: 'Pagefind: could not write the index' });
    expect(error.outcome).toEqual(unchanged());
    expectNothingChanged();
  });

  it('during indexing: staging is removed only after Pagefind has let go of it', async () => {
    writePrevious();
    process.env.ANNALS_FAULT = 'during-index:throw';
    let finished = false;
    let stagingWhenDone = false;
    seams.index = async (dir) => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      stagingWhenDone = existsSync(dir);
      finished = true;
      throw new Error('Pagefind: interrupted');
    };
    const error = await failure(buildSite({ root: fixture.root, outDir: dist, quiet: true }));
    expect(finished).toBe(true);
    expect(stagingWhenDone).toBe(true);
    expect(error.params).toEqual({ ...INDEX, detail: 'injected fault at during-index' });
    expectNothingChanged();
  });

  it('after indexing', async () => {
    writePrevious();
    process.env.ANNALS_FAULT = 'after-index:throw';
    const error = await failure(buildSite({ root: fixture.root, outDir: dist, quiet: true }));
    expect(seams.indexed).toEqual([staging()]);
    expect(error.params).toEqual({ ...INDEX, detail: 'injected fault at after-index' });
    expect(error.outcome).toEqual(unchanged());
    expectNothingChanged();
  });

  it('when moving the previous site aside is refused (EACCES)', async () => {
    writePrevious();
    process.env.ANNALS_FAULT = 'swap-aside:EACCES';
    const error = await failure(buildSite({ root: fixture.root, outDir: dist, quiet: true }));
    expect(error.code).toBe('build-permission');
    expect(error.params).toEqual({ path: dist, code: 'EACCES', actionZh: '移动', actionEn: 'move' });
    expect(error.outcome).toEqual(unchanged());
    expectNothingChanged();
  });

  it('during the swap (EACCES moving the new site in): the previous site is put back, and the error says so', async () => {
    writePrevious();
    process.env.ANNALS_FAULT = 'swap-in:EACCES';
    const error = await failure(buildSite({ root: fixture.root, outDir: dist, quiet: true }));
    expect(error.code).toBe('build-permission');
    expect(error.params).toEqual({ path: dist, code: 'EACCES', actionZh: '替换', actionEn: 'replace' });
    expect(error.outcome).toEqual({ code: 'outcome-restored', params: { path: dist } });
    expectNothingChanged();
  });

  it('a bad --site (not a URL) fails the build as a whole, touching nothing', async () => {
    writePrevious();
    const error = await failure(buildSite({ root: fixture.root, outDir: dist, quiet: true, site: 'mzj.example.gov.cn' }));
    expect(error.code).toBe('build-step-failed');
    expect(error.params).toEqual({ stepZh: '构建', stepEn: 'building', detail: 'Invalid URL' });
    expect(error.outcome).toEqual(unchanged());
    expect(seams.builds).toEqual([]);
    expectNothingChanged();
  });

  it('the lock is released, so the next build goes ahead and publishes', async () => {
    writePrevious();
    process.env.ANNALS_FAULT = 'after-index:throw';
    await failure(buildSite({ root: fixture.root, outDir: dist, quiet: true }));
    delete process.env.ANNALS_FAULT;
    await (await buildSite({ root: fixture.root, outDir: dist, quiet: true })).previousRemoved;
    expect(tree(dist)).toEqual(NEW_SITE);
  });
});

describe('an interrupt (abortActiveBuild, called by the CLI on SIGINT/SIGTERM)', () => {
  it('with no build running returns undefined', () => {
    expect(abortActiveBuild()).toBeUndefined();
  });

  it('during render removes staging, releases the lock and says the output is unchanged', async () => {
    writePrevious();
    let outcome: unknown;
    let lockDuringRender = '';
    let afterAbort: { staging: boolean; lock: boolean } | undefined;
    seams.render = async (config) => {
      await astroWrites(config);
      lockDuringRender = readFileSync(lock(), 'utf8');
      outcome = abortActiveBuild();
      afterAbort = { staging: existsSync(config.outDir), lock: existsSync(lock()) };
      throw new Error('stopped');
    };
    await failure(buildSite({ root: fixture.root, outDir: dist, quiet: true }));
    expect(lockDuringRender).toBe(`${pid}\n`);
    expect(afterAbort).toEqual({ staging: false, lock: false });
    expect(outcome).toEqual({ code: 'outcome-unchanged', params: { path: dist } });
    expect(abortActiveBuild()).toBeUndefined();
    expectPrevious();
  });
});

function expectPrevious(): void {
  expect(tree(dist)).toEqual(PREVIOUS);
  expect(workFolders()).toEqual([]);
}
