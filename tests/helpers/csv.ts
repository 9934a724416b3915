/**
 * A strict RFC 4180 reader for the tests, written independently of the writer in
 * src/lib/downloads.ts so the downloads are checked by something that did not make them.
 *
 * Strict on purpose: every record must end with CRLF (a bare LF or CR outside quotes is an
 * error), a quote may only open a field or be doubled inside a quoted one, and a quoted field
 * must be followed by a comma or the end of the record. Embedded commas, quotes, CR and LF
 * inside quoted fields are returned as they are.
 */

export interface ParsedCsv {
  /** Whether the text began with U+FEFF (the BOM), which is not part of the first field. */
  bom: boolean;
  records: string[][];
}

export class CsvSyntaxError extends Error {
  readonly offset: number;

  constructor(message: string, offset: number) {
    super(`${message} at offset ${offset}`);
    this.offset = offset;
  }
}

export function parseCsv(text: string): ParsedCsv {
  const bom = text.startsWith('\uFEFF');
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = bom ? 1 : 0;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };

  while (i < text.length) {
    // At the start of a field.
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= text.length) throw new CsvSyntaxError('Unterminated quoted field', i);
        const char = text[i]!;
        if (char === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        field += char;
        i += 1;
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new CsvSyntaxError('Quote inside an unquoted field', i);
        field += text[i];
        i += 1;
      }
    }
    // After a field: a comma, CRLF, or the end of the text.
    if (i >= text.length) {
      throw new CsvSyntaxError('Last record not ended by CRLF', i);
    } else if (text[i] === ',') {
      endField();
      i += 1;
      if (i >= text.length) throw new CsvSyntaxError('Text ends after a comma', i);
    } else if (text[i] === '\r' && text[i + 1] === '\n') {
      endRecord();
      i += 2;
    } else if (text[i] === '\r' || text[i] === '\n') {
      throw new CsvSyntaxError('Bare CR or LF (records must end with CRLF)', i);
    } else {
      throw new CsvSyntaxError('Characters after a closing quote', i);
    }
  }
  return { bom, records };
}

/** Records as objects keyed by the header row; every record must have the header's width. */
export function csvObjects(records: readonly string[][]): Record<string, string>[] {
  const [header, ...rows] = records;
  if (!header) throw new Error('CSV without a header');
  return rows.map((row, index) => {
    if (row.length !== header.length) throw new Error(`Record ${index + 2} has ${row.length} fields, the header ${header.length}`);
    return Object.fromEntries(header.map((name, column) => [name, row[column] ?? '']));
  });
}

/**
 * The text inside a CSV text formula `="…"` (its quotes doubled), which the downloads write
 * for cells a spreadsheet would otherwise convert (docs/data-downloads.md); any other cell as it is.
 */
export function formulaText(cell: string): string {
  const match = /^="((?:[^"]|"")*)"$/.exec(cell);
  return match ? (match[1] ?? '').replaceAll('""', '"') : cell;
}

/** Records with every text formula replaced by its text: what a spreadsheet shows for those cells. */
export function withoutTextFormulas(records: readonly string[][]): string[][] {
  return records.map((record) => record.map(formulaText));
}
