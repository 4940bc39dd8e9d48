/**
 * The glossary "term index": a small, sharded list of every term's names, so the header
 * search can show a glossary term the moment its name is typed, before Pagefind (and its
 * WebAssembly) has loaded. Written at build time by src/search/integration.ts as one JSON
 * file per first character of a name (`c.json` holds every name starting with "c");
 * the browser fetches only the shard for what the reader typed.
 *
 * Pure functions: building the shards, picking the shard for a query, and matching.
 */
import { searchTerms } from './query.ts';
import { allowedSlips } from './spelling.ts';
import { editDistance } from '../lib/util/edit-distance.ts';

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
  const names = [t.term, ...(t.sense ? [`${t.term} (${t.sense})`] : []), ...t.aliases]
    .map(normaliseName)
    .filter(Boolean);
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
export function buildTermShards(
  terms: readonly TermSource[],
  pagePath: (slug: string) => string,
): Map<string, TermShard> {
  const shards = new Map<string, TermShard>();
  for (const t of terms) {
    const byKey = new Map<string, string[]>();
    for (const name of termNames(t)) {
      const key = shardKey(name);
      byKey.set(key, [...(byKey.get(key) ?? []), name]);
    }
    for (const [key, names] of byKey) {
      const entry: TermEntry = {
        slug: t.slug,
        label: t.term,
        ...(t.sense ? { sense: t.sense } : {}),
        summary: t.summary,
        url: pagePath(t.slug),
        names,
      };
      const shard = shards.get(key) ?? { terms: [] };
      shard.terms.push(entry);
      shards.set(key, shard);
    }
  }
  return new Map([...shards].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * A word as names are compared: a plural "s" (or "ies") dropped, so "client ids", "isvs"
 * and "status codes" meet "client id", "isv" and "status code". Applied to both sides, so
 * a word that only looks plural ("status") still meets itself.
 */
export function foldWord(word: string): string {
  if (word.length < 3 || !word.endsWith('s') || word.endsWith('ss')) return word;
  return word.endsWith('ies') && word.length > 4 ? `${word.slice(0, -3)}y` : word.slice(0, -1);
}

/** A normalised name or query with every word folded (see foldWord). */
export function foldName(normalised: string): string {
  return normalised.split(' ').map(foldWord).join(' ');
}

/**
 * The forms of a query to look up: as typed (normalised), and without filler words
 * ("what is a dto" -> "dto"). Empty forms are dropped.
 */
export function queryForms(query: string): string[] {
  const forms = [normaliseName(query), normaliseName(searchTerms(query).join(' '))].filter(Boolean);
  return [...new Set(forms)];
}

/** The query's words that say something (no filler words), normalised: "client secret lost". */
export function contentWords(query: string): string[] {
  return normaliseName(searchTerms(query).join(' ')).split(' ').filter(Boolean);
}

/**
 * A term name counts as named inside a longer query only when it covers more than half of
 * the query's content words: "client secret lost" names Client Secret, but "who issues a
 * production client" is a question about something else that happens to say "client".
 */
export function coversQuery(nameWords: number, queryWords: number): boolean {
  return nameWords * 2 > queryWords;
}

/**
 * The content words at which a name covering more than half of the query can start: the
 * first n - floor(n/2) of them (with 3 words, a name of 2 words starts at the 1st or 2nd).
 */
export function nameStarts(words: readonly string[]): string[] {
  return words.slice(0, words.length - Math.floor(words.length / 2));
}

/**
 * The shards a query needs: one per form's first character, and one per content word a
 * name inside the query could start with (shards are tiny and kept once fetched).
 */
export function shardKeysFor(query: string): string[] {
  return [...new Set([...queryForms(query), ...nameStarts(contentWords(query))].map(shardKey))];
}

/**
 * More shards to look in when no name matched: that of the query's second letter, where a
 * name lies if the first two letters were swapped or a letter was typed before it ("lcient
 * id", "xclient"). Only for words long enough to guess (see allowedSlips).
 */
export function slipShardKeys(query: string): string[] {
  const known = new Set(shardKeysFor(query));
  const keys = queryForms(query)
    .filter((form) => allowedSlips(form.split(' ')[0]!.length) > 0)
    .map((form) => shardKey(form.slice(1)));
  return [...new Set(keys)].filter((key) => !known.has(key));
}

export interface TermMatch {
  entry: TermEntry;
  /**
   * 0: a name equals the query (plurals folded); 1: a name starts with it; 2: the query
   * names it among other words, and the name covers more than half of them; 3: no name
   * matched, and this one is a slip or two away from the query ("clinet id").
   */
  rank: 0 | 1 | 2 | 3;
  /** The name that matched. */
  name: string;
}

/**
 * Is `name` what `typed` probably meant: as many words, each within the slips its length
 * allows ("clinet secret" for "client secret", not "response body" for "response code")?
 */
function withinSlips(typed: string, name: string): boolean {
  const a = typed.split(' ');
  const b = name.split(' ');
  if (a.length !== b.length || a.every((w, i) => w === b[i])) return false;
  // Lengths first: most names are ruled out without measuring the distance.
  if (!a.every((w, i) => Math.abs(w.length - b[i]!.length) <= allowedSlips(w.length))) return false;
  return a.every((w, i) => w === b[i] || editDistance(w, b[i]!) <= allowedSlips(w.length));
}

/** Does `words` hold `name`'s words one after the other? */
function holdsInOrder(words: readonly string[], name: readonly string[]): boolean {
  for (let i = 0; i + name.length <= words.length; i++) {
    if (name.every((w, j) => words[i + j] === w)) return true;
  }
  return false;
}

/** Which of two matches of one term is better. */
const better = (a: TermMatch, b: TermMatch) =>
  a.rank !== b.rank ? a.rank < b.rank : a.rank === 2 ? a.name.length > b.name.length : a.name.length < b.name.length;

/**
 * Terms with a name equal to the query, then terms with a name that starts with it, then
 * terms named inside a longer query (covering more than half of its content words). Among
 * equal and prefix matches the shorter name first (closer to what was typed); among names
 * inside a query the longer one first (it says more of it); then by label. A term
 * appears once, with its best name. The order depends only on the query and the shards,
 * never on how many results are shown.
 */
export function matchTerms(shards: readonly TermShard[], query: string, limit = Infinity): TermMatch[] {
  const forms = queryForms(query);
  if (forms.length === 0) return [];
  const folded = forms.map(foldName);
  const words = contentWords(query).map(foldWord);
  const names = shards.flatMap((shard) =>
    shard.terms.flatMap((entry) => entry.names.map((name) => ({ entry, name, folded: foldName(name) }))),
  );
  /** Each term once, with its best name of the ranks `rankOf` gives. */
  const pick = (rankOf: (name: string, foldedName: string) => TermMatch['rank'] | undefined) => {
    const best = new Map<string, TermMatch>();
    for (const { entry, name, folded: foldedName } of names) {
      const rank = rankOf(name, foldedName);
      if (rank === undefined) continue;
      const match: TermMatch = { entry, rank, name };
      const seen = best.get(entry.slug);
      if (!seen || better(match, seen)) best.set(entry.slug, match);
    }
    return best;
  };
  let best = pick((name, foldedName) => {
    if (folded.includes(foldedName)) return 0;
    if (forms.some((form) => name.startsWith(form))) return 1;
    const nameWords = foldedName.split(' ');
    return coversQuery(nameWords.length, words.length) && holdsInOrder(words, nameWords) ? 2 : undefined;
  });
  // Nothing named: perhaps a slip of the keyboard. Only whole names, only when nothing matched.
  if (best.size === 0)
    best = pick((_, foldedName) => (folded.some((form) => withinSlips(form, foldedName)) ? 3 : undefined));
  return [...best.values()]
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        (a.rank === 2 ? b.name.length - a.name.length : a.name.length - b.name.length) ||
        a.entry.label.localeCompare(b.entry.label) ||
        a.entry.slug.localeCompare(b.entry.slug),
    )
    .slice(0, limit);
}

/**
 * The results that need no full search: terms named by the query or starting with it, then
 * page sections whose heading (or page title) names the whole query (`named`), then other
 * sections that hold every word of it (no `share`), then terms named inside a longer query
 * (`inside`), then the other sections. "financials erp support" is answered by the section
 * "Financials ERP Support of your market" before the term Financials ERP, and "erp user
 * interface" by the section about ERP user interface questions before the term "ERP user".
 * A term `guessed` from a slip of the keyboard ("clinet secret") counts only when the pages
 * do not know the query's words as typed either (no page hit, or only guessed ones): "used"
 * is a word of the pages, not a slip for "user". Each page once; each tier keeps its order.
 */
export function mergeFirst<
  T extends {
    inside?: boolean | undefined;
    named?: boolean | undefined;
    share?: number | undefined;
    guessed?: boolean | undefined;
  },
>(allTermHits: readonly T[], pageHits: readonly T[], pathOf: (hit: T) => string, limit = Infinity): T[] {
  const typedWordsKnown = pageHits.some((h) => !h.guessed);
  const termHits = allTermHits.filter((h) => !h.guessed || !typedWordsKnown);
  const inside = termHits.filter((h) => h.inside);
  const named = pageHits.filter((h) => h.named);
  const rest = pageHits.filter((h) => !h.named);
  const whole = (h: T) => h.share === undefined;
  const pages =
    inside.length === 0
      ? [...named, ...rest]
      : [...named, ...rest.filter(whole), ...inside, ...rest.filter((h) => !whole(h))];
  return mergeResults(
    termHits.filter((h) => !h.inside),
    pages,
    pathOf,
    limit,
  );
}

/**
 * Term results first, then the other results without the pages a result before them
 * already links to. `pathOf` gives a result's page path (without base, query or fragment).
 */
export function mergeResults<T>(
  termHits: readonly T[],
  otherHits: readonly T[],
  pathOf: (hit: T) => string,
  limit = Infinity,
): T[] {
  const taken = new Set(termHits.map(pathOf));
  const others = otherHits.filter((h) => {
    const path = pathOf(h);
    if (taken.has(path)) return false;
    taken.add(path);
    return true;
  });
  return [...termHits, ...others].slice(0, limit);
}

/**
 * The first results (terms, then quick page hits), then the full search's, as mergeResults
 * does; but when the first results run out of good answers (from the first that holds no
 * more than half of the query's words, its `share`), the full search's results that hold
 * every word go before them: "authorization code" is said on a glossary page, which only
 * the full search knows, not on the content pages that merely say "code". A result
 * without a share holds every word; a `guessed` one (found through a word read as a slip
 * of the keyboard) counts as holding half at most. Each tier keeps its own order.
 */
export function mergeTiers<T extends { share?: number | undefined; guessed?: boolean | undefined }>(
  first: readonly T[],
  full: readonly T[],
  pathOf: (hit: T) => string,
  limit = Infinity,
): T[] {
  const share = (h: T) => (h.guessed ? Math.min(0.5, h.share ?? 1) : (h.share ?? 1));
  const cut = first.findIndex((h) => share(h) <= 0.5);
  if (cut === -1) return mergeResults(first, full, pathOf, limit);
  return mergeResults(
    first.slice(0, cut),
    [...full.filter((h) => share(h) === 1), ...first.slice(cut), ...full.filter((h) => share(h) < 1)],
    pathOf,
    limit,
  );
}
