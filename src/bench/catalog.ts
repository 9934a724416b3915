/**
 * The benchmark's indicator catalog: about forty indicators over most topics and every
 * kind, each with the range its fictional values are drawn from. Real-looking names keep
 * pages as long as a real site's; the values are invented and bureaus are fictional.
 */
import type { Localized } from '../schemas/common.ts';
import type { Kind, Topic } from '../schemas/indicator.ts';

export interface BenchIndicator {
  id: string;
  name: Localized;
  topic: Topic;
  kind: Kind;
  unit: Localized;
  /** Plain value range a bureau's first year is drawn from (ratio: the right-hand side). */
  min: number;
  max: number;
  /** Decimals written for an unscaled value. */
  decimals: number;
  /** Large values are written with 万 or 亿, as documents do. */
  scaled?: boolean;
  /** Reported as a range ("4000-6000元/张") rather than a single value. */
  range?: boolean;
  /** The name as narratives say it, when the catalog name holds digits ("per 1,000"). */
  prose?: Localized;
}

/** Narratives may not type digits, so they name an indicator by its digit-free form. */
export function proseName(indicator: BenchIndicator): Localized {
  return indicator.prose ?? indicator.name;
}

const PEOPLE = { zh: '人', en: 'people' };
const YUAN = { zh: '元', en: 'CNY' };
const PERCENT = { zh: '%', en: '%' };
const NO_UNIT = { zh: '', en: '' };
const PER_MONTH = { zh: '元/人·月', en: 'CNY per person per month' };

const entry = (
  id: string, zh: string, en: string, topic: Topic, kind: Kind, unit: Localized,
  min: number, max: number, decimals = 0, extra: Partial<BenchIndicator> = {},
): BenchIndicator => ({ id, name: { zh, en }, topic, kind, unit, min, max, decimals, ...extra });

export const BENCH_INDICATORS: readonly BenchIndicator[] = [
  entry('eldercare-beds', '养老床位', 'Eldercare beds', 'eldercare', 'count', { zh: '张', en: 'beds' }, 5000, 300000, 0, { scaled: true }),
  entry('eldercare-beds-per-1000-elderly', '每千名老年人拥有养老床位数', 'Eldercare beds per 1,000 older people', 'eldercare', 'per-thousand', { zh: '张/千名老人', en: 'beds per 1,000 older people' }, 20, 45, 1, {
    prose: { zh: '每千名老年人拥有养老床位数', en: 'Eldercare beds per thousand older people' },
  }),
  entry('eldercare-facility-operation-rate', '养老机构社会化运营率', 'Share of eldercare facilities run by social operators', 'eldercare', 'rate', PERCENT, 40, 92, 1),
  entry('community-day-care-centres', '社区日间照料中心', 'Community day-care centres', 'eldercare', 'count', { zh: '个', en: 'centres' }, 20, 800),
  entry('longevity-allowance-paid', '高龄津贴发放', 'Old-age allowance paid', 'eldercare', 'amount', YUAN, 1e6, 5e8, 0, { scaled: true }),
  entry('home-care-hours-per-person', '人均居家上门服务时长', 'Home-care hours per person served', 'eldercare', 'average', { zh: '小时', en: 'hours' }, 2, 40, 1),
  entry('eldercare-bed-subsidy', '养老床位建设补贴', 'Construction subsidy per eldercare bed', 'eldercare', 'amount', { zh: '元/张', en: 'CNY per bed' }, 3000, 6000, 0, { range: true }),
  entry('dibao-standard', '城乡低保标准', 'Minimum living allowance standard', 'assistance', 'amount', PER_MONTH, 500, 1100),
  entry('dibao-recipients', '低保对象', 'Minimum living allowance recipients', 'assistance', 'count', PEOPLE, 1000, 500000, 0, { scaled: true }),
  entry('dibao-households', '低保户', 'Minimum living allowance households', 'assistance', 'count', { zh: '户', en: 'households' }, 500, 250000, 0, { scaled: true }),
  entry('dibao-funds-paid', '低保金发放', 'Minimum living allowance paid', 'assistance', 'amount', YUAN, 1e7, 5e9, 0, { scaled: true }),
  entry('tekun-support-standard', '特困人员基本生活标准', 'Extreme-poverty support standard', 'assistance', 'amount', PER_MONTH, 800, 1500),
  entry('temporary-assistance-cases', '临时救助', 'Temporary assistance cases', 'assistance', 'count', { zh: '人次', en: 'cases' }, 500, 90000, 0, { scaled: true }),
  entry('temporary-assistance-paid', '临时救助金', 'Temporary assistance paid', 'assistance', 'amount', YUAN, 1e6, 3e8, 0, { scaled: true }),
  entry('urban-rural-dibao-ratio', '城乡低保标准比', 'Urban–rural minimum living allowance ratio', 'assistance', 'ratio', NO_UNIT, 0.7, 0.99, 2),
  entry('social-orgs-registered', '登记社会组织', 'Registered social organizations', 'social-orgs', 'count', { zh: '家', en: 'organizations' }, 200, 20000),
  entry('community-social-orgs', '社区社会组织', 'Community social organizations', 'social-orgs', 'count', { zh: '家', en: 'organizations' }, 100, 10000),
  entry('social-orgs-inspection-rate', '社会组织年检率', 'Social organizations passing annual inspection', 'social-orgs', 'rate', PERCENT, 60, 98, 1),
  entry('social-orgs-new', '新登记社会组织', 'Newly registered social organizations', 'social-orgs', 'count', { zh: '家', en: 'organizations' }, 10, 800),
  entry('urban-communities', '城市社区', 'Urban communities', 'community', 'count', { zh: '个', en: 'communities' }, 10, 2000),
  entry('community-service-coverage', '社区综合服务设施覆盖率', 'Coverage of community service facilities', 'community', 'rate', PERCENT, 50, 99, 1),
  entry('community-workers-per-community', '每个社区平均工作者', 'Community workers per community', 'community', 'average', { zh: '名', en: 'workers' }, 5, 18, 1),
  entry('community-projects-funding', '社区惠民项目资金', 'Community projects funding', 'community', 'amount', YUAN, 1e6, 2e8, 0, { scaled: true }),
  entry('marriage-registrations', '结婚登记', 'Marriage registrations', 'marriage', 'count', { zh: '对', en: 'couples' }, 2000, 300000, 0, { scaled: true }),
  entry('divorce-registrations', '离婚登记', 'Divorce registrations', 'marriage', 'count', { zh: '对', en: 'couples' }, 500, 100000, 0, { scaled: true }),
  entry('marriage-divorce-ratio', '结婚与离婚登记之比', 'Ratio of marriages to divorces', 'marriage', 'ratio', NO_UNIT, 0.2, 0.6, 2),
  entry('orphans-supported', '保障孤儿', 'Orphans supported', 'children', 'count', { zh: '名', en: 'children' }, 50, 5000),
  entry('orphan-allowance-standard', '孤儿基本生活费标准', 'Orphan living allowance standard', 'children', 'amount', PER_MONTH, 1000, 2200),
  entry('left-behind-children-visits', '农村留守儿童走访', 'Visits to left-behind children', 'children', 'count', { zh: '人次', en: 'visits' }, 1000, 200000, 0, { scaled: true }),
  entry('cremation-rate', '火化率', 'Cremation rate', 'funeral', 'rate', PERCENT, 60, 99.5, 1),
  entry('funeral-subsidy-paid', '惠民殡葬补贴', 'Basic funeral subsidies paid', 'funeral', 'amount', YUAN, 1e5, 5e7, 0, { scaled: true }),
  entry('public-cemeteries', '公益性公墓', 'Public-interest cemeteries', 'funeral', 'count', { zh: '个', en: 'cemeteries' }, 5, 400),
  entry('place-names-registered', '标准地名登记', 'Standard place names registered', 'places', 'count', { zh: '条', en: 'names' }, 100, 50000),
  entry('boundary-markers-inspected', '界桩巡查', 'Boundary markers inspected', 'places', 'count', { zh: '个', en: 'markers' }, 10, 900),
  entry('social-work-stations', '乡镇（街道）社工站', 'Township and subdistrict social-work stations', 'social-work', 'count', { zh: '个', en: 'stations' }, 5, 300),
  entry('social-workers-per-1000', '每千人持证社工', 'Licensed social workers per 1,000 residents', 'social-work', 'per-thousand', { zh: '人/千人', en: 'per 1,000 residents' }, 0.3, 3, 2, {
    prose: { zh: '每千人持证社工', en: 'Licensed social workers per thousand residents' },
  }),
  entry('disability-subsidy-recipients', '残疾人两项补贴对象', 'Recipients of the two disability subsidies', 'disability', 'count', PEOPLE, 500, 300000, 0, { scaled: true }),
  entry('disability-care-subsidy-paid', '重度残疾人护理补贴', 'Care subsidy for people with severe disabilities', 'disability', 'amount', YUAN, 1e6, 4e8, 0, { scaled: true }),
  entry('hotline-calls', '民政服务热线来电', 'Calls to the civil-affairs hotline', 'services', 'count', { zh: '次', en: 'calls' }, 1000, 400000, 0, { scaled: true }),
  entry('disaster-relief-funds', '救灾资金', 'Disaster relief funds', 'emergency', 'amount', YUAN, 1e6, 6e8, 0, { scaled: true }),
  entry('elderly-population-share', '老年人口占比', 'Share of residents aged sixty and over', 'population', 'rate', PERCENT, 12, 32, 1),
  entry('average-household-size', '平均家庭户规模', 'Average household size', 'population', 'average', { zh: '人', en: 'people' }, 2.3, 3.4, 2),
];
