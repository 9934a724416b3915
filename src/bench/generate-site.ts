/**
 * Writes a synthetic, clearly fictional Annals site of a given number of reports into a
 * folder (data/ and content/, the layout of tests/fixtures/basic). Deterministic: the
 * same size always gives the same bytes, so benchmark runs compare.
 *
 * Reports are spread over bureaus × years (ten years each, 2014–2023), so bureau and
 * indicator pages carry the series a real site accumulates.
 *
 * The folder must lie inside the project: MDX narratives import astro's runtime, which
 * Node resolves from the nearest node_modules above them.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LOCALES } from '../schemas/common.ts';
import { BENCH_INDICATORS } from './catalog.ts';
import { reportFigures, startBureau, type BenchFigure } from './figures.ts';
import { narrative } from './narrative.ts';
import { createRandom, seedFrom } from './prng.ts';
import { benchBureaus, type BenchBureau } from './publishers.ts';
import { toYaml, type YamlValue } from './yaml-write.ts';

export interface GeneratedSite {
  dir: string;
  reports: number;
  bureaus: number;
  figures: number;
}

const FIRST_YEAR = 2014;
const YEARS_PER_BUREAU = 10;
const HEADER = '# Fictional benchmark data written by src/bench/generate-site.ts: not real government information.\n';

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

function catalogFiles(dir: string): void {
  const topics = [...new Set(BENCH_INDICATORS.map((indicator) => indicator.topic))];
  for (const topic of topics) {
    const entries: Record<string, YamlValue> = {};
    for (const indicator of BENCH_INDICATORS.filter((candidate) => candidate.topic === topic)) {
      entries[indicator.id] = { name: indicator.name, topic: indicator.topic, kind: indicator.kind, unit: indicator.unit };
    }
    write(join(dir, 'data', 'indicators', `${topic}.yaml`), HEADER + toYaml(entries, 1));
  }
}

function bureausFile(dir: string, bureaus: readonly BenchBureau[]): void {
  const entries: Record<string, YamlValue> = {};
  for (const bureau of bureaus) {
    entries[bureau.id] = { name: bureau.name, short: bureau.short, level: 'city', region_code: bureau.regionCode, fictional: true };
  }
  write(join(dir, 'data', 'bureaus.yaml'), HEADER + toYaml(entries, 1));
}

function reportFile(dir: string, bureau: BenchBureau, year: number, figures: readonly BenchFigure[]): void {
  const random = createRandom(seedFrom(`${bureau.id}/${year}/disclosure`));
  const published = year + 1;
  const day = String(random.int(10, 28));
  const data: Record<string, YamlValue> = {
    bureau: bureau.id,
    year,
    disclosure: {
      index_no: `BENCH-${published}-${String(bureau.number).padStart(4, '0')}`,
      topic: { zh: '综合政务', en: 'General government affairs' },
      date: `${published}-03-${day} 09:30`,
      doc_no: '',
      validity: 'valid',
      scope: 'public',
      manner: 'proactive',
    },
    source: { title: `${bureau.name.zh}${year}年工作总结（虚构）`, date: `${published}-03-${day}` },
    figures: Object.fromEntries(figures.map((figure) => [figure.id, figure.fields as YamlValue])),
  };
  write(join(dir, 'data', 'figures', bureau.id, `${year}.yaml`), HEADER + toYaml(data, 1));
}

function narrativeFiles(dir: string, bureau: BenchBureau, year: number, figures: readonly BenchFigure[]): void {
  const random = createRandom(seedFrom(`${bureau.id}/${year}/narrative`));
  // A quarter of the reports chart one of their indicators, as the sample site does.
  const chartable = figures.find((figure) => figure.role === 'actual' && figure.written && ['count', 'amount'].includes(figure.indicator.kind));
  const chart = chartable && random.chance(0.25) ? chartable.indicator.id : undefined;
  for (const lang of LOCALES) {
    const text = narrative(lang, { bureau, year, figures, random, ...(chart && { chart }) });
    write(join(dir, 'content', 'reports', bureau.id, String(year), `${lang}.mdx`), text);
  }
}

/** Replaces `dir` with a fresh site of `reports` reports. */
export function generateSite(dir: string, reports: number): GeneratedSite {
  if (!Number.isInteger(reports) || reports < 1) throw new Error(`A benchmark site needs at least one report, not ${reports}`);
  rmSync(dir, { recursive: true, force: true });
  const bureaus = benchBureaus(Math.ceil(reports / YEARS_PER_BUREAU));
  catalogFiles(dir);
  bureausFile(dir, bureaus);

  let written = 0;
  let figureCount = 0;
  for (const bureau of bureaus) {
    const state = startBureau(bureau.id);
    for (let year = FIRST_YEAR; year < FIRST_YEAR + YEARS_PER_BUREAU && written < reports; year += 1) {
      const figures = reportFigures(state, year);
      reportFile(dir, bureau, year, figures);
      narrativeFiles(dir, bureau, year, figures);
      written += 1;
      figureCount += figures.length;
    }
  }
  return { dir, reports: written, bureaus: bureaus.length, figures: figureCount };
}
