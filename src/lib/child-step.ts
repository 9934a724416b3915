/**
 * A build step in a process of its own (rendering, search indexing), so that its memory is
 * the operating system's again the moment it ends: the next step starts from nothing.
 *
 * Parent side `runChild`; child side `answerParent`. The child answers with one message,
 * `{ value }` or `{ error }` (a one-line message, never a stack), and runs as a process
 * group of its own, so one signal ends it and whatever it started (Astro's esbuild,
 * Pagefind). The group is killed when the build process exits (an interrupt), before the
 * build's own interrupt handler removes the staging folder the child may be writing into;
 * if the build process is killed outright, the child notices its channel close and kills
 * its group itself.
 */
import { fork } from 'node:child_process';

/** What is kept of the start of a child's stderr (when piped), where a tool says why it stopped. */
const STDERR_HEAD = 2000;

export type Answer<T> = { value: T } | { error: string };

export interface ChildStep {
  /** Arguments after the script's path. */
  args: string[];
  /** What the process is, for an error when it ends without answering: "the search indexer". */
  name: string;
  /** 'inherit' shows the child's output as the build's own; 'pipe' keeps the start of stderr for `explain`. */
  stderr: 'inherit' | 'pipe';
  /** Added to any error of the child: what it printed that says why (with stderr: 'pipe'). */
  explain?: (stderr: string) => string;
}

/** Runs `script` (a file calling `answerParent`) and resolves with its value; rejects with an Error of its one-line error. */
export function runChild<T>(script: string, step: ChildStep): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(script, step.args, { stdio: ['ignore', 'inherit', step.stderr, 'ipc'], execArgv: [], detached: true });
    const killGroup = (): void => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    // Interrupt handlers of the build (src/cli/build.ts) remove staging; the child must be
    // gone first. A process without such handlers keeps its default (exit), which 'exit' covers.
    const signals = (['SIGINT', 'SIGTERM'] as const).filter((signal) => process.listenerCount(signal) > 0);
    for (const signal of signals) process.prependListener(signal, killGroup);
    process.once('exit', killGroup);
    const done = (): void => {
      for (const signal of signals) process.off(signal, killGroup);
      process.off('exit', killGroup);
    };
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      if (stderr.length < STDERR_HEAD) stderr = (stderr + chunk.toString('utf8')).slice(0, STDERR_HEAD);
    });
    let answer: Answer<T> | undefined;
    child.on('message', (message: Answer<T>) => {
      answer = message;
    });
    child.on('error', (error) => {
      done();
      reject(new Error(`could not start a process of the build: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      done();
      const explained = (text: string): Error => new Error(`${text}${step.explain?.(stderr) ?? ''}`);
      if (answer && 'value' in answer) resolve(answer.value);
      else if (answer) reject(explained(answer.error));
      else reject(explained(`${step.name} stopped before finishing (${signal ? `signal ${signal}` : `exit code ${code}`})`));
    });
  });
}

/**
 * The child's side: runs `work`, sends its value or error message to the parent, exits.
 * `noAnswer` is the error sent if the process runs out of work without an answer (a helper
 * it waited on died without a word); `errorText` may reword an error's message.
 */
export function answerParent<T>(work: () => Promise<T>, noAnswer: string, errorText: (message: string) => string = (message) => message): void {
  process.on('disconnect', () => process.kill(0, 'SIGKILL'));
  // The channel must not keep this process alive, so that a helper's silent death ends it.
  process.channel?.unref();
  let replied = false;
  const reply = (message: Answer<T>): void => {
    if (replied) return;
    replied = true;
    process.send!(message, () => process.exit(0));
  };
  process.on('beforeExit', () => reply({ error: noAnswer }));
  work().then(
    (value) => reply({ value }),
    (error: unknown) => reply({ error: errorText(error instanceof Error ? error.message : String(error)) }),
  );
}
