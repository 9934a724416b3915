import { describe, expect, it } from 'vitest';
import { pageTitle } from '../../../src/lib/page-title.ts';

describe('pageTitle', () => {
  it('puts the site name last, and leaves the home page as the site name alone', () => {
    expect(pageTitle('Eldercare beds', 'Civil Affairs Annals')).toBe('Eldercare beds · Civil Affairs Annals');
    expect(pageTitle('Civil Affairs Annals', 'Civil Affairs Annals')).toBe('Civil Affairs Annals');
  });

  it('keeps a title of exactly 60 characters whole', () => {
    const title = 'Share of rural communities with a mut'; // 37 + 23 = 60
    expect(pageTitle(title, 'Civil Affairs Annals')).toBe(`${title} · Civil Affairs Annals`);
  });

  it('prefers the short title, then cuts a long one at a word, without trailing punctuation', () => {
    expect(pageTitle('Chongqing Municipal Civil Affairs Bureau', 'Civil Affairs Annals', 'Chongqing')).toBe('Chongqing · Civil Affairs Annals');
    expect(pageTitle('Care allowance paid, for people with severe disabilities in hardship', 'Civil Affairs Annals')).toBe('Care allowance paid, for people with… · Civil Affairs Annals');
    expect(pageTitle('Trade associations, chambers decoupled from government agencies', 'Civil Affairs Annals')).toBe('Trade associations, chambers… · Civil Affairs Annals');
  });

  it('cuts text without spaces at a character, counting characters, not UTF-16 units', () => {
    expect(pageTitle('一二三四五六七八九十一二三四五六七八九十', '民政年报', undefined, 20)).toBe('一二三四五六七八九十一二… · 民政年报');
  });
});
