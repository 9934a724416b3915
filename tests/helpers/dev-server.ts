/**
 * The real dev server (`node src/cli/dev.ts`, what `npm run dev` runs) on a fixture copy,
 * as a child process in its own process group on a free port of 127.0.0.1. `stop()` ends
 * the whole group and waits until no process of it is left.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';

const DEV_CLI = join(import.meta.dirname, '..', '..', 'src', 'cli', 'dev.ts');

export interface DevServer {
  origin: string;
  /** Everything the server printed (stdout and stderr) so far. */
  output: () => string;
  /** Stops the server's process group; resolves once none of it is left. */
  stop: () => Promise<void>;
  /** Whether any process of the server's group is still alive. */
  alive: () => boolean;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  if (!address || typeof address === 'string') throw new Error('No port');
  return address.port;
}

/** Our environment without Vitest's variables: Astro skips its page server when it sees VITEST. */
function serverEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };
  for (const name of Object.keys(env)) if (name.startsWith('VITEST') || name === 'TEST' || name === 'NODE_ENV') delete env[name];
  return env;
}

export async function startDevServer(root: string): Promise<DevServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [DEV_CLI, '--root', root, '--port', String(port), '--host', '127.0.0.1'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: serverEnvironment(),
  });
  let printed = '';
  child.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const pid = child.pid;
  if (pid === undefined) throw new Error('The dev server did not start');
  const exited = once(child, 'exit');

  const alive = (): boolean => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const stop = async (): Promise<void> => {
    if (!alive()) return;
    process.kill(-pid, 'SIGTERM');
    for (let waited = 0; alive() && waited < 10_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    if (alive()) process.kill(-pid, 'SIGKILL');
    await exited;
  };

  const origin = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 200) {
    if (child.exitCode !== null) throw new Error(`The dev server exited:\n${printed}`);
    if (waited > 60_000) {
      await stop();
      throw new Error(`The dev server did not answer within 60 s:\n${printed}`);
    }
    try {
      await fetch(`${origin}/favicon.svg`);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return { origin, output: () => printed, stop, alive };
}
