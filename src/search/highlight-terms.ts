/**
 * Marking the searched words on the page a reader lands on from a search result
 * (`?highlight=client+id`). The index matches words by their start ("configur" finds
 * "configuring"), so the page highlights every word that starts with a searched term.
 */
import { searchTerms } from './query.ts';

/** The terms to highlight from a page's query string, or none. */
export function highlightTermsFrom(search: string): string[] {
  const params = new URLSearchParams(search);
  const raw = params.getAll('highlight').join(' ');
  return raw.trim() ? [...new Set(searchTerms(raw))] : [];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A term as a pattern: a word of letters also matches written with hyphens ("email" finds "e-mail"), as search does. */
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
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(pattern)) {
    if (m[0].length > 0) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}
