/**
 * Which folders a build may replace. The build swaps a whole folder into place, so the
 * output must be new, empty, or one an earlier Annals build wrote (it holds the marker
 * file). The project's own folders, and any folder containing the project, never are.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { BuildError } from './errors.ts';

/**
 * The marker in every folder a build owns. A dotfile holding only a format version (no
 * paths, no dates, so builds stay byte-identical); harmless if a host serves it.
 */
export const MARKER_FILE = '.annals-build.json';
const MARKER_FORMAT = 1;

/** Folders of a project that hold editors' input or the tool itself. */
const PROTECTED = ['data', 'content', 'src', 'public', 'node_modules', '.git'];
/** The Annals installation (its src/, public/, node_modules/) is protected too. */
const TOOL_ROOT = resolve(import.meta.dirname, '..', '..', '..');

export function writeMarker(dir: string): void {
  writeFileSync(join(dir, MARKER_FILE), `${JSON.stringify({ 'annals-build': MARKER_FORMAT })}\n`);
}

export function hasMarker(dir: string): boolean {
  try {
    const marker = JSON.parse(readFileSync(join(dir, MARKER_FILE), 'utf8')) as unknown;
    return typeof marker === 'object' && marker !== null && (marker as Record<string, unknown>)['annals-build'] === MARKER_FORMAT;
  } catch {
    return false;
  }
}

/** The path with symlinks resolved, as far as it exists (the rest appended as written). */
function realPath(path: string): string {
  if (existsSync(path)) return realpathSync(path);
  const parent = dirname(path);
  return parent === path ? path : join(realPath(parent), basename(path));
}

const inside = (path: string, folder: string): boolean => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

function forbidden(out: string, root: string): { whatZh: string; whatEn: string } | undefined {
  if (out === root) return { whatZh: '项目根目录', whatEn: 'the project root' };
  if (inside(root, out)) return { whatZh: '包含项目的上级目录', whatEn: 'a folder that contains the project' };
  for (const name of PROTECTED) {
    if (inside(out, join(root, name))) {
      return { whatZh: `项目的 ${name}/ 目录（或其中的目录）`, whatEn: `the project's ${name}/ folder (or a folder inside it)` };
    }
  }
  return undefined;
}

/**
 * Throws a BuildError located at `where` unless `out` may be replaced by a build of the
 * site at `root`. Reads only; touches nothing.
 */
export function checkOutDir(root: string, out: string, where: string): void {
  const real = realPath(out);
  for (const project of new Set([realPath(root), realPath(TOOL_ROOT)])) {
    const what = forbidden(real, project);
    if (what) throw new BuildError(where, 'out-forbidden', { path: out, ...what });
  }
  if (!existsSync(out) && !isSymlink(out)) return;
  const stat = lstatSync(out);
  if (stat.isSymbolicLink() || !stat.isDirectory()) {
    throw new BuildError(where, 'out-not-a-folder', { path: out, kind: stat.isSymbolicLink() ? 'symlink' : 'file' });
  }
  if (readdirSync(out).length > 0 && !hasMarker(out)) {
    throw new BuildError(where, 'out-not-owned', { path: out, marker: MARKER_FILE });
  }
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
