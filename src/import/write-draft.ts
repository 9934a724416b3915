/**
 * Writing draft files without ever overwriting one. All targets are checked first, so a
 * refused run writes nothing at all; each file is then created with the exclusive flag
 * ('wx'), so a file that appears in between (another editor, another run) is not
 * overwritten either.
 */
import { existsSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InvalidSiteError } from '../lib/issues.ts';
import { SCHEMA_COMMENT, schemaFor } from '../lib/json-schemas.ts';
import { entryExists } from '../lib/load/read-file.ts';

export interface DraftFile {
  /** Relative to the site root. */
  path: string;
  content: string;
}

export class RefusedToOverwrite extends Error {
  readonly existing: readonly string[];
  constructor(existing: readonly string[]) {
    super(
      `Refusing to overwrite existing file${existing.length === 1 ? '' : 's'}:\n${existing.map((path) => `  ${path}`).join('\n')}\n` +
        'Nothing was written. Move or delete them first, or choose another --bureau/--year.',
    );
    this.name = 'RefusedToOverwrite';
    this.existing = existing;
  }
}

export function writeDraftFiles(root: string, files: readonly DraftFile[]): string[] {
  refuseLinks(root, files);
  const existing = files.filter((file) => existsSync(join(root, file.path))).map((file) => file.path);
  if (existing.length > 0) throw new RefusedToOverwrite(existing);
  for (const file of files) {
    const absolute = join(root, file.path);
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, withSchemaLink(file), { encoding: 'utf8', flag: 'wx' });
  }
  return files.map((file) => file.path);
}

/**
 * A link anywhere on a target's path (data/figures/<bureau> linked elsewhere) would make
 * the draft land outside the project: refused, naming the link, before anything is written.
 */
function refuseLinks(root: string, files: readonly DraftFile[]): void {
  const links = new Set<string>();
  for (const file of files) {
    const parts = file.path.split('/');
    parts.forEach((_, index) => {
      const path = parts.slice(0, index + 1).join('/');
      if (entryExists(join(root, path)) && lstatSync(join(root, path)).isSymbolicLink()) links.add(path);
    });
  }
  if (links.size > 0) {
    throw new InvalidSiteError([...links].map((found) => ({ file: found, line: 1, column: 1, field: '', code: 'symlink', params: { found } })));
  }
}

/** Data files start by naming their JSON Schema, so an editor's YAML extension checks them as they are typed. */
function withSchemaLink(file: DraftFile): string {
  const schema = schemaFor(file.path);
  if (!schema || file.content.startsWith(SCHEMA_COMMENT)) return file.content;
  return `${SCHEMA_COMMENT}${schema}\n${file.content}`;
}

/**
 * A reader of the site's files for the importer (pipeline.ts `siteFile`): a file's text,
 * undefined when it does not exist, and '' when it exists through a link (a link on any
 * part of its path is not followed: an editor's link must not make the import read
 * outside the project).
 */
export function readSiteFile(root: string): (path: string) => string | undefined {
  return (path) => {
    const parts = path.split('/');
    const linked = parts.some((_, index) => {
      const part = join(root, parts.slice(0, index + 1).join('/'));
      return entryExists(part) && lstatSync(part).isSymbolicLink();
    });
    if (!entryExists(join(root, path))) return linked ? '' : undefined;
    return linked ? '' : readFileSync(join(root, path), 'utf8');
  };
}
