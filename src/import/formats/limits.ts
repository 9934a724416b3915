/**
 * Bounds on a document given to `npm run import` (docs/importer.md, "Formats"). The
 * file comes from anywhere (a download, an e-mail); these keep a mistaken or hostile one
 * from exhausting memory or time. Each breach is a located, bilingual error.
 */
export const IMPORT_LIMITS = {
  /** Bytes of the file as given: a year's summary, even a PDF with pictures, is far below. */
  fileBytes: 50 * 1024 * 1024,
  /** Bytes a .docx or .xlsx (zip archives) may declare once unpacked, all parts together. */
  unpackedBytes: 200 * 1024 * 1024,
  /** Unpacked size over packed size of any one part: ordinary XML packs about 10:1, a zip bomb 1000:1. */
  packRatio: 200,
  /** Parts in one archive. */
  zipEntries: 5000,
  /** PDF pages read. */
  pdfPages: 500,
  /** Spreadsheet cells read, all sheets together. */
  sheetCells: 1_000_000,
} as const;
