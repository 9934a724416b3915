/**
 * What every download says about itself: its title, the terms it is offered under, where
 * its figures come from and the date it was generated (from the input, never the clock).
 */
import type { Localized } from '../../schemas/common.ts';
import type { Site } from '../model.ts';
import { reportFileId, type DownloadScope } from './paths.ts';

/**
 * The terms under which the downloads are offered. Placeholder wording for the project to
 * confirm: the figures are government information the bureaus disclosed publicly.
 */
export const DATA_LICENCE: Localized = {
  zh: '数据摘录自各民政部门主动公开的政府信息，数字按原文记录。转载或引用请注明原发布机构、原文标题及本站链接。',
  en: 'Figures are excerpted from government information the civil-affairs bureaus disclosed proactively, recorded exactly as the source states them. When reusing them, credit the original bureau, the source document and this site.',
};

export const DATA_SOURCE: Localized = {
  zh: '民政年报：各民政部门公开发布的年度工作报告与数据。每行数据的原文见 source_title、source_date、source_url 列。',
  en: 'Civil Affairs Annals: the annual reports and figures civil-affairs bureaus published. Each row names its source document in source_title, source_date and source_url.',
};

export interface GeneratedDate {
  /** YYYY-MM-DD (or as precise as the data's latest date). */
  date: string;
  /** Where the date came from, so a reader knows it is not the moment of the build. */
  basis: 'SOURCE_DATE_EPOCH' | 'latest-source-date';
}

/**
 * The "generated" date of the downloads, from the build's input and never the wall clock,
 * so the same input always builds the same bytes: `SOURCE_DATE_EPOCH` (seconds, the
 * reproducible-builds convention) when the build sets it, else the latest publication or
 * disclosure date in the data.
 */
export function generatedDate(site: Site, env: { SOURCE_DATE_EPOCH?: string | undefined }): GeneratedDate {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && /^\d+$/.test(epoch)) {
    return { date: new Date(Number(epoch) * 1000).toISOString().slice(0, 10), basis: 'SOURCE_DATE_EPOCH' };
  }
  const dates = site.reports.flatMap((report) => [report.source.date, report.disclosure?.date?.slice(0, 10)]).filter((date): date is string => Boolean(date));
  const latest = dates.reduce((max, date) => (date > max ? date : max), '');
  return { date: latest || String(Math.max(0, ...site.reports.map((report) => report.year))), basis: 'latest-source-date' };
}

export function scopeTitle(site: Site, scope: DownloadScope): Localized {
  switch (scope.kind) {
    case 'report': {
      const bureau = site.bureaus[scope.bureauId];
      return {
        zh: `${bureau?.name.zh ?? scope.bureauId}${scope.year}年报告数据`,
        en: `Figures of the ${scope.year} report of ${bureau?.name.en ?? scope.bureauId}`,
      };
    }
    case 'indicator': {
      const indicator = site.indicators[scope.indicatorId];
      return {
        zh: `指标“${indicator?.name.zh ?? scope.indicatorId}”各机构各年度数据`,
        en: `${indicator?.name.en ?? scope.indicatorId}: every bureau and year`,
      };
    }
    case 'all':
      return { zh: '民政年报全部数据', en: 'Civil Affairs Annals: all figures' };
  }
}

export function scopeId(scope: DownloadScope): string {
  switch (scope.kind) {
    case 'report':
      return reportFileId(scope);
    case 'indicator':
      return scope.indicatorId;
    case 'all':
      return 'annals';
  }
}
