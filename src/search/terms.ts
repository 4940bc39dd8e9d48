/**
 * Glossary terms by name, from the small term index shards the build writes (see
 * src/search/term-index.ts). One shard per first character, fetched once and kept.
 */
import { escapeHtml } from './page-rank.ts';
import { matchTerms, shardKeysFor, slipShardKeys, type TermShard } from './term-index.ts';
import { searchTerms } from './query.ts';
import { resultHref } from './results.ts';
import { withBase } from '../lib/util/urls.ts';
import type { Hit } from './pagefind.ts';

const shards = new Map<string, Promise<TermShard>>();

function shard(dir: string, key: string): Promise<TermShard> {
  let found = shards.get(key);
  if (!found) {
    found = fetch(`${dir}${key}.json`).then(async (r) => {
      if (!r.ok) throw new Error(`term index ${key}: HTTP ${r.status}`);
      return (await r.json()) as TermShard;
    });
    found.catch(() => shards.delete(key));
    shards.set(key, found);
  }
  return found;
}

/**
 * Glossary terms whose name equals or starts with the query, or that the query names among
 * a few other words ("client secret lost"), as results (best first). Fetches the shard of
 * the query's first character and of each word a name inside it could start with.
 */
export async function findTermHits(dir: string, base: string, query: string, limit: number): Promise<Hit[]> {
  const keys = shardKeysFor(query);
  if (keys.length === 0) return [];
  const loaded = await Promise.all(keys.map((k) => shard(dir, k)));
  let matches = matchTerms(loaded, query, limit);
  if (matches.length === 0) {
    // Perhaps the first letters were swapped: look where the name would then be filed.
    const more = slipShardKeys(query);
    if (more.length > 0)
      matches = matchTerms([...loaded, ...(await Promise.all(more.map((k) => shard(dir, k))))], query, limit);
  }
  const words = searchTerms(query);
  return matches.map(({ entry, rank }) => ({
    href: resultHref(withBase(entry.url, base), words),
    title: entry.sense ? `${entry.label} (${entry.sense})` : entry.label,
    section: 'Glossary',
    heading: undefined,
    excerpt: escapeHtml(entry.summary),
    // A term named inside a longer query follows the page sections that hold every word of
    // the query; one guessed from a slip stands only if the pages do not know the words as
    // typed either (see mergeFirst).
    ...(rank === 2 ? { inside: true } : {}),
    ...(rank === 3 ? { guessed: true } : {}),
  }));
}
