/**
 * Loader tests that change one thing in a fixture site and load it: each call copies the
 * fixture afresh (disposing the previous copy), and the last copy is disposed after each test.
 */
import { afterEach } from 'vitest';
import { loadSite, type LoadOptions, type LoadResult } from '../../src/lib/load-site.ts';
import { copyFixture, type FixtureCopy } from './fixture.ts';

export interface ChangedSites {
  /** Copies the fixture, applies `change`, loads the copy with the real loader. */
  site(change: (copy: FixtureCopy) => void): LoadResult;
  /** The copy the last `site` call loaded. */
  copy(): FixtureCopy;
}

/** Call at a test file's top level (it registers an afterEach). `name`: a folder of tests/fixtures. */
export function changedSites(options: LoadOptions = {}, name = 'basic'): ChangedSites {
  let current: FixtureCopy | undefined;
  const dispose = (): void => {
    current?.dispose();
    current = undefined;
  };
  afterEach(dispose);
  return {
    site(change) {
      dispose();
      current = copyFixture(name);
      change(current);
      return loadSite(current.root, options);
    },
    copy: () => {
      if (!current) throw new Error('changedSites: no site loaded yet');
      return current;
    },
  };
}
