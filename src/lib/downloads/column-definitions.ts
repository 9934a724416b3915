/**
 * What each download column holds, in both languages: the XLSX "About" sheet lists these
 * next to the column names (docs/data-downloads.md has the same table with examples).
 */
import type { Localized } from '../../schemas/common.ts';
import type { Column } from '../downloads.ts';

export const COLUMN_DEFINITIONS: Record<Column, Localized> = {
  figure_id: { zh: '数据标识，在本报告内唯一，也是报告页上的锚点', en: "The figure's id, unique within its report; also its anchor on the report page" },
  bureau_id: { zh: '发布机构标识', en: 'Publisher id' },
  bureau_zh: { zh: '发布机构中文全称', en: "Publisher's full Chinese name" },
  bureau_en: { zh: '发布机构英文全称', en: "Publisher's full English name" },
  year: { zh: '报告所述年度（工作年度）；无日期的报告为空', en: 'The year the report is about; empty for an undated report' },
  indicator_id: { zh: '指标目录中的标识', en: 'Catalog id of what is measured' },
  indicator_zh: { zh: '指标中文名称', en: 'Indicator name in Chinese' },
  indicator_en: { zh: '指标英文名称', en: 'Indicator name in English' },
  topic: { zh: '主题', en: 'Topic' },
  kind: { zh: '指标类型：count 计数、amount 金额、rate 比率、ratio 比例、per-thousand 千分比、average 平均数', en: 'Kind: count, amount, rate, ratio, per-thousand, average' },
  value_as_written: { zh: '原文写法（含“万”“亿”）；区间写作“下限—上限”；无法辨认的数字按原文照录', en: 'The figure exactly as the source writes it, scale word included; a range as low—high; an illegible figure as the source has it' },
  value: { zh: '展开后的精确十进制数（不分组、不舍入）；区间、比例和无法辨认的数字为空', en: 'The same figure as an exact plain decimal (no grouping, never rounded); empty for ranges, ratios and illegible figures' },
  range_low: { zh: '区间下限（精确十进制数）', en: "A range's lower end, plain decimal" },
  range_high: { zh: '区间上限（精确十进制数）', en: "A range's upper end, plain decimal" },
  ratio: { zh: '比例，按原文写作 a:b', en: 'A ratio a:b as written' },
  unit_zh: { zh: '中文单位（比率为 %，比例为空）', en: 'Unit in Chinese (% for rates, empty for ratios)' },
  unit_en: { zh: '英文单位', en: 'Unit in English' },
  qualifier: { zh: '限定词：over 余/多/超过/以上，under 不到/不足，about 约/左右，nearly 近，up-to 最高，at-least 至少；精确数字为空', en: 'Qualifier: over, under, about, nearly, up-to, at-least; empty when the figure is exact' },
  status: { zh: 'actual 实际值，target 目标值（计划或目标）', en: 'actual, or target (a plan or goal)' },
  as_of: { zh: '数据所指的日期或时期：YYYY、YYYY-MM、YYYY-MM-DD 或 起/止', en: 'The date or period the figure describes: YYYY, YYYY-MM, YYYY-MM-DD or start/end' },
  change_reported: { zh: '原文所述变化，按原文', en: 'A change the source states, as written' },
  change_direction: { zh: '变化方向：up 增加，down 减少', en: 'up or down, when the source says' },
  change_from: { zh: '“从X增加到Y”中的原值X（精确十进制数）', en: 'The earlier value of “from X to Y”, plain decimal' },
  note_zh: { zh: '编者说明（中文）', en: "Editor's note in Chinese" },
  note_en: { zh: '编者说明（英文）', en: "Editor's note in English" },
  source_title: { zh: '原文标题', en: "The source document's title as published" },
  source_date: { zh: '原文发布日期', en: 'Its publication date' },
  source_url: { zh: '原文网址', en: 'Its address, when known' },
  permalink_zh: { zh: '中文报告页上该数据行的永久链接', en: "Link to the figure's row on the Chinese report page" },
  permalink_en: { zh: '英文报告页上该数据行的永久链接', en: 'The same on the English page' },
  label_zh: { zh: '指标名称不足以说明时的数据名称（中文）', en: 'What this figure is, when the indicator name alone does not say (Chinese)' },
  label_en: { zh: '同上（英文）', en: 'The same in English' },
  source_section: { zh: '数据在原文中的位置', en: 'Where the figure stands in the source document' },
  ratio_numerator: { zh: '比例 a:b 的前项 a（数字）', en: 'The first term a of a ratio a:b, as a number' },
  ratio_denominator: { zh: '比例 a:b 的后项 b（数字）', en: 'The second term b of a ratio a:b, as a number' },
  region_code: { zh: '发布机构的行政区划代码（文本，保留前导零）', en: "The publisher's administrative region code (text, leading zeros kept)" },
};
