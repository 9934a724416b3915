/**
 * `npm run build` as a real child process (node src/cli/build.ts), optionally with a
 * test-only fault (ANNALS_FAULT, see src/lib/build/fault.ts) and a signal sent the moment
 * the child reports reaching a `hang` fault point; and a byte-level digest of a folder.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const REPO = join(import.meta.dirname, '..', '..');
const CLI = join(REPO, 'src', 'cli', 'build.ts');

export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface ChildOptions {
  fault?: string;
  /** Sent when stderr shows `annals-fault: <point>` (use with a `hang` fault). */
  signalAtFault?: NodeJS.Signals;
  /** Run as another user: a command prefix such as ['setpriv', '--reuid=nobody', …]. */
  prefix?: string[];
}

export function runBuild(args: string[], options: ChildOptions = {}): Promise<ChildResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.ANNALS_FAULT;
  if (options.fault) env.ANNALS_FAULT = options.fault;
  const [command, ...rest] = [...(options.prefix ?? []), process.execPath, CLI, ...args];
  const child = spawn(command!, rest, { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let signalled = false;
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (options.signalAtFault && !signalled && stderr.includes('annals-fault: ')) {
      signalled = true;
      child.kill(options.signalAtFault);
    }
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Every file under `dir` (dotfiles too), by relative path, with its SHA-256. */
export function digestTree(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => statSync(join(dir, file)).isFile())
      .sort()
      .map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]),
  );
}
