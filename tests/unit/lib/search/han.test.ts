import { describe, expect, it } from 'vitest';
import { hasUnknownHan, keepKnownCharacters, siteHanCharacters } from '../../../../src/lib/search/han.ts';
import { toSimplified } from '../../../../src/lib/search/to-simplified.ts';
import { loadSite } from '../../../../src/lib/load-site.ts';

const known = new Set('东湖区结婚登记养老床位著名低保');

describe('hasUnknownHan', () => {
  it('is false for Simplified, Latin and digits the site uses, true for a character it never uses', () => {
    expect(hasUnknownHan('东湖区 养老床位', known)).toBe(false);
    expect(hasUnknownHan('marriage 8.5', known)).toBe(false);
    expect(hasUnknownHan('東湖區', known)).toBe(true);
    expect(hasUnknownHan('结婚登記', known)).toBe(true);
  });
});

describe('Traditional queries become the Simplified the site writes', () => {
  it.each([
    ['東湖區', '东湖区'],
    ['結婚登記', '结婚登记'],
    ['養老床位', '养老床位'],
    ['臺灣 低保', '台湾 低保'],
    // OpenCC's character rule would give 着名; the site writes 著名, so it stays.
    ['著名 東湖區', '著名 东湖区'],
  ])('%s → %s', (query, expected) => {
    expect(keepKnownCharacters(query, toSimplified(query), known)).toBe(expected);
  });
});

describe('siteHanCharacters', () => {
  it("lists each Han character of the sample site's data once, sorted", () => {
    const { site } = loadSite(process.cwd());
    const characters = siteHanCharacters(site!);
    for (const char of '东湖区结婚登记养老床位重庆营口') expect(characters).toContain(char);
    for (const char of '東區養') expect(characters).not.toContain(char);
    expect([...characters]).toEqual([...new Set(characters)].sort());
  });
});
