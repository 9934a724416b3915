/**
 * Shard cache keys (src/lib/shard/inputs.ts) on a copy of tests/fixtures/sharded:
 * example-district and example-town are shard 1 of 2, example-city shard 2.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shardInputFiles, shardInputsKey } from '../../../../src/lib/shard/inputs.ts';
import { copyFixture, type FixtureCopy } from '../../../helpers/fixture.ts';

let site: FixtureCopy;
beforeEach(() => {
  site = copyFixture('sharded');
});
afterEach(() => site.dispose());

const keys = () => [shardInputsKey(site.root, { index: 1, count: 2 }), shardInputsKey(site.root, { index: 2, count: 2 })];

describe('shard inputs', () => {
  it('are the shared files and the shard’s own bureaus’ (all of them for shard 1)', () => {
    expect(shardInputFiles(site.root, { index: 2, count: 2 })).toEqual([
      'content/reports/example-city/2022/en.mdx',
      'content/reports/example-city/2022/zh.mdx',
      'data/bureaus.yaml',
      'data/figures/example-city/2022.yaml',
      'data/hant-exceptions.yaml',
      'data/indicators/catalog.yaml',
    ]);
    expect(shardInputFiles(site.root, { index: 1, count: 2 })).toHaveLength(14);
  });

  it('change for a bureau’s shard and shard 1 when that bureau changes, and for every shard when a shared file does', () => {
    const [first, second] = keys();
    site.replace('content/reports/example-city/2022/en.mdx', 'Lakeshore', 'Lakeside');
    const [firstAfterCity, secondAfterCity] = keys();
    expect(firstAfterCity).not.toBe(first);
    expect(secondAfterCity).not.toBe(second);
    site.replace('data/figures/example-town/2022.yaml', '{ value: 733 }', '{ value: 734 }');
    const [firstAfterTown, secondAfterTown] = keys();
    expect(firstAfterTown).not.toBe(firstAfterCity);
    expect(secondAfterTown).toBe(secondAfterCity);
    site.replace('data/bureaus.yaml', 'short: { zh: 示例市, en: Example City }', 'short: { zh: 示例市, en: Sample City }');
    const [firstAfterShared, secondAfterShared] = keys();
    expect(firstAfterShared).not.toBe(firstAfterTown);
    expect(secondAfterShared).not.toBe(secondAfterTown);
  });
});
