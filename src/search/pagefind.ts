/**
 * The search engine behind the header field and the results page: Pagefind's JS API
 * (`pagefind/pagefind.js` from the build), loaded on first use, plus the query handling
 * and result choices from src/lib.
 */
import { searchTerms } from './query.ts';
import { holdsEveryWord, queryPlan, type QueryWord } from './page-rank.ts';
import {
  bestSubResult,
  linkAnchorId,
  mergeWordResults,
  pagePathOf,
  resultHref,
  unmarkStopWords,
  type Anchor,
  type SubResult,
} from './results.ts';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  /** The page's indexed text. */
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  anchors: Anchor[];
  sub_results: SubResult[];
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}

/** One result as the UI shows it. */
export interface Hit {
  href: string;
  title: string;
  section: string | undefined;
  /** The heading of the matching section, when it is not the page itself. */
  heading: string | undefined;
  /** The excerpt: text with HTML entities escaped and the matched words in <mark>. */
  excerpt: string;
  /** A term named inside a longer query, not by it (see mergeFirst). */
  inside?: boolean;
  /** A page section whose heading or page title holds every word of the query (see mergeFirst). */
  named?: boolean;
  /** The share of the query's words the result holds, when it does not hold them all (see mergeTiers). */
  share?: number;
  /** Found through a word read as a slip of the keyboard (see mendPlan, mergeTiers). */
  guessed?: boolean;
}

/**
 * Ranking for readers of this site: the page title and a glossary term's other names count
 * most, and short pages (a glossary term, the checklist) are not punished for being short.
 */
export const RANKING = {
  metaWeights: { title: 6, aliases: 5 },
  pageLength: 0.4,
  termSimilarity: 1.5,
};

let engine: Promise<PagefindApi> | undefined;

/** Load Pagefind and warm it (entry, metadata, WebAssembly). Safe to call many times. */
export function loadEngine(base: string): Promise<PagefindApi> {
  engine ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
    await pagefind.options({ baseUrl: base, excerptLength: 22, noWorker: true, ranking: RANKING });
    await pagefind.init();
    return pagefind;
  })();
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}

function toHit(data: PagefindData, terms: string[], plan: readonly QueryWord[]): Hit {
  const title = data.meta['title'] ?? data.url;
  const sub = bestSubResult(data.sub_results, terms);
  const anchorId = sub?.anchor ? linkAnchorId(sub.anchor, data.anchors) : undefined;
  const heading = sub?.anchor && sub.title !== title ? sub.title : undefined;
  return {
    href: resultHref(data.url, terms, anchorId),
    title,
    section: data.filters?.['section']?.[0],
    heading,
    excerpt: unmarkStopWords(sub?.excerpt || data.excerpt),
    // Pagefind's stemming is looser than the quick index's: judged by the same rule.
    ...(holdsEveryWord(`${title} ${data.content}`, plan) ? {} : { share: 0 }),
  };
}

/**
 * Search for what the reader typed; `limit` results with their data, in Pagefind's order
 * (the home page is demoted in the index itself, so no reordering after the cut: the first
 * results are the same whatever the limit). Pages in `skip` (site paths with the base, e.g.
 * the glossary terms already shown) are left out.
 */
export async function findHits(
  base: string,
  query: string,
  limit: number,
  skip: ReadonlySet<string> = new Set(),
): Promise<{ hits: Hit[]; total: number }> {
  const terms = searchTerms(query);
  if (terms.length === 0) return { hits: [], total: 0 };
  const pagefind = await loadEngine(base);
  let results = (await pagefind.search(terms.join(' ')))?.results ?? [];
  if (results.length === 0 && terms.length > 1) {
    // No page has every word (e.g. a question in the reader's own words): rank pages by how
    // many of the words they contain instead.
    const perWord = await Promise.all(terms.map(async (t) => (await pagefind.search(t))?.results ?? []));
    const byId = new Map(perWord.flat().map((r) => [r.id, r]));
    results = mergeWordResults(perWord).map((m) => byId.get(m.id)!);
  }
  const plan = queryPlan(query);
  const data = await Promise.all(results.slice(0, limit + skip.size).map((r) => r.data()));
  const kept = data.filter((d) => !skip.has(pagePathOf(d.url, '/')));
  return {
    hits: kept.slice(0, limit).map((d) => toHit(d, terms, plan)),
    total: results.length - (data.length - kept.length),
  };
}
