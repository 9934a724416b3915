/**
 * What every message catalogue shares: the parameters a message quotes, its zh and en text,
 * and the quoting conventions (Chinese “…” in zh, straight "…" in en).
 */
export type MessageParams = Record<string, string>;

export interface Text {
  zh: string;
  en: string;
}

/** One area's messages: code → the zh and en text for the values it quotes. */
export type Catalogue = Record<string, (params: MessageParams) => Text>;

/** Quotes a value in Chinese text. */
export const q = (text: string | undefined): string => `“${text ?? ''}”`;
/** Quotes a value in English text. */
export const qe = (text: string | undefined): string => `"${text ?? ''}"`;
