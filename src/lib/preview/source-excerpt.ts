/**
 * The lines around a problem, read from the editor's own file for the problem page.
 *
 * An issue's file comes from the loader, but the page must never become a way to read
 * other files: only a regular file whose real path (symlinks resolved) lies inside the
 * site root is read, and only up to MAX_BYTES.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

const MAX_BYTES = 1024 * 1024;

export interface ExcerptLine {
  /** 1-based line number in the file. */
  number: number;
  text: string;
  /** On the problem's line: the 1-based column where the marked part starts, and its length (≥ 1). */
  mark?: { column: number; length: number };
}

/**
 * The real absolute path of `file` (relative to `root`) if it is a file inside the root,
 * else undefined (missing, a folder, or outside the root through `..` or a symlink).
 */
export function fileInsideRoot(root: string, file: string): string | undefined {
  try {
    const realRoot = realpathSync(root);
    const real = realpathSync(resolve(realRoot, file));
    const inside = relative(realRoot, real);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return undefined;
    return real;
  } catch {
    return undefined;
  }
}

/**
 * Up to `context` lines either side of `line`, the problem's line marked from `column` to
 * the end of the word there (at least one character). Undefined when the file cannot be
 * read safely or has no such line.
 */
export function readExcerpt(root: string, file: string, line: number, column: number, context = 2): ExcerptLine[] | undefined {
  const path = fileInsideRoot(root, file);
  if (!path) return undefined;
  const text = readSmallFile(path);
  if (text === undefined) return undefined;
  const lines = text.split(/\r?\n/);
  if (line < 1 || line > lines.length) return undefined;
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + context);
  const excerpt: ExcerptLine[] = [];
  for (let number = first; number <= last; number += 1) {
    const lineText = lines[number - 1] ?? '';
    excerpt.push(number === line ? { number, text: lineText, mark: markAt(lineText, column) } : { number, text: lineText });
  }
  return excerpt;
}

/** The word starting at `column`: up to the next space or YAML/MDX delimiter. */
function markAt(text: string, column: number): { column: number; length: number } {
  // Columns count UTF-16 code units, as the YAML parser and the narrative scanner do.
  const start = Math.max(1, column);
  const word = /^[^\s,{}[\]]*/.exec(text.slice(start - 1))?.[0] ?? '';
  return { column: start, length: Math.max(1, word.length) };
}

/** A regular file (not a FIFO or device, which could block) of at most MAX_BYTES. */
function readSmallFile(path: string): string | undefined {
  const stats = statSync(path);
  if (!stats.isFile() || stats.size > MAX_BYTES) return undefined;
  return readFileSync(path, 'utf8');
}
