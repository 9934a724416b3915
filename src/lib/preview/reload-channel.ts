/**
 * Tells open pages that the data changed, so they reload by themselves; dev server only.
 *
 * Every validation whose outcome differs from the last gets a new generation number. Each
 * page (the problem page, and every Astro page through warnings-middleware.ts) carries the
 * generation it was made from and a tiny script that listens on a Server-Sent Events
 * stream. On connecting, the stream sends the current generation, so a page that missed a
 * change while it was loading reloads at once; then it sends each new one. Vite's own HMR
 * client is not needed for this, and no error overlay can cover the problem page.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

const EVENTS_PATH = '/__annals/events';
const SCRIPT_PATH = '/__annals/preview.js';

/** The client: reload when the server's generation is not the one this page was made from. */
const CLIENT = `(() => {
  const script = document.currentScript;
  const made = script.dataset.generation;
  const events = new EventSource(new URL(${JSON.stringify(EVENTS_PATH.slice(1))}, new URL(script.dataset.base, location.href)));
  events.onmessage = (event) => {
    if (event.data !== made) { events.close(); location.reload(); }
  };
})();
`;

export class ReloadChannel {
  #generation = 0;
  readonly #listeners = new Set<ServerResponse>();

  get generation(): number {
    return this.#generation;
  }

  /** A new generation: every open page not made from it reloads. */
  publish(): void {
    this.#generation += 1;
    for (const listener of this.#listeners) listener.write(`data: ${this.#generation}\n\n`);
  }

  /** The <script> tag a page carries; `base` is Vite's base URL, ending in "/". */
  scriptTag(base: string): string {
    return `<script src="${base}${SCRIPT_PATH.slice(1)}" data-base="${base}" data-generation="${this.#generation}"></script>`;
  }

  /** Connect middleware serving the client script and the event stream. */
  middleware() {
    return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
      const path = (request.url ?? '').split('?')[0];
      if (path === SCRIPT_PATH) {
        response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
        response.end(CLIENT);
      } else if (path === EVENTS_PATH) {
        response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
        response.write(`data: ${this.#generation}\n\n`);
        this.#listeners.add(response);
        request.on('close', () => this.#listeners.delete(response));
      } else next();
    };
  }
}
