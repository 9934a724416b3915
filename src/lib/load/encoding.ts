/**
 * Naming the encoding of a file that is not UTF-8, so the message can say what it is and
 * give the exact `iconv` command. Detection is chardet's (statistical, maintained); we only
 * map its names to what an editor recognises and what iconv accepts.
 */
import { analyse } from 'chardet';

export interface GuessedEncoding {
  /** For the message: "GBK/GB18030", "Latin-1 (ISO-8859-1)"…, or "" when unclear. */
  label: string;
  /** For `iconv -f`: GB18030 reads every GBK and GB2312 file too. */
  iconvName: string;
}

/** chardet name → [label, iconv name]. Unlisted names are shown and passed as they are. */
const KNOWN: Record<string, [string, string]> = {
  GB18030: ['GBK/GB18030', 'GB18030'],
  Big5: ['Big5', 'BIG5'],
  'ISO-8859-1': ['Latin-1 (ISO-8859-1)', 'ISO-8859-1'],
  'windows-1252': ['Windows-1252 (Latin-1)', 'WINDOWS-1252'],
  'UTF-16LE': ['UTF-16LE', 'UTF-16LE'],
  'UTF-16BE': ['UTF-16BE', 'UTF-16BE'],
  Shift_JIS: ['Shift_JIS', 'SHIFT_JIS'],
  'EUC-JP': ['EUC-JP', 'EUC-JP'],
  'EUC-KR': ['EUC-KR', 'EUC-KR'],
};

/** The most likely encoding of `bytes`; GB18030 is offered for iconv when nothing fits. */
export function guessEncoding(bytes: Uint8Array): GuessedEncoding {
  const best = analyse(bytes)[0];
  if (!best || best.name === 'UTF-8' || best.name === 'ASCII') return { label: '', iconvName: 'GB18030' };
  const [label, iconvName] = KNOWN[best.name] ?? [best.name, best.name];
  return { label, iconvName };
}
