/**
 * Fuzzing the loader: random mutations of one file of tests/fixtures/basic (byte flips,
 * truncation, duplicated and deleted lines, swapped indentation, inserted bytes), each run
 * through the real loadSite. Shared by the fixed-seed slice in `npm test` and the longer
 * random-seed run of `npm run fuzz` (tests/fuzz/run.ts).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';

export type Mutation =
  | { kind: 'flip'; at: number; mask: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'delete-line'; at: number }
  | { kind: 'swap-indent'; at: number; to: 'tab' | 'deeper' | 'shallower' }
  | { kind: 'insert'; at: number; byte: number };

export interface Case {
  /** Path of the mutated file, relative to the site root. */
  file: string;
  mutations: Mutation[];
}

/** Every file of a site's data/ and content/, relative to its root. */
export function siteFiles(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
  return [...walk(join(root, 'data')), ...walk(join(root, 'content'))].map((path) => relative(root, path)).sort();
}

/** `at` is a fraction of the file (or of its lines), so a mutation fits any length. */
const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fraction, mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fraction }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fraction }),
  fc.record({ kind: fc.constant('delete-line' as const), at: fraction }),
  fc.record({ kind: fc.constant('swap-indent' as const), at: fraction, to: fc.constantFrom('tab' as const, 'deeper' as const, 'shallower' as const) }),
  fc.record({ kind: fc.constant('insert' as const), at: fraction, byte: fc.integer({ min: 0, max: 255 }) }),
);

export function caseOf(files: readonly string[]): fc.Arbitrary<Case> {
  return fc.record({ file: fc.constantFrom(...files), mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }) });
}

function mutateLines(bytes: Buffer, at: number, change: (lines: Buffer[], index: number) => void): Buffer {
  const lines: Buffer[] = [];
  for (let start = 0; start <= bytes.length; ) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end + 1;
    lines.push(bytes.subarray(start, stop));
    if (end === -1) break;
    start = stop;
  }
  change(lines, Math.floor(at * lines.length));
  return Buffer.concat(lines);
}

export function mutate(bytes: Buffer, step: Mutation): Buffer {
  const index = Math.floor(step.at * bytes.length);
  switch (step.kind) {
    case 'flip': {
      if (bytes.length === 0) return bytes;
      const copy = Buffer.from(bytes);
      copy[index] = (copy[index] ?? 0) ^ step.mask;
      return copy;
    }
    case 'truncate':
      return bytes.subarray(0, index);
    case 'insert':
      return Buffer.concat([bytes.subarray(0, index), Buffer.from([step.byte]), bytes.subarray(index)]);
    case 'duplicate-line':
      return mutateLines(bytes, step.at, (lines, line) => lines.splice(line, 0, lines[line] ?? Buffer.alloc(0)));
    case 'delete-line':
      return mutateLines(bytes, step.at, (lines, line) => lines.splice(line, 1));
    case 'swap-indent':
      return mutateLines(bytes, step.at, (lines, line) => {
        const text = (lines[line] ?? Buffer.alloc(0)).toString('latin1');
        const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
        const body = text.slice(indent.length);
        const next = step.to === 'tab' ? `\t${body}` : step.to === 'deeper' ? `  ${indent}${body}` : `${indent.slice(2)}${body}`;
        lines[line] = Buffer.from(next, 'latin1');
      });
  }
}

/** Writes the case's mutated file into `root` (a copy of the fixture); returns a restore function. */
export function applyCase(root: string, testCase: Case): () => void {
  const path = join(root, testCase.file);
  const original = readFileSync(path);
  writeFileSync(path, testCase.mutations.reduce(mutate, original));
  return () => writeFileSync(path, original);
}
