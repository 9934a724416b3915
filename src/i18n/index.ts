import type { Locale } from '../schemas/common.ts';
import { en } from './en.ts';
import { zh, type UiKey, type UiStrings } from './zh.ts';

const dictionaries: Record<Locale, UiStrings> = { zh, en };

/** A UI string in the given locale, with {placeholders} filled. */
export function t(lang: Locale, key: UiKey, values: Record<string, string | number> = {}): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

export const HTML_LANG: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };
export type { UiKey };
