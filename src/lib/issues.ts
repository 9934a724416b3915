/**
 * Problems found in a bureau's input, and how they are told to an editor.
 *
 * Every problem names the file, line and column, the field, what was found and what was
 * expected, and how to fix it, in Chinese and English. The wording lives in one place
 * (messages.ts) so the CLI, the Astro build and the dev server all say the same thing.
 */
import { MESSAGES, type MessageCode, type MessageParams } from './messages.ts';

export interface Issue {
  /** Path relative to the site root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  /** Dotted field path inside the file ("figures.dibao-standard.value"), or "" for the file. */
  field: string;
  code: MessageCode;
  params: MessageParams;
}

export type IssueLanguage = 'zh' | 'en' | 'both';

export function describeIssue(issue: Issue): { zh: string; en: string } {
  return MESSAGES[issue.code](issue.params);
}

export function formatIssue(issue: Issue, language: IssueLanguage = 'both'): string {
  const where = `${issue.file}:${issue.line}:${issue.column}${issue.field ? `  ${issue.field}` : ''}`;
  const text = describeIssue(issue);
  const lines = language === 'both' ? [text.zh, text.en] : [text[language]];
  return [where, ...lines.map((line) => `  ${line}`)].join('\n');
}

export function formatIssues(issues: readonly Issue[], language: IssueLanguage = 'both'): string {
  const sorted = sortIssues(issues);
  const count = sorted.length;
  const heading =
    language === 'en'
      ? `Annals found ${count} problem${count === 1 ? '' : 's'}; nothing was built.`
      : language === 'zh'
        ? `Annals 发现 ${count} 处问题，未生成网站。`
        : `Annals 发现 ${count} 处问题，未生成网站。 / Annals found ${count} problem${count === 1 ? '' : 's'}; nothing was built.`;
  return [heading, '', ...sorted.map((issue) => formatIssue(issue, language)).flatMap((block) => [block, ''])].join('\n');
}

export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
  );
}

/** Thrown by the build when validation fails; carries the issues for callers and tests. */
export class InvalidSiteError extends Error {
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[]) {
    super(formatIssues(issues));
    this.name = 'InvalidSiteError';
    this.issues = issues;
  }
}
