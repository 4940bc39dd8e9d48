/**
 * The quick page search: the sections of the site's pages from the one small index file the
 * build writes (src/search/page-index.ts), ranked in the browser (src/search/page-rank.ts).
 * It answers a question before Pagefind and its WebAssembly have loaded. Fetched once, on
 * the first query, and kept.
 */
import { excerptHtml, mendPlan, prepareIndex, queryPlan, rankSections, type PreparedIndex } from './page-rank.ts';
import type { PageIndex } from './page-index.ts';
import { searchTerms } from './query.ts';
import { resultHref } from './results.ts';
import { withBase } from '../lib/util/urls.ts';
import type { Hit } from './pagefind.ts';

let loaded: Promise<PreparedIndex> | undefined;

function index(file: string): Promise<PreparedIndex> {
  loaded ??= fetch(file).then(async (r) => {
    if (!r.ok) throw new Error(`page index: HTTP ${r.status}`);
    return prepareIndex((await r.json()) as PageIndex);
  });
  loaded.catch(() => (loaded = undefined));
  return loaded;
}

/** Page sections that answer the query, one per page, best first, as results. */
export async function findPageHits(file: string, base: string, query: string, limit: number): Promise<Hit[]> {
  const typed = queryPlan(query);
  if (typed.length === 0) return [];
  const prepared = await index(file);
  // A misspelt word is searched, marked and highlighted on arrival as the word it meant.
  const plan = mendPlan(typed, prepared);
  const guessed = plan.some((q) => q.mended);
  const words = guessed ? plan.map((q) => q.word) : searchTerms(query);
  return rankSections(prepared, plan)
    .slice(0, limit)
    .map(({ page, section, matched, named }) => ({
      href: resultHref(withBase(page.url, base), words, section.anchor),
      title: page.title,
      section: page.section,
      heading: section.heading,
      excerpt: excerptHtml(section.text, plan) || excerptHtml(section.heading ?? page.title, plan),
      ...(matched < plan.length ? { share: matched / plan.length } : {}),
      ...(named ? { named } : {}),
      // Found through a word read as a slip: it yields to the full search's results that hold
      // every word as typed (see mergeTiers).
      ...(guessed ? { guessed } : {}),
    }));
}
