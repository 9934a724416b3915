/**
 * Traditional → Simplified Chinese for search queries, with opencc-js's smallest set of
 * dictionaries: Taiwan and Hong Kong variant characters back to the OpenCC standard
 * (台/臺, 着/著 …), then OpenCC's traditional → simplified phrases and characters (the
 * "t → cn" conversion, phrase-aware: 乾燥 → 干燥 but 乾隆 stays). The search page imports
 * this lazily, only for a query with characters the site's Simplified text never uses.
 *
 * Takes any text, returns it with traditional characters replaced; other text unchanged.
 */
import { ConverterFactory } from 'opencc-js/core';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';

export const toSimplified: (text: string) => string = ConverterFactory([TWVariantsRev, HKVariantsRev], [TSPhrases, TSCharacters]);
