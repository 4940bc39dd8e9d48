/**
 * The order of the results of the three sources (src/search/sources/). Each page is shown once, at its first
 * place, and the order never depends on how many results are shown (6 in the dropdown, 20 on /search/).
 */
import { withoutQuery } from '../lib/util/urls.ts';

/** One result, as a source gives it and the UI shows it. */
export interface Hit {
  href: string;
  title: string;
  section: string | undefined;
  /** The heading of the matching section, when it is not the page itself. */
  heading: string | undefined;
  /** HTML-escaped text with the matched words in <mark>. */
  excerpt: string;
  /** The share of the query's words the result holds (1: all of them). */
  wordShare: number;
  /** A glossary term named among other words of the query ("client secret lost"). */
  termInLongerQuery?: boolean;
  /** A section whose heading, or its page's title, holds every word of the query. */
  headingHoldsQuery?: boolean;
  /** Found through a word read as a slip of the keyboard ("clinet" as "client"). */
  slipGuess?: boolean;
}

/** Results and how many there are in all. */
export type Found = { hits: Hit[]; total: number };

/** Text as HTML for an excerpt (the UI sets excerpts with innerHTML). */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A result's link: the page, the words to highlight on arrival (src/search/highlight.ts), the section anchor. */
export function resultHref(pageUrl: string, words: readonly string[], anchorId?: string): string {
  const query = words.length > 0 ? `?${new URLSearchParams({ highlight: words.join(' ') })}` : '';
  return `${withoutQuery(pageUrl)}${query}${anchorId ? `#${encodeURIComponent(anchorId)}` : ''}`;
}

/** The page a result links to: its link without highlight words or anchor. */
export const pageOf = (hit: Hit): string => withoutQuery(hit.href);

/** Results by tier (each tier in its own order), each page once, the first `limit`. */
function inTiers(tiered: readonly (readonly [Hit, number])[], limit: number): Hit[] {
  const seen = new Set<string>();
  return [...tiered]
    .sort(([, a], [, b]) => a - b)
    .map(([hit]) => hit)
    .filter((hit) => !seen.has(pageOf(hit)) && seen.add(pageOf(hit)))
    .slice(0, limit);
}

/** The results that need no Pagefind: terms by name and page sections, best first. */
export function quickOrder(terms: readonly Hit[], sections: readonly Hit[], limit = Infinity): Hit[] {
  // A word the pages know as typed is no slip: "used" does not make a guess at the term User.
  const typedWordsKnown = sections.some((h) => !h.slipGuess);
  const kept = terms.filter((h) => !h.slipGuess || !typedWordsKnown);
  const termsInside = kept.some((h) => h.termInLongerQuery);
  // A heading naming the whole query answers it, even before a term named inside it ("financials erp support");
  // a term covering part of a longer query follows the sections holding every word, not those holding fewer.
  const sectionTier = (h: Hit) => (h.headingHoldsQuery ? 1 : termsInside && h.wordShare < 1 ? 4 : 2);
  return inTiers(
    [
      // A term the query names, or whose name it starts, is what the reader is looking up.
      ...kept.map((h) => [h, h.termInLongerQuery ? 3 : 0] as const),
      ...sections.map((h) => [h, sectionTier(h)] as const),
    ],
    limit,
  );
}

/** The quick results, then Pagefind's. */
export function fullOrder(quick: readonly Hit[], full: readonly Hit[], limit = Infinity): Hit[] {
  // A result found through a guessed slip holds half the words at most: it yields to any holding them as typed.
  const share = (h: Hit) => (h.slipGuess ? Math.min(0.5, h.wordShare) : h.wordShare);
  // Quick results lead until the first holding half the words or fewer; from there, Pagefind's holding every word
  // go first: they are glossary pages the quick index does not have ("authorization code" finds Redirect URI).
  const cut = quick.findIndex((h) => share(h) <= 0.5);
  const tiered = [
    ...quick.map((h, i) => [h, cut === -1 || i < cut ? 0 : 2] as const),
    ...full.map((h) => [h, cut === -1 || share(h) === 1 ? 1 : 3] as const),
  ];
  return inTiers(tiered, limit);
}
