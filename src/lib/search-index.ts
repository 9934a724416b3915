/**
 * The search index, written by Pagefind after Astro has built the pages, in a process of
 * its own (src/lib/search-index-child.ts) that indexes each edition in turn.
 *
 * Pages are indexed from their <main> (data-pagefind-body), so navigation and footers are
 * not. Figures have no records of their own: each report page's figures table carries
 * every figure's search words and the page its figures' hit fields
 * (src/lib/search/figure-entry.ts), and the search page turns a matching row into a hit of
 * its own (src/lib/search/figure-hits.ts). One index per language follows from the pages'
 * <html lang> (the Traditional edition's pages get their own).
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./search-index-child.ts', import.meta.url));
/** What is kept of the start of the indexer's stderr, where Pagefind says why it stopped. */
const STDERR_HEAD = 2000;

/**
 * Indexes the HTML under `outDir` into `outDir/pagefind`. Resolves with the number of
 * HTML files Pagefind read. Rejects with an Error whose message is one line for the build's
 * 'build-step-failed' message: Pagefind's own errors, or how the indexer's process ended
 * (a crash, an out-of-memory kill). If this process exits first (an interrupt), the
 * indexer is killed; if this process is killed, the indexer notices and exits.
 */
export function indexSite(outDir: string): Promise<{ pages: number }> {
  return new Promise((resolve, reject) => {
    // A process group of its own (detached), so that one signal ends the indexer and its
    // Pagefind together.
    const child = fork(CHILD, [outDir], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], execArgv: [], detached: true });
    const killChild = (): void => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    process.once('exit', killChild);
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      if (stderr.length < STDERR_HEAD) stderr = (stderr + chunk.toString('utf8')).slice(0, STDERR_HEAD);
    });
    let answer: { pages: number } | { error: string } | undefined;
    child.on('message', (message: { pages: number } | { error: string }) => {
      answer = message;
    });
    child.on('error', (error) => {
      process.off('exit', killChild);
      reject(new Error(`the search indexer could not start: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      process.off('exit', killChild);
      if (answer && 'pages' in answer) resolve({ pages: answer.pages });
      else if (answer) reject(new Error(`${answer.error}${said(stderr)}`));
      else reject(new Error(`the search indexer stopped before finishing (${signal ? `signal ${signal}` : `exit code ${code}`})${said(stderr)}`));
    });
  });
}

/**
 * The first line Pagefind printed, as "; Pagefind said: …", or "": Pagefind's own words say
 * why it stopped (out of memory, a bad file). Its Node library's follow-up ("Service
 * stopped" with a stack trace) is left out.
 */
function said(stderr: string): string {
  const first = stderr.split('\n').map((line) => line.trim()).find((line) => line && !line.startsWith('Service stopped'));
  return first ? `; Pagefind said: ${first}` : '';
}
