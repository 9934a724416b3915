/**
 * Extraction details the pattern tests in extract.test.ts leave open (found by mutation
 * testing): range and ratio shapes with their spans, kinds at their edges, and notes.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/import/extract.ts';
import { buildBlocks } from '../../../src/import/structure.ts';
import type { ExtractedFigure } from '../../../src/import/types.ts';

function figures(text: string, year = 2022): ExtractedFigure[] {
  const { blocks } = buildBlocks(text.split('\n').map((line, index) => ({ line: index + 1, text: line, continues: false })));
  return extractFigures(blocks, { year }).figures;
}
function only(text: string): ExtractedFigure {
  const found = figures(text);
  expect(found.map((figure) => figure.written)).toHaveLength(1);
  return found[0]!;
}

describe('ranges and ratios', () => {
  it('a range with the unit after the second number', () => {
    const figure = only('床位建设补贴4000-6000元/张。');
    expect({ written: figure.written, value: figure.value, range: figure.range, shape: figure.shape, unit: figure.unit, kind: figure.kind }).toEqual({
      written: '4000-6000元/张', value: '4000-6000', range: ['4000', '6000'], shape: 'range', unit: '元/张', kind: 'amount',
    });
  });

  it('a ratio, in half- or full-width, has no unit and needs none', () => {
    for (const text of ['城乡低保标准之比为1:0.81。', '城乡低保标准之比为1：0.81。']) {
      const figure = only(text);
      expect({ value: figure.value, shape: figure.shape, unit: figure.unit, kind: figure.kind }, text).toEqual({ value: '1:0.81', shape: 'ratio', unit: '', kind: 'ratio' });
      expect(figure.notes.filter((note) => note.startsWith('No unit is written'))).toEqual([]);
    }
  });
});

describe('kinds and notes', () => {
  it('a decimal of a non-money unit is an average; with 万 it is still a count', () => {
    expect(only('人均服务时长1.5小时。').kind).toBe('average');
    expect(only('服务老人1.5万人。').kind).toBe('count');
  });

  it('per mille and percentage points are rates', () => {
    expect(only('出生率为5.1‰。').kind).toBe('rate');
    expect(only('覆盖率提高了3个百分点。').kind).toBe('rate');
  });

  it('a number without a unit gets a note to check what it counts', () => {
    const figure = only('老年人口52.3万,占比较高。');
    expect(figure.notes.some((note) => note.startsWith('No unit is written after this number'))).toBe(true);
    expect(only('养老床位408张。').notes.filter((note) => note.startsWith('No unit is written'))).toEqual([]);
  });

  it('the context marks the figure with 【】 within a short window', () => {
    expect(only('全区共有养老机构5家。').context).toBe('全区共有养老机构【5家】。');
  });
});
