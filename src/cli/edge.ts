/**
 * The edge of every command (validate, build, new, import): imported first, for its
 * effect, so that nothing thrown anywhere reaches the user as a stack trace. Problems in
 * the input arrive as issues (InvalidSiteError) and are listed; a bad option or a path
 * that cannot be accessed is told in both languages; anything else is a bug, reported in
 * one line with its message and a request to report it. Exit code 1.
 */
import { formatIssues, InvalidSiteError } from '../lib/issues.ts';
import { MESSAGES } from '../lib/messages.ts';

/** What to print for an error that ended a command: zh and en, never a stack. */
export function describeFailure(error: unknown): string {
  if (error instanceof InvalidSiteError) return formatIssues(error.issues);
  const failure = error as NodeJS.ErrnoException;
  const text =
    failure?.code?.startsWith('ERR_PARSE_ARGS')
      ? MESSAGES['bad-option']({ detail: failure.message })
      : failure?.code && failure.syscall
        ? MESSAGES['file-access']({ found: failure.path ?? failure.syscall, reason: failure.code })
        : MESSAGES['internal-error']({ detail: error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error) });
  return `${text.zh}\n${text.en}`;
}

function end(error: unknown): void {
  console.error(describeFailure(error));
  process.exit(1);
}

process.on('uncaughtException', end);
process.on('unhandledRejection', end);
