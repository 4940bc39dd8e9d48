/**
 * The glossary term index: every term's names in one small JSON shard per first character (`c.json`), so the
 * header search shows a term the moment its name is typed. Written by src/search/integration.ts.
 */
import { searchableName } from '../query.ts';

/** What the build knows about a term (src/lib/glossary/source.ts). */
export interface TermSource {
  slug: string;
  term: string;
  sense?: string | undefined;
  aliases: readonly string[];
  summary: string;
}

/** One term in a shard, with its searchable names (term, "term (sense)", aliases) that start with its character. */
export interface TermEntry {
  slug: string;
  /** The term as readers see it ("Client Id"). */
  label: string;
  sense?: string;
  summary: string;
  /** Site path of the term's page, without the base path. */
  url: string;
  names: string[];
}

export type TermShard = { terms: TermEntry[] };

/** A term's searchable names, without repeats: its name, "name (sense)", its aliases. */
export function termNames(t: TermSource): string[] {
  const names = [t.term, ...(t.sense ? [`${t.term} (${t.sense})`] : []), ...t.aliases].map(searchableName);
  return [...new Set(names.filter(Boolean))];
}

/** The shard of a searchable name: its first character if a-z or 0-9, else "_" (plain file names). */
export function shardKey(name: string): string {
  const first = name.charAt(0);
  return /^[a-z0-9]$/.test(first) ? first : '_';
}

/** Every shard, by key, for a glossary. Terms and names keep the glossary's order. */
export function buildTermShards(
  terms: readonly TermSource[],
  pagePath: (slug: string) => string,
): Map<string, TermShard> {
  const shards = new Map<string, TermShard>();
  for (const t of terms) {
    const byKey = new Map<string, string[]>();
    for (const name of termNames(t)) byKey.set(shardKey(name), [...(byKey.get(shardKey(name)) ?? []), name]);
    for (const [key, names] of byKey) {
      const { slug, term: label, summary } = t;
      const shard = shards.get(key) ?? { terms: [] };
      shard.terms.push({ slug, label, ...(t.sense ? { sense: t.sense } : {}), summary, url: pagePath(slug), names });
      shards.set(key, shard);
    }
  }
  return new Map([...shards].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
