/**
 * Heading structure and paragraphs.
 *
 * Chinese official reports number their sections in a fixed hierarchy:
 *   一、        level 1
 *   （一） (一)  level 2   (a bullet line "● 养老服务" is treated as level 2 too)
 *   1.  1、     level 3
 *   一是 二是    inline points inside a paragraph (not split, only tracked for `where`)
 * A numbered line is often a heading run into its first sentence ("3.强化养老服务能力一是…");
 * headingEnd() decides where the heading stops. Documents converted from .doc may run
 * a 一、 heading into the middle of a paragraph; those are split out and reported, since
 * where such a heading ends is a guess.
 */
import type { Block, LineAnchor, ReviewItem, SectionPath, SourceLine } from './types.ts';

const CJK_NUMERAL = '[一二三四五六七八九十]';
const LEVEL_1 = new RegExp(`^(${CJK_NUMERAL}{1,3})、\\s*`);
const LEVEL_2 = new RegExp(`^[（(](${CJK_NUMERAL}{1,3})[)）]\\s*`);
const LEVEL_3 = /^(\d{1,2})[.．、](?!\d)\s*/;
const BULLET = /^[●■◆]\s*/;
/** A 一、 heading inside running text: right after the end of a sentence. */
const INLINE_LEVEL_1 = new RegExp(`(?<=[。；;！!？?])\\s*(?=${CJK_NUMERAL}{1,3}、)`, 'g');

/**
 * What begins the sentence after a run-on heading, so the heading ends before it: 一是, a
 * year followed by a comma ("2022年底,"), or an opener word whose clause ends in a comma
 * ("尽管…成效,"). Inside a real heading these are not followed by a comma.
 */
const SENTENCE_OPENERS = /(一是|(?:19|20)\d{2}\s*年(?:底|末|以来)?(?=[，,])|(?:截至|近年来|目前|尽管|根据|由于|虽然|随着|为了|据统计)(?=[^。，,]{0,24}[，,]))/;

/** A heading is a plan ("二、2023年工作打算和重点", "三、下一步的工作思路", "（三）意见和建议"). */
const PLAN_HEADING = /(打算|计划|思路|下一步|工作重点|主要任务|目标任务|今年.{0,6}(措施|安排|任务)|明年|^(意见和|对策)?建议$)/;

/** "我们将完成以下几项具体工作：": the paragraph after it lists plans. */
const PLAN_LEAD_IN = /(将|计划|打算|安排|任务).*[:：]$/;

/** Cuts a block's text and keeps each piece tied to its source line. */
export function sliceAnchored(text: string, anchors: readonly LineAnchor[], start: number, end: number): { text: string; anchors: LineAnchor[] } {
  const sliced: LineAnchor[] = [];
  for (const anchor of anchors) {
    if (anchor.start <= start) sliced[0] = { start: 0, line: anchor.line };
    else if (anchor.start < end) sliced.push({ start: anchor.start - start, line: anchor.line });
  }
  return { text: text.slice(start, end), anchors: sliced };
}

/** The source line of a position in a block. */
export function lineAt(anchors: readonly LineAnchor[], offset: number): number {
  let line = anchors[0]?.line ?? 0;
  for (const anchor of anchors) if (anchor.start <= offset) line = anchor.line;
  return line;
}

interface RawParagraph {
  text: string;
  anchors: LineAnchor[];
}

/** Lines → paragraphs: a line continues the previous paragraph when cleaning said so. */
function joinParagraphs(lines: readonly SourceLine[]): RawParagraph[] {
  const paragraphs: RawParagraph[] = [];
  for (const entry of lines) {
    const last = paragraphs[paragraphs.length - 1];
    if (entry.continues && last) {
      last.anchors.push({ start: last.text.length, line: entry.line });
      last.text += entry.text;
    } else {
      paragraphs.push({ text: entry.text, anchors: [{ start: 0, line: entry.line }] });
    }
  }
  return paragraphs;
}

/**
 * Where a numbered heading that runs into text ends, counted from after its number:
 * at its full stop, or before "一是"/a dated opener, when that comes within 45
 * characters and text follows; a short line without a full stop is a heading as a whole.
 * A numbered line that is one sentence ("2.截至2023年底，全区共有养老机构12家。") is a
 * list item, not a heading: -1. For level 1 and 2, a comma (not one inside a number)
 * within 40 characters may end a heading that runs into a sentence.
 */
export function headingEnd(rest: string, level: 1 | 2 | 3 = 1): number {
  const candidates: number[] = [];
  const stop = rest.search(/[。；;]/);
  if (stop !== -1 && stop < rest.length - 1) candidates.push(stop + 1);
  const opener = SENTENCE_OPENERS.exec(rest.slice(4));
  if (opener) candidates.push(opener.index + 4);
  const best = Math.min(...candidates);
  if (Number.isFinite(best) && best <= 46) return best;
  if (rest.length <= 45 && stop === -1) return rest.length;
  if (level === 3) return -1;
  const comma = rest.search(/(?<!\d)[，,]|[，,](?!\d)/);
  return comma !== -1 && comma <= 40 ? comma : -1;
}

/**
 * A heading found inside running text may have lost the brackets of its first
 * sub-point: "所作的主要工作一抢抓机遇". Cut before a numeral that starts such a point:
 * not in the first four characters, not part of a word (统一, 进一步, 一些, 一定 …).
 */
export function cutAtLostSubpoint(heading: string): number {
  const pattern = new RegExp(`(?<![统进第唯之万单逐同下])${CJK_NUMERAL}(?![步些定样直起般致体切同线批带旦律贯道次流站网门张份项个是、年号级])`, 'g');
  for (const match of heading.matchAll(pattern)) {
    if ((match.index ?? 0) >= 4) return match.index ?? -1;
  }
  return -1;
}

export function sectionWhere(section: SectionPath): string {
  return `${section.l1 ?? ''}${section.l2 ? `（${section.l2}）` : ''}${section.l3 ?? ''}`;
}

export interface Structure {
  blocks: Block[];
  review: ReviewItem[];
}

export function buildBlocks(lines: readonly SourceLine[]): Structure {
  const review: ReviewItem[] = [];

  // 1. Paragraphs, with 一、 headings that hide inside running text split out.
  const paragraphs: Array<RawParagraph & { inline: boolean }> = [];
  for (const paragraph of joinParagraphs(lines)) {
    const cuts = [0, ...[...paragraph.text.matchAll(INLINE_LEVEL_1)].map((match) => match.index ?? 0), paragraph.text.length];
    for (let index = 0; index < cuts.length - 1; index += 1) {
      const piece = sliceAnchored(paragraph.text, paragraph.anchors, cuts[index] ?? 0, cuts[index + 1] ?? 0);
      const text = piece.text.trimStart();
      const shift = piece.text.length - text.length;
      if (text === '') continue;
      paragraphs.push({ text, anchors: piece.anchors.map((a, i) => ({ start: i === 0 ? 0 : a.start - shift, line: a.line })), inline: index > 0 });
    }
  }

  // 2. Headings and the section path.
  const blocks: Block[] = [];
  const section: SectionPath = {};
  const plans: Array<Block['planSection'] | undefined> = [undefined, undefined, undefined, undefined];
  let afterLeadIn = false;

  const currentPlan = (): Block['planSection'] | undefined => plans.slice(1).reverse().find(Boolean);
  const push = (block: Omit<Block, 'section'>): void => {
    const plan = currentPlan();
    blocks.push({ ...block, section: { ...section }, ...(plan && { planSection: plan }) });
  };

  for (const paragraph of paragraphs) {
    const { text, anchors } = paragraph;
    const level1 = LEVEL_1.exec(text);
    const level2 = LEVEL_2.exec(text);
    const level3 = LEVEL_3.exec(text);
    const bullet = BULLET.exec(text);
    const match = level1 ?? level2 ?? level3 ?? bullet;
    const level: 1 | 2 | 3 | undefined = level1 ? 1 : level2 ? 2 : level3 ? 3 : bullet ? 2 : undefined;

    if (!match || !level) {
      push({ kind: 'paragraph', text, anchors, ...(afterLeadIn && { afterPlanLeadIn: true }) });
      afterLeadIn = PLAN_LEAD_IN.test(text.trim());
      continue;
    }
    afterLeadIn = false;
    const marker = match[1] ?? '';
    const rest = text.slice(match[0].length);
    // A bullet line with a whole sentence is a list item, not a heading.
    if (bullet && (rest.length > 30 || /[。；;]/.test(rest))) {
      push({ kind: 'paragraph', text: rest, anchors: sliceAnchored(text, anchors, match[0].length, text.length).anchors });
      continue;
    }
    let end = headingEnd(rest, level);
    if (paragraph.inline && end > 0) {
      const cut = cutAtLostSubpoint(rest.slice(0, end));
      if (cut > 0) end = cut;
    }
    const line = lineAt(anchors, 0);
    if (paragraph.inline) {
      review.push({ line, topic: 'structure', text: `Heading ${marker}、 was found inside running text; check where it ends: “${rest.slice(0, Math.max(end, 12))}…”` });
    }
    if (end <= 0) {
      // A numbered list item (level 3) is an ordinary paragraph; a section heading that
      // cannot be told from its text is worth a look.
      if (level < 3) review.push({ line, topic: 'structure', text: `Could not tell where heading ${marker} ends; kept as a paragraph: “${rest.slice(0, 30)}…”` });
      end = 0;
    }

    // Update the section path and the plan context before pushing the heading.
    if (level === 1) {
      section.l1 = marker;
      delete section.l2;
      delete section.l3;
    } else if (level === 2) {
      if (bullet) delete section.l2;
      else section.l2 = marker;
      delete section.l3;
    } else {
      section.l3 = marker;
    }
    for (let deeper = level; deeper < plans.length; deeper += 1) plans[deeper] = undefined;
    const headingText = rest.slice(0, end).replace(/[。；;，,]$/, '');
    // Only section headings (levels 1 and 2) declare a plan; a numbered point such as
    // "4.…三年专项行动计划" names a plan without making its section one.
    if (level <= 2 && PLAN_HEADING.test(headingText)) {
      const year = /((?:19|20)\d{2})\s*年/.exec(headingText)?.[1];
      const number = !marker || bullet ? '' : level === 1 ? `${marker}、` : `（${marker}）`;
      plans[level] = { heading: `${number}${headingText}`, ...(year && { year }) };
    }

    const headingSlice = sliceAnchored(text, anchors, match[0].length, match[0].length + end);
    if (end > 0) {
      push({ kind: 'heading', level, marker: bullet ? '' : marker, text: headingSlice.text.replace(/[。；;，,]$/, ''), anchors: headingSlice.anchors });
    }
    const bodyStart = match[0].length + end;
    const body = sliceAnchored(text, anchors, bodyStart, text.length);
    const trimmed = body.text.replace(/^[，,。；;\s]+/, '');
    if (trimmed !== '') {
      const shift = body.text.length - trimmed.length;
      push({
        kind: 'paragraph',
        text: trimmed,
        anchors: body.anchors.map((a, i) => ({ start: i === 0 ? 0 : a.start - shift, line: a.line })),
      });
      afterLeadIn = PLAN_LEAD_IN.test(trimmed.trim());
    }
  }
  return { blocks, review };
}
