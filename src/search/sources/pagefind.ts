/** Source: Pagefind's full-text results, loaded with its WebAssembly on first use. It knows every page. */
import { withoutQuery } from '../../lib/util/urls.ts';
import { resultHref, type Found, type Hit } from '../merge.ts';
import { wordsOf, type Query } from '../query.ts';
import { SETTINGS } from '../settings.ts';
import { holdsEveryWord } from './sections.ts';

export type Anchor = { element: string; id: string; location: number };
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: Anchor | undefined;
  weighted_locations: { weight: number; balanced_score: number }[];
}
interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  anchors: Anchor[];
  sub_results: SubResult[];
}
type PagefindResult = { id: string; score: number; data(): Promise<PagefindData> };
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}

let engine: Promise<PagefindApi> | undefined;

/** Pagefind, loaded and warmed (entry, metadata, WebAssembly) once. */
function loadEngine(base: string): Promise<PagefindApi> {
  engine ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
    const { pagefind: ranking, excerptWords } = SETTINGS;
    await pagefind.options({ baseUrl: base, excerptLength: excerptWords, noWorker: true, ranking });
    await pagefind.init();
    return pagefind;
  })();
  engine.catch(() => (engine = undefined));
  return engine;
}

/** Separate one-word searches as one list: pages holding more of the words first, then by summed score. */
export function mergeWordResults<T extends { id: string; score: number }>(perWord: readonly (readonly T[])[]): T[] {
  const merged = new Map<string, { result: T; score: number; words: number }>();
  for (const results of perWord) {
    const seen = new Set<string>();
    for (const r of results.filter((x) => !seen.has(x.id) && seen.add(x.id))) {
      const entry = merged.get(r.id) ?? { result: r, score: 0, words: 0 };
      merged.set(r.id, { ...entry, score: entry.score + r.score, words: entry.words + 1 });
    }
  }
  return [...merged.values()]
    .sort((a, b) => b.words - a.words || b.score - a.score || a.result.id.localeCompare(b.result.id))
    .map((m) => m.result);
}

const nameOf = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}_]+/u)
    .filter(Boolean)
    .join(' ');

/** A page's best section: one whose heading is what was searched for (a term by its name), else the top scored. */
export function bestSubResult<T extends SubResult>(
  subResults: readonly T[],
  terms: readonly string[] = [],
): T | undefined {
  const wanted = nameOf(terms.join(' '));
  const exact = subResults.find(
    (s) => wanted && s.anchor && s.weighted_locations.length > 0 && nameOf(s.title) === wanted,
  );
  const score = (s: T) => s.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);
  return (
    exact ?? subResults.reduce<T | undefined>((best, s) => (!best || score(s) > score(best) ? s : best), undefined)
  );
}

/** The id to link to for a heading: that of an element it opens (a glossary entry's <article id>), if any. */
export function linkAnchorId(anchor: Anchor, allAnchors: readonly Anchor[]): string {
  return allAnchors.find((a) => a.location === anchor.location && !/^h\d$/i.test(a.element))?.id ?? anchor.id;
}

/** Pagefind marks every word of a query, even "is" or "a": leave stop words unmarked in its excerpts. */
export function unmarkStopWords(excerpt: string): string {
  return excerpt.replace(/<mark>([^<]*)<\/mark>/g, (all, inner: string) => {
    const words = wordsOf(inner.replace(/&#?\w+;/g, ' '));
    return words.length > 0 && words.every((w) => SETTINGS.stopWords.has(w)) ? inner : all;
  });
}

function toHit(data: PagefindData, query: Query): Hit {
  const title = data.meta['title'] ?? data.url;
  const sub = bestSubResult(data.sub_results, query.terms);
  return {
    href: resultHref(data.url, query.terms, sub?.anchor ? linkAnchorId(sub.anchor, data.anchors) : undefined),
    title,
    section: data.filters?.['section']?.[0],
    heading: sub?.anchor && sub.title !== title ? sub.title : undefined,
    excerpt: unmarkStopWords(sub?.excerpt || data.excerpt),
    // Pagefind's stemming is looser than the quick index's: judged by the same rule.
    wordShare: holdsEveryWord(`${title} ${data.content}`, query.words) ? 1 : 0,
  };
}

/**
 * Pagefind's first `limit` results, in its order, without the pages in `skip` (already shown). Its order needs no
 * re-ranking here: summary pages are weighted down in the index itself (data-pagefind-weight).
 */
export async function findPagefind(base: string, query: Query, limit: number, skip: Set<string>): Promise<Found> {
  if (query.terms.length === 0) return { hits: [], total: 0 };
  const pagefind = await loadEngine(base);
  const results = async (text: string) => (await pagefind.search(text))?.results ?? [];
  let found = await results(query.terms.join(' '));
  // No page holds every word (a question in the reader's own words): pages holding most of them first.
  if (found.length === 0 && query.terms.length > 1)
    found = mergeWordResults(await Promise.all(query.terms.map(results)));
  const data = await Promise.all(found.slice(0, limit + skip.size).map((r) => r.data()));
  const kept = data.filter((d) => !skip.has(withoutQuery(d.url)));
  return { hits: kept.slice(0, limit).map((d) => toHit(d, query)), total: found.length - (data.length - kept.length) };
}
