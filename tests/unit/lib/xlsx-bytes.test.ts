/**
 * The XLSX writer's bytes (src/lib/downloads/xlsx.ts) without a build: the zip entries carry
 * the generated date, never the clock, so the same rows give the same bytes. The cells
 * themselves are read back in tests/build/spreadsheet.test.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COLUMNS, type DownloadRow } from '../../../src/lib/downloads.ts';
import { restamp, rowsToXlsx, type XlsxMetadata } from '../../../src/lib/downloads/xlsx.ts';

const row = Object.fromEntries(COLUMNS.map((column) => [column, ''])) as DownloadRow;
Object.assign(row, { figure_id: 'eldercare-beds', year: '2022', value_as_written: '20.70万', value: '207000', as_of: '2022-12-31', unit_zh: '张' });
const metadata: XlsxMetadata = {
  title: { zh: '示例区 2022', en: 'Example District 2022' },
  siteUrl: 'https://annals.test/',
  generated: { date: '2023-03-17', basis: 'latest-source-date' },
};

afterEach(() => vi.useRealTimers());

async function at(clock: string): Promise<Uint8Array> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(clock));
  try {
    return await rowsToXlsx([row], metadata);
  } finally {
    vi.useRealTimers();
  }
}

describe('rowsToXlsx', () => {
  it('gives the same bytes whatever the clock says', async () => {
    const first = await at('2030-01-01T08:00:00Z');
    const second = await at('2031-06-30T23:59:59Z');
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('stamps each zip entry with the generated date (DOS date of 2023-03-17 = 22129) and time 0', async () => {
    const zip = await at('2030-01-01T08:00:00Z');
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(10, true)).toBe(0);
    expect(view.getUint16(12, true)).toBe((43 << 9) | (3 << 5) | 17);
    expect((43 << 9) | (3 << 5) | 17).toBe(22129);
  });
});

describe('restamp', () => {
  it('refuses bytes that are not a zip', () => {
    expect(() => restamp(new Uint8Array(40), '2023-03-17')).toThrow('XLSX: no end of central directory');
  });
});
