/**
 * Landing from a search result (`?highlight=client+id#client-id`): the searched words are marked in the main
 * content. The indexes match words by their start, so every word that starts with a searched one is marked.
 */
import { escapeRegExp } from '../lib/util/regexp.ts';
import { parseQuery } from './query.ts';

/** The words to highlight from a page's query string, or none. */
export function highlightTermsFrom(search: string): string[] {
  const raw = new URLSearchParams(search).getAll('highlight').join(' ');
  return raw.trim() ? [...new Set(parseQuery(raw).terms)] : [];
}

/** A word as a pattern: a word of letters matches with hyphens too ("email" finds "e-mail"), as search does. */
const termPattern = (term: string) =>
  /^\p{L}+$/u.test(term) ? [...term].map(escapeRegExp).join('-?') : escapeRegExp(term);

/** A pattern matching any word that starts with one of the terms; longer terms are tried first. */
export function highlightPattern(terms: readonly string[]): RegExp | null {
  const usable = [...terms].filter((t) => t.length > 0).sort((a, b) => b.length - a.length);
  if (usable.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${usable.map(termPattern).join('|')})[\\p{L}\\p{N}_]*`, 'giu');
}

/** The [start, end) ranges of matches in a text. */
export function matchRanges(text: string, pattern: RegExp | null): [number, number][] {
  if (!pattern) return [];
  return [...text.matchAll(pattern)].filter((m) => m[0].length > 0).map((m) => [m.index, m.index + m[0].length]);
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'MARK', 'TEXTAREA', 'INPUT', 'SELECT', 'NAV', 'TEMPLATE']);

/** Text a reader cannot see now: in a hidden element or a popover (a term link's preview). */
function unseen(text: Node, root: HTMLElement): boolean {
  for (let p = text.parentElement; p && p !== root; p = p.parentElement)
    if (SKIP.has(p.tagName) || p.hidden || p.hasAttribute('popover') || p.getAttribute('aria-hidden') === 'true')
      return true;
  return text.parentElement?.checkVisibility?.() === false;
}

/** Mark the matches in the visible text of `root`; returns the marks in document order. */
function markMatches(root: HTMLElement, pattern: RegExp): HTMLElement[] {
  const texts: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (unseen(node, root) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  return texts.flatMap((text) =>
    // From the end, so the offsets of the earlier matches stay right.
    matchRanges(text.data, pattern)
      .reverse()
      .map(([start, end]) => {
        const hit = text.splitText(start);
        hit.splitText(end - start);
        const mark = document.createElement('mark');
        mark.className = 'search-term';
        hit.replaceWith(mark);
        mark.append(hit);
        return mark;
      })
      .reverse(),
  );
}

/** Called by the bootstrap in SearchForm.astro when the URL carries ?highlight=. */
export function highlightFromUrl(): void {
  const main = document.querySelector<HTMLElement>('main');
  const pattern = highlightPattern(highlightTermsFrom(location.search));
  if (!main || !pattern) return;
  const marks = markMatches(main, pattern);
  // A result with a section anchor already scrolled there; otherwise show the first match.
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (!target) marks.find((m) => !m.checkVisibility || m.checkVisibility())?.scrollIntoView({ block: 'center' });
}
