/**
 * Cleaning: from the raw text as copied from a web page or a .doc to the lines of the
 * report, each still tied to its line number in the input file.
 *
 * Order matters and is fixed here:
 *   1. per line: HTML junk, odd spaces and full-width digits, inserted pinyin;
 *   2. per line: traditional → simplified and round-trip repair (convert.ts);
 *   3. disclosure metadata is read, then page furniture is dropped (furniture.ts);
 *   4. page markers (第 2 页 共 6 页) and chunk numbers that cut sentences are removed;
 *   5. repeated lines (a highlights box, a summary that repeats the lead) are dropped;
 *   6. the title is taken out.
 * Every dropped line is recorded with its reason for the review list.
 */
import { findSuspectWords, hasRoundTripFingerprint, repairRoundTrip, toSimplified, type Repair } from './convert.ts';
import { datedAfterIn, findTitleLine, readDocumentMeta, titleFromSharedFileName, type DocumentMeta } from './document-meta.ts';
import { findFooterStart, furnitureRuleFor } from './furniture.ts';
import { findTables, type TableRow } from './table.ts';
import type { DroppedLine, SourceLine } from './types.ts';

/** HTML tags and entities left by a copy from a browser's source view. */
export function stripHtmlJunk(text: string): string {
  return text
    .replace(/<\/?[a-zA-Z][^<>]*>/g, '')
    .replace(/&(nbsp|ensp|emsp|amp|lt|gt|quot|#\d+);/g, (entity) => (entity === '&amp;' ? '&' : ' '));
}

/**
 * Odd spaces become plain spaces; full-width digits and the full-width percent, point
 * and colon between digits become ASCII so one number pattern fits all. Chinese
 * punctuation (，。：) is left alone: it carries sentence structure.
 */
export function normalizeWidths(text: string): string {
  return text
    .replace(/[\u00a0\u2000-\u200b\u3000\t]/g, ' ')
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/％/g, '%')
    .replace(/(?<=\d)[．](?=\d)/g, '.')
    .replace(/(?<=\d)[：](?=\d)/g, ':');
}

const TONE_MARKED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü';

/**
 * Removes pinyin a converter inserted after characters: 機(jī)構(gòu) → 機構. Only a single
 * lower-case syllable carrying a tone mark, right after a Chinese character, is removed,
 * so (CCRC), (资料图) and 退(离)休 stay.
 */
export function removeInsertedPinyin(text: string): string {
  const syllable = `[a-z${TONE_MARKED}]*[${TONE_MARKED}][a-z${TONE_MARKED}]*`;
  return text.replace(new RegExp(`(?<=[\\u4e00-\\u9fff])[(（]${syllable}[)）]`, 'g'), '');
}

const PAGE_MARKER = /第\s*\d+\s*页\s*[,，]?\s*共\s*\d+\s*页|共\s*\d+\s*页\s*[,，]?\s*第\s*\d+\s*页/g;

/** "第 2 页 共 6 页" from a .doc converted page by page; it may sit in the middle of a word. */
export function removePageMarkers(text: string): string {
  return text.replace(PAGE_MARKER, '');
}

const SENTENCE_END = /[。！？；：!?;:…”」』)）]$/;
const HEADING_LIKE = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.．、](?!\d)|[●■◆])/;
const CHUNK_NUMBER = /^(\d{1,3})、/;

/**
 * Removes the chunk numbers ("1、" "2、" …) a document-sharing site puts at the start of
 * each chunk of text. They cut through sentences ("…兴办养\n6、老机构"), which is how
 * they are told apart from a real list: a real list item follows a full stop, a colon or
 * a heading. A numbered line counts as a chunk number when the line before ends in the
 * middle of a sentence, or a page marker follows the number; and when most of a run
 * 1、2、3… are chunk numbers, the whole run is (the first chunk has no line before it).
 * Returns the lines with `continues` set where the text runs on from the previous line.
 */
export function removeChunkNumbers(lines: readonly SourceLine[], rawTexts: readonly string[]): SourceLine[] {
  const numbered = lines
    .map((entry, index) => ({ index, number: Number(CHUNK_NUMBER.exec(entry.text)?.[1] ?? NaN) }))
    .filter((candidate) => !Number.isNaN(candidate.number));

  const breaksSentence = (index: number): boolean => {
    const raw = rawTexts[index] ?? '';
    if (/^\d{1,3}、\s*第\s*\d+\s*页/.test(raw)) return true;
    const previous = lines[index - 1];
    if (!previous) return false;
    const before = previous.text.trim();
    // A heading line (short, numbered) legitimately ends without punctuation; the line of
    // the previous chunk ("1、…" before "2、…") is not a heading.
    const number = Number(CHUNK_NUMBER.exec(lines[index]?.text ?? '')?.[1] ?? NaN);
    const previousIsChunk = before.startsWith(`${number - 1}、`);
    const isHeading = HEADING_LIKE.test(before) && before.length <= 40 && !previousIsChunk;
    return before !== '' && !SENTENCE_END.test(before) && !isHeading;
  };

  const chunkIndexes = new Set<number>();
  // Runs of consecutive numbers 1, 2, 3 … on lines in order.
  let run: typeof numbered = [];
  const closeRun = (): void => {
    const breaking = run.filter((candidate) => breaksSentence(candidate.index));
    if (run.length >= 2 && breaking.length * 2 >= run.length) run.forEach((candidate) => chunkIndexes.add(candidate.index));
    else breaking.forEach((candidate) => chunkIndexes.add(candidate.index));
    run = [];
  };
  for (const candidate of numbered) {
    const last = run[run.length - 1];
    if (last && candidate.number !== last.number + 1) closeRun();
    run.push(candidate);
  }
  closeRun();

  return lines.map((entry, index) => {
    if (!chunkIndexes.has(index)) return entry;
    const text = entry.text.replace(CHUNK_NUMBER, '');
    return { ...entry, text, continues: index > 0 && breaksSentence(index) };
  });
}

/** The cells of a `|` row when one of them is prose (eight Chinese characters or more), else undefined. */
export function proseTableCells(text: string): string[] | undefined {
  if (!text.includes('|')) return undefined;
  const cells = text.split('|').map((cell) => cell.trim()).filter(Boolean);
  return cells.some((cell) => (cell.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 8) ? cells : undefined;
}

/**
 * A number cut by a line break (or by a page marker removed in between): "…救助金4" then
 * "6.5万元…" is 46.5万元. The line runs on when it ends in a digit right after a Chinese
 * character (mid-sentence, no punctuation) and the next starts with a digit that is not a
 * list number (1. 1、).
 */
export function joinSplitNumbers(lines: readonly SourceLine[]): SourceLine[] {
  return lines.map((entry, index) => {
    const previous = lines[index - 1];
    if (!previous || entry.continues) return entry;
    const splits = /[\u4e00-\u9fff][\d.,]*\d$/.test(previous.text) && /^\d/.test(entry.text) && !/^\d{1,2}\s*[.．、](?!\d)/.test(entry.text);
    return splits ? { ...entry, continues: true } : entry;
  });
}

/** "内容提要：" and the like: a lead that repeats the article's first paragraph. */
const SUMMARY_PREFIX = /^(内容提要|内容摘要|摘要|导读)\s*[:：]\s*/;

/**
 * Drops lines that only repeat text found elsewhere: an exact repeat (a title printed
 * twice), a summary that repeats a paragraph, and the short lines of a highlights box
 * ("低保标准城乡差距缩小到1:0.81") whose words all appear in a longer paragraph.
 */
export function dropRepeatedLines(lines: readonly SourceLine[]): { kept: SourceLine[]; dropped: DroppedLine[] } {
  const dropped: DroppedLine[] = [];
  const key = (text: string): string => text.replace(SUMMARY_PREFIX, '').replace(/[\s●•]/g, '');
  const keys = lines.map((entry) => key(entry.text));
  const isSummary = lines.map((entry) => SUMMARY_PREFIX.test(entry.text.trim()));
  const kept = lines.filter((entry, index) => {
    const own = keys[index] ?? '';
    if (own === '') return true;
    // An exact repeat: keep the first plain copy, drop the summary copy and later copies.
    const copies = keys.flatMap((other, otherIndex) => (other === own && otherIndex !== index ? [otherIndex] : []));
    const keeper = [index, ...copies].sort((a, b) => Number(isSummary[a]) - Number(isSummary[b]) || a - b)[0];
    if (copies.length > 0 && keeper !== index) {
      dropped.push({ line: entry.line, text: entry.text, reason: isSummary[index] ? 'summary-repeat' : 'repeat' });
      return false;
    }
    // A highlight: a short fragment, not a heading, whose text a longer line contains.
    const isShortFragment = own.length <= 40 && !/[。；;]$/.test(own) && !HEADING_LIKE.test(entry.text.trim());
    if (isShortFragment || isSummary[index]) {
      const elsewhere = keys.some((other, otherIndex) => otherIndex !== index && other.length > own.length && other.includes(own));
      if (elsewhere) {
        dropped.push({ line: entry.line, text: entry.text, reason: isSummary[index] ? 'summary-repeat' : 'highlight-repeat' });
        return false;
      }
    }
    return true;
  });
  return { kept, dropped };
}

export interface CleanResult {
  lines: SourceLine[];
  dropped: DroppedLine[];
  title?: { text: string; line: number };
  meta: DocumentMeta;
  fingerprinted: boolean;
  repairs: Array<{ line: number } & Repair>;
  suspects: Array<{ line: number; word: string; likely: string; context: string }>;
  /** Table rows (table.ts); their lines are neither furniture nor prose. */
  tables: TableRow[];
}

export function cleanSource(raw: string): CleanResult {
  const rawLines = raw.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);

  // 1–2. Per-line normalisation and conversion.
  // A tab in copied text separates table cells: it becomes the readers' `|`.
  const converted = rawLines.map((text, index) => ({
    line: index + 1,
    text: toSimplified(removeInsertedPinyin(normalizeWidths(stripHtmlJunk(text.trim().replace(/\t+/g, ' | '))))).trim(),
  }));
  const fingerprinted = hasRoundTripFingerprint(converted.map((entry) => entry.text).join('\n'));
  const repairs: CleanResult['repairs'] = [];
  const suspects: CleanResult['suspects'] = [];
  for (const entry of converted) {
    const repaired = repairRoundTrip(entry.text, fingerprinted);
    entry.text = repaired.text;
    repairs.push(...repaired.repairs.map((repair) => ({ line: entry.line, ...repair })));
    if (fingerprinted) suspects.push(...findSuspectWords(entry.text).map((suspect) => ({ line: entry.line, ...suspect })));
  }

  // 3. Metadata first, then furniture.
  const meta = readDocumentMeta(converted);
  const sharedTitle = converted.map((entry) => titleFromSharedFileName(entry.text)).find(Boolean);
  const dropped: DroppedLine[] = [];
  const footerStart = findFooterStart(converted.map((entry) => entry.text));
  const disclosureLines = new Set(meta.disclosureLines);
  const tables = findTables(converted.filter((entry) => entry.text !== ''));
  let lines: SourceLine[] = [];
  converted.forEach((entry, index) => {
    if (tables.lines.has(entry.line)) return;
    if (entry.text === '') {
      if (rawLines[index]?.trim()) dropped.push({ line: entry.line, text: rawLines[index]?.trim() ?? '', reason: 'html' });
      return;
    }
    // A table row whose cells are prose (a progress table: 项目 | 内容 | 进展情况): each cell
    // is read as its own line, as when a table is flattened one cell per line.
    const proseCells = proseTableCells(entry.text);
    if (proseCells && !(footerStart !== -1 && index >= footerStart) && furnitureRuleFor(entry.text) !== 'spam') {
      for (const cell of proseCells) lines.push({ line: entry.line, text: cell, continues: false });
      return;
    }
    let reason: string | undefined;
    const rule = furnitureRuleFor(entry.text);
    // After the footer starts everything goes, named by its own rule when it is spam.
    if (footerStart !== -1 && index >= footerStart) reason = rule === 'spam' || rule === 'place-list' ? rule : 'footer';
    else if (disclosureLines.has(entry.line)) reason = 'disclosure';
    else if (meta.via?.line === entry.line && /^[（(]据/.test(entry.text)) reason = 'source-credit';
    else reason = rule;
    if (reason) dropped.push({ line: entry.line, text: entry.text, reason });
    else lines.push({ line: entry.line, text: entry.text, continues: false });
  });

  // 4. Page markers, then chunk numbers (a chunk number may be followed by a page marker).
  const rawTexts = lines.map((entry) => entry.text);
  lines = lines.map((entry) => ({ ...entry, text: removePageMarkers(entry.text).trim() }));
  lines = removeChunkNumbers(lines, rawTexts);
  lines = joinSplitNumbers(lines.filter((entry) => entry.text !== ''));

  // 5. Title (before repeats, which would drop a title the page prints twice): a shared
  // file's name, else the first line that reads like a title; its later copies are repeats.
  let title: CleanResult['title'];
  if (sharedTitle) {
    title = { text: sharedTitle, line: converted.find((entry) => entry.text.includes(sharedTitle))?.line ?? 1 };
    // The body often starts with the title run into the first sentence: take it off.
    const first = lines[0];
    if (first?.text.startsWith(sharedTitle)) lines[0] = { ...first, text: first.text.slice(sharedTitle.length) };
  } else {
    const index = findTitleLine(lines, datedAfterIn(converted.map((entry) => entry.text)));
    const found = lines[index];
    if (found) {
      title = { text: found.text, line: found.line };
      lines.splice(index, 1);
      lines = lines.filter((entry) => {
        if (entry.text !== found.text) return true;
        dropped.push({ line: entry.line, text: entry.text, reason: 'repeat' });
        return false;
      });
    }
  }

  // 6. Repeats.
  const repeats = dropRepeatedLines(lines);
  lines = repeats.kept;
  dropped.push(...repeats.dropped);

  dropped.sort((a, b) => a.line - b.line);
  return { lines, dropped, ...(title && { title }), meta, fingerprinted, repairs, suspects, tables: tables.rows };
}
