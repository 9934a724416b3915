/**
 * Bytes of a text, HTML or CSV document → a string. Unlike an editor's data files (which
 * must be UTF-8), a document to import is whatever the bureau published: many Chinese
 * government pages and Windows text files are GBK. So: UTF-8 when the bytes are valid
 * UTF-8 (a BOM is dropped); else the charset an HTML page declares; else the Chinese
 * encoding chardet recognises (GB18030 reads GBK and GB2312 too, Big5). Anything else is
 * refused with the existing `not-utf8` message, which names the likely encoding.
 */
import type { Issue } from '../../lib/issues.ts';
import { guessEncoding } from '../../lib/load/encoding.ts';

/** Encodings decoded without asking: those of Chinese documents. */
const CHINESE = new Set(['GB18030', 'BIG5']);

export type Decoded = { text: string; encoding: string } | { issue: Issue };

/**
 * @param bytes the whole file
 * @param file the name shown in messages
 * @param declared a charset the document declares (an HTML <meta charset>), if any
 */
export function decodeDocument(bytes: Uint8Array, file: string, declared?: string): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // not UTF-8: try what the document says, then what it looks like
  }
  for (const label of [declared, guessEncoding(bytes).iconvName]) {
    if (!label || !(label === declared || CHINESE.has(label))) continue;
    try {
      return { text: new TextDecoder(label, { fatal: true }).decode(bytes), encoding: label };
    } catch {
      // unknown label, or not really in that encoding
    }
  }
  const { label, iconvName } = guessEncoding(bytes);
  return { issue: { file, line: 1, column: 1, field: '', code: 'not-utf8', params: { found: file, encoding: label, from: iconvName } } };
}

/** The charset an HTML page declares in its first 4 KB (`<meta charset=gbk>` or http-equiv). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
}
