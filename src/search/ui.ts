/**
 * The search UI, loaded by the bootstrap in SearchForm.astro when the header field is first used: it turns
 * the GET form into an ARIA combobox with a listbox of results, and fills the /search/ results page.
 */
import { withBase } from '../lib/util/urls.ts';
import { fullOrder, pageOf, quickOrder, type Hit } from './merge.ts';
import { parseQuery, type Query } from './query.ts';
import { SETTINGS } from './settings.ts';
import { findPagefind } from './sources/pagefind.ts';
import { findSections } from './sources/sections.ts';
import { findTerms } from './sources/terms.ts';
import { css } from './styles.ts';

type SearchForm = HTMLFormElement & { from?: Element | null };
/** The base path and the quick indexes' paths (the dev server has no page index: ''). */
type Indexes = { base: string; terms: string; pages: string };

const { dropdown: DROPDOWN_LIMIT, page: PAGE_LIMIT } = SETTINGS.limits;
const FALLBACK = 'Press Enter for the search page, or browse the sections.';
const PARTIAL = `These are the quick results only: the full search did not load. ${FALLBACK}`;
const UNAVAILABLE = `Search is not available right now (the index did not load). ${FALLBACK}`;

type Attributes = Record<string, string>;

function setAttributes(node: Element, attributes: Attributes): void {
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...content: (Node | string)[]) {
  const node = document.createElement(tag);
  setAttributes(node, attributes);
  node.append(...content);
  return node;
}

const results = (n: number, more = false) => `${n}${more ? ' or more' : ''} result${n === 1 && !more ? '' : 's'}`;

/** Title, section, matching heading and excerpt of one result, into `into`. */
function describeHit(into: HTMLElement, hit: Hit, title: HTMLElement): void {
  const section = hit.section ? [el('span', { class: 'search-hit__section' }, hit.section)] : [];
  into.append(el('span', { class: 'search-hit__meta' }, title, ...section));
  if (hit.heading) into.append(el('span', { class: 'search-hit__heading' }, hit.heading));
  // The sources escape the page text and add only <mark> elements.
  into.appendChild(el('span', { class: 'search-hit__excerpt' })).innerHTML = hit.excerpt;
}

/** Resolves after the browser has painted what was just rendered, and `ms` more. */
const afterPaint = (ms: number) => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, ms)));

/** An unreachable small index only means no hits from it. */
const noneFrom = (index: string) => (error: unknown) => {
  console.warn(`The ${index} is unavailable:`, error);
  return [];
};

/** The results that need no Pagefind: glossary terms and page sections, one result per page. */
async function quickHits({ base, terms, pages }: Indexes, query: Query, limit: number): Promise<Hit[]> {
  const [termHits, sectionHits] = await Promise.all([
    findTerms(terms, base, query, limit).catch(noneFrom('glossary term index')),
    pages ? findSections(pages, base, query, limit).catch(noneFrom('quick page index')) : [],
  ]);
  return quickOrder(termHits, sectionHits, limit);
}

/** The quick results, then Pagefind's without the pages already shown; only the quick ones if Pagefind failed. */
async function allHits({ base }: Indexes, query: Query, limit: number, quick: Hit[]) {
  try {
    const { hits, total } = await findPagefind(base, query, limit, new Set(quick.map(pageOf)));
    return { hits: fullOrder(quick, hits, limit), total: quick.length + total, failed: false };
  } catch (error) {
    console.warn('Search is unavailable:', error);
    return { hits: quick, total: quick.length, failed: true };
  }
}

/** The header field as a combobox; returns the field. */
function headerSearch(form: SearchForm, ix: Indexes): HTMLInputElement {
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const list = el('ul', { class: 'site-search__list', role: 'listbox', 'aria-label': 'Search results' });
  list.id = `${input.id}-results`;
  const empty = el('p', { class: 'site-search__empty' });
  const panel = el('div', { class: 'site-search__panel', hidden: '' }, list, empty);
  const status = el('div', { class: 'visually-hidden', role: 'status' });
  form.append(panel, status);
  setAttributes(input, { role: 'combobox', 'aria-autocomplete': 'list', 'aria-controls': list.id });
  input.setAttribute('aria-expanded', 'false');
  let active = -1;
  let seq = 0;

  const options = () => [...list.querySelectorAll<HTMLElement>('[role=option]')];
  const hrefAt = (index: number) => options()[index]?.dataset['href'];
  const isOpen = () => !panel.hidden;
  function open(): void {
    panel.hidden = false;
    input.setAttribute('aria-expanded', String(options().length > 0));
  }
  function close(): void {
    panel.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  }
  function setActive(index: number): void {
    active = index;
    options().forEach((o, i) => o.setAttribute('aria-selected', String(i === index)));
    const current = options()[index];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }
  function go(index: number): void {
    const href = hrefAt(index);
    if (href) location.assign(href);
  }

  /** `more`: Pagefind's results are still on their way (the list is marked busy). */
  function render(hits: Hit[], total: number, query: string, problem?: string, more = false): void {
    const chosen = hrefAt(active);
    list.replaceChildren();
    setActive(-1);
    const typed = query.trim();
    if (!typed) {
      status.textContent = '';
      return close();
    }
    const option = (id: string | number, href: string, className = 'search-hit') => {
      const attributes = { id: `${list.id}-${id}`, class: className, role: 'option', 'aria-selected': 'false' };
      return list.appendChild(el('li', { ...attributes, 'data-index': String(options().length), 'data-href': href }));
    };
    hits.forEach((hit, i) =>
      describeHit(option(i, hit.href), hit, el('span', { class: 'search-hit__title' }, hit.title)),
    );
    if (total > hits.length) {
      const all = `${withBase('/search/', ix.base)}?${new URLSearchParams({ q: query })}`;
      option('all', all, 'search-hit search-hit--all').append(`See all ${total} results`);
    }
    panel.dataset['query'] = query;
    if (more) list.setAttribute('aria-busy', 'true');
    else list.removeAttribute('aria-busy');
    list.hidden = hits.length === 0;
    empty.hidden = hits.length > 0 && !problem;
    empty.textContent = problem ?? (hits.length === 0 ? `No results for “${typed}”.` : '');
    status.textContent = problem
      ? `${hits.length > 0 ? `${results(hits.length)}. ` : ''}${problem}`
      : hits.length === 0
        ? `No results for ${typed}.`
        : `${results(total, more)}. Use the arrow keys to choose one.`;
    open();
    // Page results arriving below the terms keep the reader's chosen result.
    const again = options().findIndex((o) => o.dataset['href'] === chosen);
    if (chosen && again >= 0) setActive(again);
  }

  async function update(): Promise<void> {
    const mine = ++seq;
    const text = input.value;
    if (!text.trim()) return render([], 0, text);
    const query = parseQuery(text);
    const quick = await quickHits(ix, query, DROPDOWN_LIMIT);
    if (mine !== seq) return; // a newer keystroke has its own search
    if (quick.length > 0) {
      render(quick, quick.length, text, undefined, true);
      // Pagefind and its WebAssembly start only once the reader pauses: typing costs the small indexes only.
      await afterPaint(SETTINGS.pagefindPauseMs);
      if (mine !== seq) return;
    }
    const { hits, total, failed } = await allHits(ix, query, DROPDOWN_LIMIT, quick);
    if (mine === seq) render(hits, total, text, failed ? (hits.length > 0 ? PARTIAL : UNAVAILABLE) : undefined);
  }

  function onKey(e: KeyboardEvent): void {
    const count = options().length;
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && count > 0) {
      e.preventDefault();
      if (!isOpen()) open();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive(active === -1 && step === -1 ? count - 1 : (active + step + count) % count);
    } else if (e.key === 'Enter' && isOpen() && active >= 0) {
      e.preventDefault();
      go(active);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (isOpen()) return close();
      // Back to where the reader was before / or Ctrl+K, or just leave the field.
      const from = form.from;
      form.from = null;
      if (from instanceof HTMLElement && from.isConnected && from !== document.body) from.focus();
      else input.blur();
    }
  }

  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', onKey);
  input.addEventListener('focus', () => {
    if (options().length > 0 && input.value.trim()) open();
  });
  form.addEventListener('focusout', (e) => {
    if (!form.contains(e.relatedTarget as Node | null)) close();
  });
  list.addEventListener('pointerdown', (e) => e.preventDefault());
  const optionIndex = (e: Event) =>
    Number((e.target as Element).closest<HTMLElement>('[role=option]')?.dataset['index'] ?? -1);
  list.addEventListener('click', (e) => go(optionIndex(e)));
  list.addEventListener('pointermove', (e) => {
    if (optionIndex(e) >= 0) setActive(optionIndex(e));
  });
  if (input.value.trim()) void update();
  return input;
}

/** Buttons to show the results of one section only (from each page's `section` filter). */
function sectionFilter(hits: Hit[], items: HTMLElement[]): HTMLElement[] {
  const counts = new Map<string, number>();
  for (const h of hits) if (h.section) counts.set(h.section, (counts.get(h.section) ?? 0) + 1);
  if (counts.size < 2) return [];
  const group = el('div', { class: 'search-filter', role: 'group', 'aria-label': 'Show results from' });
  const choices: [string, number][] = [['', hits.length], ...counts];
  for (const [section, count] of choices) {
    const label = `${section || 'All'} (${count})`;
    const button = el('button', { type: 'button', 'aria-pressed': String(section === '') }, label);
    button.addEventListener('click', () => {
      for (const b of group.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b === button));
      for (const item of items) item.hidden = section !== '' && item.dataset['section'] !== section;
    });
    group.append(button);
  }
  return [group];
}

/** The /search/?q= page: the same results as a list of links, for a shared link or Enter. */
function resultsPage(root: HTMLElement, ix: Indexes, headerInput: HTMLInputElement): void {
  let seq = 0;
  async function show(query: string): Promise<void> {
    const mine = ++seq;
    const typed = query.trim();
    const url = new URL(location.href);
    if (typed) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    document.title = `${typed ? `“${typed}”: ` : ''}${document.title.replace(/^“.*”: /, '')}`;
    const parsed = parseQuery(query);
    const { hits, total, failed } = typed
      ? await allHits(ix, parsed, PAGE_LIMIT, await quickHits(ix, parsed, PAGE_LIMIT))
      : { hits: [], total: 0, failed: false };
    if (mine !== seq) return;
    const title =
      failed && hits.length === 0
        ? 'Search is not available right now: browse the pages below'
        : typed
          ? `${results(total)} for “${typed}”${failed ? ' (quick results only: the full search did not load)' : ''}`
          : 'Type a word to search';
    const heading = el('h2', { id: 'results-heading' }, title);
    const items = hits.map((hit) => {
      const item = el('li', { 'data-section': hit.section ?? '' });
      describeHit(item, hit, el('a', { class: 'search-hit__title', href: hit.href }, hit.title));
      return item;
    });
    const list = el('ol', { class: 'search-results', 'aria-labelledby': heading.id }, ...items);
    root.replaceChildren(heading, ...sectionFilter(hits, items), ...(hits.length > 0 ? [list] : []));
    root.hidden = false;
    const status = document.querySelector('[data-search-status]');
    if (status) status.textContent = title;
  }

  const query = new URLSearchParams(location.search).get('q') ?? '';
  const pageForm = document.querySelector<HTMLFormElement>('form[data-search-page-form]');
  const pageInput = pageForm?.elements.namedItem('q') as HTMLInputElement | null | undefined;
  for (const field of [headerInput, pageInput]) if (field) field.value = query;
  const again = () => void show(pageInput?.value ?? '');
  pageForm?.addEventListener('submit', (e) => {
    e.preventDefault();
    again();
  });
  pageForm?.addEventListener('input', again);
  void show(query);
}

/** Called by the bootstrap with the header search form. The indexes and Pagefind load on the first query. */
export function start(form: SearchForm): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const ix = { base: form.dataset['base'] ?? '/', terms: form.dataset['terms']!, pages: form.dataset['pages'] ?? '' };
  const input = headerSearch(form, ix);
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (root) resultsPage(root, ix, input);
}
