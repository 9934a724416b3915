/**
 * Parses a narrative's body with the MDX parser the build uses (Säteri, through
 * @astrojs/mdx and @astrojs/markdown-satteri), with the build's features, so the validator
 * sees exactly the tree the build would compile.
 *
 * A parse error becomes a located issue instead of a stack trace. The parser stops at its
 * first error, so the offending `<`, `{` or HTML comment is blanked out and the text parsed
 * again, until it parses: every syntax error of a file is reported in one run.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import type { MessageCode, MessageParams } from './messages.ts';

/**
 * The parser features of narratives, for the validator and the build alike (config.ts
 * hands them to Astro's Säteri processor). GFM gives tables and strikethrough. Smart
 * punctuation stays off: with it, Säteri 0.10.5 aborts the whole process (a Rust panic in
 * its arena) or exhausts memory on a long paragraph with straight quotes.
 */
export const MDX_FEATURES = { gfm: true, smartPunctuation: false } as const;

const MAX_SYNTAX_ERRORS = 50;

export interface SyntaxProblem {
  offset: number;
  code: MessageCode;
  params: MessageParams;
}

export interface ParsedBody {
  tree?: MdastNode;
  /** The text that parsed: the source with unparsable spots blanked, offsets unchanged. */
  text: string;
  problems: SyntaxProblem[];
}

/** Offsets of each line's start, for turning the parser's line:column into an offset. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/**
 * `source` is the whole file with its frontmatter blanked (as @astrojs/mdx does), so the
 * tree's positions are the file's.
 */
export function parseNarrativeBody(source: string): ParsedBody {
  const problems: SyntaxProblem[] = [];
  const starts = lineStarts(source);
  let text = source;
  for (let attempt = 0; attempt <= MAX_SYNTAX_ERRORS; attempt += 1) {
    try {
      return { tree: mdxToMdast(text, { features: MDX_FEATURES }), text, problems };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const place = /^(\d+):(\d+):\s*/.exec(message);
      // What the parser says, without its rule name and its advice (MDX comments, JSX links).
      const detail = message.slice(place?.[0].length ?? 0).split(' (note:')[0]!.replace(/\s*\([\w-]+:[\w-]+\)\s*$/, '');
      const offset = place ? (starts[Number(place[1]) - 1] ?? 0) + Number(place[2]) - 1 : 0;
      const start = culprit(text, offset, starts);
      if (start === undefined || attempt === MAX_SYNTAX_ERRORS) {
        problems.push({ offset, code: 'narrative-syntax', params: { detail, kind: 'other' } });
        return { text, problems };
      }
      const end = spanEnd(text, start);
      if (text.startsWith('<!--', start)) problems.push({ offset: start, code: 'narrative-comment', params: { found: '<!-- -->' } });
      else {
        const kind = text[start] === '{' ? 'brace' : /^<\/?[\p{L}_$]/u.test(text.slice(start, start + 3)) ? 'unclosed-tag' : 'angle';
        problems.push({ offset: start, code: 'narrative-syntax', params: { detail, kind } });
      }
      text = text.slice(0, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ') + text.slice(end);
    }
  }
  return { text, problems };
}

/** The `<` or `{` the error is about: the last one on its line up to the error's place. */
function culprit(text: string, offset: number, starts: readonly number[]): number | undefined {
  const lineStart = starts.findLast((start) => start <= offset) ?? 0;
  for (let at = Math.min(offset, text.length - 1); at >= lineStart; at -= 1) {
    if (text[at] === '<' || text[at] === '{') return at;
  }
  return undefined;
}

/** Where the unparsable construct ends: a comment's -->, a tag's >, a brace's }, else the line. */
function spanEnd(text: string, start: number): number {
  const lineEnd = text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start);
  if (text.startsWith('<!--', start)) {
    const close = text.indexOf('-->', start);
    return close === -1 ? lineEnd : close + 3;
  }
  const close = text.indexOf(text[start] === '{' ? '}' : '>', start);
  return close === -1 || close > lineEnd ? lineEnd : close + 1;
}
