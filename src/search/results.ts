/**
 * Choosing and ordering search results. Pure functions over the data Pagefind returns, so
 * that ranking decisions are tested without a browser.
 */
import { STOP_WORDS, queryWords } from './query.ts';

export interface ScoredResult {
  id: string;
  score: number;
}

/**
 * Combine separate one-word searches into one list, used when no page contains every word
 * of a question. Pages that match more of the words come first; among those, the higher
 * summed score wins.
 */
export function mergeWordResults(perWord: ScoredResult[][]): ScoredResult[] {
  const merged = new Map<string, { id: string; score: number; words: number }>();
  for (const results of perWord) {
    const seen = new Set<string>();
    for (const r of results) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      const entry = merged.get(r.id) ?? { id: r.id, score: 0, words: 0 };
      entry.score += r.score;
      entry.words += 1;
      merged.set(r.id, entry);
    }
  }
  return [...merged.values()]
    .sort((a, b) => b.words - a.words || b.score - a.score || a.id.localeCompare(b.id))
    .map(({ id, score }) => ({ id, score }));
}

export interface Anchor {
  element: string;
  id: string;
  location: number;
}

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: Anchor | undefined;
  weighted_locations: { weight: number; balanced_score: number }[];
}

const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}_]+/u)
    .filter(Boolean)
    .join(' ');

/**
 * The section of a page that matches best: a section whose heading is exactly what was
 * searched for (a glossary term by its name), else the one whose matching words score highest.
 */
export function bestSubResult<T extends SubResult>(
  subResults: readonly T[],
  terms: readonly string[] = [],
): T | undefined {
  const wanted = words(terms.join(' '));
  const exact = wanted
    ? subResults.find((s) => s.anchor && s.weighted_locations.length > 0 && words(s.title) === wanted)
    : undefined;
  if (exact) return exact;
  let best: T | undefined;
  let bestScore = -1;
  for (const sub of subResults) {
    const score = sub.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);
    if (score > bestScore) {
      best = sub;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The id to link to for a heading anchor. When the heading starts an element that has an
 * id of its own at the same place (a glossary entry's <article id="client-id"> around its
 * <h3 id="client-id-title">), the outer id is the permanent link readers share.
 */
export function linkAnchorId(anchor: Anchor, allAnchors: readonly Anchor[]): string {
  const outer = allAnchors.find((a) => a.location === anchor.location && !/^h\d$/i.test(a.element));
  return outer?.id ?? anchor.id;
}

/** Remove the base path, query and fragment from a result URL: "/docs/scope/?x#y" -> "/scope/". */
export function pagePathOf(url: string, base: string): string {
  const path = url.replace(/[?#].*$/, '');
  const b = base.endsWith('/') ? base : `${base}/`;
  return b !== '/' && path.startsWith(b) ? `/${path.slice(b.length)}` : path;
}

/** The link for a result: the page, the words to highlight on arrival, and the section anchor. */
export function resultHref(pageUrl: string, terms: readonly string[], anchorId?: string): string {
  const path = pageUrl.replace(/[?#].*$/, '');
  const query = terms.length > 0 ? `?${new URLSearchParams({ highlight: terms.join(' ') })}` : '';
  return `${path}${query}${anchorId ? `#${encodeURIComponent(anchorId)}` : ''}`;
}

/** Pagefind marks every word of a query, even "is" or "a": leave stop words unmarked in its excerpts. */
export function unmarkStopWords(excerpt: string): string {
  return excerpt.replace(/<mark>([^<]*)<\/mark>/g, (all, inner: string) => {
    const words = queryWords(inner.replace(/&#?\w+;/g, ' '));
    return words.length > 0 && words.every((w) => STOP_WORDS.has(w)) ? inner : all;
  });
}
