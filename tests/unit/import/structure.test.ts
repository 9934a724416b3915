/** Headings (一、 （一） (一) 1. 1、 一是 ●), paragraphs, plan sections. */
import { describe, expect, it } from 'vitest';
import { buildBlocks, cutAtLostSubpoint, headingEnd } from '../../../src/import/structure.ts';
import type { SourceLine } from '../../../src/import/types.ts';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ line: index + 1, text, continues: false }));
const shape = (texts: string[]) =>
  buildBlocks(lines(...texts)).blocks.map((block) => `${block.kind === 'heading' ? `H${block.level}:${block.marker}` : 'P'} ${block.text}`);

describe('buildBlocks', () => {
  it('recognises the heading hierarchy and keeps paragraphs', () => {
    expect(
      shape([
        '一、2022年工作成绩和亮点',
        '（一）围绕四项服务打造特色',
        '(二)履行三基职责',
        '1.围绕社会组织培育发展,打造党群服务中心品牌。坚持党建引领,推进发展。',
        '2、强化养老服务能力一是强化机构安全。二是开展购买服务。',
        '● 养老服务',
        '建立养老服务目录清单。',
      ]),
    ).toEqual([
      'H1:一 2022年工作成绩和亮点',
      'H2:一 围绕四项服务打造特色',
      'H2:二 履行三基职责',
      'H3:1 围绕社会组织培育发展,打造党群服务中心品牌',
      'P 坚持党建引领,推进发展。',
      'H3:2 强化养老服务能力',
      'P 一是强化机构安全。二是开展购买服务。',
      'H2: 养老服务',
      'P 建立养老服务目录清单。',
    ]);
  });

  it('tracks the section path for `where`', () => {
    const { blocks } = buildBlocks(lines('一、成绩', '（二）民生', '1.强化保障。一是提高标准。'));
    expect(blocks.at(-1)?.section).toEqual({ l1: '一', l2: '二', l3: '1' });
  });

  it('splits a 一、 heading out of running text and reports it', () => {
    const { blocks, review } = buildBlocks(lines('近年来工作成效明显。一、所作的主要工作一抢抓机遇,着力推进政策创制。'));
    expect(blocks.map((block) => `${block.kind}:${block.text}`)).toEqual([
      'paragraph:近年来工作成效明显。',
      'heading:所作的主要工作',
      'paragraph:一抢抓机遇,着力推进政策创制。',
    ]);
    expect(review).toHaveLength(1);
  });

  it('marks plan sections, a lead-in paragraph, and ends a plan at the next section', () => {
    const { blocks } = buildBlocks(
      lines('二、2023年工作打算和重点', '推进养老中心建设。', '三、关于养老服务的意见和建议', '（一）基本情况', '现有养老机构5家。', '（三）意见和建议', '给予补贴。', '今年我们将完成以下几项工作:', '新建40个设施。'),
    );
    const plan = (text: string) => blocks.find((block) => block.text === text);
    expect(plan('推进养老中心建设。')?.planSection).toEqual({ heading: '二、2023年工作打算和重点', year: '2023' });
    expect(plan('现有养老机构5家。')?.planSection).toBeUndefined();
    expect(plan('给予补贴。')?.planSection?.heading).toContain('意见和建议');
    expect(plan('新建40个设施。')?.afterPlanLeadIn).toBe(true);
  });
});

describe('heading ends', () => {
  it('ends a run-on heading at its full stop, before 一是 or a date', () => {
    expect(headingEnd('围绕社会组织培育发展,打造党群服务中心品牌。坚持党建引领,将辖区内未组建党组织的社会组织中零散党员')).toBe(22);
    expect(headingEnd('强化养老服务能力一是强化养老机构安全保障意识和能力,认真落实进一步优化防控工作的二十条措施')).toBe(8);
    expect(headingEnd('关于我区目前存在的问题')).toBe(11);
    expect(headingEnd('推动精神障碍社区康复服务项目提质增效2022年底,完成打造了2个精神障碍社区康复服务站,2023年')).toBe(18);
  });
  it('treats a numbered single sentence as a list item, and never ends a heading inside 1,234', () => {
    expect(headingEnd('截至2023年11月底，全区共有养老机构12家，床位1800张。', 3)).toBe(-1);
    expect(
      shape(['1.全年保障城乡低保对象1,234户2,345人，发放低保金1,520.5万元，同比增长3.2%。临时救助困难群众约600人次，发放临时救助金共计一百余万元。']),
    ).toEqual(['P 全年保障城乡低保对象1,234户2,345人，发放低保金1,520.5万元，同比增长3.2%。临时救助困难群众约600人次，发放临时救助金共计一百余万元。']);
  });
  it('finds a lost sub-point numeral, but not inside words', () => {
    expect(cutAtLostSubpoint('所作的主要工作一抢抓机遇')).toBe(7);
    expect(cutAtLostSubpoint('下一步的工作思路一找打破点')).toBe(8);
    expect(cutAtLostSubpoint('推进城乡一体化统一规划')).toBe(-1);
  });
});
