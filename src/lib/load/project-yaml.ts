/**
 * A YAML file of the project read for the commands that add to it (`npm run new`,
 * `npm run import`), through the same safe read as validation: a link, a wrong encoding or
 * broken syntax stops the command with the located issues rather than a stack trace.
 */
import { relative, sep } from 'node:path';
import { InvalidSiteError } from '../issues.ts';
import { parseYaml } from '../yaml-source.ts';
import { readEditorFile } from './read-file.ts';

/** The file's plain data (failsafe: every scalar a string). Throws InvalidSiteError. */
export function readProjectYaml(root: string, absolute: string): unknown {
  const file = relative(root, absolute).split(sep).join('/');
  const read = readEditorFile(root, absolute, file);
  if (read.text === undefined) throw new InvalidSiteError(read.issues);
  const loaded = parseYaml(read.text, file);
  if (loaded.data === undefined) throw new InvalidSiteError(loaded.issues);
  return loaded.data;
}
