/**
 * The downloads manifests (src/lib/downloads/manifest.ts, manifest-write.ts, whole-site.ts)
 * on the basic fixture (one fictional bureau, reports 2022 with 8 figures and 2023 with 2,
 * eight catalog indicators), expected values written by hand from its YAML. The writer is
 * run on a folder of stand-in files whose SHA-256 are known constants.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bureauManifestSchema, manifestIndexSchema, type FileEntry } from '../../../../src/lib/downloads/manifest-schema.ts';
import { absoluteUrl, bureauFiles, bureauManifest, bureauManifestPath, bureausWithReports, manifestIndex, manifestText, siteWideFiles } from '../../../../src/lib/downloads/manifest.ts';
import { measureFile, writeDownloadManifests } from '../../../../src/lib/downloads/manifest-write.ts';
import { offersWholeSiteFile, siteFigureCount, WHOLE_SITE_ROW_LIMIT } from '../../../../src/lib/downloads/whole-site.ts';
import { loadSite } from '../../../../src/lib/load-site.ts';
import type { Site } from '../../../../src/lib/model.ts';
import { FIXTURES } from '../../../helpers/fixture.ts';

const loaded = loadSite(join(FIXTURES, 'basic')).site;
if (!loaded) throw new Error('basic fixture must load');
const site: Site = loaded;
const HOME = 'https://annals.test/mzj/';
const GENERATED = { date: '2023-03-17', basis: 'latest-source-date' } as const;
const INDICATORS = ['bed-subsidy', 'dibao-paid', 'dibao-standard', 'eldercare-beds', 'operation-rate', 'orphans-supported', 'social-orgs', 'urban-rural-ratio'];
/** SHA-256 of the three bytes "abc" (FIPS 180-2, appendix B.1) and of no bytes. */
const SHA256_ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const SHA256_EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('whole-site bound', () => {
  it('counts every figure and offers one file up to the limit, inclusive', () => {
    expect(WHOLE_SITE_ROW_LIMIT).toBe(20000);
    expect(siteFigureCount(site)).toBe(10);
    expect(offersWholeSiteFile(site)).toBe(true);
    expect(offersWholeSiteFile(site, 10)).toBe(true);
    expect(offersWholeSiteFile(site, 9)).toBe(false);
    expect(siteFigureCount({ reports: [] })).toBe(0);
  });
});

describe('planned files', () => {
  it('site-wide: the whole site first, then each indicator by id, three formats each', () => {
    const files = siteWideFiles(site);
    expect(files).toHaveLength(3 + 3 * 8);
    expect(files.slice(0, 3)).toEqual([
      { path: '/data/annals.csv', format: 'csv', media_type: 'text/csv', scope: 'all', id: 'annals', bureau: null, years: [2022, 2023], rows: 10 },
      { path: '/data/annals.json', format: 'json', media_type: 'application/json', scope: 'all', id: 'annals', bureau: null, years: [2022, 2023], rows: 10 },
      { path: '/data/annals.xlsx', format: 'xlsx', media_type: XLSX, scope: 'all', id: 'annals', bureau: null, years: [2022, 2023], rows: 10 },
    ]);
    expect(files.slice(3).filter((file) => file.format === 'csv').map((file) => file.id)).toEqual(INDICATORS);
    // Eldercare beds: one figure in 2022 and one in 2023; the ratio only in 2022.
    expect(files.find((file) => file.path === '/data/indicators/eldercare-beds.json')).toEqual({ path: '/data/indicators/eldercare-beds.json', format: 'json', media_type: 'application/json', scope: 'indicator', id: 'eldercare-beds', bureau: null, years: [2022, 2023], rows: 2 });
    expect(files.find((file) => file.path === '/data/indicators/urban-rural-ratio.csv')).toMatchObject({ years: [2022], rows: 1 });
  });

  it('leaves the whole-site files out beyond the limit', () => {
    const big = { ...site, reports: [...site.reports, ...Array.from({ length: 2000 }, () => site.reports[0]!)] };
    expect(siteFigureCount(big)).toBe(10 + 2000 * 8);
    expect(offersWholeSiteFile(big)).toBe(true);
    const bigger = { ...site, reports: [...site.reports, ...Array.from({ length: 2500 }, () => site.reports[0]!)] };
    expect(siteFigureCount(bigger)).toBe(20010);
    expect(siteWideFiles(bigger).map((file) => file.path).filter((path) => path.includes('annals'))).toEqual([]);
  });

  it('a bureau: its reports by year, three formats each', () => {
    expect(bureausWithReports(site)).toEqual(['example-district']);
    expect(bureauFiles(site, 'example-district').map(({ path, id, bureau, years, rows }) => ({ path, id, bureau, years, rows }))).toEqual([
      { path: '/data/reports/example-district-2022.csv', id: 'example-district-2022', bureau: 'example-district', years: [2022], rows: 8 },
      { path: '/data/reports/example-district-2022.json', id: 'example-district-2022', bureau: 'example-district', years: [2022], rows: 8 },
      { path: '/data/reports/example-district-2022.xlsx', id: 'example-district-2022', bureau: 'example-district', years: [2022], rows: 8 },
      { path: '/data/reports/example-district-2023.csv', id: 'example-district-2023', bureau: 'example-district', years: [2023], rows: 2 },
      { path: '/data/reports/example-district-2023.json', id: 'example-district-2023', bureau: 'example-district', years: [2023], rows: 2 },
      { path: '/data/reports/example-district-2023.xlsx', id: 'example-district-2023', bureau: 'example-district', years: [2023], rows: 2 },
    ]);
    expect(bureauFiles(site, 'no-such-bureau')).toEqual([]);
  });

  it('an undated report has no year', () => {
    const undated = { ...site, reports: [{ ...site.reports[0]!, undated: true }] };
    expect(bureauFiles(undated, 'example-district')[0]).toMatchObject({ id: 'example-district-2022', years: [] });
  });
});

describe('manifests', () => {
  const context = { home: HOME, generated: GENERATED };
  const entry: FileEntry = { path: '/data/annals.csv', url: 'https://annals.test/mzj/data/annals.csv', format: 'csv', media_type: 'text/csv', scope: 'all', id: 'annals', bureau: null, years: [2022, 2023], rows: 10, bytes: 3, sha256: SHA256_ABC };

  it('resolves site paths under the base', () => {
    expect(absoluteUrl('/data/annals.csv', HOME)).toBe('https://annals.test/mzj/data/annals.csv');
    expect(absoluteUrl('/data/manifest/x.json', 'https://a.test/')).toBe('https://a.test/data/manifest/x.json');
    expect(bureauManifestPath('example-district')).toBe('/data/manifest/example-district.json');
  });

  it('the index: header, the whole-site bound, the files given and one line per bureau', () => {
    const index = manifestIndex(site, [entry], context);
    expect(index).toEqual({
      manifest_version: 1,
      site: HOME,
      generated: '2023-03-17',
      generated_basis: 'latest-source-date',
      licence: {
        zh: '数据摘录自各民政部门主动公开的政府信息，数字按原文记录。转载或引用请注明原发布机构、原文标题及本站链接。',
        en: 'Figures are excerpted from government information the civil-affairs bureaus disclosed proactively, recorded exactly as the source states them. When reusing them, credit the original bureau, the source document and this site.',
      },
      title: { zh: '民政年报数据下载清单', en: 'Civil Affairs Annals: list of downloads' },
      whole_site: { offered: true, row_limit: 20000, rows: 10 },
      files: [entry],
      bureaus: [{ id: 'example-district', name: { zh: '示例区民政局（虚构）', en: 'Example District Civil Affairs Bureau (fictional)' }, years: [2022, 2023], reports: 2, rows: 10, manifest: 'https://annals.test/mzj/data/manifest/example-district.json' }],
    });
    expect(manifestIndexSchema.parse(index)).toEqual(index);
  });

  it('a bureau manifest: its title, the bureau and the files given', () => {
    const manifest = bureauManifest(site, 'example-district', [], context);
    expect(manifest.title).toEqual({ zh: '示例区民政局（虚构）数据下载清单', en: 'Example District Civil Affairs Bureau (fictional): list of downloads' });
    expect(manifest.bureau).toEqual({ id: 'example-district', name: { zh: '示例区民政局（虚构）', en: 'Example District Civil Affairs Bureau (fictional)' } });
    expect(manifest.files).toEqual([]);
    expect(manifest.manifest_version).toBe(1);
    expect(bureauManifestSchema.parse(manifest)).toEqual(manifest);
  });

  it('is written as indented JSON ending with a newline', () => {
    const text = manifestText(bureauManifest(site, 'example-district', [], context));
    expect(text.startsWith('{\n  "manifest_version": 1,\n  "site": "https://annals.test/mzj/",\n')).toBe(true);
    expect(text.endsWith('\n  "files": []\n}\n')).toBe(true);
  });
});

describe('writeDownloadManifests', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A built site's data/ with every planned file: "abc" in the 2022 CSV, empty elsewhere. */
  function builtFolder(): string {
    dir = mkdtempSync(join(tmpdir(), 'annals-manifest-'));
    for (const file of [...siteWideFiles(site), ...bureauFiles(site, 'example-district')]) {
      mkdirSync(dirname(join(dir, file.path)), { recursive: true });
      writeFileSync(join(dir, file.path), file.path === '/data/reports/example-district-2022.csv' ? 'abc' : '');
    }
    return dir;
  }

  it('measures a file by streaming it', async () => {
    const folder = builtFolder();
    expect(await measureFile(join(folder, 'data/reports/example-district-2022.csv'))).toEqual({ bytes: 3, sha256: SHA256_ABC });
    await expect(measureFile(join(folder, 'data/missing.csv'))).rejects.toThrow(/ENOENT/);
  });

  it('writes the index and the bureau manifest of a whole build, every file measured', async () => {
    const folder = builtFolder();
    expect(await writeDownloadManifests({ dir: folder, site, home: HOME, generated: GENERATED })).toEqual(['/data/manifest.json', '/data/manifest/example-district.json']);
    const index = manifestIndexSchema.parse(JSON.parse(readFileSync(join(folder, 'data/manifest.json'), 'utf8')));
    expect(index.files).toHaveLength(27);
    expect(index.files[0]).toEqual({ path: '/data/annals.csv', url: 'https://annals.test/mzj/data/annals.csv', format: 'csv', media_type: 'text/csv', scope: 'all', id: 'annals', bureau: null, years: [2022, 2023], rows: 10, bytes: 0, sha256: SHA256_EMPTY });
    const bureau = bureauManifestSchema.parse(JSON.parse(readFileSync(join(folder, 'data/manifest/example-district.json'), 'utf8')));
    expect(bureau.files[0]).toEqual({ path: '/data/reports/example-district-2022.csv', url: 'https://annals.test/mzj/data/reports/example-district-2022.csv', format: 'csv', media_type: 'text/csv', scope: 'report', id: 'example-district-2022', bureau: 'example-district', years: [2022], rows: 8, bytes: 3, sha256: SHA256_ABC });
    expect(bureau.files.map((file) => file.sha256).filter((sha) => sha === SHA256_EMPTY)).toHaveLength(5);
  });

  it('a shard writes only what it owns: shard 1 the index, the bureau’s shard its manifest', async () => {
    // example-district is on shard 3 of 3 (FNV-1a, src/lib/shard/shard.ts; tests/fixtures/sharded lists the split).
    const folder = builtFolder();
    expect(await writeDownloadManifests({ dir: folder, site, home: HOME, generated: GENERATED, shard: { index: 1, count: 3 } })).toEqual(['/data/manifest.json']);
    expect(await writeDownloadManifests({ dir: folder, site, home: HOME, generated: GENERATED, shard: { index: 2, count: 3 } })).toEqual([]);
    expect(await writeDownloadManifests({ dir: folder, site, home: HOME, generated: GENERATED, shard: { index: 3, count: 3 } })).toEqual(['/data/manifest/example-district.json']);
  });

  it('fails when a planned file is missing, naming it', async () => {
    const folder = builtFolder();
    rmSync(join(folder, 'data/indicators/social-orgs.xlsx'));
    await expect(writeDownloadManifests({ dir: folder, site, home: HOME, generated: GENERATED })).rejects.toThrow(/social-orgs\.xlsx/);
  });
});

describe('manifests of a site with reports out of order and a bureau the catalog lacks', () => {
  // Reports given 2023 first, twice, and a report of a bureau missing from the catalog first of all.
  const mixed: Site = {
    ...site,
    reports: [{ ...site.reports[1]!, bureauId: 'zz-gone' }, site.reports[1]!, site.reports[1]!, site.reports[0]!],
  };

  it('years ascend without repeats; bureaus are in id order; each bureau counts its own reports', () => {
    expect(siteWideFiles(mixed)[0]).toMatchObject({ years: [2022, 2023], rows: 2 + 2 + 2 + 8 });
    expect(bureausWithReports(mixed)).toEqual(['example-district', 'zz-gone']);
    const index = manifestIndex(mixed, [], { home: HOME, generated: GENERATED });
    expect(index.bureaus.map(({ id, name, years, reports, rows }) => ({ id, name, years, reports, rows }))).toEqual([
      { id: 'example-district', name: { zh: '示例区民政局（虚构）', en: 'Example District Civil Affairs Bureau (fictional)' }, years: [2022, 2023], reports: 3, rows: 12 },
      { id: 'zz-gone', name: { zh: 'zz-gone', en: 'zz-gone' }, years: [2023], reports: 1, rows: 2 },
    ]);
    expect(bureauManifest(mixed, 'zz-gone', [], { home: HOME, generated: GENERATED }).bureau).toEqual({ id: 'zz-gone', name: { zh: 'zz-gone', en: 'zz-gone' } });
  });

  it('resolves a path without its leading slash the same way', () => {
    expect(absoluteUrl('data/reports/a.csv', HOME)).toBe('https://annals.test/mzj/data/reports/a.csv');
  });
});
