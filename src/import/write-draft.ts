/**
 * Writing draft files without ever overwriting one. All targets are checked first, so a
 * refused run writes nothing at all; each file is then created with the exclusive flag
 * ('wx'), so a file that appears in between (another editor, another run) is not
 * overwritten either.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SCHEMA_COMMENT, schemaFor } from '../lib/json-schemas.ts';

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
  const existing = files.filter((file) => existsSync(join(root, file.path))).map((file) => file.path);
  if (existing.length > 0) throw new RefusedToOverwrite(existing);
  for (const file of files) {
    const absolute = join(root, file.path);
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, withSchemaLink(file), { encoding: 'utf8', flag: 'wx' });
  }
  return files.map((file) => file.path);
}

/** Data files start by naming their JSON Schema, so an editor's YAML extension checks them as they are typed. */
function withSchemaLink(file: DraftFile): string {
  const schema = schemaFor(file.path);
  if (!schema || file.content.startsWith(SCHEMA_COMMENT)) return file.content;
  return `${SCHEMA_COMMENT}${schema}\n${file.content}`;
}
