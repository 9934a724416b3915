/**
 * Line and column of offsets in a text, in one pass over it however many offsets are
 * asked for (offsets must be ascending). Columns count UTF-16 code units from 1, as the
 * YAML parser's LineCounter does, so every message agrees on where a character is.
 */
export interface TextPosition {
  line: number;
  column: number;
}

export function positionsOf(text: string, offsets: readonly number[]): TextPosition[] {
  const positions: TextPosition[] = [];
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (const offset of offsets) {
    for (let at = text.indexOf('\n', scanned); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
      line += 1;
      lineStart = at + 1;
    }
    scanned = Math.max(scanned, lineStart);
    positions.push({ line, column: offset - lineStart + 1 });
  }
  return positions;
}
