/** Names of the data model's fixed vocabularies (topics, levels, kinds) in both languages. */
import type { Localized } from '../schemas/common.ts';
import type { Level } from '../schemas/bureau.ts';
import type { Kind, Topic } from '../schemas/indicator.ts';
import type { ChangeBasis, SourceKind, Status } from '../schemas/report-data.ts';

export const TOPIC_NAMES: Record<Topic, Localized> = {
  eldercare: { zh: '养老服务', en: 'Eldercare' },
  assistance: { zh: '社会救助', en: 'Social assistance' },
  'social-orgs': { zh: '社会组织', en: 'Social organizations' },
  community: { zh: '基层治理与社区建设', en: 'Communities and local governance' },
  marriage: { zh: '婚姻登记', en: 'Marriage registration' },
  children: { zh: '儿童福利', en: 'Child welfare' },
  funeral: { zh: '殡葬管理', en: 'Funeral services' },
  places: { zh: '区划地名', en: 'Place names and boundaries' },
  'social-work': { zh: '社会工作', en: 'Social work' },
  disability: { zh: '残疾人福利', en: 'Disability welfare' },
  services: { zh: '政务服务', en: 'Government services' },
  population: { zh: '人口与老龄化', en: 'Population and ageing' },
  emergency: { zh: '疫情防控与应急', en: 'Pandemic and emergency response' },
};

export const TOPIC_DESCRIPTIONS: Record<Topic, Localized> = {
  eldercare: { zh: '养老机构、床位、社区居家养老设施与为老服务。', en: 'Eldercare institutions, beds, community and home-based care facilities and services for older people.' },
  assistance: { zh: '最低生活保障（低保）、特困人员供养、临时救助等。', en: 'The minimum living allowance (dibao), extreme-poverty support (tekun), temporary assistance and related aid.' },
  'social-orgs': { zh: '社会组织登记、备案、年检与行业协会商会脱钩改革。', en: 'Registration, filing and inspection of social organizations, and the decoupling of trade associations.' },
  community: { zh: '街道、社区、村的设置与基层治理。', en: 'Subdistricts, communities and villages, and local governance.' },
  marriage: { zh: '结婚、离婚登记与婚姻家庭服务。', en: 'Marriage and divorce registrations and family services.' },
  children: { zh: '孤儿、事实无人抚养儿童保障与儿童福利机构。', en: 'Support for orphans and children without de facto guardians, and child welfare institutions.' },
  funeral: { zh: '殡葬服务与移风易俗。', en: 'Funeral services and reform of customs.' },
  places: { zh: '行政区划、地名管理与勘界。', en: 'Administrative divisions, place names and boundary surveys.' },
  'social-work': { zh: '社会工作站点与社工人才。', en: 'Social-work stations and social workers.' },
  disability: { zh: '残疾人两项补贴与康复服务。', en: 'Disability subsidies and rehabilitation services.' },
  services: { zh: '民政政务服务效率。', en: 'How quickly and conveniently civil-affairs services are delivered.' },
  population: { zh: '户籍人口与老年人口。', en: 'Registered population and older population.' },
  emergency: { zh: '疫情期间民政系统开展的排查、防控与服务。', en: 'Screening, prevention and services by civil-affairs staff during the pandemic.' },
};

export const LEVEL_NAMES: Record<Level, Localized> = {
  national: { zh: '国家级', en: 'National' },
  province: { zh: '省级', en: 'Province' },
  municipality: { zh: '直辖市', en: 'Municipality' },
  city: { zh: '地级市', en: 'City' },
  district: { zh: '市辖区', en: 'District' },
  county: { zh: '县', en: 'County' },
  other: { zh: '其他（开发区等）', en: 'Other (development zone or similar)' },
};

/**
 * How a page's description names a bureau of each level ("{name}，{level}。"): the Ministry is
 * never a "国家级民政部门" among others, and a development zone has no administrative level.
 */
export const LEVEL_DESCRIPTIONS: Record<Level, Localized> = {
  national: { zh: '国家民政主管部门', en: 'the national ministry of civil affairs' },
  province: { zh: '省级民政部门', en: 'a province-level civil-affairs department' },
  municipality: { zh: '直辖市民政部门', en: 'a municipality-level civil-affairs bureau' },
  city: { zh: '地级市民政部门', en: 'a city-level civil-affairs bureau' },
  district: { zh: '市辖区民政部门', en: 'a district-level civil-affairs bureau' },
  county: { zh: '县民政部门', en: 'a county-level civil-affairs bureau' },
  other: { zh: '民政部门（开发区等）', en: 'a civil-affairs office of a development zone or similar area' },
};

export const KIND_NAMES: Record<Kind, Localized> = {
  count: { zh: '数量', en: 'Count' },
  amount: { zh: '金额', en: 'Amount of money' },
  rate: { zh: '比率（%）', en: 'Rate (%)' },
  ratio: { zh: '比例', en: 'Ratio' },
  'per-thousand': { zh: '千人比', en: 'Per thousand' },
  average: { zh: '平均数', en: 'Average' },
};

/** A figure's status as a table column shows it. */
export const STATUS_NAMES: Record<Status, Localized> = {
  actual: { zh: '实际', en: 'Actual' },
  target: { zh: '目标', en: 'Target' },
  provisional: { zh: '初步数', en: 'Provisional' },
  derived: { zh: '推算', en: 'Derived' },
  estimated: { zh: '估计', en: 'Estimated' },
};

/** Kinds of source document, as a source line names them. */
export const SOURCE_KIND_NAMES: Record<SourceKind, Localized> = {
  'official-bulletin': { zh: '官方公报', en: 'official bulletin' },
  yearbook: { zh: '统计年鉴', en: 'yearbook' },
  'news-report': { zh: '新闻报道', en: 'news report' },
  other: { zh: '其他来源', en: 'other source' },
};

/** What a change is relative to, as the source says it: "比上年增长7.6%" / "up 7.6% on the previous year". */
export const CHANGE_BASIS_NAMES: Record<ChangeBasis, Localized> = {
  'previous-year': { zh: '比上年', en: 'on the previous year' },
  'previous-year-end': { zh: '比上年末', en: 'on the end of the previous year' },
  'same-period': { zh: '同比', en: 'on the same period of the previous year' },
};
