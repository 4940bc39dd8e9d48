/** Source: glossary terms by name, from the term index shards a query needs, fetched once. */
import { editDistance } from '../../lib/util/edit-distance.ts';
import { withBase } from '../../lib/util/urls.ts';
import { shardKey, type TermEntry, type TermShard } from '../build/term-shards.ts';
import { allowedSlips, type Query } from '../query.ts';
import { escapeHtml, resultHref, type Hit } from '../merge.ts';

/**
 * How a term's name matched, best first. equals: a name is the query (plurals folded); starts: a name starts
 * with it; inside: the query names it among other words, covering more than half of them ("who issues a
 * production client" is about something else); slip: no name matched, this one is a slip or two away.
 */
const HOW = ['equals', 'starts', 'inside', 'slip'] as const;

export type TermMatch = { entry: TermEntry; how: (typeof HOW)[number]; name: string };

/** A word as names are compared: a plural "s" or "ies" dropped on both sides ("status codes" meets "status code"). */
export function foldWord(word: string): string {
  if (word.length < 3 || !word.endsWith('s') || word.endsWith('ss')) return word;
  return word.endsWith('ies') && word.length > 4 ? `${word.slice(0, -3)}y` : word.slice(0, -1);
}

const foldName = (name: string) => name.split(' ').map(foldWord).join(' ');

/** The shards a query needs: of each name form, and of each word where a name covering most of it may start. */
export function shardKeysFor(query: Query): string[] {
  const words = query.nameWords;
  const starts = words.slice(0, words.length - Math.floor(words.length / 2));
  return [...new Set([...query.nameForms, ...starts].map(shardKey))];
}

/** More shards when no name matched: of the second letter, as in "lcient id" or "xclient". */
export function slipShardKeys(query: Query): string[] {
  const known = new Set(shardKeysFor(query));
  const keys = query.nameForms.filter((form) => allowedSlips(form.split(' ')[0]!.length) > 0).map((f) => f.slice(1));
  return [...new Set(keys.map(shardKey))].filter((key) => !known.has(key));
}

/** Is `name` what `typed` probably meant: as many words, each within the slips its length allows? */
function isSlipOf(typed: string, name: string): boolean {
  const a = typed.split(' ');
  const b = name.split(' ');
  if (a.length !== b.length || a.every((w, i) => w === b[i])) return false;
  // Lengths first: most names are ruled out without measuring the distance.
  if (!a.every((w, i) => Math.abs(w.length - b[i]!.length) <= allowedSlips(w.length))) return false;
  return a.every((w, i) => w === b[i] || editDistance(w, b[i]!) <= allowedSlips(w.length));
}

/** Equal and starting names: the shorter first (closer to what was typed); inside a query the longer (says more). */
function order(a: TermMatch, b: TermMatch): number {
  const lengths = a.how === 'inside' ? b.name.length - a.name.length : a.name.length - b.name.length;
  return (
    HOW.indexOf(a.how) - HOW.indexOf(b.how) ||
    lengths ||
    a.entry.label.localeCompare(b.entry.label) ||
    a.entry.slug.localeCompare(b.entry.slug)
  );
}

/** Each matching term once, with its best name, best first. Slips are read only when no name matched. */
export function matchTerms(shards: readonly TermShard[], query: Query, limit = Infinity): TermMatch[] {
  const forms = query.nameForms.map(foldName);
  const words = query.nameWords.map(foldWord);
  const spaced = ` ${words.join(' ')} `;
  const names = shards.flatMap((s) => s.terms.flatMap((entry) => entry.names.map((name) => ({ entry, name }))));
  const pick = (howOf: (name: string, folded: string) => TermMatch['how'] | undefined) => {
    const best = new Map<string, TermMatch>();
    for (const { entry, name } of names) {
      const how = howOf(name, foldName(name));
      const seen = best.get(entry.slug);
      if (how && (!seen || order({ entry, how, name }, seen) < 0)) best.set(entry.slug, { entry, how, name });
    }
    return [...best.values()];
  };
  let found = pick((name, folded) => {
    if (forms.includes(folded)) return 'equals';
    if (query.nameForms.some((form) => name.startsWith(form))) return 'starts';
    const inside = folded.split(' ').length * 2 > words.length && spaced.includes(` ${folded} `);
    return inside ? 'inside' : undefined;
  });
  if (found.length === 0) found = pick((_, folded) => (forms.some((f) => isSlipOf(f, folded)) ? 'slip' : undefined));
  return found.sort(order).slice(0, limit);
}

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

/** Glossary terms the query names, best first, from the shards in `dir`. */
export async function findTerms(dir: string, base: string, query: Query, limit: number): Promise<Hit[]> {
  const load = (keys: string[]) => Promise.all(keys.map((k) => shard(dir, k)));
  const loaded = await load(shardKeysFor(query));
  let matches = matchTerms(loaded, query, limit);
  const more = matches.length === 0 ? slipShardKeys(query) : [];
  if (more.length > 0) matches = matchTerms([...loaded, ...(await load(more))], query, limit);
  return matches.map(({ entry, how }) => ({
    href: resultHref(withBase(entry.url, base), query.terms),
    title: entry.sense ? `${entry.label} (${entry.sense})` : entry.label,
    section: 'Glossary',
    heading: undefined,
    excerpt: escapeHtml(entry.summary),
    wordShare: 1,
    ...(how === 'inside' ? { termInLongerQuery: true } : {}),
    ...(how === 'slip' ? { slipGuess: true } : {}),
  }));
}
