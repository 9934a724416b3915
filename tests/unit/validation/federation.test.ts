/**
 * data/federation.yaml through the real loader, on a copy of the basic fixture: the listed
 * sites reach the site model, and bad entries are reported with code, place and field.
 */
import { describe, expect, it } from 'vitest';
import { dataFileCases, issuePlaces } from '../../helpers/data-file.ts';

const FILE = 'data/federation.yaml';
const { load } = dataFileCases(FILE);

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
    expect(issuePlaces(issues).sort()).toEqual([
      `bad-url ${FILE}:3:10 sites.0.url`,
      `missing-translation ${FILE}:2:5 sites.0.name.en`,
      `unknown-field ${FILE}:4:5 sites.0.bundle`,
    ]);
  });

  it("an empty list (a file listing no site is a mistake: delete it instead)", () => {
    expect(issuePlaces(load('sites: []\n').issues)).toEqual([`missing-field ${FILE}:1:8 sites`]);
  });
});
