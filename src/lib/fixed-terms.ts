/**
 * The vocabulary behind the no-typed-numbers rule for Chinese numerals (typed-numbers.ts),
 * documented in docs/data-format.md. Editors extend FIXED_TERMS when a policy name is
 * refused as a quantity; nothing else needs to change.
 */

/** Chinese numeral characters, including the magnitudes 十百千万亿 (and traditional 兩萬億). */
export const CHINESE_NUMERALS = '零〇一二两兩三四五六七八九十百千万萬亿億';

/**
 * Measure words and units that make a numeral a quantity: 二千户, 三万余人, 五成.
 * Deliberately absent: 年 月 日 天 周 岁 (dates, durations and ages such as 六十岁以上 are
 * definitions, not figures), 级 and 星 (三级网络, 五星级), and 分 (十分 "very").
 * Longer units come first so the longest one is named.
 */
export const MEASURE_WORDS = [
  '人次', '户次', '平方公里', '平方米', '公顷', '公里', '千米', '公斤', '千克', '小时', '课时', '万元', '亿元',
  '户', '人', '名', '位', '家', '所', '座', '张', '床', '间', '套', '处', '项', '件', '次', '批', '条', '元',
  '吨', '亩', '米', '辆', '台', '只', '份', '场', '例', '起', '宗', '笔', '倍', '成', '对', '支', '栋', '幢', '本',
  '册', '斤', '个(?![月])',
] as const;

/**
 * Fixed terms that contain a numeral before a measure word but name a policy, a congress
 * or an idiom, not a quantity. Terms without a measure word (一是, 十四五, 三问一说,
 * 五社联动), ordinals (第一, 第三批), a lone 一 (一户一策, 一站式, 一次性) and terms in
 * quotation marks (“四项服务”, “五个一”) pass anyway; docs/data-format.md lists them.
 */
export const FIXED_TERMS = [
  '四个全面', '四个意识', '四个自信', '四个服务', '两个维护', '两个确立', '两个一百年',
  '五位一体', '三位一体', '八项规定', '三支一扶', '两项补贴', '千家万户', '万家灯火', '三项制度',
  '十八大', '十九大', '二十大', '二十条', '新十条',
  '二次', // secondary, as in 二次供水 and 二次分配; a count is written 两次
] as const;
