/**
 * The edge of every command (validate, build, new, import): imported first, for its
 * effect, so that nothing thrown anywhere reaches the user as a stack trace. What is
 * printed instead is describeFailure's; the exit code is 1.
 */
import { describeFailure } from './describe-failure.ts';

function end(error: unknown): void {
  console.error(describeFailure(error));
  process.exit(1);
}

process.on('uncaughtException', end);
process.on('unhandledRejection', end);
