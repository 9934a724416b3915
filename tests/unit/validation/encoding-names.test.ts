/**
 * The names a not-UTF-8 message gives (src/lib/load/encoding.ts): the label an editor
 * recognises and the name `iconv -f` accepts, for each encoding chardet reports. The bytes
 * are real text in each encoding, made by inverting the platform's TextDecoder for it.
 */
import { describe, expect, it } from 'vitest';
import { guessEncoding } from '../../../src/lib/load/encoding.ts';

/** `text` in a double-byte legacy encoding: each character's bytes found by decoding every byte pair once. */
function encode(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const wanted = new Set([...text].filter((character) => character.charCodeAt(0) >= 0x80));
  const pairs = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      const character = decoder.decode(new Uint8Array([lead, trail]));
      if (wanted.has(character) && !pairs.has(character)) pairs.set(character, [lead, trail]);
    }
  }
  return new Uint8Array([...text].flatMap((character) => {
    if (character.charCodeAt(0) < 0x80) return [character.charCodeAt(0)];
    const bytes = pairs.get(character);
    if (!bytes) throw new Error(`${character} has no two-byte form in ${encoding}`);
    return bytes;
  }));
}

const JAPANESE = 'これは日本語の文章です。私たちは毎日学校へ行きます。東京の天気はとても良いです。'.repeat(3);
const KOREAN = '이것은 한국어 문장입니다. 우리는 매일 학교에 갑니다. 서울의 날씨는 아주 좋습니다. '.repeat(3);
const TRADITIONAL = '這是一份民政局的年度工作總結，養老床位與社會救助的數據如下。'.repeat(3);

describe('naming the encoding of a file that is not UTF-8', () => {
  it('Shift_JIS, EUC-JP, EUC-KR and Big5: their label and iconv name', () => {
    expect(guessEncoding(encode(JAPANESE, 'shift_jis'))).toEqual({ label: 'Shift_JIS', iconvName: 'SHIFT_JIS' });
    expect(guessEncoding(encode(JAPANESE, 'euc-jp'))).toEqual({ label: 'EUC-JP', iconvName: 'EUC-JP' });
    expect(guessEncoding(encode(KOREAN, 'euc-kr'))).toEqual({ label: 'EUC-KR', iconvName: 'EUC-KR' });
    expect(guessEncoding(encode(TRADITIONAL, 'big5'))).toEqual({ label: 'Big5', iconvName: 'BIG5' });
  });

  it('UTF-16 with a byte-order mark, either way round', () => {
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('title: 示例区民政局\n', 'utf16le')]);
    const big = Buffer.from(little);
    big.swap16();
    expect(guessEncoding(little)).toEqual({ label: 'UTF-16LE', iconvName: 'UTF-16LE' });
    expect(guessEncoding(big)).toEqual({ label: 'UTF-16BE', iconvName: 'UTF-16BE' });
  });

  it('Windows-1252: curly quotes, a dash and a euro sign (bytes 0x80-0x9F, unused in Latin-1)', () => {
    // ’ 0x92, “ 0x93, ” 0x94, – 0x96, € 0x80, é 0xE9: written by hand from the Windows-1252 table.
    const words = (text: string) => [...text].map((character) => ({ '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '€': 0x80, 'é': 0xe9 })[character] ?? character.charCodeAt(0));
    const bytes = new Uint8Array(words('The bureau’s report – “the budget rose” by 5 € per person; the café’s résumé said “yes” – twice. '.repeat(4)));
    expect(guessEncoding(bytes)).toEqual({ label: 'Windows-1252 (Latin-1)', iconvName: 'WINDOWS-1252' });
  });

  it('text chardet takes for UTF-8 gives no label and GB18030 for iconv (what most such files are)', () => {
    expect(guessEncoding(new TextEncoder().encode('title: 示例区民政局2022年工作总结（虚构）\n'.repeat(4)))).toEqual({ label: '', iconvName: 'GB18030' });
  });

  it('an encoding without a label of its own (KOI8-R) is shown and passed to iconv as chardet names it', () => {
    const decoder = new TextDecoder('koi8-r');
    const byCharacter = new Map(Array.from({ length: 128 }, (_, index) => [decoder.decode(new Uint8Array([index + 128])), index + 128]));
    const text = 'Это годовой отчёт управления гражданских дел о помощи пожилым людям и детям. '.repeat(4);
    const bytes = new Uint8Array([...text].map((character) => byCharacter.get(character) ?? character.charCodeAt(0)));
    expect(guessEncoding(bytes)).toEqual({ label: 'KOI8-R', iconvName: 'KOI8-R' });
  });

  it('an empty file: nothing to guess from, GB18030 for iconv', () => {
    expect(guessEncoding(new Uint8Array())).toEqual({ label: '', iconvName: 'GB18030' });
  });
});
