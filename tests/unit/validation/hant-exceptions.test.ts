/**
 * data/hant-exceptions.yaml through the real loader, on a copy of the basic fixture: its
 * terms reach the site, and each kind of bad entry is reported with its code, place and field.
 */
import { describe, expect, it } from 'vitest';
import { describeIssue } from '../../../src/lib/issues.ts';
import { dataFileCases, issuePlaces } from '../../helpers/data-file.ts';

const FILE = 'data/hant-exceptions.yaml';
const { load } = dataFileCases(FILE);

describe('the Traditional edition exceptions file', () => {
  it('gives the site its terms', () => {
    expect(load().site?.hantKeep).toEqual(['示例区']);
  });

  it('is optional', () => {
    expect(load('keep: []\n').site?.hantKeep).toEqual([]);
  });

  it('a term without Chinese characters', () => {
    const { site, issues } = load('keep:\n  - term: 示例区\n    reason: 名称\n  - term: ABC\n    reason: 名称\n');
    expect(site).toBeUndefined();
    expect(issuePlaces(issues)).toEqual([`hant-term-no-han ${FILE}:4:11 keep.1.term`]);
    expect(describeIssue(issues[0]!).zh).toContain('不含汉字');
    expect(describeIssue(issues[0]!).en).toContain('has no Chinese characters');
  });

  it('a term listed twice', () => {
    const { issues } = load('keep:\n  - term: 示例区\n    reason: 名称\n  - term: 示例区\n    reason: 又一次\n');
    expect(issuePlaces(issues)).toEqual([`hant-term-duplicate ${FILE}:4:11 keep.1.term`]);
    expect(describeIssue(issues[0]!).en).toContain('"示例区" is listed twice');
  });

  it('an entry without its reason, and an unknown field', () => {
    const { issues } = load('keep:\n  - term: 示例区\n  - term: 某市\n    reason: 名称\n    note: x\n');
    expect(issuePlaces(issues)).toEqual([`missing-field ${FILE}:2:5 keep.0.reason`, `unknown-field ${FILE}:5:5 keep.1.note`]);
  });
});
