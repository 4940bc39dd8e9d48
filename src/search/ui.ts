/**
 * The search UI, loaded by the inline bootstrap in SearchForm.astro when the reader first
 * focuses or hovers the header field, or presses / or Ctrl+K. It turns the plain GET form
 * into an ARIA combobox with a listbox of results, and fills the /search/ results page.
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

const { dropdown: DROPDOWN_LIMIT, page: PAGE_LIMIT } = SETTINGS.limits;
const PARTIAL =
  'These are the quick results only: the full search did not load. Press Enter for the search page, or browse the sections.';
const UNAVAILABLE =
  'Search is not available right now (the index did not load). Press Enter for the search page, or browse the sections.';

function adoptStyles(): void {
  if (document.documentElement.dataset['searchStyles']) return;
  document.documentElement.dataset['searchStyles'] = '1';
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Title, section, matching heading and excerpt of one result, into `into`. */
function describeHit(into: HTMLElement, hit: Hit, titleNode: HTMLElement): void {
  const meta = el('span', 'search-hit__meta');
  meta.append(titleNode);
  if (hit.section) meta.append(el('span', 'search-hit__section', hit.section));
  into.append(meta);
  if (hit.heading) into.append(el('span', 'search-hit__heading', hit.heading));
  const excerpt = el('span', 'search-hit__excerpt');
  // Pagefind escapes the page text and adds only <mark> elements.
  excerpt.innerHTML = hit.excerpt;
  into.append(excerpt);
}

/** Resolves after the browser has painted what was just rendered, and `ms` more. */
const afterPaint = (ms: number) => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, ms)));

/** The hits of one small index; an unreachable index only means none from it. */
async function noneIfUnavailable(index: string, find: () => Promise<Hit[]>): Promise<Hit[]> {
  try {
    return await find();
  } catch (error) {
    console.warn(`The ${index} is unavailable:`, error);
    return [];
  }
}

interface Indexes {
  terms: string;
  pages: string;
}

/** The results that need no Pagefind: glossary terms and page sections, one result per page. */
async function quickHits(ix: Indexes, base: string, query: Query, limit: number): Promise<Hit[]> {
  const [terms, sections] = await Promise.all([
    noneIfUnavailable('glossary term index', () => findTerms(ix.terms, base, query, limit)),
    // The dev server has no quick page index.
    ix.pages ? noneIfUnavailable('quick page index', () => findSections(ix.pages, base, query, limit)) : [],
  ]);
  return quickOrder(terms, sections, limit);
}

/** The quick results, then Pagefind's without the pages already shown: the same order at any limit. */
async function allHits(base: string, query: Query, limit: number, quick: Hit[]) {
  const { hits, total } = await findPagefind(base, query, limit, new Set(quick.map(pageOf)));
  return { hits: fullOrder(quick, hits, limit), total: quick.length + total };
}

class HeaderSearch {
  readonly form: SearchForm;
  readonly input: HTMLInputElement;
  readonly panel = el('div', 'site-search__panel');
  readonly list = el('ul', 'site-search__list');
  readonly empty = el('p', 'site-search__empty');
  readonly status = el('div', 'search-vh');
  hrefs: string[] = [];
  active = -1;
  seq = 0;

  constructor(
    form: SearchForm,
    readonly base: string,
    readonly ix: Indexes,
  ) {
    this.form = form;
    this.input = form.elements.namedItem('q') as HTMLInputElement;
    const listId = `${this.input.id}-results`;
    this.list.id = listId;
    this.list.setAttribute('role', 'listbox');
    this.list.setAttribute('aria-label', 'Search results');
    this.status.setAttribute('role', 'status');
    this.panel.hidden = true;
    this.panel.append(this.list, this.empty);
    form.append(this.panel, this.status);
    const i = this.input;
    i.setAttribute('role', 'combobox');
    i.setAttribute('aria-autocomplete', 'list');
    i.setAttribute('aria-controls', listId);
    i.setAttribute('aria-expanded', 'false');
    i.addEventListener('input', () => void this.update());
    i.addEventListener('keydown', (e) => this.onKey(e));
    i.addEventListener('focus', () => {
      if (this.hrefs.length > 0 && i.value.trim()) this.open();
    });
    form.addEventListener('focusout', (e) => {
      if (!form.contains(e.relatedTarget as Node | null)) this.close();
    });
    this.list.addEventListener('pointerdown', (e) => e.preventDefault());
    this.list.addEventListener('click', (e) => {
      const option = (e.target as Element).closest<HTMLElement>('[role=option]');
      if (option) this.go(Number(option.dataset['index']));
    });
    this.list.addEventListener('pointermove', (e) => {
      const option = (e.target as Element).closest<HTMLElement>('[role=option]');
      if (option) this.setActive(Number(option.dataset['index']));
    });
    if (i.value.trim()) void this.update();
  }

  async update(): Promise<void> {
    const seq = ++this.seq;
    const text = this.input.value;
    if (!text.trim()) {
      this.render([], 0, text);
      return;
    }
    const query = parseQuery(text);
    const quick = await quickHits(this.ix, this.base, query, DROPDOWN_LIMIT);
    if (seq !== this.seq) return; // a newer keystroke has its own search
    if (quick.length > 0) {
      this.render(quick, quick.length, text, undefined, true);
      // Pagefind and its WebAssembly start only once the reader pauses: typing costs the small indexes only.
      await afterPaint(SETTINGS.pagefindPauseMs);
      if (seq !== this.seq) return;
    }
    try {
      const { hits, total } = await allHits(this.base, query, DROPDOWN_LIMIT, quick);
      if (seq !== this.seq) return;
      this.render(hits, total, text);
    } catch (error) {
      if (seq !== this.seq) return;
      if (quick.length > 0) this.render(quick, quick.length, text, PARTIAL);
      else this.render([], 0, text, UNAVAILABLE);
      console.warn('Search is unavailable:', error);
    }
  }

  /** `more`: page results are still on their way (the list is marked busy). */
  render(hits: Hit[], total: number, query: string, problem?: string, more = false): void {
    const active = this.active >= 0 ? this.hrefs[this.active] : undefined;
    this.list.replaceChildren();
    this.hrefs = [];
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    if (!query.trim()) {
      this.status.textContent = '';
      this.close();
      return;
    }
    hits.forEach((hit, index) => {
      const option = el('li', 'search-hit');
      option.id = `${this.list.id}-${index}`;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.dataset['index'] = String(index);
      option.dataset['href'] = hit.href;
      describeHit(option, hit, el('span', 'search-hit__title', hit.title));
      this.list.append(option);
      this.hrefs.push(hit.href);
    });
    if (total > hits.length) {
      const all = el('li', 'search-hit search-hit--all', `See all ${total} results`);
      all.id = `${this.list.id}-all`;
      all.setAttribute('role', 'option');
      all.setAttribute('aria-selected', 'false');
      all.dataset['index'] = String(this.hrefs.length);
      all.dataset['href'] = `${withBase('/search/', this.base)}?${new URLSearchParams({ q: query })}`;
      this.list.append(all);
      this.hrefs.push(all.dataset['href']);
    }
    this.panel.dataset['query'] = query;
    if (more) this.list.setAttribute('aria-busy', 'true');
    else this.list.removeAttribute('aria-busy');
    this.list.hidden = hits.length === 0;
    this.empty.hidden = hits.length > 0 && !problem;
    this.empty.textContent = problem ?? (hits.length === 0 ? `No results for “${query.trim()}”.` : '');
    this.status.textContent =
      problem && hits.length > 0
        ? `${hits.length} ${hits.length === 1 ? 'result' : 'results'}. ${problem}`
        : (problem ??
          (hits.length === 0
            ? `No results for ${query.trim()}.`
            : `${total}${more ? ' or more' : ''} ${total === 1 && !more ? 'result' : 'results'}. Use the arrow keys to choose one.`));
    this.open();
    // Page results arriving below the terms keep the reader's chosen result.
    if (active && this.isOpen) {
      const again = this.hrefs.indexOf(active);
      if (again >= 0) this.setActive(again);
    }
  }

  open(): void {
    adoptStyles();
    this.panel.hidden = false;
    this.input.setAttribute('aria-expanded', String(this.hrefs.length > 0));
  }

  close(): void {
    this.panel.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.setActive(-1);
  }

  get isOpen(): boolean {
    return !this.panel.hidden;
  }

  setActive(index: number): void {
    const options = [...this.list.querySelectorAll<HTMLElement>('[role=option]')];
    this.active = index;
    options.forEach((o, i) => o.setAttribute('aria-selected', String(i === index)));
    const current = options[index];
    if (current) {
      this.input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else this.input.removeAttribute('aria-activedescendant');
  }

  go(index: number): void {
    const href = this.hrefs[index];
    if (href) location.assign(href);
  }

  onKey(e: KeyboardEvent): void {
    const count = this.hrefs.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (count === 0) return;
      e.preventDefault();
      if (!this.isOpen) this.open();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      const next = this.active === -1 && step === -1 ? count - 1 : (this.active + step + count) % count;
      this.setActive(next);
    } else if (e.key === 'Enter' && this.isOpen && this.active >= 0) {
      e.preventDefault();
      this.go(this.active);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (this.isOpen) this.close();
      else {
        // Back to where the reader was before / or Ctrl+K, or just leave the field.
        const from = this.form.from;
        this.form.from = null;
        if (from instanceof HTMLElement && from.isConnected && from !== document.body) from.focus();
        else this.input.blur();
      }
    }
  }
}

/** Buttons to show the results of one section only (from each page's `section` filter). */
function sectionFilter(hits: Hit[], list: HTMLOListElement): HTMLElement | null {
  const counts = new Map<string, number>();
  for (const h of hits) if (h.section) counts.set(h.section, (counts.get(h.section) ?? 0) + 1);
  if (counts.size < 2) return null;
  const group = el('div', 'search-filter');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', 'Show results from');
  const choices: [string, string, number][] = [
    ['', 'All', hits.length],
    ...[...counts].map(([s, n]): [string, string, number] => [s, s, n]),
  ];
  for (const [value, label, count] of choices) {
    const button = el('button', undefined, `${label} (${count})`);
    button.type = 'button';
    button.setAttribute('aria-pressed', String(value === ''));
    button.addEventListener('click', () => {
      for (const b of group.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b === button));
      for (const li of list.children)
        (li as HTMLElement).hidden = value !== '' && (li as HTMLElement).dataset['section'] !== value;
    });
    group.append(button);
  }
  return group;
}

/** The /search/?q= page: the same results as a list of links, for a shared link or Enter. */
class ResultsPage {
  seq = 0;
  constructor(
    readonly root: HTMLElement,
    readonly base: string,
    readonly ix: Indexes,
    readonly fields: HTMLInputElement[],
  ) {
    const query = new URLSearchParams(location.search).get('q') ?? '';
    for (const f of fields) f.value = query;
    const pageForm = root.closest('main')?.querySelector<HTMLFormElement>('form[data-search-page-form]');
    pageForm?.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.show(new FormData(pageForm).get('q')?.toString() ?? '');
    });
    pageForm?.addEventListener('input', () => void this.show(new FormData(pageForm).get('q')?.toString() ?? ''));
    void this.show(query);
  }

  async show(query: string): Promise<void> {
    const seq = ++this.seq;
    const url = new URL(location.href);
    if (query.trim()) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    document.title = query.trim()
      ? `“${query.trim()}”: ${document.title.replace(/^“.*”: /, '')}`
      : document.title.replace(/^“.*”: /, '');
    let found: { hits: Hit[]; total: number } | undefined;
    let partial = false;
    const parsed = parseQuery(query);
    const quick = query.trim() ? await quickHits(this.ix, this.base, parsed, PAGE_LIMIT) : [];
    try {
      found = query.trim() ? await allHits(this.base, parsed, PAGE_LIMIT, quick) : { hits: [], total: 0 };
    } catch (error) {
      console.warn('Search is unavailable:', error);
      // The quick results still answer; the full search did not load.
      if (quick.length > 0) [found, partial] = [{ hits: quick, total: quick.length }, true];
    }
    if (seq !== this.seq) return;
    adoptStyles();
    const { hits, total } = found ?? { hits: [], total: 0 };
    const title = !found
      ? 'Search is not available right now: browse the pages below'
      : query.trim()
        ? `${total} ${total === 1 ? 'result' : 'results'} for “${query.trim()}”${partial ? ' (quick results only: the full search did not load)' : ''}`
        : 'Type a word to search';
    const heading = el('h2', undefined, title);
    heading.id = 'results-heading';
    const list = el('ol', 'search-results');
    list.setAttribute('aria-labelledby', heading.id);
    for (const hit of hits) {
      const item = el('li');
      item.dataset['section'] = hit.section ?? '';
      const link = el('a', 'search-hit__title', hit.title);
      link.href = hit.href;
      describeHit(item, hit, link);
      list.append(item);
    }
    const filter = sectionFilter(hits, list);
    this.root.replaceChildren(heading, ...(filter ? [filter] : []), ...(hits.length > 0 ? [list] : []));
    this.root.hidden = false;
    const status = document.querySelector('[data-search-status]');
    if (status) status.textContent = title;
  }
}

let started = false;

/** Called by the bootstrap with the header search form. */
export function start(form: SearchForm): void {
  if (started) return;
  started = true;
  const base = form.dataset['base'] ?? '/';
  const ix: Indexes = { terms: form.dataset['terms'] ?? `${base}_astro/terms/`, pages: form.dataset['pages'] ?? '' };
  // Neither index nor Pagefind is fetched here: the indexes load on the first query, and
  // Pagefind after the first results are shown, or at once when they found nothing (see
  // HeaderSearch.update).
  const header = new HeaderSearch(form, base, ix);
  const results = document.querySelector<HTMLElement>('[data-search-page]');
  if (results) {
    const pageField = document.querySelector<HTMLInputElement>('form[data-search-page-form] input[name=q]');
    new ResultsPage(results, base, ix, [header.input, ...(pageField ? [pageField] : [])]);
  }
}
