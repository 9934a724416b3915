/**
 * What every loading step shares: the site root, the problems found so far, the files
 * read (for the dev server to watch), and YAML reading and schema checking that record
 * their problems with positions.
 */
import { relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import { bureausFileSchema, bureauSchema } from '../../schemas/bureau.ts';
import { idSchema } from '../../schemas/common.ts';
import { indicatorCatalogFileSchema, indicatorSchema } from '../../schemas/indicator.ts';
import {
  alternativeSchema, changeSchema, disclosureSchema, figureSchema, reportDataSchema, revisionSchema, sourceSchema,
} from '../../schemas/report-data.ts';
import type { Issue } from '../issues.ts';
import { locate, parseYaml, type LoadedYaml } from '../yaml-source.ts';
import { toIssues } from '../zod-issues.ts';
import { listEditorFiles, readEditorFile } from './read-file.ts';

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

  /** Reads a YAML file safely (read-file.ts); unreadable text gives data undefined. */
  read(absolute: string): LoadedYaml {
    this.files.push(absolute);
    const text = this.readText(absolute);
    const loaded = parseYaml(text ?? '', this.display(absolute));
    this.issues.push(...loaded.issues);
    return text === undefined ? { ...loaded, data: undefined } : loaded;
  }

  /** An editor's file as text, or undefined with its issues recorded. */
  readText(absolute: string): string | undefined {
    const read = readEditorFile(this.root, absolute, this.display(absolute));
    this.issues.push(...read.issues);
    return read.text;
  }

  /** The files with `extension` below `folder`; links and unlistable folders are reported. */
  list(folder: string, extension: string): string[] {
    const { files, links, unreadable } = listEditorFiles(folder, extension);
    for (const link of links) {
      const found = this.display(link);
      this.issues.push({ file: found, line: 1, column: 1, field: '', code: 'symlink', params: { found } });
    }
    for (const { path, reason } of unreadable) {
      const found = this.display(path);
      this.issues.push({ file: found, line: 1, column: 1, field: '', code: 'unreadable-file', params: { found, reason } });
    }
    return files;
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

/** The keys a strict object allows at a path, for "unknown field … allowed: …". */
function allowedKeys(schema: z.ZodType, path: readonly PropertyKey[]): readonly string[] {
  const joined = path.map(String).join('.');
  if (schema === reportDataSchema) {
    const byPath: Array<[RegExp, readonly string[]]> = [
      [/^$/, Object.keys(reportDataSchema.shape)],
      [/^disclosure$/, Object.keys(disclosureSchema.shape)],
      [/^source$/, Object.keys(sourceSchema.shape)],
      [/^figures\.[^.]+$/, Object.keys(figureSchema.shape)],
      [/^figures\.[^.]+\.(source|alternatives\.\d+\.source)$/, Object.keys(sourceSchema.shape)],
      [/^figures\.[^.]+\.alternatives\.\d+$/, Object.keys(alternativeSchema.shape)],
      [/^figures\.[^.]+\.revisions\.\d+$/, Object.keys(revisionSchema.shape)],
      [/^figures\.[^.]+\.change$/, Object.keys(changeSchema.shape)],
      [/^figures\.[^.]+\.unknown$/, ['as_written']],
    ];
    return byPath.find(([pattern]) => pattern.test(joined))?.[1] ?? ['zh', 'en'];
  }
  if (schema === bureausFileSchema) return path.length === 1 ? Object.keys(bureauSchema.shape) : ['zh', 'en'];
  if (schema === indicatorCatalogFileSchema) return path.length === 1 ? Object.keys(indicatorSchema.shape) : ['zh', 'en'];
  return [];
}
