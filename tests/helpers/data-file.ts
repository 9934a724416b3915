/**
 * Tests of one optional file of data/ (federation.yaml, hant-exceptions.yaml…) through the
 * real loader: each `load` makes a fresh copy of the basic fixture, writes the case's text
 * into the file (or leaves the fixture's own), and loads the site. The copy is deleted after
 * each test. Call at the top of a test file, where afterEach can register.
 */
import { afterEach } from 'vitest';
import type { Issue } from '../../src/lib/issues.ts';
import { loadSite } from '../../src/lib/load-site.ts';
import { copyFixture, type FixtureCopy } from './fixture.ts';

export function dataFileCases(file: string): { load: (text?: string) => ReturnType<typeof loadSite> } {
  let fixture: FixtureCopy | undefined;
  afterEach(() => fixture?.dispose());
  return {
    load(text) {
      fixture?.dispose();
      fixture = copyFixture('basic');
      if (text !== undefined) fixture.write(file, text);
      return loadSite(fixture.root);
    },
  };
}

/** Each issue as "code file:line:column field", the form tests assert by hand. */
export function issuePlaces(issues: readonly Issue[]): string[] {
  return issues.map((issue) => `${issue.code} ${issue.file}:${issue.line}:${issue.column} ${issue.field}`);
}
