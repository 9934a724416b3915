/**
 * A site without its bureaus file or its indicator catalog (src/lib/load/{bureaus,catalog}.ts):
 * one empty-data issue each, at the folder, naming what is missing in zh and en, and a
 * catalog file holding no .yaml is not read. Expected values are written by hand.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSite } from '../../../src/lib/load-site.ts';
import { copyFixture, type FixtureCopy } from '../../helpers/fixture.ts';

let fixture: FixtureCopy | undefined;
afterEach(() => fixture?.dispose());

describe('missing input files', () => {
  it('no data/bureaus.yaml: one empty-data issue at data/, naming the bureaus file', () => {
    fixture = copyFixture('basic');
    fixture.remove('data/bureaus.yaml');
    const issues = loadSite(fixture.root, { buildDate: '2024-06-15' }).issues.filter((issue) => issue.code === 'empty-data');
    expect(issues).toEqual([
      { file: 'data', line: 1, column: 1, field: '', code: 'empty-data', params: { found: 'data', whatZh: '机构文件 bureaus.yaml', whatEn: 'bureaus file bureaus.yaml' } },
    ]);
  });

  it('no catalog file (only a .yml and a .txt): one empty-data issue at data/indicators', () => {
    fixture = copyFixture('basic');
    const catalog = 'data/indicators/catalog.yaml';
    fixture.remove(catalog);
    writeFileSync(join(fixture.root, 'data/indicators/catalog.yml'), 'x: y\n');
    writeFileSync(join(fixture.root, 'data/indicators/notes.txt'), 'notes\n');
    const issues = loadSite(fixture.root, { buildDate: '2024-06-15' }).issues.filter((issue) => issue.code === 'empty-data');
    expect(issues).toEqual([
      {
        file: 'data/indicators', line: 1, column: 1, field: '', code: 'empty-data',
        params: { found: 'data/indicators', whatZh: '指标目录文件（.yaml）', whatEn: 'indicator catalog files (.yaml)' },
      },
    ]);
  });
});
