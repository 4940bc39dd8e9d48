/**
 * The words a result link carries to the page it opens (`?highlight=client+id`), to be
 * marked there. The indexes match words by their start ("configur" finds "configuring"),
 * so the page marks every word that starts with a searched one.
 */
import { parseQuery } from './query.ts';

/** The link for a result: the page, the words to highlight on arrival, and the section anchor. */
export function resultHref(pageUrl: string, words: readonly string[], anchorId?: string): string {
  const query = words.length > 0 ? `?${new URLSearchParams({ highlight: words.join(' ') })}` : '';
  return `${pageUrl.replace(/[?#].*$/, '')}${query}${anchorId ? `#${encodeURIComponent(anchorId)}` : ''}`;
}

/** The words to highlight from a page's query string, or none. */
export function highlightTermsFrom(search: string): string[] {
  const raw = new URLSearchParams(search).getAll('highlight').join(' ');
  return raw.trim() ? [...new Set(parseQuery(raw).terms)] : [];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A word as a pattern: a word of letters also matches written with hyphens ("email" finds "e-mail"), as search does. */
const termPattern = (term: string) => (/^\p{L}+$/u.test(term) ? [...term].map(escape).join('-?') : escape(term));

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
