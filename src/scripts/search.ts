/**
 * The search page's client. Pagefind (its JS and index) is imported only when the reader
 * first types, submits, or arrives with ?q=; results are built with DOM APIs (no HTML
 * strings from data), figures first with their values, and counts are announced.
 *
 * What the reader typed is brought to the index's form first: normalised (full-width
 * digits, number punctuation), converted from Traditional characters when it has any the
 * site does not use (the converter loads only then), and its decimals replaced by exact
 * number tokens (src/lib/search/).
 */
import { BASE, routes } from '../lib/routes.ts';
import { hasUnknownHan, keepKnownCharacters } from '../lib/search/han.ts';
import { normalizeQuery } from '../lib/search/normalize.ts';
import { numberTokensIn, tokenizeDecimals } from '../lib/search/number-tokens.ts';
import { hitsOf, type PagefindPage, type SearchHit } from '../lib/search/figure-hits.ts';
import { mergeListedIndexes, type MergeablePagefind } from '../lib/shard/merge-indexes.ts';
import { listedSites, mergeFederatedSites } from '../lib/search/federation.ts';

interface PagefindResult {
  id: string;
  data: () => Promise<PagefindPage>;
}
interface Pagefind extends MergeablePagefind {
  init: () => Promise<void>;
  options: (options: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
  debouncedSearch: (query: string, options: { filters: Record<string, string> }, wait?: number) => Promise<{ results: PagefindResult[] } | null>;
}

const PAGE_SIZE = 20;
/** Page results read at a time: a report page can hold dozens of hits, and each read fetches its whole fragment. */
const PAGES_PER_READ = 5;

export function startSearch(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) return;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>;
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('#search-input')!;
  const status = root.querySelector<HTMLElement>('#search-status')!;
  const list = root.querySelector<HTMLOListElement>('#search-results')!;
  const selects = [...root.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const fieldset = root.querySelector<HTMLFieldSetElement>('.search-filters')!;
  const more = root.querySelector<HTMLButtonElement>('#search-more')!;
  let pagefind: Promise<Pagefind> | undefined;
  const known = root.dataset.han === undefined ? undefined : new Set(root.dataset.han);
  let simplify: Promise<((text: string) => string) | undefined> | undefined;
  // Federated search (data/federation.yaml): which site a hit comes from; undefined on a site without.
  let siteOf: ((url: string) => string) | undefined;

  /** The query as Pagefind should see it (see the module comment). */
  const pagefindQuery = async (typed: string): Promise<string> => {
    let query = normalizeQuery(typed);
    if (known && hasUnknownHan(query, known)) {
      simplify ??= import('../lib/search/to-simplified.ts').then((module) => module.toSimplified).catch(() => undefined);
      const convert = await simplify;
      if (convert) query = keepKnownCharacters(query, convert(query), known);
    }
    return tokenizeDecimals(query);
  };

  const load = (): Promise<Pagefind> => {
    pagefind ??= (async () => {
      status.textContent = strings.loading ?? '';
      // A runtime URL: the index is written after the build, so the bundler must not resolve it.
      const url = routes.pagefind();
      const module = (await import(/* @vite-ignore */ url)) as Pagefind;
      // The index stores root-relative URLs (src/lib/search-index.ts); baseUrl puts the site's base before them.
      // noWorker: Pagefind 1.6 otherwise fetches a 43 KB worker script to run the same search
      // off the main thread; our searches are small, and the first one is what readers wait for.
      await module.options({ excerptLength: 30, baseUrl: BASE, noWorker: true });
      await module.init();
      // The other shards' indexes of a merged sharded build (src/lib/shard/).
      await mergeListedIndexes(module, { excerptLength: 30, baseUrl: BASE });
      const sites = listedSites(root.dataset.sites);
      if (sites.length > 0) siteOf = (await mergeFederatedSites(module, sites, strings.thisSite ?? '', { excerptLength: 30 })).siteOf;
      await fillFilters(module);
      status.textContent = '';
      return module;
    })();
    return pagefind;
  };

  const fillFilters = async (module: Pagefind): Promise<void> => {
    const available = await module.filters();
    const params = new URLSearchParams(location.search);
    for (const select of selects) {
      const key = select.dataset.filter ?? '';
      const values = Object.keys(available[key] ?? {}).sort((a, b) => a.localeCompare(b, document.documentElement.lang));
      for (const value of values) select.add(new Option(value, value, false, params.get(key) === value));
    }
    fieldset.hidden = false;
  };

  const render = async (query: string): Promise<void> => {
    const module = await load().catch(() => undefined);
    if (!module) {
      status.textContent = strings.failed ?? '';
      return;
    }
    const filters: Record<string, string> = {};
    for (const select of selects) if (select.value) filters[select.dataset.filter ?? ''] = select.value;
    if (!query.trim() && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const term = await pagefindQuery(query);
    const found = await module.debouncedSearch(term, { filters }, 250);
    if (found === null) return; // superseded by a newer keystroke
    // Pagefind ignores a word the index lacks altogether; a number no figure has must
    // instead mean no results ("8.5 元" is not every page with 元). A token counts as found
    // only in a record that holds it: for an unknown token, Chinese query segmentation can
    // fall back to a short word the index has (the "n" of a source URL's /n/2013/ path).
    const missing = await Promise.all(numberTokensIn(term).map(async (token) => {
      const records = await Promise.all((await module.search(token)).results.map((result) => result.data()));
      return !records.some((record) => record.content.includes(token));
    }));
    const search = missing.includes(true) ? { results: [] } : found;
    list.replaceChildren();
    more.hidden = true;
    // A page result holds the page's hit and its matching figures' (figure-hits.ts). Pages
    // are read a batch at a time, so only what is shown is fetched; the count is the hits
    // found so far plus one for each page not yet read (its exact share is known once read).
    const type = filters.type;
    const options = {
      query: term,
      pages: numberTokensIn(term).length === 0 && type !== strings.typeFigure,
      figures: type !== strings.typePage,
      ...(filters.topic && { topic: filters.topic }),
    };
    const hits: SearchHit[] = [];
    let read = 0;
    let shown = 0;
    const showNext = async (): Promise<void> => {
      while (hits.length < shown + PAGE_SIZE && read < search.results.length) {
        const data = await Promise.all(search.results.slice(read, read + PAGES_PER_READ).map((result) => result.data()));
        read += data.length;
        hits.push(...data.flatMap((page) => hitsOf(page, options)));
      }
      list.append(...hits.slice(shown, shown + PAGE_SIZE).map((hit) => resultItem(hit, strings, siteOf)));
      shown = Math.min(hits.length, shown + PAGE_SIZE);
      more.hidden = shown >= hits.length && read >= search.results.length;
      const count = hits.length + search.results.length - read;
      status.textContent = count === 0 ? (strings.none ?? '') : (strings.count ?? '').replace('{count}', String(count));
    };
    await showNext();
    more.onclick = () => void showNext();
    const params = new URLSearchParams(filters);
    if (query) params.set('q', query);
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void render(input.value);
  });
  input.addEventListener('input', () => void render(input.value));
  for (const select of selects) select.addEventListener('change', () => void render(input.value));

  // search-boot.ts starts this module on the reader's first focus, keystroke or submit, or
  // at once for a URL with ?q= or a filter: search what is there, else get Pagefind ready.
  const initial = new URLSearchParams(location.search);
  const hasFilter = selects.some((select) => initial.get(select.dataset.filter ?? ''));
  if (input.value === '') input.value = initial.get('q') ?? '';
  if (input.value || hasFilter) void render(input.value);
  else void load().catch(() => undefined);
}

function resultItem(item: SearchHit, strings: Record<string, string>, siteOf?: (url: string) => string): HTMLLIElement {
  const li = document.createElement('li');
  const isFigure = item.kind === 'figure';
  li.className = isFigure ? 'result result-figure' : 'result';
  const badge = document.createElement('span');
  badge.className = 'result-type';
  badge.textContent = isFigure ? (strings.figure ?? '') : (strings.page ?? '');
  const link = document.createElement('a');
  link.href = item.url;
  link.textContent = item.title;
  const heading = document.createElement('p');
  heading.className = 'result-title';
  heading.append(badge, ' ', link);
  li.append(heading);
  if (siteOf) {
    const site = document.createElement('p');
    site.className = 'result-site muted';
    site.textContent = siteOf(item.url);
    li.append(site);
  }
  if (isFigure) {
    const value = document.createElement('p');
    value.className = 'result-value';
    value.textContent = [item.value, item.status].filter(Boolean).join(' · ');
    const where = document.createElement('p');
    where.className = 'muted';
    where.textContent = [item.bureau, item.year, item.asOf].filter(Boolean).join(' · ');
    li.append(value, where);
  } else {
    li.append(excerpt(item.excerpt));
  }
  return li;
}

/** Pagefind marks matches with <mark>; rebuild that without trusting any other markup. */
function excerpt(html: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'result-excerpt';
  for (const [index, part] of html.split(/<\/?mark>/).entries()) {
    const text = part.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    if (index % 2 === 1) {
      const mark = document.createElement('mark');
      mark.textContent = text;
      p.append(mark);
    } else {
      p.append(text);
    }
  }
  return p;
}
