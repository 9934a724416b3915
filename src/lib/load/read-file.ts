/**
 * The one way the loader reads an editor's file (data/ YAML and content/ MDX alike).
 *
 * Editors' files are untrusted: only a regular file whose real path lies inside the site
 * root is read. A symbolic link, broken or not, is reported by its own name and never
 * followed, so no message can print what it points to. Text must be UTF-8 (checked with
 * a fatal TextDecoder; a leading BOM is dropped, so positions are those an editor sees),
 * and may hold no control character but tab, line feed and carriage return.
 *
 * Returns the text, or no text and the issues that explain why (file:line:column).
 */
import { lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Issue } from '../issues.ts';
import { guessEncoding } from './encoding.ts';
import { positionsOf } from './text-position.ts';

export interface EditorFile {
  text?: string;
  issues: Issue[];
}

/** Beyond this many, a file's further control characters add nothing an editor needs. */
const MAX_CONTROL_ISSUES = 20;
/** C0 controls but tab, LF and CR; DEL; C1 controls (often the trace of a wrong encoding). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * @param root the site root (any symlinks in it are the owner's, not an editor's)
 * @param absolute the file to read, under root
 * @param file its display path, relative to root with forward slashes
 */
export function readEditorFile(root: string, absolute: string, file: string): EditorFile {
  const at = { file, line: 1, column: 1, field: '' };
  const refuse = (code: Issue['code'], params: Issue['params'] = {}): EditorFile => ({ issues: [{ ...at, code, params: { found: file, ...params } }] });
  let bytes: Buffer;
  try {
    const stat = lstatSync(absolute);
    if (stat.isSymbolicLink()) return refuse('symlink');
    if (!stat.isFile()) return refuse('not-a-file');
    const realRoot = realpathSync(root);
    if (!realpathSync(absolute).startsWith(realRoot + sep)) return refuse('outside-project');
    bytes = readFileSync(absolute);
  } catch (error) {
    return refuse('unreadable-file', { reason: (error as NodeJS.ErrnoException).code ?? 'unknown' });
  }

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Mostly three-byte UTF-8 characters (every CJK one) and a few bad bytes: a UTF-8 file
    // with text pasted in from elsewhere, which converting whole would garble. (A GBK file
    // forms such characters only by accident, far fewer than its bad bytes.)
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const wide = lenient.match(/[\u0800-\uFFFC]/g)?.length ?? 0;
    const bad = lenient.match(/\uFFFD/g)?.length ?? 0;
    if (wide > 4 * bad) {
      return { issues: [{ ...at, ...firstBadCharacter(bytes), code: 'stray-byte', params: { found: file } }] };
    }
    const { label, iconvName } = guessEncoding(bytes);
    return { issues: [{ ...at, ...firstBadCharacter(bytes), code: 'not-utf8', params: { found: file, encoding: label, from: iconvName } }] };
  }

  const controls: RegExpExecArray[] = [];
  for (const match of text.matchAll(CONTROL)) {
    if (controls.push(match) >= MAX_CONTROL_ISSUES) break;
  }
  if (controls.length > 0) {
    const positions = positionsOf(text, controls.map((match) => match.index));
    const issues = controls.map((match, index): Issue => ({
      ...at, ...positions[index], code: 'control-character',
      params: { found: `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` },
    }));
    return { issues };
  }
  return { text, issues: [] };
}

/**
 * Where the text stops being UTF-8, as an editor would look for it: the start of the run
 * of non-ASCII bytes holding the first invalid one. A GBK 示 (CA BE) happens to be a valid
 * UTF-8 pair, so pointing at the first invalid byte would miss the character by one.
 */
function firstBadCharacter(bytes: Buffer): { line: number; column: number } {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let offset = bom + Buffer.byteLength(lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD'))));
  while (offset > bom && (bytes[offset - 1] ?? 0) >= 0x80) offset -= 1;
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  return positionsOf(before, [before.length])[0] ?? { line: 1, column: 1 };
}

/** Whether anything (a file, a folder, a link, even a broken one) has this name. */
export function entryExists(absolute: string): boolean {
  try {
    lstatSync(absolute);
    return true;
  } catch {
    return false;
  }
}

export interface Listing {
  /** Regular files with the extension, sorted. */
  files: string[];
  /** Symbolic links anywhere below, whatever their name: never followed, always reported. */
  links: string[];
  /** Folders that could not be listed, with the error code. */
  unreadable: Array<{ path: string; reason: string }>;
}

/**
 * Every regular file with `extension` below `folder`, without following links: Node's own
 * recursive readdir descends into linked folders, which could pull in any file on the disk.
 */
export function listEditorFiles(folder: string, extension: string): Listing {
  const listing: Listing = { files: [], links: [], unreadable: [] };
  if (!entryExists(folder)) return listing;
  const pending = [folder];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    try {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isSymbolicLink()) listing.links.push(path);
        else if (entry.isDirectory()) pending.push(path);
        else if (entry.isFile() && entry.name.endsWith(extension)) listing.files.push(path);
      }
    } catch (error) {
      listing.unreadable.push({ path: dir, reason: (error as NodeJS.ErrnoException).code ?? 'unknown' });
    }
  }
  listing.files.sort();
  listing.links.sort();
  return listing;
}
