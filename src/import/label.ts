/**
 * The subject of a figure as the text names it, used to match the catalog and to name a
 * proposed indicator. It is the figure's clause with numbers, units and filler words
 * taken out, narrowed when the clause lists several figures:
 *   "累计建成城市社区养老服务设施3132个"                → 建成城市社区养老服务设施
 *   "建成区县社会工作指导中心41个、镇街社会工作站620个" → 建成区县社会工作指导中心 / 镇街社会工作站
 *   "低保、特困供养标准分别提高至855元…,1120元…"      → 低保标准 / 特困供养标准
 * When a clause only holds numbers ("…321人次,119.95万元") the figure takes the label of
 * the figure before it in the same sentence.
 */
import type { ExtractedFigure } from './types.ts';

/** Words before a figure that say nothing about what it counts. */
const LEADING_FILLER = /^([一二三四五六七八九十]是|将|而|截至目前|截至|目前|全市|全区|全县|我区|我市|全省|共有|共计|累计|共|已经|已|先后|其中|仅|只有|并|现有|各类|分别|具体来看|此外|同时|据统计|为|对|向|按|从|由)+/;
const TRAILING_FILLER = /(分别达到|分别达|分别|共|达到|达|为|约有|仅|只有|的|到|至|提高至|缩小到|压缩到)+$/;
/** "到2025年", "截至2017年底", "1-11月": when, not what. */
const LEADING_DATE = /^(到|截至|截止)?\s*(((19|20)\d{2}\s*年)?(\d{1,2}\s*[-至]?\s*\d{0,2}\s*月)?(底|末)?)(?<=年|月|底|末)/;
/** The head noun a list shares: "街道养老服务中心、社区养老服务站社会化运营率" → 社会化运营率. */
const SHARED_HEAD = /(社会化运营率|运营率|覆盖率|标准|人数|金额|比例|数)$/;

/** Removes the figures' own expressions (digits that are not figures, like 60岁, stay). */
function strip(text: string, expressions: readonly string[] = []): string {
  let result = text;
  for (const expression of expressions) result = result.split(expression).join('');
  return result
    .replace(/[“”‘’"《》()（）\s]/g, '')
    .replace(LEADING_DATE, '')
    .replace(LEADING_FILLER, '')
    .replace(/[.。,，;；:：、]+$/, '')
    .replace(TRAILING_FILLER, '');
}

/**
 * The figure's own item in a list inside its clause. Items are separated by 、, or set
 * off in brackets that hold figures themselves ("设施95家(城镇社区…中心74家,…21家)");
 * brackets around words ("村(社区)社会工作室") are part of the item.
 */
function ownSegment(figure: ExtractedFigure, clauseStartInBlock: number, blockText: string): string {
  const clause = blockText.slice(clauseStartInBlock, clauseStartInBlock + figure.clause.length);
  const separators = new Set<number>();
  for (const [index, char] of [...clause].entries()) if (char === '、') separators.add(index);
  for (const pair of clause.matchAll(/[(（]([^()（）]*)[)）]?/g)) {
    if (!/\d/.test(pair[1] ?? '')) continue;
    const open = pair.index ?? 0;
    separators.add(open);
    if (/[)）]$/.test(pair[0])) separators.add(open + pair[0].length - 1);
  }
  const offset = figure.start - clauseStartInBlock;
  const endOffset = figure.end - clauseStartInBlock;
  const before = Math.max(-1, ...[...separators].filter((index) => index < offset));
  const after = Math.min(clause.length, ...[...separators].filter((index) => index >= endOffset));
  return clause.slice(before + 1, after);
}

export function assignLabels(figures: ExtractedFigure[], blockTexts: readonly string[]): void {
  figures.forEach((figure, index) => {
    // Longest first, so removing "5家" cannot eat into "95家".
    const expressions = figures
      .filter((other) => other.block === figure.block && other.sentence === figure.sentence)
      .map((other) => other.written)
      .sort((a, b) => b.length - a.length);
    const blockText = blockTexts[figure.block] ?? '';
    const clauseStart = blockText.lastIndexOf(figure.clause, figure.start);

    // 分别: the n-th figure after 分别 in the sentence belongs to the n-th listed subject.
    const respectively = /([^，,。；;：:]*)分别/.exec(figure.sentence);
    if (respectively) {
      const subjects = (respectively[1] ?? '').split('、').map((subject) => strip(subject, expressions)).filter(Boolean);
      const sentenceStart = blockText.lastIndexOf(figure.sentence, figure.start);
      const afterRespectively = sentenceStart + (respectively.index ?? 0) + respectively[0].length;
      const siblings = figures.filter((other) => other.block === figure.block && other.start >= afterRespectively && other.sentence === figure.sentence);
      const position = siblings.indexOf(figure);
      const subject = subjects[position];
      if (subjects.length >= 2 && subject) {
        const head = SHARED_HEAD.exec(subjects[subjects.length - 1] ?? '')?.[1] ?? '';
        figure.label = subject.endsWith(head) ? subject : `${subject}${head}`;
        return;
      }
    }

    // A 、-list with one figure per item: the figure's own item; else the clause.
    const othersInClause = figures.filter((other) => other !== figure && other.block === figure.block && other.clause === figure.clause);
    const useSegment = othersInClause.length > 0 && clauseStart !== -1;
    const scope = useSegment ? ownSegment(figure, clauseStart, blockText) : figure.clause;
    const scopeStart = useSegment ? blockText.indexOf(scope, clauseStart) : clauseStart;
    let label: string;
    if (scopeStart === -1) {
      label = strip(scope, expressions);
    } else {
      // The words before the number name it ("养老床位20.7万张"); when they run long and
      // a noun follows the unit ("打造…中心2个精神障碍社区康复服务站"), the noun does.
      const before = strip(blockText.slice(scopeStart, figure.start), expressions);
      const after = strip(blockText.slice(figure.end, scopeStart + scope.length), expressions);
      // Words between this figure and the next one in the clause name the next one
      // ("投入20_0多万元其中争取上级补助资金800多万元").
      const anotherFollows = othersInClause.some((other) => other.start >= figure.end && other.start < scopeStart + scope.length);
      const afterIsNoun = !anotherFollows && after.length >= 2 && !/^(已|于|并|均|全|正|将|被|在|为|的|以|后|前|等|之|达|共)/.test(after);
      if (before.length <= 14) label = `${before}${afterIsNoun ? after : ''}`;
      else label = afterIsNoun && figure.unit !== '' && !figure.unit.startsWith('元') ? after : before.slice(-18).replace(/^[\d_.,%年月日]+/, '');
    }
    if (label.length < 2) label = strip(figure.clause, expressions);
    if (label.length < 2) {
      const previous = figures[index - 1];
      if (previous && previous.block === figure.block && previous.sentence === figure.sentence) label = previous.label;
    }
    figure.label = label.slice(0, 30);
  });
}
