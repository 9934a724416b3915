/** Messages: Traditional edition: data/hant-exceptions.yaml (src/lib/load/hant-exceptions.ts) */
import { type MessageParams, type Text, type Catalogue, q, qe } from './text.ts';

export const HANT_MESSAGES = {
  'hant-term-no-han': (p: MessageParams): Text => ({
    zh: `例外词 ${q(p.found)} 不含汉字，繁体转换本来就不会改动它。请删除这一条，或写成简体原文中的词语。`,
    en: `The exception ${qe(p.found)} has no Chinese characters, so conversion to Traditional never changes it. Delete the entry, or write the term as the Simplified text has it.`,
  }),
  'hant-term-duplicate': (p: MessageParams): Text => ({
    zh: `例外词 ${q(p.found)} 重复列出。请删除重复的一条。`,
    en: `The exception ${qe(p.found)} is listed twice. Delete the repeated entry.`,
  }),
} satisfies Catalogue;
