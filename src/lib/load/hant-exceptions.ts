/** The Traditional edition's exceptions, data/hant-exceptions.yaml (optional; none when absent). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { hantExceptionsFileSchema } from '../../schemas/hant-exceptions.ts';
import { locate } from '../yaml-source.ts';
import type { LoadContext } from './context.ts';

const HAN = /\p{Script=Han}/u;

/**
 * The terms to keep unconverted, in file order. Problems (schema, a term without Chinese
 * characters, which conversion would never change, or a term listed twice) go to the context.
 */
export function loadHantExceptions(context: LoadContext): string[] {
  const path = join(context.root, 'data', 'hant-exceptions.yaml');
  if (!existsSync(path)) return [];
  const loaded = context.read(path);
  const file = context.validate(hantExceptionsFileSchema, loaded);
  if (!file) return [];
  const seen = new Set<string>();
  file.keep.forEach(({ term }, index) => {
    const at = ['keep', index, 'term'];
    const issue = (code: 'hant-term-no-han' | 'hant-term-duplicate') =>
      context.issues.push({ file: loaded.source.file, ...locate(loaded.source, at), field: `keep.${index}.term`, code, params: { found: term } });
    if (!HAN.test(term)) issue('hant-term-no-han');
    else if (seen.has(term)) issue('hant-term-duplicate');
    seen.add(term);
  });
  return file.keep.map(({ term }) => term);
}
