/**
 * Tells open pages that the data changed, so they reload by themselves; dev server only.
 *
 * Every validation whose outcome differs from the last gets a new generation number. Each
 * page (the problem page, and every Astro page through warnings-middleware.ts) carries the
 * generation it was made from and a tiny module that listens on Vite's HMR WebSocket. On
 * connecting it asks for the current generation, so a page that missed a change while it
 * was loading reloads at once; then each new generation reloads every page not made from
 * it. (A WebSocket, not Server-Sent Events: browsers allow only six HTTP/1.1 connections
 * per host, and an editor may keep more preview tabs open.)
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ViteDevServer } from 'vite';

const SCRIPT_PATH = '/__annals/preview.js';
const HELLO = 'annals:hello';
const GENERATION = 'annals:generation';

/** The client module, for a given Vite base URL. */
function client(base: string): string {
  return `import { createHotContext } from ${JSON.stringify(`${base}@vite/client`)};
const made = Number(new URL(import.meta.url).searchParams.get('generation'));
const hot = createHotContext(${JSON.stringify(SCRIPT_PATH)});
hot.on(${JSON.stringify(GENERATION)}, ({ generation }) => {
  if (generation !== made) location.reload();
});
hot.send(${JSON.stringify(HELLO)}, {});
`;
}

export class ReloadChannel {
  #generation = 0;
  #server: ViteDevServer | undefined;

  /** Answers each page's hello with the current generation. */
  attach(server: ViteDevServer): void {
    this.#server = server;
    server.ws.on(HELLO, (_data, sender) => sender.send(GENERATION, { generation: this.#generation }));
  }

  /** A new generation: every open page not made from it reloads. */
  publish(): void {
    this.#generation += 1;
    this.#server?.ws.send(GENERATION, { generation: this.#generation });
  }

  /** The <script> tag a page carries; `base` is Vite's base URL, ending in "/". */
  scriptTag(base: string): string {
    return `<script type="module" src="${base}${SCRIPT_PATH.slice(1)}?generation=${this.#generation}"></script>`;
  }

  /** Connect middleware serving the client module. */
  middleware(base: string) {
    return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
      if ((request.url ?? '').split('?')[0] !== SCRIPT_PATH) return next();
      response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(client(base));
    };
  }
}
