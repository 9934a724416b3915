/** Messages: the shape of editors' YAML: syntax, fields, types, ids, dates and changes. */
import { type MessageParams, type Text, type Catalogue, q, qe } from './text.ts';

export const FIELD_MESSAGES = {
  'yaml-syntax': (p: MessageParams): Text => ({
    zh: `YAML 语法错误：${p.detail}。请检查这一行的缩进、冒号和引号。`,
    en: `YAML syntax error: ${p.detail}. Check the indentation, colons and quotes on this line.`,
  }),
  'duplicate-key': (p: MessageParams): Text => ({
    zh: `键 ${q(p.key)} 重复出现。同一层级每个键只能写一次：请删除或合并其中一处。`,
    en: `The key ${qe(p.key)} appears twice. Each key may appear once at its level: delete or merge one of them.`,
  }),
  'unknown-field': (p: MessageParams): Text => ({
    zh: `未知字段 ${q(p.key)}。${p.suggestion ? `是否想写 ${q(p.suggestion)}？` : ''}可用字段：${p.allowed}。`,
    en: `Unknown field ${qe(p.key)}. ${p.suggestion ? `Did you mean ${qe(p.suggestion)}? ` : ''}Allowed fields: ${p.allowed}.`,
  }),
  'unquoted-comma': (p: MessageParams): Text => ({
    zh: `多出的 ${q(p.key)} 像是被英文逗号截断的文字。在 { zh: …, en: … } 里，含逗号的文字要加引号，例如 en: "Beds per 1,000 older people"。`,
    en: `The extra ${qe(p.key)} looks like text cut off at a comma. Inside { zh: …, en: … }, quote text that contains a comma, e.g. en: "Beds per 1,000 older people".`,
  }),
  'missing-field': (p: MessageParams): Text => ({
    zh: `缺少必填字段 ${q(p.key)}。请补上它（见 docs/data-format.md）。`,
    en: `The required field ${qe(p.key)} is missing. Add it (see docs/data-format.md).`,
  }),
  'empty-field': (p: MessageParams): Text => ({
    zh: `${q(p.key)} 是空的，这里应是${p.expectedZh}。请填写内容${p.key === 'figures' ? '（每份报告至少一个数据，格式见 docs/data-format.md）' : ''}，或删除这一行。`,
    en: `${qe(p.key)} is empty; it should hold ${p.expectedEn}. Fill it in${p.key === 'figures' ? ' (a report needs at least one figure; see docs/data-format.md)' : ''}, or delete the line.`,
  }),
  'missing-translation': (p: MessageParams): Text => ({
    zh: `${q(p.key)} 缺少${p.lang === 'en' ? '英文' : '中文'}内容。名称必须同时有中文（zh）和英文（en）。`,
    en: `${qe(p.key)} has no ${p.lang === 'en' ? 'English' : 'Chinese'} text. Names need both a Chinese (zh) and an English (en) form.`,
  }),
  'wrong-type': (p: MessageParams): Text => ({
    zh: `这里应是${p.expectedZh}，实际是${p.foundZh}。`,
    en: `Expected ${p.expectedEn} here, found ${p.foundEn}.`,
  }),
  'invalid-option': (p: MessageParams): Text => ({
    zh: `${q(p.found)} 不是可选值。请改为以下之一：${p.options}。`,
    en: `${qe(p.found)} is not an allowed value. Use one of: ${p.options}.`,
  }),
  'bad-id': (p: MessageParams): Text => ({
    zh: `标识 ${q(p.found)} 不合规。标识只能用小写英文字母、数字和连字符，例如 eldercare-beds。`,
    en: `The id ${qe(p.found)} is not valid. Ids use lowercase letters, digits and hyphens only, e.g. eldercare-beds.`,
  }),
  'bad-date': (p: MessageParams): Text => ({
    zh: `${q(p.found)} 不是有效日期。请写成 YYYY、YYYY-MM 或 YYYY-MM-DD，例如 2023-03-17。`,
    en: `${qe(p.found)} is not a valid date. Write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2023-03-17.`,
  }),
  'bad-period': (p: MessageParams): Text => ({
    zh: `${q(p.found)} 不是有效日期或时段。请写成 2022、2022-11、2022-11-30，或时段 2022-01/2022-11。`,
    en: `${qe(p.found)} is not a valid date or period. Write 2022, 2022-11, 2022-11-30, or a period 2022-01/2022-11.`,
  }),
  'period-order': (p: MessageParams): Text => ({
    zh: `时段 ${q(p.found)} 的开始晚于结束。请把较早的日期写在斜杠前。`,
    en: `The period ${qe(p.found)} starts after it ends. Put the earlier date before the slash.`,
  }),
  'bad-timestamp': (p: MessageParams): Text => ({
    zh: `${q(p.found)} 不是有效的生成日期。请写成 2023-03-17 或 2023-03-17 14:45。`,
    en: `${qe(p.found)} is not a valid date. Write 2023-03-17 or 2023-03-17 14:45.`,
  }),
  'bad-year': (p: MessageParams): Text => ({
    zh: `${q(p.found)} 不是有效年份。请写 1949 年至明年之间的年份（四位数字），例如 2022。`,
    en: `${qe(p.found)} is not a valid year. Write a year from 1949 to next year, in four digits, such as 2022.`,
  }),
  'bad-url': (p: MessageParams): Text => ({
    zh: `${q(p.found)} 不是有效网址。请写以 https:// 或 http:// 开头的完整网址，未知时删去此字段。`,
    en: `${qe(p.found)} is not a valid URL. Write a full address starting with https:// or http://, or remove the field when unknown.`,
  }),
  'bad-region-code': (p: MessageParams): Text => ({
    zh: `行政区划代码 ${q(p.found)} 应为六位数字，并加引号，例如 "360102"。`,
    en: `The region code ${qe(p.found)} must be six digits, in quotes, e.g. "360102".`,
  }),
  'bad-change': (p: MessageParams): Text => ({
    zh: `增幅 ${q(p.found)} 应写成原文的百分比，例如 "7.6%"。`,
    en: `The reported change ${qe(p.found)} must be the percentage as written, e.g. "7.6%".`,
  }),
  'change-empty': (): Text => ({
    zh: 'change 至少要有 reported（如 "7.6%"）或 from（起始值）之一。',
    en: 'A change needs at least reported (e.g. "7.6%") or from (the earlier value).',
  }),
} satisfies Catalogue;
