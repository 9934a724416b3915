/**
 * The dev-only review page (issue 12, deliverable 6): a draft's input with its figures
 * highlighted, beside its review list, each item linking to its line. Fictional text.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importReport } from '../../../src/import/pipeline.ts';
import { REVIEW_DATA_DIR, reviewData } from '../../../src/import/review-page/data.ts';
import { markFigures, reviewPageHtml } from '../../../src/import/review-page/page.ts';
import { readReviewData } from '../../../src/import/review-page/plugin.ts';

const RAW = '示例区民政局2023年工作总结\n全区养老床位1,240张，发放救助金82万元。\n<b>热线</b>\n';

describe('import review page', () => {
  const result = importReport(RAW, { bureau: 'example', year: 2023, sourceFile: 'example.txt', catalog: [], bureauKnown: true });
  const data = reviewData(result, { bureau: 'example', year: 2023, sourceFile: 'example.txt', raw: RAW });

  it('highlights every figure statement in its line, escaping the rest', () => {
    expect(markFigures('a<b 1,240张 c', [{ written: '1,240张', id: 'beds' }])).toBe('a&lt;b <mark title="beds">1,240张</mark> c');
    const html = reviewPageHtml([data]);
    expect(html).toContain('全区养老床位<mark title="');
    expect(html.match(/<mark /g)).toHaveLength(2);
    expect(html).toContain('<tr id="example-2023-L2"><th scope="row">2</th>');
  });

  it('links each review item to its line of the source', () => {
    const html = reviewPageHtml([data]);
    const links = [...html.matchAll(/<li><a href="#example-2023-L(\d+)">line \1<\/a>/g)];
    expect(links.length).toBe(data.review.length);
    expect(links.length).toBeGreaterThan(0);
    for (const [, line] of links) expect(html).toContain(`id="example-2023-L${line}"`);
  });

  it('reads the drafts the importer left in .annals/import', () => {
    const root = mkdtempSync(join(tmpdir(), 'annals-review-page-'));
    try {
      expect(readReviewData(root)).toEqual([]);
      mkdirSync(join(root, REVIEW_DATA_DIR), { recursive: true });
      writeFileSync(join(root, REVIEW_DATA_DIR, 'example-2023.json'), JSON.stringify(data));
      expect(readReviewData(root).map((draft) => `${draft.bureau} ${draft.year} ${draft.figures.length}`)).toEqual(['example 2023 2']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
