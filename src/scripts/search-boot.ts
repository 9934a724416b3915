/**
 * The search page's only up-front script: it loads the search client (search.ts, with its
 * query normalisation) on the reader's first focus, keystroke or submit in the search
 * form, or at once when the URL carries a query or a filter. Keeps the page's own JS
 * within the budget of a page without a chart (docs/benchmark.md).
 */
const root = document.querySelector<HTMLElement>('[data-search]');
const input = root?.querySelector<HTMLInputElement>('#search-input');
if (root && input) {
  let started: Promise<void> | undefined;
  const start = (): void => {
    started ??= import('./search.ts').then((client) => client.startSearch());
  };
  input.addEventListener('focus', start, { once: true });
  input.addEventListener('input', start, { once: true });
  // Until the client runs, a submit stays on the page; the client then searches what was typed.
  root.querySelector('form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    start();
  });
  if (location.search) start();
}
