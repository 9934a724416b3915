/**
 * Adding a bureau to data/bureaus.yaml, shared by `npm run new` and `npm run import`.
 * The entry is appended (the file is never rewritten, so other entries, comments and
 * concurrent edits are untouched). What the flags do not give is written as TODO: the
 * `level` placeholder is deliberately invalid, so `npm run validate` points at it until
 * the editor decides.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readProjectYaml } from '../lib/load/project-yaml.ts';
import { entryExists } from '../lib/load/read-file.ts';
import { LEVELS } from '../schemas/bureau.ts';

export { LEVELS, type Level } from '../schemas/bureau.ts';

export const BUREAU_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function bureauIds(root: string): Set<string> {
  const path = join(root, 'data', 'bureaus.yaml');
  if (!entryExists(path)) return new Set();
  const data = readProjectYaml(root, path);
  return new Set(data && typeof data === 'object' ? Object.keys(data) : []);
}

export interface BureauFlags {
  zhName?: string | undefined;
  enName?: string | undefined;
  level?: string | undefined;
}

function quoted(text: string): string {
  return JSON.stringify(text);
}

/** The YAML entry for a new bureau, with TODO where a flag is missing. */
export function bureauStub(id: string, flags: BureauFlags): string {
  if (flags.level !== undefined && !(LEVELS as readonly string[]).includes(flags.level)) {
    throw new Error(`--level must be one of ${LEVELS.join(', ')}; got "${flags.level}".`);
  }
  const zhName = flags.zhName?.trim();
  const enName = flags.enName?.trim();
  // 南昌市东湖区民政局 → 东湖区 is a guess at the short name; always left for the editor to check.
  const zhShort = zhName?.replace(/民政局$/, '').replace(/^.+?市(?=.+[区县])/, '');
  const lines = [
    `${id}:    # added by npm run new/import; TODO: check every field, then delete this comment`,
    `  name: { zh: ${quoted(zhName || 'TODO 机构全称')}, en: ${quoted(enName || 'TODO full English name')} }`,
    `  short: { zh: ${quoted(zhShort || 'TODO 简称')}, en: ${quoted('TODO short English name')} }`,
    flags.level
      ? `  level: ${flags.level}`
      : `  level: TODO    # one of: ${LEVELS.join(' · ')} (left invalid on purpose until decided)`,
    '  # region_code: "000000"    # TODO: GB/T 2260 code, quoted; delete the line if unknown',
    '  # parent: <bureau id>      # optional',
    '  fictional: false    # TODO: true for a demonstration or benchmark publisher',
  ];
  return `${lines.join('\n')}\n`;
}

/** Appends the entry; returns false (and writes nothing) when the id is already there. */
export function addBureau(root: string, id: string, flags: BureauFlags): boolean {
  if (bureauIds(root).has(id)) return false;
  const path = join(root, 'data', 'bureaus.yaml');
  const stub = bureauStub(id, flags);
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
  appendFileSync(path, `${separator}${stub}`, 'utf8');
  return true;
}
