/**
 * Traditional → simplified conversion, and repair of the damage a bad
 * simplified → traditional → simplified round trip leaves behind.
 *
 * Conversion uses opencc-js with the Taiwan preset (`tw` → `cn`): it also folds variant
 * characters, so 著力 becomes 着力 (the plain `t` preset keeps 著). On text that is
 * already simplified it changes nothing, so it is safe to run on every input.
 *
 * Repair is deliberately narrow. The round trip replaces whole words by "synonyms"
 * (服務→效勞, 基礎→根底, 提高→進步, 若干→假設干, 發展→開展, 建設→建立), but 开展, 建立
 * and 进步 are also ordinary words that a clean document uses correctly. So:
 *   - words that never occur in modern official prose (效劳, 假设干) are always repaired;
 *   - the other words are repaired only when the document carries the fingerprint of
 *     the round trip (效劳 or 假设干 or 根底 occurs in it), and then only in fixed
 *     collocations listed below, each with the reason it cannot be the genuine word;
 *   - everything else that looks damaged is left as written and reported for review.
 */
import * as OpenCC from 'opencc-js';

const traditionalToSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

export function toSimplified(text: string): string {
  return traditionalToSimplified(text);
}

export interface RepairRule {
  /** What the rule finds. Global regexes; lookarounds keep the match to the damaged word. */
  pattern: RegExp;
  replacement: string;
  /** Why this replacement cannot hit a genuine use of the word. */
  why: string;
}

/** Applied to every document: these strings are not words of modern official Chinese. */
export const ALWAYS_SAFE_REPAIRS: readonly RepairRule[] = [
  { pattern: /效劳/g, replacement: '服务', why: '效劳 (to serve a master) does not occur in official prose; it is 服務 sent through 效勞.' },
  { pattern: /假设干/g, replacement: '若干', why: '假设干 is not a word; it is 若干 split into 若→假設 + 干.' },
];

/** Applied only to documents that show the round-trip fingerprint (see hasRoundTripFingerprint). */
export const FINGERPRINTED_REPAIRS: readonly RepairRule[] = [
  { pattern: /根底/g, replacement: '基础', why: '根底 (a person\'s grounding) is not used for policy foundations (奠定基础, 基础保障).' },
  // 建立 → 建设: 建立 is a verb that needs an object (建立制度). Where it is used as a noun
  // after the thing being built, or ends a clause with nothing built, it is 建设.
  { pattern: /建立(?=情况)/g, replacement: '建设', why: '"X建设情况" is the set phrase; 建立 takes an object and cannot head 情况.' },
  { pattern: /(?<=体系)建立/g, replacement: '建设', why: '体系 before 建立 makes it a noun compound (体系建设); the verb order would be 建立体系.' },
  { pattern: /(?<=队伍)建立/g, replacement: '建设', why: '队伍建设 is the set phrase; the verb order would be 建立队伍.' },
  { pattern: /(?<=经济)建立/g, replacement: '建设', why: '经济建立 is not a phrase; 经济建设 is.' },
  { pattern: /建立(?=力度|机遇)/g, replacement: '建设', why: '力度/机遇 qualify an ongoing 建设, never the one-off act of 建立.' },
  {
    pattern: /(?<!已|已经|得到|得以|正式|初步|全面|逐步|基本)建立(?=[，,。；;])/g,
    replacement: '建设',
    why: '建立 ending a clause has no object, so it is used as a noun (机构建设); passive uses (已建立) are excluded.',
  },
  // 开展 → 发展: 开展 takes activities (开展活动, 开展试点). Industries, institutions and
  // teams are not "carried out", they are developed.
  { pattern: /开展(?=(?:养老)?服务业|产业|事业)/g, replacement: '发展', why: 'an industry (服务业, 产业, 事业) is developed (发展), never carried out (开展).' },
  { pattern: /(?<=服务业)开展/g, replacement: '发展', why: '服务业发展 is the set phrase (养老服务业发展规划).' },
  { pattern: /开展(?=(?:民营|民办)机构)/g, replacement: '发展', why: 'institutions are developed; 开展 cannot take 机构 as object.' },
  { pattern: /开展(?=[^，,。；;]{0,2}队伍[，,。；;])/g, replacement: '发展', why: '开展 + a team ending the clause (开展专业队伍。) can only be 发展.' },
  // 进步 → 提高: the noun 进步 (progress) cannot take an object; 提高 + ability/level is the phrase.
  { pattern: /进步(?=[^，,。；;]{0,12}(?:能力|才能|程度|水平|质量|效率))/g, replacement: '提高', why: '进步 is a noun or intransitive verb; followed by what is raised (…水平/程度) it is 提高.' },
];

/**
 * Words a round trip also damages but that are too often genuine to repair automatically.
 * They are only reported, with the likely original, when the document is fingerprinted.
 */
export const SUSPECT_WORDS: ReadonlyArray<{ word: string; likely: string }> = [
  { word: '建立', likely: '建设' },
  { word: '开展', likely: '发展' },
  { word: '进步', likely: '提高' },
  { word: '才能', likely: '能力' },
  { word: '比拟', likely: '比较' },
  { word: '方案', likely: '计划' },
  { word: '根本', likely: '基本' },
  { word: '进展', likely: '进行' },
  { word: '施行', likely: '实施' },
];

/** 效劳, 假设干 and 根底 only appear after the round trip; one of them marks the document. */
export function hasRoundTripFingerprint(text: string): boolean {
  return /效劳|假设干|根底/.test(text);
}

export interface Repair {
  from: string;
  to: string;
  why: string;
}

/** Repairs one line; returns the text and what was changed, for the review list. */
export function repairRoundTrip(text: string, fingerprinted: boolean): { text: string; repairs: Repair[] } {
  const repairs: Repair[] = [];
  const rules = fingerprinted ? [...ALWAYS_SAFE_REPAIRS, ...FINGERPRINTED_REPAIRS] : ALWAYS_SAFE_REPAIRS;
  let result = text;
  for (const rule of rules) {
    result = result.replace(rule.pattern, (found) => {
      repairs.push({ from: found, to: rule.replacement, why: rule.why });
      return rule.replacement;
    });
  }
  return { text: result, repairs };
}

/** Suspect words left in a repaired line, for the review list. */
export function findSuspectWords(text: string): Array<{ word: string; likely: string; context: string }> {
  const found: Array<{ word: string; likely: string; context: string }> = [];
  for (const { word, likely } of SUSPECT_WORDS) {
    let index = text.indexOf(word);
    while (index !== -1) {
      found.push({ word, likely, context: text.slice(Math.max(0, index - 8), index + word.length + 8) });
      index = text.indexOf(word, index + word.length);
    }
  }
  return found;
}
