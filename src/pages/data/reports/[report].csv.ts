/** /data/reports/<bureau>-<year>.csv: every figure of one report (columns: docs/data-downloads.md). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadResponse, endpointOptions, reportFileId } from '../../../lib/downloads.ts';
import { site } from '../../../lib/site.ts';

interface Props {
  bureauId: string;
  year: number;
}

export const getStaticPaths = (() =>
  site.reports.map((report) => ({
    params: { report: reportFileId(report) },
    props: { bureauId: report.bureauId, year: report.year } satisfies Props,
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = (context) =>
  downloadResponse(
    site,
    { kind: 'report', bureauId: context.props.bureauId, year: context.props.year },
    'csv',
    endpointOptions(site, context.site, process.env),
  );
