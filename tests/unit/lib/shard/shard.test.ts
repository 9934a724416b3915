/** Shard arguments and the stable bureau → shard assignment (values worked out by hand from FNV-1a). */
import { describe, expect, it } from 'vitest';
import { bureauShard, fnv1a, parseShard, shardOwns } from '../../../../src/lib/shard/shard.ts';

describe('parseShard', () => {
  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['2/4', { index: 2, count: 4 }],
    [' 4/4 ', { index: 4, count: 4 }],
    ['256/256', { index: 256, count: 256 }],
  ])('reads %j', (text, shard) => expect(parseShard(text)).toEqual(shard));

  it.each(['0/4', '5/4', '1/0', '1/257', '2', '2/', '/4', '1.5/4', '-1/4', 'a/b', '2/4/8', ''])('refuses %j', (text) => expect(parseShard(text)).toBeUndefined());
});

describe('bureau shards', () => {
  it('hashes with FNV-1a over UTF-8 bytes (reference values)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
    expect(fnv1a('民政')).toBe(fnv1a('\u6c11\u653f'));
  });

  it('gives each bureau a fixed shard, whatever the order or the machine', () => {
    expect(bureauShard('example-district', 2)).toBe(1);
    expect(bureauShard('example-town', 2)).toBe(1);
    expect(bureauShard('example-city', 2)).toBe(2);
    expect(bureauShard('example-district', 3)).toBe(3);
    expect(bureauShard('example-city', 1)).toBe(1);
  });

  it('gives site-wide pages to shard 1 only, and every page to an unsharded build', () => {
    expect(shardOwns({ index: 1, count: 4 }, 'site')).toBe(true);
    expect(shardOwns({ index: 2, count: 4 }, 'site')).toBe(false);
    expect(shardOwns(undefined, 'site')).toBe(true);
    expect(shardOwns(undefined, { bureau: 'example-city' })).toBe(true);
    expect(shardOwns({ index: 2, count: 2 }, { bureau: 'example-city' })).toBe(true);
    expect(shardOwns({ index: 1, count: 2 }, { bureau: 'example-city' })).toBe(false);
  });
});
