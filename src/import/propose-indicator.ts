/**
 * A proposed catalog entry for a figure no indicator matches: a draft kebab-case id and
 * names, always marked TODO. The id is built from a small glossary of civil-affairs terms
 * found in the figure's label (longest term first), plus a word for the unit when the
 * label alone would not tell two figures apart (低保 households vs people). When no term
 * is known the id says so (todo-count-l21) rather than inventing one.
 */
import type { ExtractedFigure, Kind } from './types.ts';

/** Chinese term → the English word(s) an id and a draft name use. Longest terms win. */
const GLOSSARY: ReadonlyArray<readonly [string, string]> = [
  ['社区居家养老服务中心', 'community home eldercare centres'],
  ['养老服务设施', 'eldercare facilities'],
  ['养老服务中心', 'eldercare centres'],
  ['日间照料中心', 'day care centres'],
  ['家庭养老床位', 'family eldercare beds'],
  ['养老机构', 'eldercare institutions'],
  ['养老床位', 'eldercare beds'],
  ['老年协会', 'senior associations'],
  ['行业协会', 'trade associations'],
  ['社会组织', 'social orgs'],
  ['社会工作', 'social work'],
  ['结婚登记', 'marriage registrations'],
  ['离婚登记', 'divorce registrations'],
  ['结婚证', 'marriage certificates'],
  ['离婚证', 'divorce certificates'],
  ['临时救助', 'temporary assistance'],
  ['适老化改造', 'home adaptations'],
  ['高龄津贴', 'longevity allowance'],
  ['事实无人抚养儿童', 'de facto orphans'],
  ['残疾人', 'disabled people'],
  ['敬老院', 'nursing homes'],
  ['福利院', 'welfare homes'],
  ['福利机构', 'welfare institutions'],
  ['党组织', 'party organisations'],
  ['公务员', 'civil servants'],
  ['互助', 'mutual aid'],
  ['低保', 'dibao'],
  ['特困', 'tekun'],
  ['孤儿', 'orphans'],
  ['儿童', 'children'],
  ['老人', 'older people'],
  ['老年人', 'older people'],
  ['人口', 'population'],
  ['床位', 'beds'],
  ['社工站', 'social work stations'],
  ['社工', 'social workers'],
  ['社区', 'communities'],
  ['街道', 'subdistricts'],
  ['行政村', 'villages'],
  ['地名', 'place names'],
  ['勘界', 'boundary surveys'],
  ['殡葬', 'funeral'],
  ['丧葬', 'funeral'],
  ['婚姻', 'marriage'],
  ['疫情', 'pandemic'],
  ['防控', 'control'],
  ['补贴', 'subsidy'],
  ['津贴', 'allowance'],
  ['护理费', 'care allowance'],
  ['生活费', 'living allowance'],
  ['标准', 'standard'],
  ['资金', 'funds'],
  ['经费', 'funding'],
  ['投入', 'investment'],
  ['投资', 'investment'],
  ['项目', 'projects'],
  ['工程', 'projects'],
  ['试点', 'pilots'],
  ['中心', 'centres'],
  ['设施', 'facilities'],
  ['机构', 'institutions'],
  ['新建', 'new'],
  ['新增', 'added'],
  ['取消', 'removed'],
  ['建成', 'built'],
  ['改造', 'renovated'],
  ['发放', 'paid'],
  ['受理', 'applications'],
  ['培训', 'training'],
  ['志愿', 'volunteers'],
  ['运营率', 'operation rate'],
  ['占比', 'share'],
];

/** A word for the unit, added to an id so 户 and 人 figures of one clause differ. */
const UNIT_WORDS: Record<string, string> = {
  户: 'households', 人: 'people', 名: 'people', 人次: 'person-times', 元: 'amount', 个: 'count', 家: 'count',
  张: 'beds', 对: 'couples', 件: 'items', 条: 'records', 次: 'times', 所: 'count', 处: 'count', 亩: 'area',
  天: 'days', 起: 'cases', '%': 'rate',
};

const TOPIC_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/婚|离婚/, 'marriage'],
  [/殡|丧|葬|祭/, 'funeral'],
  [/地名|区划|勘界|界线/, 'places'],
  [/儿童|孤儿|未成年/, 'children'],
  [/残疾/, 'disability'],
  [/疫情|防控|红码|黄码|排查|申诉/, 'emergency'],
  [/社工|社会工作/, 'social-work'],
  [/社会组织|协会|商会|党组织|党委/, 'social-orgs'],
  [/低保|特困|救助|补贴|困难/, 'assistance'],
  [/养老|老人|老年|床位|敬老院|福利院|高龄/, 'eldercare'],
  [/人口|户籍/, 'population'],
  [/社区|村|街道|暖心/, 'community'],
];

export interface ProposedIndicator {
  id: string;
  name: { zh: string; en: string };
  topic: string;
  kind: Kind;
  unit: { zh: string; en: string };
  /** True when the id could not be built from known words. */
  placeholderId: boolean;
}

/** The glossary terms in a label, longest first, returned in the order they appear. */
function englishTerms(label: string): string[] {
  const found: Array<{ index: number; en: string }> = [];
  let rest = label;
  for (const [zh, en] of [...GLOSSARY].sort((a, b) => b[0].length - a[0].length)) {
    let index = rest.indexOf(zh);
    while (index !== -1) {
      found.push({ index, en });
      // Blank the term out (same length) so shorter terms inside it do not match again.
      rest = rest.slice(0, index) + ' '.repeat(zh.length) + rest.slice(index + zh.length);
      index = rest.indexOf(zh);
    }
  }
  return found
    .sort((a, b) => a.index - b.index)
    .map((term) => term.en)
    .filter((term, index, all) => all.indexOf(term) === index);
}

export function kebab(words: readonly string[]): string {
  return words
    .join(' ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const UNIT_EN: Record<string, string> = {
  户: 'households', 人: 'people', 名: 'people', 人次: 'person-times', 个: 'TODO', 家: 'TODO', 张: 'beds', 对: 'couples',
  件: 'TODO', 条: 'TODO', 次: 'times', 所: 'TODO', 处: 'TODO', 亩: 'mu', 天: 'days', 起: 'cases',
};

const PERIOD_ZH: Record<string, string> = { month: '月', year: '年', quarter: '季度', day: '日' };

export function proposeIndicator(figure: Pick<ExtractedFigure, 'label' | 'kind' | 'unit' | 'line'> & { per?: string }): ProposedIndicator {
  const terms = englishTerms(figure.label).slice(0, 4);
  const unitWord = UNIT_WORDS[figure.unit];
  const words = unitWord && !terms.some((term) => term.endsWith(unitWord)) && figure.kind !== 'amount' ? [...terms, unitWord] : terms;
  const placeholderId = terms.length === 0;
  const id = placeholderId ? `todo-${figure.kind}-l${figure.line}` : kebab(words);
  const topic = TOPIC_WORDS.find(([pattern]) => pattern.test(figure.label))?.[1] ?? 'services';
  let unit: ProposedIndicator['unit'];
  switch (figure.kind) {
    case 'amount':
      // A standard keeps its period (元/人/月, 每人每年 → 元/年), so the indicator says what it is per.
      if (figure.unit.includes('/')) unit = { zh: figure.unit, en: 'TODO CNY per …' };
      else if (figure.per) unit = { zh: `元/${PERIOD_ZH[figure.per] ?? ''}`, en: `CNY per ${figure.per}` };
      else unit = { zh: '元', en: 'CNY' };
      break;
    case 'rate':
      unit = { zh: '%', en: '%' };
      break;
    case 'ratio':
      unit = { zh: '', en: '' };
      break;
    case 'per-thousand':
      unit = { zh: `${figure.unit}/千名老人`, en: 'TODO per 1,000 older people' };
      break;
    default:
      unit = { zh: figure.unit, en: UNIT_EN[figure.unit] ?? 'TODO' };
  }
  return {
    id,
    name: { zh: figure.label || 'TODO', en: `TODO: ${terms.join(' ') || 'name'}` },
    topic,
    kind: figure.kind,
    unit,
    placeholderId,
  };
}
