/**
 * How each download cell is written for spreadsheets: the CSV form (bare, guarded or the
 * text formula ="…") and the XLSX cell type and number format. Expected forms by hand.
 */
import { describe, expect, it } from 'vitest';
import { spreadsheetCsvCell } from '../../../src/lib/downloads.ts';
import { exactSpreadsheetNumber, fullDate, significantDigits } from '../../../src/lib/downloads/cells.ts';
import { figureCell } from '../../../src/lib/downloads/xlsx.ts';

describe('spreadsheetCsvCell', () => {
  it.each([
    ['ratio', '1:0.81', '="1:0.81"'],
    ['value_as_written', '1:0.81', '="1:0.81"'],
    ['as_of', '2017-05', '="2017-05"'],
    ['as_of', '2022-12-31', '="2022-12-31"'],
    ['source_date', '2023-03-17', '="2023-03-17"'],
    ['value', '12345678901234567890', '="12345678901234567890"'],
    ['value', '0.1234567890123456', '="0.1234567890123456"'],
    ['region_code', '099901', '="099901"'],
    ['change_reported', '7.6%', '="7.6%"'],
    ['value_as_written', '83.50', '="83.50"'],
    ['value_as_written', '-3.0', '="-3.0"'],
    ['source_section', '1"2', '="1""2"'],
  ])('%s %j is written as the text formula %j', (column, cell, written) => {
    expect(spreadsheetCsvCell(column as never, cell)).toBe(written);
  });

  it.each([
    ['value', '207000'],
    ['value', '-2.5'],
    ['value', '123456789012345'],
    ['ratio_denominator', '0.81'],
    ['year', '2022'],
    ['qualifier', 'over'],
    ['source_section', '一（二）1'],
    ['note_en', ''],
  ])('%s %j stays as it is', (column, cell) => {
    expect(spreadsheetCsvCell(column as never, cell)).toBe(cell);
  });

  it('writes any text that starts like a number as text, so no spreadsheet tries it', () => {
    expect(spreadsheetCsvCell('value_as_written', '20.7万')).toBe('="20.7万"');
  });

  it('guards formulas before anything else: the apostrophe, never a text formula', () => {
    expect(spreadsheetCsvCell('note_zh', '=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(spreadsheetCsvCell('label_en', '+1 more')).toBe("'+1 more");
  });
});

describe('numbers a spreadsheet holds exactly', () => {
  it('counts significant digits', () => {
    expect(significantDigits('0.0500')).toBe(1);
    expect(significantDigits('120300')).toBe(4);
    expect(significantDigits('-12345678901234567891')).toBe(20);
    expect(significantDigits('12345678901234567890')).toBe(19);
  });

  it('keeps 15 significant digits as numbers and refuses 16 or more', () => {
    expect(exactSpreadsheetNumber('123456789012345')).toBe(123456789012345);
    expect(exactSpreadsheetNumber('100000000000000000000')).toBe(1e20);
    expect(exactSpreadsheetNumber('1234567890123456')).toBeUndefined();
    expect(exactSpreadsheetNumber('12345678901234567890')).toBeUndefined();
    expect(exactSpreadsheetNumber('1:0.81')).toBeUndefined();
  });

  it('takes a date only when the source gives a full, real one', () => {
    expect(fullDate('2022-12-31')?.toISOString()).toBe('2022-12-31T00:00:00.000Z');
    expect(fullDate('2017-05')).toBeUndefined();
    expect(fullDate('2022')).toBeUndefined();
    expect(fullDate('2022-02-30')).toBeUndefined();
    expect(fullDate('2022-01/2022-06')).toBeUndefined();
  });
});

describe('figureCell (XLSX)', () => {
  it('types numbers, dates and text explicitly', () => {
    expect(figureCell('value', '207000')).toEqual({ value: 207000, type: Number, format: '0' });
    expect(figureCell('value', '83.5', 2)).toEqual({ value: 83.5, type: Number, format: '0.00' });
    expect(figureCell('value', '12345678901234567890')).toEqual({ value: '12345678901234567890', type: String, format: '@' });
    expect(figureCell('year', '2022')).toEqual({ value: 2022, type: Number, format: '0' });
    expect(figureCell('as_of', '2022-12-31')).toEqual({ value: new Date(Date.UTC(2022, 11, 31)), type: Date, format: 'yyyy-mm-dd' });
    expect(figureCell('as_of', '2017-05')).toEqual({ value: '2017-05', type: String, format: '@' });
    expect(figureCell('ratio', '1:0.81')).toEqual({ value: '1:0.81', type: String, format: '@' });
    expect(figureCell('value_as_written', '855')).toEqual({ value: '855', type: String, format: '@' });
    expect(figureCell('region_code', '099901')).toEqual({ value: '099901', type: String, format: '@' });
    expect(figureCell('ratio_denominator', '0.81')).toEqual({ value: 0.81, type: Number, format: '0.00' });
    expect(figureCell('bureau_en', 'Example District Civil Affairs Bureau')).toEqual({ value: 'Example District Civil Affairs Bureau', type: String });
    expect(figureCell('note_zh', '')).toBeNull();
  });
});
