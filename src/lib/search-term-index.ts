/**
 * The glossary "term index": a small, sharded list of every term's names, so the header
 * search can show a glossary term the moment its name is typed, before Pagefind (and its
 * WebAssembly) has loaded. Written at build time by src/integrations/search.ts as one JSON
 * file per first character of a name (`c.json` holds every name starting with "c");
 * the browser fetches only the shard for what the reader typed.
 *
 * Pure functions: building the shards, picking the shard for a query, and matching.
 */
import { searchTerms } from './search-query.ts';

/** What the build knows about a term (see glossary-source.ts). */
export interface TermSource {
  slug: string;
  term: string;
  sense?: string | undefined;
  aliases: readonly string[];
  summary: string;
}

/** One term in a shard, with its names that start with the shard's character. */
export interface TermEntry {
  slug: string;
  /** The term as readers see it ("Client Id"). */
  label: string;
  sense?: string;
  summary: string;
  /** Site path of the term's page, without the base path. */
  url: string;
  /** Normalised names (term, "term (sense)", aliases) that belong to this shard. */
  names: string[];
}

export interface TermShard {
  terms: TermEntry[];
}

/** Lower case, compatibility forms folded, every run of punctuation or spaces to one space. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A term's names, normalised and without repeats: its name, "name (sense)", its aliases. */
export function termNames(t: TermSource): string[] {
  const names = [t.term, ...(t.sense ? [`${t.term} (${t.sense})`] : []), ...t.aliases].map(normaliseName).filter(Boolean);
  return [...new Set(names)];
}

/**
 * The shard a normalised name or query belongs to: its first character if it is a-z or
 * 0-9, else "_" (one shard for every other script keeps file names plain).
 */
export function shardKey(normalised: string): string {
  const first = normalised.charAt(0);
  return /^[a-z0-9]$/.test(first) ? first : '_';
}

/** Every shard, by key, for a glossary. Terms and names keep the glossary's order. */
export function buildTermShards(terms: readonly TermSource[], pagePath: (slug: string) => string): Map<string, TermShard> {
  const shards = new Map<string, TermShard>();
  for (const t of terms) {
    const byKey = new Map<string, string[]>();
    for (const name of termNames(t)) {
      const key = shardKey(name);
      byKey.set(key, [...(byKey.get(key) ?? []), name]);
    }
    for (const [key, names] of byKey) {
      const entry: TermEntry = { slug: t.slug, label: t.term, ...(t.sense ? { sense: t.sense } : {}), summary: t.summary, url: pagePath(t.slug), names };
      const shard = shards.get(key) ?? { terms: [] };
      shard.terms.push(entry);
      shards.set(key, shard);
    }
  }
  return new Map([...shards].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The forms of a query to look up: as typed (normalised), and without filler words
 * ("what is a dto" -> "dto"). Empty forms are dropped.
 */
export function queryForms(query: string): string[] {
  const forms = [normaliseName(query), normaliseName(searchTerms(query).join(' '))].filter(Boolean);
  return [...new Set(forms)];
}

/** The shards a query needs (one per form's first character). */
export function shardKeysFor(query: string): string[] {
  return [...new Set(queryForms(query).map(shardKey))];
}

export interface TermMatch {
  entry: TermEntry;
  /** 0: a name equals the query; 1: a name starts with it. */
  rank: 0 | 1;
  /** The name that matched. */
  name: string;
}

/**
 * Terms with a name equal to the query, then terms with a name that starts with it; among
 * those, the shorter matching name first (closer to what was typed), then by label. A term
 * appears once, with its best name. The order depends only on the query and the shards,
 * never on how many results are shown.
 */
export function matchTerms(shards: readonly TermShard[], query: string, limit = Infinity): TermMatch[] {
  const forms = queryForms(query);
  if (forms.length === 0) return [];
  const best = new Map<string, TermMatch>();
  for (const shard of shards) {
    for (const entry of shard.terms) {
      for (const name of entry.names) {
        let rank: 0 | 1 | undefined;
        for (const form of forms) {
          if (name === form) rank = 0;
          else if (rank === undefined && name.startsWith(form)) rank = 1;
        }
        if (rank === undefined) continue;
        const seen = best.get(entry.slug);
        if (!seen || rank < seen.rank || (rank === seen.rank && name.length < seen.name.length)) best.set(entry.slug, { entry, rank, name });
      }
    }
  }
  return [...best.values()]
    .sort((a, b) => a.rank - b.rank || a.name.length - b.name.length || a.entry.label.localeCompare(b.entry.label) || a.entry.slug.localeCompare(b.entry.slug))
    .slice(0, limit);
}

/**
 * Term results first, then the other results without the pages a term result already
 * links to. `pathOf` gives a result's page path (without base, query or fragment).
 */
export function mergeResults<T>(termHits: readonly T[], otherHits: readonly T[], pathOf: (hit: T) => string, limit = Infinity): T[] {
  const taken = new Set(termHits.map(pathOf));
  return [...termHits, ...otherHits.filter((h) => !taken.has(pathOf(h)))].slice(0, limit);
}
