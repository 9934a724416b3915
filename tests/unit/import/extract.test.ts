/** Extraction: each pattern a figure is written in, and each trap that is not a figure. */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/import/extract.ts';
import { buildBlocks } from '../../../src/import/structure.ts';
import type { ExtractedFigure } from '../../../src/import/types.ts';

function extract(text: string, year = 2022) {
  const { blocks } = buildBlocks(text.split('\n').map((line, index) => ({ line: index + 1, text: line, continues: false })));
  return extractFigures(blocks, { year });
}

function only(text: string, year = 2022): ExtractedFigure {
  const { figures } = extract(text, year);
  expect(figures, figures.map((figure) => figure.written).join(' | ')).toHaveLength(1);
  return figures[0] as ExtractedFigure;
}

const brief = (figure: ExtractedFigure) => ({
  value: figure.value,
  scale: figure.scale,
  unit: figure.unit,
  ...(figure.qualifier && { qualifier: figure.qualifier }),
});

describe('numbers, scale words and units', () => {
  it.each([
    ['全市共有各类养老机构1426所。', { value: '1426', scale: '', unit: '所' }],
    ['累计发放高龄津贴2,400万元。', { value: '2400', scale: '万', unit: '元' }],
    ['养老床位20.7万张。', { value: '20.7', scale: '万', unit: '张' }],
    ['累计投入资金2.7亿元。', { value: '2.7', scale: '亿', unit: '元' }],
    ['投入财政资金 1110 万元。', { value: '1110', scale: '万', unit: '元' }],
    ['发放临时救助321人次。', { value: '321', scale: '', unit: '人次' }],
    ['办理结婚登记2328对。', { value: '2328', scale: '', unit: '对' }],
    ['社会化运营率达83.5%。', { value: '83.5', scale: '', unit: '%' }],
    ['平均跑动次数压缩到0.21次。', { value: '0.21', scale: '', unit: '次' }],
    ['低保月人均补差达730元/人·月。', { value: '730', scale: '', unit: '元/人·月' }],
    ['老年人口52.3万,占比较高。', { value: '52.3', scale: '万', unit: '' }],
  ])('%s', (text, expected) => {
    expect(brief(only(text))).toEqual(expected);
  });

  it('infers the kind from unit and wording', () => {
    expect(only('千名老人拥有床位30.5张。').kind).toBe('per-thousand');
    expect(only('发放低保金2850.46万元。').kind).toBe('amount');
    expect(only('全程网办达到78.6%。').kind).toBe('rate');
    expect(only('平均跑动次数压缩到0.21次。').kind).toBe('average');
    expect(only('向上争取300万专项资金。').kind).toBe('amount');
  });
});

describe('qualifiers', () => {
  it.each([
    ['3800余名事实无人抚养儿童得到保障。', 'over'],
    ['先后投入800 多万元。', 'over'],
    ['惠及高龄老人20.34万余人次。', 'over'],
    ['残疾人两项补贴金额355.98余万元。', 'over'],
    ['专业人才超过全市总量的50%。', 'over'],
    ['对2家投资过10亿的工程跟踪服务。', 'over'],
    ['近500名老人参加。', 'nearly'],
    ['占地面积约500亩。', 'about'],
    ['约有50万名老年人需要服务。', 'about'],
    ['参加培训200人左右。', 'about'],
    ['每千名老人只拥有不到5张床位。', 'under'],
    ['资金不足10万元。', 'under'],
    ['由政府予以最高2400元补贴。', 'up-to'],
    ['至少30个社区开展试点。', 'at-least'],
  ])('%s → %s', (text, qualifier) => {
    const figures = extract(text).figures;
    expect(figures.at(-1)?.qualifier).toBe(qualifier);
  });

  it('does not read 通过 or 经过 as 过 (over)', () => {
    expect(only('其中通过1847条。').qualifier).toBeUndefined();
  });
});

describe('ranges, ratios and changes', () => {
  it('reads a range', () => {
    const figure = only('按每张床位4000-6000元的标准予以补贴。');
    expect(figure).toMatchObject({ shape: 'range', range: ['4000', '6000'], value: '4000-6000', unit: '元' });
  });
  it('reads a ratio', () => {
    expect(only('低保标准城乡差距缩小到1:0.81。')).toMatchObject({ shape: 'ratio', value: '1:0.81', kind: 'ratio' });
  });
  it('attaches a reported change to the figure before it', () => {
    const { figures } = extract('将低保、特困供养标准分别提高至855元增长7.6%,1120元增长8.2%。');
    expect(figures.map((figure) => [figure.value, figure.change])).toEqual([
      ['855', { reported: '7.6%', direction: 'up' }],
      ['1120', { reported: '8.2%', direction: 'up' }],
    ]);
    expect(figures.map((figure) => figure.label)).toEqual(['低保标准', '特困供养标准']);
  });
  it('reads 从…增加到…, with the change reported after it', () => {
    expect(only('备案社区社会组织从1116家增加到1576家,增长了41%。')).toMatchObject({
      value: '1576',
      unit: '家',
      change: { from: '1116', direction: 'up', reported: '41%' },
    });
  });
  it('reads 由…调整为…, with the direction from the numbers', () => {
    expect(only('由9个街道调整为7个街道。')).toMatchObject({ value: '7', change: { from: '9', direction: 'down' } });
    expect(only('社区总数从90个调整为91个。')).toMatchObject({ value: '91', change: { from: '90', direction: 'up' } });
  });
  it('keeps a reduction rate with no figure before it as a figure of its own', () => {
    expect(brief(only('政务服务时限平均压缩80%。'))).toEqual({ value: '80', scale: '', unit: '%' });
  });
});

describe('status (targets) and as-of dates', () => {
  it.each([
    ['全市将兴建社区居家养老服务中心36处。', 'target'],
    ['计划新建养老机构5家。', 'target'],
    ['力争建成日间照料中心60个。', 'target'],
    ['到2025年,养老床位达到5000张。', 'target'],
    ['今年要完成适老化改造300户。', 'target'],
    ['离上级要求的每千名老人40张床位目标差距很大。', 'target'],
    ['将低保标准提高至855元。', 'actual'],
    ['全年新增低保92户。', 'actual'],
  ])('%s → %s', (text, status) => {
    expect(only(text).status).toBe(status);
  });

  it('treats figures in a plan section as targets, unless the sentence reports a result', () => {
    const { figures } = extract(['二、2023年工作打算和重点', '投入80余万元整理婚姻档案。', '2022年底,完成打造了2个康复服务站。'].join('\n'));
    expect(figures.map((figure) => [figure.value, figure.status, figure.asOf])).toEqual([
      ['80', 'target', '2023'],
      ['2', 'actual', '2022-12'],
    ]);
  });

  it('treats the paragraph after a plan lead-in as targets', () => {
    const { figures } = extract(['今年主要任务安排,我们将完成以下几项具体工作:', '新建40个标准化社区养老服务设施试点。'].join('\n'), 2019);
    expect(figures[0]?.status).toBe('target');
  });

  it.each([
    ['截至2017年底,全市社会养老机构131个。', '2017-12'],
    ['截至2018年6月,全市社会养老机构131个。', '2018-06'],
    ['1-11月,受理住房保障5061户。', '2022-01/2022-11'],
    ['“十三五”期间,全市将兴建中心36处。', '2016/2020'],
    ['到2025年,养老床位达到5000张。', '2025'],
  ])('%s → as_of %s', (text, asOf) => {
    expect(only(text).asOf).toBe(asOf);
  });
});

describe('blanked digits', () => {
  it('records a blanked figure as unknown, with a note, never as a value', () => {
    const figure = only('先后投入 20_0多万元建设中心。');
    expect(figure).toMatchObject({ shape: 'unknown', value: '20_0', scale: '万', unit: '元', qualifier: 'over' });
    expect(figure.notes.join(' ')).toContain('blanked');
  });
  it('does not take a blanked year for a figure', () => {
    expect(extract('仅20_年就投入资金。20_4 年以来逐步建立制度。').figures).toEqual([]);
  });
});

describe('traps: numbers that are not figures', () => {
  const trapOf = (text: string) => extract(text).rejected.map((number) => `${number.written}:${number.trap}`);

  it.each([
    ['2022年我区工作成效明显。', ['2022:year']],
    ['2022 年 7 月我市出台方案。', ['2022:year', '7:date']],
    ['从3月13日至今开展排查。', ['3:date', '13:date']],
    ['力争在 10 月底前运营。', ['10:date']],
    ['1-11月,开展核对工作。', ['1:date']],
    ['国家试点期为2018年至2020年。', ['2018:year', '2020:year']],
    ['为80岁以上老人购买服务,60周岁老人免费体检,90-99 岁老人发放津贴。', ['80:age', '60:age', '90:age']],
    ['申报5星级社区,评为3A级社会组织。', ['5:rating', '3:rating']],
    ['全面完善‘1+2+6’四级服务体系。', ['1:quoted-name', '2:quoted-name', '6:quoted-name']],
    ['建设1+2+6服务体系。', ['1:slogan', '2:slogan', '6:slogan']],
    ['推行“365天服务不打烊”工作,做好“520”等特殊日期服务。', ['365:quoted-name', '520:quoted-name']],
    ['依据《民政部2022年工作要点》开展工作。', ['2022:quoted-name']],
    ['咨询电话:0791-86221407,欢迎来电。', ['0791:code-or-phone']],
    ['赣ICP备05005744号-2。', ['05005744:document-number', '2:code-or-phone']],
    ['根据〔2022〕15号文件精神。', ['2022:document-number', '15:document-number']],
    ['列入第3批试点。', ['3:ordinal']],
    ['生成日期 2023-03-17 14:45。', ['2023:code-or-phone', '17:code-or-phone', '14:time', '45:bare-number']],
    ['初步建成15分钟“养老服务圈”。', ['15:concept-name']],
    ['共有代码360102。', ['360102:bare-number']],
  ])('%s', (text, traps) => {
    expect(extract(text).figures.map((figure) => figure.written)).toEqual([]);
    expect(trapOf(text)).toEqual(traps);
  });

  it('ignores Chinese-numeral slogans and lists Chinese-numeral quantities for review', () => {
    const result = extract('运用“三问一说”工作法,一是完成两家嵌入式养老服务设施建设,兴建改造了六所福利院。');
    expect(result.figures).toEqual([]);
    expect(result.review.map((item) => item.text.slice(0, 4))).toEqual(['“两家”', '“六所”']);
  });

  it('does not take a heading or list number for a figure', () => {
    expect(extract(['一、2022年工作成绩', '（二）履行职责', '3.强化养老服务能力', '1、加强管理。'].join('\n')).figures).toEqual([]);
  });

  it('still extracts the figures next to the traps', () => {
    const { figures } = extract('80岁以上老人16815人,申报5个5星级社区。');
    expect(figures.map((figure) => figure.written)).toEqual(['16815人', '5个']);
  });
});
