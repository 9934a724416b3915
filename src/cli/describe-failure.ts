/**
 * What a command prints for an error that ended it: zh and en, never a stack. Problems in
 * the input arrive as issues (InvalidSiteError) and are listed; a bad option or a path
 * that cannot be accessed is told as such; anything else is a bug, reported in one line
 * with its message and a request to report it.
 */
import { formatIssues, InvalidSiteError } from '../lib/issues.ts';
import { MESSAGES } from '../lib/messages.ts';

export function describeFailure(error: unknown): string {
  if (error instanceof InvalidSiteError) return formatIssues(error.issues);
  const failure = error as NodeJS.ErrnoException | undefined;
  const text =
    failure?.code?.startsWith('ERR_PARSE_ARGS')
      ? MESSAGES['bad-option']({ detail: failure.message })
      : failure?.code && failure.syscall
        ? MESSAGES['file-access']({ found: failure.path ?? failure.syscall, reason: failure.code })
        : MESSAGES['internal-error']({ detail: error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error) });
  return `${text.zh}\n${text.en}`;
}
