/**
 * A .docx or .xlsx is a zip archive. Before a reader unpacks it, its directory is read
 * (fflate, without inflating anything) and the archive refused when the parts declare
 * more than IMPORT_LIMITS allow: too many parts, too many bytes in all, or one part
 * packed far more tightly than XML ever is (the mark of a zip bomb).
 *
 * The sizes are those the archive declares; the readers' zip library (JSZip) checks each
 * part's real size against its declaration as it unpacks.
 */
import { unzipSync } from 'fflate';
import { IMPORT_LIMITS } from './limits.ts';

export type ZipVerdict = { ok: true } | { ok: false; size: number; limit: number } | { ok: false; reason: string };

/** Parts smaller than this may pack as tightly as they like. */
const RATIO_FLOOR = 1024 * 1024;

export function checkArchive(bytes: Uint8Array): ZipVerdict {
  let total = 0;
  let entries = 0;
  let tightest = 0;
  try {
    unzipSync(bytes, {
      filter(part) {
        entries += 1;
        total += part.originalSize;
        if (part.originalSize > RATIO_FLOOR) tightest = Math.max(tightest, part.originalSize / Math.max(1, part.size));
        return false; // read the directory only
      },
    });
  } catch (error) {
    return { ok: false, reason: `not a zip archive: ${(error as Error).message}` };
  }
  if (entries === 0) return { ok: false, reason: 'empty archive' };
  if (entries > IMPORT_LIMITS.zipEntries) return { ok: false, size: total, limit: IMPORT_LIMITS.unpackedBytes };
  if (total > IMPORT_LIMITS.unpackedBytes || tightest > IMPORT_LIMITS.packRatio) return { ok: false, size: total, limit: IMPORT_LIMITS.unpackedBytes };
  return { ok: true };
}
