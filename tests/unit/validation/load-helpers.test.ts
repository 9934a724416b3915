/**
 * Small loader helpers the site-level tests reach only in part: positions of several offsets
 * at once (src/lib/load/text-position.ts), the safe read of a project YAML file for `npm run
 * new` and `npm run import` (project-yaml.ts), and a site without hant-exceptions.yaml. Every
 * expected line, column, code and field is written by hand.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InvalidSiteError } from '../../../src/lib/issues.ts';
import { readProjectYaml } from '../../../src/lib/load/project-yaml.ts';
import { positionsOf } from '../../../src/lib/load/text-position.ts';
import { loadSite } from '../../../src/lib/load-site.ts';
import { copyFixture, type FixtureCopy } from '../../helpers/fixture.ts';

let fixture: FixtureCopy | undefined;
afterEach(() => fixture?.dispose());

describe('positions of offsets in a text', () => {
  it('a newline itself belongs to the line it ends', () => {
    expect(positionsOf('ab\ncd', [2])).toEqual([{ line: 1, column: 3 }]);
  });

  it('several offsets on later lines, each counted once', () => {
    expect(positionsOf('a\nb\nc\nd', [2, 4, 6])).toEqual([{ line: 2, column: 1 }, { line: 3, column: 1 }, { line: 4, column: 1 }]);
    expect(positionsOf('一二\n三四五\n', [1, 5, 7])).toEqual([{ line: 1, column: 2 }, { line: 2, column: 3 }, { line: 3, column: 1 }]);
  });
});

/** Reads a file of a fresh copy of the basic fixture, expecting InvalidSiteError; returns its issues. */
function refused(change: (copy: FixtureCopy) => void, file: string) {
  fixture = copyFixture('basic');
  change(fixture);
  try {
    readProjectYaml(fixture.root, join(fixture.root, file));
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidSiteError);
    return (error as InvalidSiteError).issues.map((issue) => `${issue.code} ${issue.file}:${issue.line}:${issue.column} ${issue.field}`);
  }
  throw new Error('readProjectYaml did not throw');
}

describe('reading a project YAML file for the commands that add to it', () => {
  it('gives the file\'s plain data, every scalar a string', () => {
    fixture = copyFixture('basic');
    const data = readProjectYaml(fixture.root, join(fixture.root, 'data/hant-exceptions.yaml')) as { keep: Array<{ term: string }> };
    expect(data.keep.map((entry) => entry.term)).toEqual(['示例区']);
  });

  it('a link: symlink at 1:1, named by its path from the root', () => {
    expect(refused((copy) => {
      copy.remove('data/bureaus.yaml');
      symlinkSync('/etc/hostname', join(copy.root, 'data/bureaus.yaml'));
    }, 'data/bureaus.yaml')).toEqual(['symlink data/bureaus.yaml:1:1 ']);
  });

  it('broken syntax: yaml-syntax where it breaks', () => {
    expect(refused((copy) => {
      mkdirSync(join(copy.root, 'data/extra'), { recursive: true });
      writeFileSync(join(copy.root, 'data/extra/list.yaml'), 'keep:\n  - term: [示例区\n');
    }, 'data/extra/list.yaml')).toEqual(['yaml-syntax data/extra/list.yaml:3:1 ']);
  });
});

describe('a site without data/hant-exceptions.yaml', () => {
  it('keeps no terms and reports nothing', () => {
    fixture = copyFixture('basic');
    fixture.remove('data/hant-exceptions.yaml');
    const result = loadSite(fixture.root, { buildDate: '2024-06-15' });
    expect(result.issues).toEqual([]);
    expect(result.site?.hantKeep).toEqual([]);
  });
});
