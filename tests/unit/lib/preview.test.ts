/**
 * The problem page's pieces: source excerpts read only inside the site root, everything
 * from an editor's file escaped, and VS Code links that survive any path.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSite } from '../../../src/lib/load-site.ts';
import { vscodeLink } from '../../../src/lib/preview/html.ts';
import { renderProblemPage } from '../../../src/lib/preview/problem-page.ts';
import { readExcerpt } from '../../../src/lib/preview/source-excerpt.ts';
import { copyFixture, type FixtureCopy } from '../../helpers/fixture.ts';

const DATA_2022 = 'data/figures/example-district/2022.yaml';
let fixture: FixtureCopy | undefined;
afterEach(() => fixture?.dispose());

describe('source excerpts', () => {
  it('give two lines either side and mark the word at the column', () => {
    fixture = copyFixture('basic');
    expect(readExcerpt(fixture.root, DATA_2022, 16, 28)).toEqual([
      { number: 14, text: 'figures:' },
      { number: 15, text: '  eldercare-beds: { value: 20.7万, as_of: 2022-12 }' },
      { number: 16, text: '  dibao-standard: { value: 855, change: { reported: "7.6%" } }', mark: { column: 28, length: 3 } },
      { number: 17, text: '  dibao-paid: { value: 2850.46万 }' },
      { number: 18, text: '  orphans-supported: { value: 3800, qualifier: over }' },
    ]);
  });

  it('never read outside the site root, through .. or a symbolic link, nor a folder', () => {
    fixture = copyFixture('basic');
    const outside = join(fixture.root, '..', `${fixture.root.split('/').at(-1)}-secret.txt`);
    writeFileSync(outside, 'secret\n');
    mkdirSync(join(fixture.root, 'data', 'links'));
    symlinkSync(outside, join(fixture.root, 'data', 'links', 'leak.yaml'));
    expect(readExcerpt(fixture.root, `../${outside.split('/').at(-1)}`, 1, 1)).toBeUndefined();
    expect(readExcerpt(fixture.root, 'data/links/leak.yaml', 1, 1)).toBeUndefined();
    expect(readExcerpt(fixture.root, '/etc/passwd', 1, 1)).toBeUndefined();
    expect(readExcerpt(fixture.root, 'data', 1, 1)).toBeUndefined();
    fixture.remove(`../${outside.split('/').at(-1)}`);
  });
});

describe('the problem page', () => {
  it('escapes what an editor wrote: markup in a value is shown, never run', () => {
    fixture = copyFixture('basic');
    fixture.replace(DATA_2022, 'value: 855,', 'value: "<script>alert(1)</script>",');
    const { issues } = loadSite(fixture.root);
    expect(issues.map((issue) => `${issue.code} ${issue.line}:${issue.column}`)).toEqual(['not-a-number 16:28']);
    const html = renderProblemPage({ issues, lang: 'en', root: fixture.root, path: '/en/"><img src=x>', client: '<script type="module" src="/__annals/preview.js?generation=0"></script>' });
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script type="module" src="/__annals/preview.js?generation=0">']);
    expect(html).not.toContain('<img');
    expect(html).toContain('<mark>&quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;</mark>');
    expect(html).toContain('The page asked for is /en/&quot;&gt;&lt;img src=x&gt;.');
  });
});

describe('VS Code links', () => {
  it('percent-encode spaces, CJK and URL syntax in the path, keeping line and column', () => {
    expect(vscodeLink('/home/编辑/my site/#1/data.yaml', 16, 28)).toBe('vscode://file/home/%E7%BC%96%E8%BE%91/my%20site/%231/data.yaml:16:28');
  });
});
