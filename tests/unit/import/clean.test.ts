/** Cleaning: furniture, page markers, chunk numbers, inserted pinyin, repeats, metadata. */
import { describe, expect, it } from 'vitest';
import {
  cleanSource,
  dropRepeatedLines,
  normalizeWidths,
  removeChunkNumbers,
  removeInsertedPinyin,
  removePageMarkers,
  stripHtmlJunk,
} from '../../../src/import/clean.ts';
import { readDocumentMeta, titleFromSharedFileName } from '../../../src/import/document-meta.ts';
import { findFooterStart, furnitureRuleFor } from '../../../src/import/furniture.ts';
import type { SourceLine } from '../../../src/import/types.ts';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ line: index + 1, text, continues: false }));

describe('removeInsertedPinyin', () => {
  it('removes a toned syllable a converter put after a character', () => {
    expect(removeInsertedPinyin('養(yǎng)老機(jī)構(gòu)1426所')).toBe('養老機構1426所');
    expect(removeInsertedPinyin('社區（qū）')).toBe('社區');
  });
  it('keeps real brackets: abbreviations, notes, Chinese text', () => {
    expect(removeInsertedPinyin('持续照料退休社区(CCRC)')).toBe('持续照料退休社区(CCRC)');
    expect(removeInsertedPinyin('中心(资料图)')).toBe('中心(资料图)');
    expect(removeInsertedPinyin('6名退(离)休')).toBe('6名退(离)休');
    expect(removeInsertedPinyin('see (note) here')).toBe('see (note) here');
  });
});

describe('page markers, HTML junk and widths', () => {
  it('removes 第 N 页 共 M 页 even in the middle of a word', () => {
    expect(removePageMarkers('全省农村福利院“危房第 2 页 共 6 页改造”')).toBe('全省农村福利院“危房改造”');
    expect(removePageMarkers('共6页 第3页正文')).toBe('正文');
  });
  it('strips tags and entities', () => {
    expect(stripHtmlJunk('<style id="q4m17"><u id="q4m17"></u></style>')).toBe('');
    expect(stripHtmlJunk('低保&nbsp;标准')).toBe('低保 标准');
  });
  it('turns full-width digits and odd spaces into plain ones, but keeps Chinese punctuation', () => {
    expect(normalizeWidths('１２３个，８３．５％')).toBe('123个，83.5%');
    expect(normalizeWidths('a\u2002b\u00a0c')).toBe('a b c');
  });
});

describe('removeChunkNumbers', () => {
  it('removes chunk numbers that cut a sentence and joins the text', () => {
    const out = removeChunkNumbers(
      lines('1、近年来积极推进养老服务,向上争取示范', '2、活动示范单位,投入资金。对已建成的民办养', '3、老机构加强管理。'),
      ['1、第 1 页 共 6 页近年来积极推进养老服务,向上争取示范', '2、活动示范单位,投入资金。对已建成的民办养', '3、老机构加强管理。'],
    );
    expect(out.map((entry) => entry.text)).toEqual(['近年来积极推进养老服务,向上争取示范', '活动示范单位,投入资金。对已建成的民办养', '老机构加强管理。']);
    expect(out.map((entry) => entry.continues)).toEqual([false, true, true]);
  });
  it('keeps real list numbers after a full stop, a colon or a heading', () => {
    const texts = ['今年重点做好以下工作：', '1、完善养老服务体系。', '2、加强社会救助。', '（一）基本情况', '1、养老床位不足。'];
    const out = removeChunkNumbers(lines(...texts), texts);
    expect(out.map((entry) => entry.text)).toEqual(texts);
  });
});

describe('page furniture', () => {
  it.each([
    ['设为首页 收藏本站', 'navigation'],
    ['中华彩票 人人公益', 'menu-or-tags'],
    ['社区       养老       服务       设施', 'menu-or-tags'],
    ['您的位置:主页 > 新闻 > 公益资讯 > 重庆205家养老机构开展医疗卫生合作', 'breadcrumb'],
    ['• 400-127-6788', 'header-bullet'],
    ['2017-05-31 来源 :公益时报??作者 :', 'dateline'],
    ['分享到:', 'navigation'],
    ['版权所有:南昌东湖网站????电话:0791-86221407', 'footer'],
    ['赣ICP备05005744号-2????网站标识码:3601020001', 'footer'],
    ['天天精品福利一区视频,成人欧美一区二区三区', 'spam'],
    ['《民政局养老服务体系建设情况汇报材料.doc》由会员分享,可在线阅读', 'spam'],
    ['安龙县| 调兵山市| 青浦区| 视频| 长乐市| 马鞍山市|', 'place-list'],
    ['沙坪坝区丰文街道社区养老服务中心(资料图)  陈骅 摄', 'photo-caption'],
    ['赢君', 'byline'],
    ['……', 'ellipsis'],
  ])('drops %s as %s', (text, rule) => {
    expect(furnitureRuleFor(text)).toBe(rule);
  });
  it.each([
    '截至目前,全市共有各类养老机构1426所,养老床位20.7万张。',
    '一、2022年工作成绩和亮点',
    '（一） 基本情况',
    '● 养老服务',
    '3.强化养老服务能力一是强化养老机构安全保障意识和能力。',
  ])('keeps report text: %s', (text) => {
    expect(furnitureRuleFor(text)).toBeUndefined();
  });
  it('treats everything from the first footer line in the second half as footer', () => {
    expect(findFooterStart(['正文', '正文', '正文', '版权声明:本文版权归原作者所有', '广告'])).toBe(3);
    expect(findFooterStart(['版权所有', '正文', '正文', '正文'])).toBe(-1);
  });
});

describe('repeated lines', () => {
  it('drops a highlights box and a summary that repeat the body, not headings', () => {
    const { kept, dropped } = dropRepeatedLines(
      lines('内容提要:1月24日,全市召开会议。', '全市累计建成设施3132个', '● 养老服务', '1月24日,全市召开会议。', '全市累计建成设施3132个,运营率达83.5%。', '养老服务体系不断完善。'),
    );
    expect(kept.map((entry) => entry.line)).toEqual([3, 4, 5, 6]);
    expect(dropped.map((entry) => entry.reason)).toEqual(['summary-repeat', 'highlight-repeat']);
  });
});

describe('document metadata', () => {
  it('reads the disclosure block', () => {
    const meta = readDocumentMeta([
      { line: 6, text: '• 索引号: s224672--2023-0055 主题分类: 综合政务' },
      { line: 7, text: '发布机构: 东湖区民政局 生成日期: 2023-03-17 14:45' },
      { line: 8, text: '文件编号: 有效性: 有效' },
      { line: 9, text: '公开范围: 面向全社会 公开方式: 主动公开' },
    ]);
    expect(meta.disclosure).toEqual({
      index_no: 's224672--2023-0055',
      topic: { zh: '综合政务', en: 'General government affairs' },
      publisher: '东湖区民政局',
      date: '2023-03-17 14:45',
      doc_no: '',
      validity: 'valid',
      scope: 'public',
      manner: 'proactive',
    });
    expect(meta.published).toEqual({ date: '2023-03-17', line: 7 });
  });
  it('reads a dateline and a source credit', () => {
    const meta = readDocumentMeta([
      { line: 6, text: '2017-05-31 来源 :公益时报??作者 :' },
      { line: 28, text: '(据重庆市人民政府网站)' },
    ]);
    expect(meta.published).toEqual({ date: '2017-05-31', line: 6 });
    expect(meta.via).toEqual({ text: '重庆市人民政府网站', line: 28 });
  });
  it('reads a page date line', () => {
    expect(readDocumentMeta([{ line: 3, text: '发布时间：2024-01-15' }]).published).toEqual({ date: '2024-01-15', line: 3 });
  });
  it('takes a title from a shared file name', () => {
    expect(titleFromSharedFileName('《民政局养老服务体系建设情况汇报材料.doc》由会员分享')).toBe('民政局养老服务体系建设情况汇报材料');
  });
  it('cleans a whole page: title out, furniture dropped, traditional converted, line numbers kept', () => {
    const result = cleanSource(['首頁 > 營口專訪 > 正文', '營口市養(yǎng)老服務改革試點安排', '分享到:', '全市社會養(yǎng)老機(jī)構(gòu)131 個,社會養(yǎng)老床位1.5萬(wàn)張。'].join('\n'));
    expect(result.title).toEqual({ text: '营口市养老服务改革试点安排', line: 2 });
    expect(result.lines).toEqual([{ line: 4, text: '全市社会养老机构131 个,社会养老床位1.5万张。', continues: false }]);
    expect(result.dropped.map((line) => line.reason)).toEqual(['breadcrumb', 'navigation']);
  });
});
