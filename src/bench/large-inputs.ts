/**
 * Sites with one oversized input, for the linear-time cases of `npm run bench`: a single
 * report with tens of thousands of figures, and a narrative with one very long line.
 * Both start from a one-report fictional site (generate-site.ts) so everything else stays
 * valid; the figures repeat the generator's figures under numbered ids.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportFigures, startBureau } from './figures.ts';
import { generateSite } from './generate-site.ts';
import { toYaml, type YamlValue } from './yaml-write.ts';

/** The one report of a one-report site: its data file and its Chinese narrative. */
function onlyReport(dir: string): { dataFile: string; narrativeFile: string; bureauId: string; year: number } {
  generateSite(dir, 1);
  const bureaus = readFileSync(join(dir, 'data', 'bureaus.yaml'), 'utf8');
  const bureauId = /^([a-z0-9-]+):$/m.exec(bureaus)?.[1];
  if (!bureauId) throw new Error(`No bureau in the generated ${dir}/data/bureaus.yaml`);
  const year = 2014;
  return {
    dataFile: join(dir, 'data', 'figures', bureauId, `${year}.yaml`),
    narrativeFile: join(dir, 'content', 'reports', bureauId, String(year), 'zh.mdx'),
    bureauId,
    year,
  };
}

/**
 * Replaces `dir` with a site whose one report holds `count` figures (the generated ones
 * first, under their own ids, so the narrative still finds them). Returns the data file.
 */
export function generateLargeReport(dir: string, count: number): string {
  const { dataFile, bureauId, year } = onlyReport(dir);
  const text = readFileSync(dataFile, 'utf8');
  const figuresAt = text.indexOf('\nfigures:\n');
  if (figuresAt < 0) throw new Error(`No figures block in ${dataFile}`);
  const extra: Record<string, YamlValue> = {};
  // Only self-contained figures repeat: a bare "up Z%" refers to last year's figure of the
  // same indicator, which the numbered copies do not have.
  const template = reportFigures(startBureau(bureauId), year).filter((figure) => !figure.fields.change);
  let written = text.slice(figuresAt + 1).split('\n').filter((line) => /^ {2}\S/.test(line)).length;
  for (let copy = 1; written < count; copy += 1) {
    for (const figure of template) {
      if (written >= count) break;
      extra[`${figure.id}-n${copy}`] = { indicator: figure.indicator.id, ...figure.fields } as YamlValue;
      written += 1;
    }
  }
  writeFileSync(dataFile, `${text.trimEnd()}\n${toYaml(extra, 0, '  ')}`);
  return dataFile;
}

/**
 * Replaces `dir` with a one-report site whose Chinese narrative ends in one paragraph of
 * `length` characters of plain prose (no digits, so the only question is time). Returns
 * the narrative file.
 */
export function generateLongLine(dir: string, length: number): string {
  const { narrativeFile } = onlyReport(dir);
  const phrase = '民政部门持续推进基层社会治理，兼顾城乡协调发展。';
  const line = phrase.repeat(Math.ceil(length / phrase.length)).slice(0, length);
  writeFileSync(narrativeFile, `${readFileSync(narrativeFile, 'utf8').trimEnd()}\n\n${line}\n`);
  return narrativeFile;
}
