/**
 * `node tools/csv-to-xlsx.ts <in.csv> <out.xlsx> [sheet name]`: a workbook with the CSV's
 * rows, every cell written as text, so values keep the digits they are written with
 * (`80.0`, `2610.00万`). Makes the example workbook in docs/examples/ and the test
 * workbooks from their CSV sources, which stay the readable originals.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import writeXlsxFile from 'write-excel-file/node';

const [input, output, sheet = 'Sheet1'] = process.argv.slice(2);
if (!input || !output) {
  console.error('Usage: node tools/csv-to-xlsx.ts <in.csv> <out.xlsx> [sheet name]');
  process.exit(2);
}
const rows = parse(readFileSync(input, 'utf8'), { bom: true, relax_column_count: true }) as string[][];
await writeXlsxFile([{ data: rows.map((row) => row.map((value) => (value === '' ? null : { type: String, value }))), sheet }]).toFile(output);
