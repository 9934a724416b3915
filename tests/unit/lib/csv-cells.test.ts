/**
 * The CSV writer's cell rules and the spreadsheet helpers (src/lib/downloads.ts,
 * src/lib/downloads/cells.ts), cell by cell, expected text written by hand from RFC 4180,
 * OWASP's CSV-injection rule and docs/data-downloads.md.
 */
import { describe, expect, it } from 'vitest';
import { BOM, csvCell, downloadPaths, guardFormula, quoteCsvField, reportFileId, spreadsheetCsvCell, toCsv } from '../../../src/lib/downloads.ts';
import { cellKind, decimalsOf, exactSpreadsheetNumber, fullDate, numberFormat, significantDigits, startsLikeNumber } from '../../../src/lib/downloads/cells.ts';

describe('guardFormula', () => {
  it('puts an apostrophe before text a spreadsheet would run', () => {
    expect(guardFormula('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(guardFormula('+1 more')).toBe("'+1 more");
    expect(guardFormula('-x')).toBe("'-x");
    expect(guardFormula('@cmd')).toBe("'@cmd");
    expect(guardFormula('\tx')).toBe("'\tx");
    expect(guardFormula('\rx')).toBe("'\rx");
  });
  it('never alters an exact decimal, also negative or with 万/亿/万亿', () => {
    for (const number of ['-3', '-2.5', '-2.5万', '-3亿', '-1万亿']) expect(guardFormula(number)).toBe(number);
  });
  it('guards what only looks like a negative number', () => {
    expect(guardFormula('-3.')).toBe("'-3.");
    expect(guardFormula('-3千')).toBe("'-3千");
    expect(guardFormula('-3万x')).toBe("'-3万x");
  });
  it('leaves other text alone, a formula sign later in the text included', () => {
    expect(guardFormula('a=b')).toBe('a=b');
    expect(guardFormula('')).toBe('');
  });
});

describe('quoteCsvField and csvCell', () => {
  it('quote a field with a comma, quote, CR or LF, doubling its quotes', () => {
    expect(quoteCsvField('a,b')).toBe('"a,b"');
    expect(quoteCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCsvField('a\rb')).toBe('"a\rb"');
    expect(quoteCsvField('a\nb')).toBe('"a\nb"');
    expect(quoteCsvField('plain text')).toBe('plain text');
  });
  it('csvCell guards first, then quotes', () => {
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    expect(csvCell('-2.5万')).toBe('-2.5万');
  });
  it('toCsv writes a BOM, and ends every record with CRLF', () => {
    expect(BOM).toBe('\uFEFF');
    expect(toCsv(['a', 'b'], [['1', 'x,y'], ['=2', '']])).toBe('\uFEFFa,b\r\n1,"x,y"\r\n\'=2,\r\n');
  });
});

describe('spreadsheetCsvCell', () => {
  it('keeps a year and an exactly held decimal bare', () => {
    expect(spreadsheetCsvCell('year', '2023')).toBe('2023');
    expect(spreadsheetCsvCell('value', '207000')).toBe('207000');
    expect(spreadsheetCsvCell('range_low', '4000')).toBe('4000');
  });
  it('writes other number-like cells as a text formula, its quotes doubled', () => {
    expect(spreadsheetCsvCell('value_as_written', '2.0')).toBe('="2.0"');
    expect(spreadsheetCsvCell('value', '12345678901234567')).toBe('="12345678901234567"');
    expect(spreadsheetCsvCell('value_as_written', '1:0.81')).toBe('="1:0.81"');
    expect(spreadsheetCsvCell('as_of', '2017-05')).toBe('="2017-05"');
    expect(spreadsheetCsvCell('region_code', '099901')).toBe('="099901"');
    expect(spreadsheetCsvCell('note_en', '7" wide')).toBe('="7"" wide"');
  });
  it('leaves text that does not start like a number, and guards a formula', () => {
    expect(spreadsheetCsvCell('note_en', 'About 7')).toBe('About 7');
    expect(spreadsheetCsvCell('note_en', '=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
  });
  it('leaves a cell too long for a text formula (over 255), or with a line break, as it is', () => {
    const long = `1${'0'.repeat(255)}`;
    expect(spreadsheetCsvCell('note_en', long)).toBe(long);
    const limit = `1${'a'.repeat(254)}`;
    expect(spreadsheetCsvCell('note_en', limit)).toBe(`="${limit}"`);
    expect(spreadsheetCsvCell('note_en', '1\nline')).toBe('1\nline');
    expect(spreadsheetCsvCell('note_en', '1\rline')).toBe('1\rline');
  });
});

describe('cells.ts', () => {
  it('cellKind of each typed column, text for the rest', () => {
    expect(cellKind('year')).toBe('year');
    for (const column of ['value', 'range_low', 'range_high', 'change_from', 'ratio_numerator', 'ratio_denominator'] as const) expect(cellKind(column)).toBe('decimal');
    expect(cellKind('as_of')).toBe('date');
    expect(cellKind('source_date')).toBe('date');
    expect(cellKind('region_code')).toBe('text');
  });
  it('significantDigits ignores sign, point and leading and trailing zeros', () => {
    expect(significantDigits('-0.0500')).toBe(1);
    expect(significantDigits('120300')).toBe(4);
    expect(significantDigits('10.01')).toBe(4);
  });
  it('exactSpreadsheetNumber', () => {
    expect(exactSpreadsheetNumber('-2.5')).toBe(-2.5);
    expect(exactSpreadsheetNumber('2.50')).toBe(2.5);
    expect(exactSpreadsheetNumber('007')).toBe(7);
    expect(exactSpreadsheetNumber('-0')).toBe(-0);
    expect(exactSpreadsheetNumber('123456789012345')).toBe(123456789012345);
    expect(exactSpreadsheetNumber('1234567890123456')).toBeUndefined();
    expect(exactSpreadsheetNumber('1e3')).toBeUndefined();
    expect(exactSpreadsheetNumber('20.7万')).toBeUndefined();
    expect(exactSpreadsheetNumber('1000000000000000000000')).toBeUndefined();
  });
  it('decimalsOf and numberFormat', () => {
    expect(decimalsOf('2.50')).toBe(2);
    expect(decimalsOf('-3')).toBe(0);
    expect(decimalsOf('0.125')).toBe(3);
    expect(numberFormat(0)).toBe('0');
    expect(numberFormat(1)).toBe('0.0');
    expect(numberFormat(3)).toBe('0.000');
  });
  it('fullDate takes a real full date only', () => {
    expect(fullDate('2023-03-17')?.toISOString()).toBe('2023-03-17T00:00:00.000Z');
    expect(fullDate('2023-02-30')).toBeUndefined();
    expect(fullDate('2023-03')).toBeUndefined();
    expect(fullDate('x2023-03-17')).toBeUndefined();
    expect(fullDate('2023-03-17x')).toBeUndefined();
  });
  it('startsLikeNumber', () => {
    for (const text of ['1', '-1', '+1', '.5', '2017-05']) expect(startsLikeNumber(text), text).toBe(true);
    for (const text of ['a1', '-', '约1', ' 1', '']) expect(startsLikeNumber(text), text).toBe(false);
  });
});

describe('download file names', () => {
  it('are the bureau and year, under /data/', () => {
    expect(reportFileId({ bureauId: 'donghu', year: 2022 })).toBe('donghu-2022');
    expect(downloadPaths.all('csv')).toBe('/data/annals.csv');
    expect(downloadPaths.report('donghu', 2022, 'xlsx')).toBe('/data/reports/donghu-2022.xlsx');
    expect(downloadPaths.indicator('eldercare-beds', 'json')).toBe('/data/indicators/eldercare-beds.json');
  });
});
