/**
 * How extraction combines a number with its neighbours (src/import/extract.ts), written
 * out whole: from-to changes and their direction, reported changes, ranges, qualifiers,
 * the clause, sentence and context around a figure, the notes an editor reads, numbers
 * turned away and quantities in Chinese numerals. Every sentence is written for this test
 * (a fictional bureau); every expected text and offset is counted by hand.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures, type Extraction } from '../../../src/import/extract.ts';
import { buildBlocks } from '../../../src/import/structure.ts';
import type { ExtractedFigure } from '../../../src/import/types.ts';

function extract(text: string, year = 2022): Extraction {
  const { blocks } = buildBlocks(text.split('\n').map((line, index) => ({ line: index + 1, text: line, continues: false })));
  return extractFigures(blocks, { year });
}
const figures = (text: string): ExtractedFigure[] => extract(text).figures;
/** The parts of a figure that say what was read, without status and labels. */
const read = (figure: ExtractedFigure) => ({
  written: figure.written, value: figure.value, scale: figure.scale, unit: figure.unit, shape: figure.shape,
  ...(figure.range && { range: figure.range }), ...(figure.qualifier && { qualifier: figure.qualifier }), ...(figure.change && { change: figure.change }),
});

describe('from-to changes', () => {
  it('从…增加到…: the value is the second number, the first is `from`, and 从 is part of what is written', () => {
    expect(figures('全区社会组织从1116家增加到1576家。').map(read)).toEqual([
      { written: '从1116家增加到1576家', value: '1576', scale: '', unit: '家', shape: 'number', change: { from: '1116', direction: 'up' } },
    ]);
  });

  it('a verb of decrease gives down; 调整为 takes its direction from the numbers, none when they are equal', () => {
    expect(figures('示例镇敬老院从20家减少到15家。').map((figure) => figure.change)).toEqual([{ from: '20', direction: 'down' }]);
    expect(figures('示例区街道由9个调整为7个。').map(read)).toEqual([
      { written: '由9个调整为7个', value: '7', scale: '', unit: '个', shape: 'number', change: { from: '9', direction: 'down' } },
    ]);
    expect(figures('示例区街道由7个调整为9个。').map((figure) => figure.change)).toEqual([{ from: '7', direction: 'up' }]);
    expect(figures('示例区社区由12个调整为12个。').map((figure) => figure.change)).toEqual([{ from: '12' }]);
  });

  it('words between 由 and the number stay out of what is written; the scale is kept on `from`; the period comes from 每人每年', () => {
    expect(figures('孤儿基本生活费由每人每年5400元提高到6000元。').map((figure) => ({ ...read(figure), per: figure.per, kind: figure.kind }))).toEqual([
      { written: '5400元提高到6000元', value: '6000', scale: '', unit: '元', shape: 'number', change: { from: '5400', direction: 'up' }, per: 'year', kind: 'amount' },
    ]);
    expect(figures('救助资金从1.2万元增加到1.5万元。').map(read)).toEqual([
      { written: '从1.2万元增加到1.5万元', value: '1.5', scale: '万', unit: '元', shape: 'number', change: { from: '1.2万', direction: 'up' } },
    ]);
  });

  it('different units are two figures, not a change', () => {
    expect(figures('示例镇服务站从10家增加到20个。').map(read)).toEqual([
      { written: '10家', value: '10', scale: '', unit: '家', shape: 'number' },
      { written: '20个', value: '20', scale: '', unit: '个', shape: 'number' },
    ]);
  });
});

describe('reported changes', () => {
  it('"，同比增长了7.6%" belongs to the figure before it, and its number is no figure of its own', () => {
    expect(figures('低保标准为855元，同比增长了7.6%。').map(read)).toEqual([
      { written: '855元，同比增长了7.6%', value: '855', scale: '', unit: '元', shape: 'number', change: { reported: '7.6%', direction: 'up' } },
    ]);
  });

  it('a verb of decrease gives down; a from-to change keeps its own direction and gains the reported one', () => {
    expect(figures('全年支出5000万元，下降3.2%。').map((figure) => [figure.written, figure.change])).toEqual([['5000万元，下降3.2%', { reported: '3.2%', direction: 'down' }]]);
    expect(figures('社会组织从1116家增加到1576家，增长41%。').map(read)).toEqual([
      { written: '从1116家增加到1576家，增长41%', value: '1576', scale: '', unit: '家', shape: 'number', change: { from: '1116', reported: '41%', direction: 'up' } },
    ]);
  });

  it('a percentage takes no reported change: the second percentage is a figure of its own', () => {
    expect(figures('覆盖率为95%，提高2%。').map((figure) => [figure.written, figure.change])).toEqual([['95%', undefined], ['2%', undefined]]);
  });
});

describe('ranges, ratios and times', () => {
  it('"4000元-6000元" with the unit on both ends is one range', () => {
    expect(figures('床位补贴标准为4000元-6000元。').map(read)).toEqual([
      { written: '4000元-6000元', value: '4000-6000', scale: '', unit: '元', shape: 'range', range: ['4000', '6000'] },
    ]);
  });

  it('a time of day is no ratio: 14:45 is turned away as a time', () => {
    const result = extract('示例区于2022年3月17日14:45召开会议，\n参会人员120人。');
    expect(result.figures.map((figure) => [figure.written, figure.line])).toEqual([['120人', 2]]);
    expect(result.rejected).toEqual([
      { line: 1, block: 0, start: 4, written: '2022', trap: 'year' },
      { line: 1, block: 0, start: 9, written: '3', trap: 'date' },
      { line: 1, block: 0, start: 11, written: '17', trap: 'date' },
      { line: 1, block: 0, start: 14, written: '14', trap: 'time' },
      { line: 1, block: 0, start: 17, written: '45', trap: 'bare-number' },
    ]);
  });
});

describe('qualifiers', () => {
  it('a qualifier word next to the number is part of what is written; one after 有 stays in the prose, with a note', () => {
    expect(figures('临时救助最高2400元。').map(read)).toEqual([{ written: '最高2400元', value: '2400', scale: '', unit: '元', shape: 'number', qualifier: 'up-to' }]);
    expect(figures('保障孤儿3800余名。').map(read)).toEqual([{ written: '3800余名', value: '3800', scale: '', unit: '名', shape: 'number', qualifier: 'over' }]);
    const [detached] = figures('全区约有50万名老年人。');
    expect(read(detached!)).toEqual({ written: '50万名', value: '50', scale: '万', unit: '名', shape: 'number', qualifier: 'about' });
    expect(detached!.notes).toEqual(['The qualifier “约” stays in the narrative and <Figure> shows it too: reword the sentence.']);
  });
});

describe('clause, sentence, context and where', () => {
  const text = '二是全区养老床位达到2,400张，其中护理型床位1,200张。明年新增床位300张。';

  it('the clause ends at the comma after the figure, the sentence at 。; the context is 24 characters before and 16 after', () => {
    expect(figures(text).map(({ written, clause, sentence, context, where }) => ({ written, clause, sentence, context, where }))).toEqual([
      {
        written: '2,400张', clause: '二是全区养老床位达到2,400张', sentence: '二是全区养老床位达到2,400张，其中护理型床位1,200张。',
        context: '二是全区养老床位达到【2,400张】，其中护理型床位1,200张。明', where: '二是',
      },
      {
        written: '1,200张', clause: '其中护理型床位1,200张', sentence: '二是全区养老床位达到2,400张，其中护理型床位1,200张。',
        context: '二是全区养老床位达到2,400张，其中护理型床位【1,200张】。明年新增床位300张。', where: '二是',
      },
      {
        written: '300张', clause: '明年新增床位300张', sentence: '明年新增床位300张。',
        context: '00张，其中护理型床位1,200张。明年新增床位【300张】。', where: '二是',
      },
    ]);
  });

  it('a comma inside a number does not end the clause', () => {
    expect(figures('全区床位2,400张、护理型床位1,200张。').map((figure) => figure.clause)).toEqual(['全区床位2,400张、护理型床位1,200张', '全区床位2,400张、护理型床位1,200张']);
  });

  it('a heading gives `where` by its number, with the inline point after it', () => {
    const found = figures('一、社会救助\n全区保障低保对象1200户；二是发放临时救助金80万元。');
    expect(found.map(({ written, where, line }) => [written, where, line])).toEqual([['1200户', '一', 2], ['80万元', '一 二是', 2]]);
  });
});

describe('kinds', () => {
  it('money words without a unit make an amount; 千名 makes a per-thousand figure', () => {
    expect(figures('争取300万专项资金。').map((figure) => [figure.written, figure.kind])).toEqual([['300万', 'amount']]);
    expect(figures('每千名老年人拥有养老床位35张。').map((figure) => [figure.written, figure.kind])).toEqual([['35张', 'per-thousand']]);
    expect(figures('发放救助金80万元。').map((figure) => [figure.written, figure.kind])).toEqual([['80万元', 'amount']]);
    expect(figures('服务老人2.5万人次。').map((figure) => [figure.written, figure.kind])).toEqual([['2.5万人次', 'count']]);
  });
});

describe('notes', () => {
  it('blanked digits are recorded as written, with a note', () => {
    const [figure] = figures('全年救助困难群众20_0人。');
    expect({ ...read(figure!), notes: figure!.notes }).toEqual({
      written: '20_0人', value: '20_0', scale: '', unit: '人', shape: 'unknown',
      notes: ['Digits are blanked in the source (“20_0人”): recorded as written, never guessed.'],
    });
  });

  it('a measure word outside the list is proposed with a note', () => {
    const [figure] = figures('向受灾群众捐赠帐篷40顶，棉被500床。');
    expect({ ...read(figure!), notes: figure!.notes }).toEqual({
      written: '40顶', value: '40', scale: '', unit: '顶', shape: 'number',
      notes: ['“顶” is read as this figure\'s measure word; it is not in the importer\'s list: check it.'],
    });
  });

  it('a number cut off at the very end of the document keeps its place, with the no-unit note; elsewhere it is turned away', () => {
    const atEnd = extract('全区共有社区养老服务站\n养老床位408');
    expect(atEnd.figures.map((figure) => [figure.written, figure.notes])).toEqual([['408', ['No unit is written after this number: check what it counts.']]]);
    const inside = extract('养老床位408\n全区共有社区养老服务站');
    expect(inside.figures).toEqual([]);
    expect(inside.rejected).toEqual([{ line: 1, block: 0, start: 4, written: '408', trap: 'bare-number' }]);
  });
});

describe('quantities in Chinese numerals', () => {
  it('are listed for review with ten characters before and twelve from the start', () => {
    expect(extract('为方便老年人就近养老，全区今年新建两家嵌入式养老服务设施并投入运营。').review).toEqual([
      {
        line: 1, topic: 'not-extracted',
        text: '“两家” is a quantity in Chinese numerals, not extracted: add it as a figure if the report means it as one (“近养老，全区今年新建两家嵌入式养老服务设施并”).',
      },
    ]);
  });
});
