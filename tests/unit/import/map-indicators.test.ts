/** Catalog matching (unit + name pieces) and proposed indicators. */
import { describe, expect, it } from 'vitest';
import { assignIds } from '../../../src/import/assign-ids.ts';
import { matchIndicator, namePieces, unitsFit, type CatalogIndicator } from '../../../src/import/map-indicators.ts';
import { proposeIndicator } from '../../../src/import/propose-indicator.ts';
import type { ExtractedFigure, Kind } from '../../../src/import/types.ts';

const indicator = (id: string, zh: string, kind: Kind, unit: string): CatalogIndicator => ({
  id,
  name: { zh, en: id },
  topic: 'eldercare',
  kind,
  unit: { zh: unit, en: '' },
  file: 'test',
});

const CATALOG = [
  indicator('eldercare-beds', '养老床位', 'count', '张'),
  indicator('family-eldercare-beds', '家庭养老床位', 'count', '张'),
  indicator('eldercare-institutions', '养老机构', 'count', '家'),
  indicator('eldercare-beds-per-1000-elderly', '每千名老年人拥有养老床位数', 'per-thousand', '张/千名老人'),
  indicator('dibao-standard', '城乡低保标准', 'amount', '元/人·月'),
  indicator('subdistricts', '街道', 'count', '个'),
  indicator('marriage-registrations', '结婚登记', 'count', '对'),
  indicator('divorce-registrations', '离婚登记', 'count', '对'),
];

const figure = (label: string, unit: string, kind: Kind = 'count', extra: Partial<ExtractedFigure> = {}): ExtractedFigure => ({
  line: 1, block: 0, start: 0, end: 1, written: '', value: '1', scale: '', unit, shape: 'number', status: 'actual',
  kind, clause: label, sentence: label, context: label, label, notes: [], ...extra,
});

describe('matchIndicator', () => {
  it('matches by unit and name pieces, preferring the fullest name', () => {
    expect(matchIndicator(figure('养老床位', '张'), CATALOG)?.indicator.id).toBe('eldercare-beds');
    expect(matchIndicator(figure('完成家庭养老床位建设', '张'), CATALOG)?.indicator.id).toBe('family-eldercare-beds');
    expect(matchIndicator(figure('社会养老机构', '个'), CATALOG)?.indicator.id).toBe('eldercare-institutions');
    expect(matchIndicator(figure('办理结婚登记', '对'), CATALOG)?.indicator.id).toBe('marriage-registrations');
  });
  it('needs the unit to fit', () => {
    expect(matchIndicator(figure('养老床位', '个'), CATALOG)).toBeUndefined();
    expect(unitsFit('元', '元/人·月', 'amount')).toBe(true);
    expect(unitsFit('名', '人', 'count')).toBe(true);
    expect(unitsFit('户', '人', 'count')).toBe(false);
  });
  it('needs the kind to fit: a per-thousand figure is not a bed count', () => {
    const perThousand = figure('千名老人拥有床位', '张', 'per-thousand');
    expect(matchIndicator(perThousand, CATALOG)?.indicator.id).toBe('eldercare-beds-per-1000-elderly');
  });
  it('does not match on one common piece', () => {
    expect(matchIndicator(figure('镇、街道社工站完成建设', '个'), CATALOG)).toBeUndefined();
    expect(matchIndicator(figure('街道', '个'), CATALOG)?.indicator.id).toBe('subdistricts');
    expect(matchIndicator(figure('总床位', '张'), CATALOG)).toBeUndefined();
  });
  it('cuts names into two-character pieces, 老年人 and 老人 alike', () => {
    expect(namePieces('养老床位')).toEqual(['养老', '老床', '床位']);
    expect(namePieces('每千名老年人')).toEqual(namePieces('每千名老人'));
  });
});

describe('proposed indicators', () => {
  it('builds a kebab-case id from known terms and the unit, names marked TODO', () => {
    const proposal = proposeIndicator(figure('受理民政领域社会救助', '户'));
    expect(proposal.id).toBe('applications-households');
    expect(proposal.name).toEqual({ zh: '受理民政领域社会救助', en: 'TODO: applications' });
    expect(proposal.topic).toBe('assistance');
    expect(proposal.unit).toEqual({ zh: '户', en: 'households' });
  });
  it('says so when it cannot name the id', () => {
    expect(proposeIndicator(figure('通过', '条', 'count', { line: 37 }))).toMatchObject({ id: 'todo-count-l37', placeholderId: true });
  });
  it('gives an amount the CNY unit and a rate the percent unit', () => {
    expect(proposeIndicator(figure('暖心实事工程投入财政资金', '元', 'amount')).unit).toEqual({ zh: '元', en: 'CNY' });
    expect(proposeIndicator(figure('占比', '%', 'rate')).unit).toEqual({ zh: '%', en: '%' });
  });
});

describe('assignIds', () => {
  it('merges a restatement of a catalog figure and keeps different facts apart', () => {
    const first = figure('养老机构', '家', 'count', { value: '5', line: 69, block: 1 });
    const again = figure('我区养老机构只有', '家', 'count', { value: '5', line: 73, block: 2 });
    const other = figure('拆分社区', '个', 'count', { value: '3', line: 31, block: 3 });
    const otherToo = figure('整合社区', '个', 'count', { value: '3', line: 31, block: 3 });
    const result = assignIds([first, again, other, otherToo], CATALOG);
    expect(result.figures.map((f) => [f.id, f.occurrences.length])).toEqual([
      ['eldercare-institutions', 2],
      ['communities-count', 1],
      ['communities-count-2', 1],
    ]);
    expect(result.idOf).toEqual(['eldercare-institutions', 'eldercare-institutions', 'communities-count', 'communities-count-2']);
  });
  it('gives targets their own id and never reuses a catalog id for a proposal', () => {
    const target = figure('养老床位', '张', 'count', { status: 'target' });
    const proposal = figure('街道社工站', '个', 'count', { line: 9 });
    expect(assignIds([proposal], CATALOG).figures[0]?.id).toBe('subdistricts-social-work-stations-count');
    // The same id already in the catalog (for something else): the proposal steps aside.
    const catalog = [...CATALOG, indicator('subdistricts-social-work-stations-count', '其他', 'rate', '%')];
    const result = assignIds([target, proposal], catalog);
    expect(result.figures.map((f) => [f.id, f.indicatorId])).toEqual([
      ['eldercare-beds-target', 'eldercare-beds'],
      ['subdistricts-social-work-stations-count-2', 'subdistricts-social-work-stations-count-2'],
    ]);
  });
});
