/**
 * What a reader must see for the sample site's figures, written by hand from the YAML in
 * data/figures/** and the catalog in data/indicators/**, never printed from the code.
 *
 * Each entry: the exact zh and en text of the figure (value, qualifier and unit, as on the
 * report page, the indicator page, the chart table and the search result), and the CSV
 * columns it fills (value_as_written, value, range_low/high, ratio, qualifier, status, as_of).
 * A figure's search record shows its value as `zh`/`en`; its year filter is in REPORTS.
 *
 * Coverage: every kind (count, amount, rate, ratio, per-thousand, average); the qualifiers
 * the sample uses (over — 余 after a count's or amount's number, 超过 before a rate —, under,
 * about, up-to; nearly and at-least do not occur in the sample and are pinned in
 * tests/unit/lib/format.test.ts); a range; targets; both illegible values; 万 and 亿;
 * changes (reported, from-to, down); periods and months as as_of; the undated report.
 */

export interface ExpectedFigure {
  /** "bureau/year/figure-id", the year being the report's file year. */
  key: string;
  zh: string;
  en: string;
  /** CSV value_as_written */
  asWritten: string;
  /** CSV value: the exact plain decimal, "" for a range, ratio or illegible value. */
  value: string;
  rangeLow?: string;
  rangeHigh?: string;
  ratio?: string;
  qualifier?: string;
  status: 'actual' | 'target' | 'provisional' | 'derived' | 'estimated';
  /** CSV as_of: "" for the undated report. */
  asOf: string;
  /** CSV change_reported, change_direction, change_from, change_points and change_amount (plain decimals). */
  change?: { reported?: string; direction?: string; from?: string; points?: string; amount?: string };
  /** CSV per: the period a money standard is stated per, when the figure says. */
  per?: string;
  /** CSV measure_word: the document's measure word when it is not the catalog unit's. */
  measureWord?: string;
  /** CSV alternative_values: what other sources give, as written. */
  alternatives?: string;
}

/** The year as the report page, download and search filter give it. */
export const REPORTS: Record<string, { csvYear: string; searchYear: { zh: string; en: string } }> = {
  'chongqing/2017': { csvYear: '2017', searchYear: { zh: '2017', en: '2017' } },
  'chongqing/2021': { csvYear: '2021', searchYear: { zh: '2021', en: '2021' } },
  'donghu/2022': { csvYear: '2022', searchYear: { zh: '2022', en: '2022' } },
  'unnamed-city/2022': { csvYear: '', searchYear: { zh: '年份不详', en: 'undated' } },
  'yingkou/2019': { csvYear: '2019', searchYear: { zh: '2019', en: '2019' } },
  'mca/2005': { csvYear: '2005', searchYear: { zh: '2005', en: '2005' } },
  'mca/2006': { csvYear: '2006', searchYear: { zh: '2006', en: '2006' } },
  'mca/2007': { csvYear: '2007', searchYear: { zh: '2007', en: '2007' } },
  'mca/2008': { csvYear: '2008', searchYear: { zh: '2008', en: '2008' } },
  'mca/2009': { csvYear: '2009', searchYear: { zh: '2009', en: '2009' } },
  'mca/2010': { csvYear: '2010', searchYear: { zh: '2010', en: '2010' } },
  'mca/2011': { csvYear: '2011', searchYear: { zh: '2011', en: '2011' } },
  'mca/2012': { csvYear: '2012', searchYear: { zh: '2012', en: '2012' } },
  'mca/2013': { csvYear: '2013', searchYear: { zh: '2013', en: '2013' } },
  'mca/2015': { csvYear: '2015', searchYear: { zh: '2015', en: '2015' } },
  'mca/2016': { csvYear: '2016', searchYear: { zh: '2016', en: '2016' } },
  'mca/2018': { csvYear: '2018', searchYear: { zh: '2018', en: '2018' } },
  'mca/2020': { csvYear: '2020', searchYear: { zh: '2020', en: '2020' } },
  'mca/2021': { csvYear: '2021', searchYear: { zh: '2021', en: '2021' } },
  'mca/2022': { csvYear: '2022', searchYear: { zh: '2022', en: '2022' } },
  'mca/2023': { csvYear: '2023', searchYear: { zh: '2023', en: '2023' } },
  'mca/2024': { csvYear: '2024', searchYear: { zh: '2024', en: '2024' } },
  'mca/2025': { csvYear: '2025', searchYear: { zh: '2025', en: '2025' } },
};

export const FIGURES: readonly ExpectedFigure[] = [
  // 重庆 2017: 万 and 亿, per-thousand, "over" on a rate, as_of a month.
  { key: 'chongqing/2017/trade-associations-decoupled-municipal', zh: '192家', en: '192 associations', asWritten: '192', value: '192', status: 'actual', asOf: '2017' },
  { key: 'chongqing/2017/sector-party-committees-established', zh: '13个', en: '13 organisations', asWritten: '13', value: '13', status: 'actual', asOf: '2017' },
  { key: 'chongqing/2017/eldercare-institutions', zh: '1426家', en: '1,426 institutions', asWritten: '1426', value: '1426', status: 'actual', asOf: '2017-05' },
  { key: 'chongqing/2017/eldercare-beds', zh: '20.7万张', en: '207,000 beds', asWritten: '20.7万', value: '207000', status: 'actual', asOf: '2017-05' },
  { key: 'chongqing/2017/eldercare-beds-per-1000-elderly', zh: '30.5张/千名老人', en: '30.5 beds per 1,000 older people', asWritten: '30.5', value: '30.5', status: 'actual', asOf: '2017-05' },
  { key: 'chongqing/2017/medical-eldercare-investment', zh: '2.7亿元', en: 'CNY 270,000,000', asWritten: '2.7亿', value: '270000000', status: 'actual', asOf: '2017-05' },
  { key: 'chongqing/2017/community-social-orgs', zh: '2091家', en: '2,091 organizations', asWritten: '2091', value: '2091', status: 'actual', asOf: '2017' },
  { key: 'chongqing/2017/community-social-workers-share', zh: '超过50%', en: 'more than 50%', asWritten: '50', value: '50', qualifier: 'over', status: 'actual', asOf: '2017' },

  // 重庆 2021: the ratio, rates with and without decimals, "over" on counts, an average below 1.
  { key: 'chongqing/2021/dibao-standard-ratio', zh: '1:0.81', en: '1:0.81', asWritten: '1:0.81', value: '', ratio: '1:0.81', status: 'actual', asOf: '2021' },
  { key: 'chongqing/2021/urban-community-eldercare-facilities', zh: '3132个', en: '3,132 facilities', asWritten: '3132', value: '3132', status: 'actual', asOf: '2021' },
  { key: 'chongqing/2021/subdistrict-eldercare-centres-social-operation-rate', zh: '100%', en: '100%', asWritten: '100', value: '100', status: 'actual', asOf: '2021' },
  { key: 'chongqing/2021/community-eldercare-stations-social-operation-rate', zh: '83.5%', en: '83.5%', asWritten: '83.5', value: '83.5', status: 'actual', asOf: '2021' },
  { key: 'chongqing/2021/de-facto-unsupported-children', zh: '3800余名', en: 'more than 3,800 children', asWritten: '3800', value: '3800', qualifier: 'over', status: 'actual', asOf: '2021' },
  { key: 'chongqing/2021/orphans-supported', zh: '3000余名', en: 'more than 3,000 children', asWritten: '3000', value: '3000', qualifier: 'over', status: 'actual', asOf: '2021' },
  { key: 'chongqing/2021/village-social-work-rooms', zh: '6192个', en: '6,192 rooms', asWritten: '6192', value: '6192', status: 'actual', asOf: '2021' },
  { key: 'chongqing/2021/social-work-professionals', zh: '6.6万人', en: '66,000 people', asWritten: '6.6万', value: '66000', status: 'actual', asOf: '2021' },
  { key: 'chongqing/2021/service-time-limit-reduction', zh: '80%', en: '80%', asWritten: '80', value: '80', status: 'actual', asOf: '2021' },
  { key: 'chongqing/2021/fully-online-service-rate', zh: '78.6%', en: '78.6%', asWritten: '78.6', value: '78.6', status: 'actual', asOf: '2021' },
  { key: 'chongqing/2021/average-in-person-visits', zh: '0.21次', en: '0.21 visits', asWritten: '0.21', value: '0.21', status: 'actual', asOf: '2021' },

  // 东湖区 2022: money per period and per unit, changes, up-to, a range, targets, periods.
  { key: 'donghu/2022/warm-projects-funding', zh: '1110万元', en: 'CNY 11,100,000', asWritten: '1110万', value: '11100000', status: 'actual', asOf: '2022' },
  { key: 'donghu/2022/warm-projects-funding-per-community', zh: '10万元/个村（社区）', en: 'CNY 100,000 per village or community', asWritten: '10万', value: '100000', status: 'actual', asOf: '2022' },
  { key: 'donghu/2022/mental-rehab-stations', zh: '2个', en: '2 stations', asWritten: '2', value: '2', status: 'actual', asOf: '2022' },
  { key: 'donghu/2022/dibao-standard', zh: '855元/人·月', en: 'CNY 855 per person per month', asWritten: '855', value: '855', status: 'actual', asOf: '2022', change: { reported: '7.6%', direction: 'up' } },
  { key: 'donghu/2022/tekun-support-standard', zh: '1120元/人·月', en: 'CNY 1,120 per person per month', asWritten: '1120', value: '1120', status: 'actual', asOf: '2022', change: { reported: '8.2%', direction: 'up' } },
  { key: 'donghu/2022/dibao-funds-paid', zh: '2850.46万元', en: 'CNY 28,504,600', asWritten: '2850.46万', value: '28504600', status: 'actual', asOf: '2022' },
  { key: 'donghu/2022/one-off-living-subsidy-paid', zh: '230.37万元', en: 'CNY 2,303,700', asWritten: '230.37万', value: '2303700', status: 'actual', asOf: '2022' },
  { key: 'donghu/2022/price-subsidy-paid', zh: '33.88万元', en: 'CNY 338,800', asWritten: '33.88万', value: '338800', status: 'actual', asOf: '2022' },
  { key: 'donghu/2022/temporary-assistance-cases', zh: '321人次', en: '321 person-times', asWritten: '321', value: '321', status: 'actual', asOf: '2022' },
  { key: 'donghu/2022/temporary-assistance-paid', zh: '119.95万元', en: 'CNY 1,199,500', asWritten: '119.95万', value: '1199500', status: 'actual', asOf: '2022' },
  { key: 'donghu/2022/means-test-housing-households', zh: '5061户', en: '5,061 households', asWritten: '5061', value: '5061', status: 'actual', asOf: '2022-01/2022-11' },
  { key: 'donghu/2022/subdistricts', zh: '7个', en: '7 subdistricts', asWritten: '7', value: '7', status: 'actual', asOf: '2022', change: { from: '9', direction: 'down' } },
  { key: 'donghu/2022/communities', zh: '91个', en: '91 communities', asWritten: '91', value: '91', status: 'actual', asOf: '2022', change: { from: '90', direction: 'up' } },
  { key: 'donghu/2022/community-social-orgs', zh: '1576家', en: '1,576 organizations', asWritten: '1576', value: '1576', status: 'actual', asOf: '2022', change: { from: '1116', reported: '41%' } },
  { key: 'donghu/2022/home-adaptation-subsidy', zh: '最高2400元/户', en: 'up to CNY 2,400 per household', asWritten: '2400', value: '2400', qualifier: 'up-to', status: 'actual', asOf: '2022' },
  { key: 'donghu/2022/home-adaptations', zh: '415余户', en: 'more than 415 households', asWritten: '415', value: '415', qualifier: 'over', status: 'actual', asOf: '2022' },
  { key: 'donghu/2022/purchased-home-care-hours', zh: '2小时', en: '2 hours', asWritten: '2', value: '2', status: 'actual', asOf: '2022' },
  { key: 'donghu/2022/purchased-home-care-recipients', zh: '10295人', en: '10,295 people', asWritten: '10295', value: '10295', status: 'actual', asOf: '2022' },
  { key: 'donghu/2022/longevity-allowance-paid', zh: '2385.5万元', en: 'CNY 23,855,000', asWritten: '2385.5万', value: '23855000', status: 'actual', asOf: '2022' },
  { key: 'donghu/2022/longevity-allowance-person-times', zh: '20.34万余人次', en: 'more than 203,400 person-times', asWritten: '20.34万', value: '203400', qualifier: 'over', status: 'actual', asOf: '2022' },
  { key: 'donghu/2022/orphan-care-allowance-paid', zh: '9.7万元', en: 'CNY 97,000', asWritten: '9.7万', value: '97000', status: 'actual', asOf: '2022' },
  { key: 'donghu/2022/disability-two-subsidies-paid', zh: '355.98万余元', en: 'more than CNY 3,559,800', asWritten: '355.98万', value: '3559800', qualifier: 'over', status: 'actual', asOf: '2022' },
  { key: 'donghu/2022/marriage-registrations', zh: '2328对', en: '2,328 couples', asWritten: '2328', value: '2328', status: 'actual', asOf: '2022' },
  { key: 'donghu/2022/health-code-arrival-reports', zh: '65472条', en: '65,472 reports', asWritten: '65472', value: '65472', status: 'actual', asOf: '2022' },
  { key: 'donghu/2022/pandemic-data-team-staff', zh: '68名', en: '68 staff', asWritten: '68', value: '68', status: 'actual', asOf: '2022-08' },
  { key: 'donghu/2022/marriage-archive-digitisation-funding', zh: '80万余元', en: 'more than CNY 800,000', asWritten: '80万', value: '800000', qualifier: 'over', status: 'target', asOf: '2023' },
  { key: 'donghu/2022/registered-population', zh: '43.33万人', en: '433,300 people', asWritten: '43.33万', value: '433300', status: 'actual', asOf: '2022' },
  { key: 'donghu/2022/elderly-population-60-plus-share', zh: '24.51%', en: '24.51%', asWritten: '24.51', value: '24.51', status: 'actual', asOf: '2022' },
  { key: 'donghu/2022/eldercare-beds', zh: '408张', en: '408 beds', asWritten: '408', value: '408', status: 'actual', asOf: '2022' },
  { key: 'donghu/2022/eldercare-beds-per-1000-elderly', zh: '不到5张/千名老人', en: 'under 5 beds per 1,000 older people', asWritten: '5', value: '5', qualifier: 'under', status: 'actual', asOf: '2022' },
  { key: 'donghu/2022/eldercare-beds-per-1000-elderly-target', zh: '40张/千名老人', en: '40 beds per 1,000 older people', asWritten: '40', value: '40', status: 'target', asOf: '2022' },
  { key: 'donghu/2022/eldercare-service-circle-target', zh: '15分钟', en: '15 minutes', asWritten: '15', value: '15', status: 'target', asOf: '2025' },
  { key: 'donghu/2022/medical-eldercare-bed-subsidy', zh: '4000—6000元/张', en: 'CNY 4,000–6,000 per bed', asWritten: '4000—6000', value: '', rangeLow: '4000', rangeHigh: '6000', status: 'target', asOf: '2022' },

  // The unnamed city (undated): illegible values, 亿 with "over", "about" on a rate and a non-count.
  { key: 'unnamed-city/2022/social-eldercare-pilot-investment', zh: '20_0多万（原文数字缺损）', en: 'illegible in the source (written “20_0多万”)', asWritten: '20_0多万', value: '', status: 'actual', asOf: '' },
  { key: 'unnamed-city/2022/higher-level-subsidies-obtained', zh: '800万余元', en: 'more than CNY 8,000,000', asWritten: '800万', value: '8000000', qualifier: 'over', status: 'actual', asOf: '' },
  { key: 'unnamed-city/2022/community-home-eldercare-centres', zh: '16个', en: '16 facilities', asWritten: '16', value: '16', status: 'actual', asOf: '' },
  { key: 'unnamed-city/2022/welfare-home-renovation-investment-single-year', zh: '20_0万（原文数字缺损）', en: 'illegible in the source (written “20_0万”)', asWritten: '20_0万', value: '', status: 'actual', asOf: '' },
  { key: 'unnamed-city/2022/welfare-homes-renovated', zh: '6所', en: '6 welfare homes', asWritten: '6', value: '6', status: 'actual', asOf: '' },
  { key: 'unnamed-city/2022/high-end-eldercare-project-investment', zh: '10亿余元', en: 'more than CNY 1,000,000,000', asWritten: '10亿', value: '1000000000', qualifier: 'over', status: 'actual', asOf: '' },
  { key: 'unnamed-city/2022/rural-mutual-aid-eldercare-coverage-target', zh: '约66.7%', en: 'about 66.7%', asWritten: '66.7', value: '66.7', qualifier: 'about', status: 'target', asOf: '2016/2020' },
  { key: 'unnamed-city/2022/senior-community-project-site-area', zh: '约500亩', en: 'about 500 mu', asWritten: '500', value: '500', qualifier: 'about', status: 'actual', asOf: '' },
  { key: 'unnamed-city/2022/special-funds-target', zh: '300万元', en: 'CNY 3,000,000', asWritten: '300万', value: '3000000', status: 'target', asOf: '' },

  // 营口 2019: 万 on counts, "about" with 万, targets dated to the report year.
  { key: 'yingkou/2019/elderly-population-60-plus', zh: '52.3万人', en: '523,000 people', asWritten: '52.3万', value: '523000', status: 'actual', asOf: '2017-12' },
  { key: 'yingkou/2019/eldercare-beds', zh: '1.5万张', en: '15,000 beds', asWritten: '1.5万', value: '15000', status: 'actual', asOf: '2017-12' },
  { key: 'yingkou/2019/eldercare-beds-per-1000-elderly', zh: '31张/千名老人', en: '31 beds per 1,000 older people', asWritten: '31', value: '31', status: 'actual', asOf: '2017-12' },
  { key: 'yingkou/2019/elderly-needing-home-community-care', zh: '约50万人', en: 'about 500,000 people', asWritten: '50万', value: '500000', qualifier: 'about', status: 'actual', asOf: '2019' },
  { key: 'yingkou/2019/destitute-disabled-elderly-served-target', zh: '2200人', en: '2,200 people', asWritten: '2200', value: '2200', status: 'target', asOf: '2019' },

  // 民政部 (national), at least one figure of each year: 万 on counts and 亿 on money over a
  // long series, per-mille rates with their written decimals (2.0‰), point and absolute
  // changes, a derived figure, "nearly" and "more than" from English-language reports,
  // the document's measure word (个 for the catalog's 家, 人 for 名), a money standard stated
  // per year, month-end and October as-of dates.
  { key: 'mca/2005/rural-dibao-standard', zh: '76元/人·月', en: 'CNY 76 per person per month', asWritten: '76', value: '76', status: 'actual', asOf: '2005', per: 'month' },
  { key: 'mca/2006/rural-dibao-households', zh: '777.2万户', en: '7,772,000 households', asWritten: '777.2万', value: '7772000', status: 'actual', asOf: '2006' },
  { key: 'mca/2006/social-orgs', zh: '35.4万个', en: '354,000 organizations', asWritten: '35.4万', value: '354000', status: 'actual', asOf: '2006' },
  { key: 'mca/2007/urban-dibao-recipients', zh: '2270万余人', en: 'more than 22,700,000 people', asWritten: '2270万', value: '22700000', qualifier: 'over', status: 'actual', asOf: '2007' },
  { key: 'mca/2008/social-service-institution-beds', zh: '300.3万张', en: '3,003,000 beds', asWritten: '300.3万', value: '3003000', status: 'actual', asOf: '2008' },
  { key: 'mca/2009/social-service-institution-beds', zh: '326.5万张', en: '3,265,000 beds', asWritten: '326.5万', value: '3265000', status: 'actual', asOf: '2009' },
  { key: 'mca/2010/social-service-institution-beds', zh: '349.6万张', en: '3,496,000 beds', asWritten: '349.6万', value: '3496000', status: 'actual', asOf: '2010' },
  { key: 'mca/2011/social-service-institution-beds', zh: '396.4万张', en: '3,964,000 beds', asWritten: '396.4万', value: '3964000', status: 'actual', asOf: '2011' },
  { key: 'mca/2012/foundations', zh: '3029个', en: '3,029 foundations', asWritten: '3029', value: '3029', status: 'actual', asOf: '2012' },
  { key: 'mca/2012/social-orgs', zh: '49.9万个', en: '499,000 organizations', asWritten: '49.9万', value: '499000', status: 'actual', asOf: '2012', change: { reported: '8.1%', direction: 'up' } },
  { key: 'mca/2013/civil-affairs-spending', zh: '4276.5亿元', en: 'CNY 427,650,000,000', asWritten: '4276.5亿', value: '427650000000', status: 'actual', asOf: '2013' },
  { key: 'mca/2013/eldercare-beds-per-1000-elderly', zh: '24.4张/千名老人', en: '24.4 beds per 1,000 older people', asWritten: '24.4', value: '24.4', status: 'actual', asOf: '2013', change: { reported: '13.9%', direction: 'up' } },
  { key: 'mca/2013/marriage-registrations', zh: '1346.93万对', en: '13,469,300 couples', asWritten: '1346.93万', value: '13469300', status: 'actual', asOf: '2013' },
  { key: 'mca/2015/eldercare-institutions', zh: '2.8万个', en: '28,000 institutions', asWritten: '2.8万', value: '28000', status: 'actual', asOf: '2015', measureWord: '个' },
  { key: 'mca/2015/orphans-supported', zh: '50.2万人', en: '502,000 children', asWritten: '50.2万', value: '502000', status: 'actual', asOf: '2015', measureWord: '人' },
  { key: 'mca/2015/urban-dibao-spending', zh: '719.3亿元', en: 'CNY 71,930,000,000', asWritten: '719.3亿', value: '71930000000', status: 'actual', asOf: '2015' },
  { key: 'mca/2016/eldercare-institutions-and-facilities', zh: '14.0万个', en: '140,000 institutions and facilities', asWritten: '14.0万', value: '140000', status: 'actual', asOf: '2016' },
  { key: 'mca/2018/rural-dibao-standard', zh: '4301元/人·年', en: 'CNY 4,301 per person per year', asWritten: '4301', value: '4301', status: 'actual', asOf: '2018-02-28', per: 'year' },
  { key: 'mca/2018/urban-dibao-standard', zh: '541元/人·月', en: 'CNY 541 per person per month', asWritten: '541', value: '541', status: 'actual', asOf: '2018-02-28', per: 'month' },
  { key: 'mca/2020/cremations', zh: '555.8万具', en: '5,558,000 bodies', asWritten: '555.8万', value: '5558000', status: 'actual', asOf: '2020' },
  { key: 'mca/2020/divorce-rate', zh: '3.09‰', en: '3.09 per 1,000', asWritten: '3.09', value: '3.09', status: 'actual', asOf: '2020' },
  { key: 'mca/2020/social-groups', zh: '37.4771万个', en: '374,771 groups', asWritten: '37.4771万', value: '374771', status: 'actual', asOf: '2020' },
  { key: 'mca/2021/dibao-recipients', zh: '近4430万人', en: 'nearly 44,300,000 people', asWritten: '4430万', value: '44300000', qualifier: 'nearly', status: 'actual', asOf: '2021-02' },
  { key: 'mca/2021/divorce-rate', zh: '2.0‰', en: '2.0 per 1,000', asWritten: '2.0', value: '2.0', status: 'actual', asOf: '2021', change: { points: '1.1', direction: 'down' } },
  { key: 'mca/2021/marriage-rate', zh: '5.4‰', en: '5.4 per 1,000', asWritten: '5.4', value: '5.4', status: 'actual', asOf: '2021', change: { points: '0.4', direction: 'down' } },
  { key: 'mca/2021/marriage-registrations', zh: '764.3万对', en: '7,643,000 couples', asWritten: '764.3万', value: '7643000', status: 'actual', asOf: '2021', change: { reported: '6.1%', direction: 'down' }, alternatives: '763.6万' },
  { key: 'mca/2021/social-orgs', zh: '90.19万个（推算）', en: '901,900 organizations (derived)', asWritten: '90.19万', value: '901900', status: 'derived', asOf: '2021' },
  { key: 'mca/2022/eldercare-institutions', zh: '4.1万个', en: '41,000 institutions', asWritten: '4.1万', value: '41000', status: 'actual', asOf: '2022', change: { reported: '1.6%', direction: 'up' }, measureWord: '个' },
  { key: 'mca/2022/marriage-registrations', zh: '683.5万对', en: '6,835,000 couples', asWritten: '683.5万', value: '6835000', status: 'actual', asOf: '2022', change: { reported: '10.6%', direction: 'down' }, alternatives: '683.3万' },
  { key: 'mca/2022/social-orgs', zh: '89.13万个', en: '891,300 organizations', asWritten: '89.13万', value: '891300', status: 'actual', asOf: '2022', change: { reported: '1.18%', amount: '10600', direction: 'down' } },
  { key: 'mca/2023/eldercare-beds', zh: '823万张', en: '8,230,000 beds', asWritten: '823万', value: '8230000', status: 'actual', asOf: '2023' },
  { key: 'mca/2023/marriage-registrations', zh: '768万对', en: '7,680,000 couples', asWritten: '768万', value: '7680000', status: 'actual', asOf: '2023' },
  { key: 'mca/2024/marriage-rate', zh: '4.3‰', en: '4.3 per 1,000', asWritten: '4.3', value: '4.3', status: 'actual', asOf: '2024', change: { points: '1.1', direction: 'down' } },
  { key: 'mca/2024/marriage-registrations', zh: '610.6万对', en: '6,106,000 couples', asWritten: '610.6万', value: '6106000', status: 'actual', asOf: '2024', change: { reported: '20.5%', direction: 'down' } },
  { key: 'mca/2025/dibao-recipients', zh: '3940万人', en: '39,400,000 people', asWritten: '3940万', value: '39400000', status: 'actual', asOf: '2025-10' },
];

/** "chongqing/2021/orphans-supported" → its parts. */
export function splitKey(key: string): { bureauId: string; year: string; figureId: string; report: string } {
  const [bureauId = '', year = '', figureId = ''] = key.split('/');
  return { bureauId, year, figureId, report: `${bureauId}/${year}` };
}

/** The report page of a figure, as a site path without origin: "/en/reports/donghu/2022/". */
export function reportPath(key: string, lang: 'zh' | 'en'): string {
  const { bureauId, year } = splitKey(key);
  return `${lang === 'en' ? '/en' : ''}/reports/${bureauId}/${year}/`;
}
