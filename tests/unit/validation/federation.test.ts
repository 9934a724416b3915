/**
 * data/federation.yaml through the real loader, on a copy of the basic fixture: the listed
 * sites reach the site model, and bad entries are reported with code, place and field.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadSite } from '../../../src/lib/load-site.ts';
import { copyFixture, type FixtureCopy } from '../../helpers/fixture.ts';

const FILE = 'data/federation.yaml';
let fixture: FixtureCopy | undefined;
afterEach(() => fixture?.dispose());

function load(text?: string) {
  fixture = copyFixture('basic');
  if (text !== undefined) fixture.write(FILE, text);
  return loadSite(fixture.root);
}
const places = (issues: ReturnType<typeof loadSite>['issues']) => issues.map((issue) => `${issue.code} ${issue.file}:${issue.line}:${issue.column} ${issue.field}`);

describe('the federated sites file', () => {
  it('is optional', () => {
    expect(load().site?.federation).toEqual([]);
  });

  it('gives the site its sites, each address ending in a slash', () => {
    const { site } = load('sites:\n  - name: { zh: 甲区民政局, en: Jia District }\n    url: https://mzj.jia.example.gov.cn/annals\n  - name: { zh: 乙县民政局, en: Yi County }\n    url: http://127.0.0.1:8080/\n');
    expect(site?.federation).toEqual([
      { name: { zh: '甲区民政局', en: 'Jia District' }, url: 'https://mzj.jia.example.gov.cn/annals/' },
      { name: { zh: '乙县民政局', en: 'Yi County' }, url: 'http://127.0.0.1:8080/' },
    ]);
  });

  it('an address that is not http(s), a missing English name and an unknown field, all at once', () => {
    const { site, issues } = load('sites:\n  - name: { zh: 甲区民政局 }\n    url: ftp://mzj.jia.example.gov.cn/\n    bundle: x\n');
    expect(site).toBeUndefined();
    expect(places(issues).sort()).toEqual([
      `bad-url ${FILE}:3:10 sites.0.url`,
      `missing-translation ${FILE}:2:5 sites.0.name.en`,
      `unknown-field ${FILE}:4:5 sites.0.bundle`,
    ]);
  });

  it("an empty list (a file listing no site is a mistake: delete it instead)", () => {
    expect(places(load('sites: []\n').issues)).toEqual([`missing-field ${FILE}:1:8 sites`]);
  });
});
