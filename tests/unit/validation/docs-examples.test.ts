/**
 * Every YAML example in docs/data-format.md is valid: the docs and the validator agree.
 * Catalog, bureau, report and exception examples go through their Zod schemas; examples of
 * figures go through the real loader, as the figures of a report of a fictional bureau added
 * to a copy of tests/fixtures/statistics (whose catalog, with the few indicators below,
 * holds every indicator the examples use), so unit, kind and change checks run too.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSite } from '../../../src/lib/load-site.ts';
import { bureausFileSchema } from '../../../src/schemas/bureau.ts';
import { federationFileSchema } from '../../../src/schemas/federation.ts';
import { hantExceptionsFileSchema } from '../../../src/schemas/hant-exceptions.ts';
import { indicatorCatalogFileSchema } from '../../../src/schemas/indicator.ts';
import { reportDataSchema } from '../../../src/schemas/report-data.ts';
import { copyFixture, type FixtureCopy } from '../../helpers/fixture.ts';

const DOC = readFileSync(join(import.meta.dirname, '../../../docs/data-format.md'), 'utf8');
/** Each ```yaml block with the line it starts on. */
const BLOCKS = [...DOC.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((match) => ({
  line: DOC.slice(0, match.index).split('\n').length,
  text: match[1]!,
}));

/** Indicators the figure examples use that the statistics fixture's catalog lacks. */
const DOC_CATALOG = `
low-income-allowance-paid: { name: { zh: 低收入补助, en: Low-income allowance paid }, topic: assistance, kind: amount, unit: { zh: 元, en: CNY } }
community-social-orgs: { name: { zh: 社区社会组织, en: Community social organizations }, topic: social-orgs, kind: count, unit: { zh: 家, en: organizations } }
orphans-supported: { name: { zh: 保障孤儿, en: Orphans supported }, topic: children, kind: count, unit: { zh: 名, en: children } }
bed-construction-subsidy: { name: { zh: 床位建设补贴, en: Bed construction subsidy }, topic: eldercare, kind: amount, unit: { zh: 元/张, en: CNY per bed } }
eldercare-beds-per-1000-elderly: { name: { zh: 每千名老人养老床位, en: Eldercare beds per 1000 older people }, topic: eldercare, kind: per-thousand, unit: { zh: 张/千名老人, en: beds per 1000 older people } }
welfare-home-investment: { name: { zh: 福利院投资, en: Welfare home investment }, topic: eldercare, kind: amount, unit: { zh: 元, en: CNY } }
`;

let fixture: FixtureCopy | undefined;
afterEach(() => fixture?.dispose());

/** The figures of one example, as a 2021 report of a fictional bureau: the loader's issues. */
function loadFigures(figures: string) {
  fixture?.dispose();
  fixture = copyFixture('statistics');
  fixture.write('data/indicators/docs.yaml', DOC_CATALOG);
  fixture.write('data/bureaus.yaml', `${readFileSync(join(fixture.root, 'data/bureaus.yaml'), 'utf8')}docs-bureau:\n  name: { zh: 文档示例局（虚构）, en: Docs Example Bureau (fictional) }\n  short: { zh: 文档示例, en: Docs Example }\n  level: county\n  fictional: true\n`);
  mkdirSync(join(fixture.root, 'data/figures/docs-bureau'), { recursive: true });
  mkdirSync(join(fixture.root, 'content/reports/docs-bureau/2021'), { recursive: true });
  fixture.write('content/reports/docs-bureau/2021/zh.mdx', '---\ntitle: 文档示例（虚构）\n---\n\n示例。\n');
  fixture.write('data/figures/docs-bureau/2021.yaml', `bureau: docs-bureau\nyear: 2021\nsource: { title: 文档示例（虚构）, date: 2022-08-26 }\n${figures}`);
  return loadSite(fixture.root, { buildDate: '2024-06-15' });
}

describe('docs/data-format.md', () => {
  it('has YAML examples of every kind of file', () => {
    expect(BLOCKS.length).toBe(8);
  });

  it.each(BLOCKS.map((block) => [block.line, block] as const))('the example at line %i is valid', (_, block) => {
    const data = parse(block.text, { schema: 'failsafe' }) as Record<string, unknown>;
    const keys = Object.keys(data);
    if (keys.includes('sites')) {
      expect(federationFileSchema.safeParse(data).error?.issues ?? []).toEqual([]);
    } else if (keys.includes('keep')) {
      expect(hantExceptionsFileSchema.safeParse(data).error?.issues ?? []).toEqual([]);
    } else if (keys.includes('bureau')) {
      expect(reportDataSchema.safeParse(data).error?.issues ?? []).toEqual([]);
    } else if (keys[0] === 'figures') {
      const result = loadFigures(block.text);
      expect(result.issues).toEqual([]);
    } else if ((data[keys[0]!] as Record<string, unknown>).level !== undefined) {
      expect(bureausFileSchema.safeParse(data).error?.issues ?? []).toEqual([]);
    } else {
      expect(indicatorCatalogFileSchema.safeParse(data).error?.issues ?? []).toEqual([]);
    }
  });
});
