/**
 * Fixture sites for tests: a copy of tests/fixtures/<name> in a temporary folder, which
 * a test may change (one bad input per case) without touching the original.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
/** Copies live in the project's .annals/ (ignored by git); a site outside the project builds too (tests/build/outside-project.test.ts). */
const SCRATCH = join(import.meta.dirname, '..', '..', '.annals', 'fixtures');

export interface FixtureCopy {
  root: string;
  /** Replaces exactly one occurrence of `find` in a file; fails loudly if it is not there once. */
  replace(file: string, find: string, replacement: string): void;
  write(file: string, text: string): void;
  remove(file: string): void;
  dispose(): void;
}

export function copyFixture(name: string): FixtureCopy {
  mkdirSync(SCRATCH, { recursive: true });
  const root = mkdtempSync(join(SCRATCH, `${name}-`));
  cpSync(join(FIXTURES, name), root, { recursive: true, filter: (source) => !/[/\\](dist|\.astro|\.annals)$/.test(source) });
  return {
    root,
    replace(file, find, replacement) {
      const path = join(root, file);
      const text = readFileSync(path, 'utf8');
      const count = text.split(find).length - 1;
      if (count !== 1) throw new Error(`Expected ${JSON.stringify(find)} once in ${file}, found it ${count} times`);
      writeFileSync(path, text.replace(find, replacement));
    },
    write(file, text) {
      writeFileSync(join(root, file), text);
    },
    remove(file) {
      rmSync(join(root, file), { recursive: true, force: true });
    },
    dispose() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
