/**
 * The catalogue of validation messages: what is wrong and how to fix it, in zh and en.
 * Each entry receives the values it quotes (what was found, what is allowed). The messages
 * live by area in src/lib/messages/; a code is defined in one area only
 * (tests/unit/validation/messages.test.ts has a case per code).
 */
import { FIELD_MESSAGES } from './messages/fields.ts';
import { VALUE_MESSAGES } from './messages/values.ts';
import { REFERENCE_MESSAGES } from './messages/references.ts';
import { BUILD_MESSAGES } from './messages/build.ts';
import { FACT_MESSAGES } from './messages/facts.ts';
import { NARRATIVE_MESSAGES } from './messages/narratives.ts';
import { FILE_MESSAGES } from './messages/files.ts';
import { WARNING_MESSAGES } from './messages/warnings.ts';
import { HANT_MESSAGES } from './messages/hant.ts';
import { STATISTICS_MESSAGES } from './messages/statistics.ts';
import { IMPORT_MESSAGES } from './messages/import.ts';
import { SHARD_MESSAGES } from './messages/shard.ts';

export type { MessageParams } from './messages/text.ts';

export const MESSAGES = {
  ...FIELD_MESSAGES,
  ...VALUE_MESSAGES,
  ...REFERENCE_MESSAGES,
  ...BUILD_MESSAGES,
  ...FACT_MESSAGES,
  ...NARRATIVE_MESSAGES,
  ...FILE_MESSAGES,
  ...WARNING_MESSAGES,
  ...HANT_MESSAGES,
  ...STATISTICS_MESSAGES,
  ...IMPORT_MESSAGES,
  ...SHARD_MESSAGES,
};

export type MessageCode = keyof typeof MESSAGES;
