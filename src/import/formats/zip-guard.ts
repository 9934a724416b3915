/**
 * A .docx or .xlsx is a zip archive. Before a reader unpacks it, the archive is refused
 * when its parts are more than IMPORT_LIMITS allow: too many parts, too many bytes in all,
 * or one part packed far more tightly than XML ever is (the mark of a zip bomb).
 *
 * First the sizes the directory declares (fflate, nothing inflated); then, because a
 * hostile archive can declare small sizes, the real ones: every part is inflated as a
 * stream whose chunks are counted and dropped, and stopped at the limit, so memory stays
 * small whatever the archive holds.
 */
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { IMPORT_LIMITS } from './limits.ts';

export type ZipVerdict = { ok: true } | { ok: false; size: number; limit: number } | { ok: false; reason: string };

/** Parts smaller than this may pack as tightly as they like. */
const RATIO_FLOOR = 1024 * 1024;
/** Packed bytes inflated at a time: deflate unpacks at most about 1000:1, so at most ~4 MB per step. */
const CHUNK = 4096;

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
  return realSizes(bytes);
}

/** The parts' real unpacked sizes, counted while inflating, against the same limits. */
function realSizes(bytes: Uint8Array): ZipVerdict {
  let total = 0;
  let over = false;
  let failure: string | undefined;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (part) => {
    let size = 0;
    part.ondata = (error, chunk) => {
      if (error) failure ??= error.message;
      if (over || error) return;
      size += chunk.length;
      total += chunk.length;
      const packed = Math.max(1, part.size ?? 0);
      if (total > IMPORT_LIMITS.unpackedBytes || (size > RATIO_FLOOR && size / packed > IMPORT_LIMITS.packRatio)) over = true;
    };
    if (part.compression === 0 || part.compression === 8) part.start();
  };
  try {
    // One chunk at a time, so a bomb is stopped after its first megabytes, not its last.
    for (let offset = 0; offset < bytes.length && !over; offset += CHUNK) unzip.push(bytes.subarray(offset, offset + CHUNK), offset + CHUNK >= bytes.length);
  } catch (error) {
    return { ok: false, reason: `damaged zip archive: ${(error as Error).message}` };
  }
  if (over) return { ok: false, size: total, limit: IMPORT_LIMITS.unpackedBytes };
  return failure ? { ok: false, reason: `damaged zip archive: ${failure}` } : { ok: true };
}
