/**
 * What every loading step shares: the site root, the problems found so far, the files
 * read (for the dev server to watch), and YAML reading and schema checking that record
 * their problems with positions.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import { bureausFileSchema, bureauSchema } from '../../schemas/bureau.ts';
import { idSchema } from '../../schemas/common.ts';
import { indicatorCatalogFileSchema, indicatorSchema } from '../../schemas/indicator.ts';
import { changeSchema, disclosureSchema, figureSchema, reportDataSchema, sourceSchema } from '../../schemas/report-data.ts';
import type { Issue } from '../issues.ts';
import { locate, parseYaml, type LoadedYaml } from '../yaml-source.ts';
import { toIssues } from '../zod-issues.ts';

export class LoadContext {
  readonly issues: Issue[] = [];
  /** Problems that do not stop the build (a feed dated later than today). */
  readonly warnings: Issue[] = [];
  readonly files: string[] = [];
  readonly root: string;
  /** "Today" for validation, YYYY-MM-DD (src/lib/build-date.ts). */
  readonly buildDate: string;
  constructor(root: string, buildDate: string) {
    this.root = root;
    this.buildDate = buildDate;
  }

  /** Path relative to the site root, with forward slashes, as messages show it. */
  display(absolute: string): string {
    return relative(this.root, absolute).split(sep).join('/');
  }

  read(absolute: string): LoadedYaml {
    this.files.push(absolute);
    const loaded = parseYaml(readFileSync(absolute, 'utf8'), this.display(absolute));
    this.issues.push(...loaded.issues);
    return loaded;
  }

  validate<S extends z.ZodType>(schema: S, loaded: LoadedYaml): z.infer<S> | undefined {
    if (loaded.data === undefined) return undefined;
    const result = schema.safeParse(loaded.data ?? {});
    if (result.success) return result.data;
    this.issues.push(...toIssues(result.error.issues, loaded.source, loaded.data, (path) => allowedKeys(schema, path)));
    return undefined;
  }

  /**
   * Validates a file of id → entry one entry at a time, so one bad entry does not hide the
   * others. `broken` lists ids present but invalid, so later steps can stay quiet about them.
   */
  validateRecord<S extends z.ZodType>(entrySchema: S, fileSchema: z.ZodType, loaded: LoadedYaml): { entries: Record<string, z.infer<S>>; broken: Set<string> } {
    const entries: Record<string, z.infer<S>> = {};
    const broken = new Set<string>();
    if (loaded.data === undefined) return { entries, broken };
    if (loaded.data === null || typeof loaded.data !== 'object' || Array.isArray(loaded.data)) {
      this.validate(fileSchema, loaded);
      return { entries, broken };
    }
    for (const [id, raw] of Object.entries(loaded.data)) {
      const idResult = idSchema.safeParse(id);
      const result = entrySchema.safeParse(raw ?? {});
      if (!idResult.success) {
        this.issues.push({ file: loaded.source.file, ...locate(loaded.source, [id], true), field: id, code: 'bad-id', params: { found: id } });
      }
      if (!result.success) {
        const prefixed = result.error.issues.map((issue) => ({ ...issue, path: [id, ...issue.path] }));
        this.issues.push(...toIssues(prefixed, loaded.source, loaded.data, (path) => allowedKeys(fileSchema, path)));
      }
      if (result.success && idResult.success) entries[id] = result.data;
      else broken.add(id);
    }
    return { entries, broken };
  }

  /** An expected folder or file holds nothing. */
  nothingIn(folder: string, whatZh: string, whatEn: string): void {
    const found = this.display(folder) || '.';
    this.issues.push({ file: found, line: 1, column: 1, field: '', code: 'empty-data', params: { found, whatZh, whatEn } });
  }
}

export function listFiles(folder: string, extension: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension) && statSync(join(folder, name)).isFile())
    .map((name) => join(folder, name))
    .sort();
}

/** The keys a strict object allows at a path, for "unknown field … allowed: …". */
function allowedKeys(schema: z.ZodType, path: readonly PropertyKey[]): readonly string[] {
  const joined = path.map(String).join('.');
  if (schema === reportDataSchema) {
    const byPath: Array<[RegExp, readonly string[]]> = [
      [/^$/, Object.keys(reportDataSchema.shape)],
      [/^disclosure$/, Object.keys(disclosureSchema.shape)],
      [/^source$/, Object.keys(sourceSchema.shape)],
      [/^figures\.[^.]+$/, Object.keys(figureSchema.shape)],
      [/^figures\.[^.]+\.change$/, Object.keys(changeSchema.shape)],
      [/^figures\.[^.]+\.unknown$/, ['as_written']],
    ];
    return byPath.find(([pattern]) => pattern.test(joined))?.[1] ?? ['zh', 'en'];
  }
  if (schema === bureausFileSchema) return path.length === 1 ? Object.keys(bureauSchema.shape) : ['zh', 'en'];
  if (schema === indicatorCatalogFileSchema) return path.length === 1 ? Object.keys(indicatorSchema.shape) : ['zh', 'en'];
  return [];
}
