/**
 * Source: page sections from the quick page index (build/page-sections.ts), fetched on the first query and ranked
 * here (BM25 with the rules of SETTINGS.sections), so a question is answered before Pagefind loads.
 */
import { withBase } from '../../lib/util/urls.ts';
import type { IndexedPage, IndexedSection, PageIndex } from '../build/page-sections.ts';
import { escapeHtml, resultHref, type Hit } from '../merge.ts';
import { HYPHENATED, likelyMeant, WORD, wordsOf, type Query, type QueryWord } from '../query.ts';
import { SETTINGS } from '../settings.ts';
import { stem } from '../stem.ts';

const { stopWords, negations, synonyms } = SETTINGS;

/** A query word as the sections are searched for it: `guessed`, a known word read for a slip (see readSlips). */
export type SectionWord = QueryWord & { guessed?: boolean };

type Counts = Map<string, number>;
/** A text's words counted by stem, without stop words; `stems` in their order, `length` with stop words. */
type Counted = { counts: Counts; stems: string[]; length: number };

interface PreparedSection {
  page: IndexedPage;
  section: IndexedSection;
  body: Counted;
  heading: Counted;
  /** Pairs of neighbouring words (stems, stop words skipped): "code exampl". */
  pairs: Set<string>;
}

export interface PreparedIndex {
  sections: PreparedSection[];
  titles: Map<IndexedPage, Counts>;
  /** Every word in the index -> its stem, for matching a word as it is being typed. */
  vocabulary: Map<string, string>;
  averageLength: number;
}

/** The words a word of page text counts as: itself, and a hyphenated word's parts and the parts run together. */
export function textTokens(word: string): string[] {
  if (!HYPHENATED.test(word)) return [word];
  return [word.replaceAll('-', ''), ...word.split('-').filter((p) => p.length > 1 && !stopWords.has(p))];
}

function count(text: string, vocabulary: Map<string, string>, pairs?: Set<string>): Counted {
  const counts: Counts = new Map();
  const stems: string[] = [];
  const words = wordsOf(text);
  let previous: string | undefined;
  for (const w of words) {
    if (stopWords.has(w)) continue;
    const tokens = textTokens(w);
    tokens.forEach((t, i) => {
      let s = vocabulary.get(t);
      if (s === undefined) vocabulary.set(t, (s = stem(t)));
      counts.set(s, (counts.get(s) ?? 0) + 1);
      if (i === 0) stems.push(s);
      // Pairs follow the words as written, or a hyphenated word's parts.
      if (tokens.length > 1 && i === 0) return;
      if (pairs && previous !== undefined) pairs.add(`${previous} ${s}`);
      previous = s;
    });
  }
  return { counts, stems, length: words.length };
}

/** Count the words of every section once, when the index has loaded. */
export function prepareIndex(index: PageIndex): PreparedIndex {
  const vocabulary = new Map<string, string>();
  const titles = new Map<IndexedPage, Counts>();
  const sections: PreparedSection[] = [];
  for (const page of index.pages) {
    titles.set(page, count(page.title, vocabulary).counts);
    for (const section of page.sections) {
      const pairs = new Set<string>();
      const body = count(section.text, vocabulary, pairs);
      sections.push({ page, section, body, heading: count(section.heading ?? '', vocabulary, pairs), pairs });
    }
  }
  const total = sections.reduce((n, s) => n + s.body.length + s.heading.length, 0);
  return { sections, titles, vocabulary, averageLength: sections.length > 0 ? total / sections.length : 1 };
}

/** The query's words, each the index does not know read as the known word it most likely meant ("recieve"). */
export function readSlips(words: readonly QueryWord[], index: PreparedIndex): SectionWord[] {
  const stems = new Set(index.vocabulary.values());
  return words.map((q) => {
    const known =
      stems.has(q.stem) ||
      (synonyms[q.stem] ?? []).some((s) => stems.has(s)) ||
      (q.prefix && [...index.vocabulary.keys()].some((w) => w.startsWith(q.word)));
    // Numbers are never slips: 2022 is not 2021.
    const meant = known || /\d/.test(q.word) ? undefined : likelyMeant(q.word, index.vocabulary.keys());
    return meant ? { ...q, word: meant, stem: index.vocabulary.get(meant)!, prefix: false, guessed: true } : q;
  });
}

/** Does one word of page text match this query word? */
export function wordMatches(word: string, q: QueryWord): boolean {
  if (stopWords.has(word)) return false;
  return textTokens(word).some((t) => {
    const s = stem(t);
    return s === q.stem || synonyms[q.stem]?.includes(s) || (q.prefix && t.startsWith(q.word));
  });
}

/** Does `text` hold every word of the query, in any form the ranking accepts? */
export function holdsEveryWord(text: string, words: readonly QueryWord[]): boolean {
  const inText = [...new Set(wordsOf(text))];
  return words.length > 0 && words.every((q) => inText.some((w) => wordMatches(w, q)));
}

/** The stems a query word matches, with their value (1, or less for a synonym or a word being typed). */
function stemsFor(q: QueryWord, vocabulary: Map<string, string>): Map<string, number> {
  const stems = new Map([[q.stem, 1]]);
  for (const s of synonyms[q.stem] ?? []) stems.set(s, SETTINGS.sections.synonym);
  if (q.prefix)
    for (const [word, s] of vocabulary)
      if (!stems.has(s) && word.startsWith(q.word)) stems.set(s, SETTINGS.sections.prefix);
  return stems;
}

const weighted = (counts: Counts | undefined, stems: Map<string, number>) =>
  [...stems].reduce((n, [s, value]) => n + (counts?.get(s) ?? 0) * value, 0);

interface SectionHit {
  page: IndexedPage;
  section: IndexedSection;
  score: number;
  /** How many of the query's words the section (with its heading and page title) holds. */
  matched: number;
  /** The section's heading or its page's title holds every word of the query. */
  headingHoldsQuery: boolean;
}

/** The best section of each page, best first; those holding few of the words are left to Pagefind (`keep`). */
export function rankSections(index: PreparedIndex, words: readonly QueryWord[]): SectionHit[] {
  if (words.length === 0 || index.sections.length === 0) return [];
  const { k1, b, heading: headingWeight, title: titleWeight, elsewhere, phrase, headingFit, keep } = SETTINGS.sections;
  const stems = words.map((q) => stemsFor(q, index.vocabulary));
  // A negated heading ("Not covered") counts like text, unless the query negates too.
  const negative = words.some((q) => negations.has(q.word));
  const headingCounts = (s: PreparedSection) =>
    !negative && s.heading.stems.some((h) => negations.has(h)) ? 1 : headingWeight;
  const counts = index.sections.map((s) =>
    stems.map(
      (st) =>
        weighted(s.body.counts, st) +
        headingCounts(s) * weighted(s.heading.counts, st) +
        titleWeight * weighted(index.titles.get(s.page), st),
    ),
  );
  const n = index.sections.length;
  const idf = stems.map((_, w) => {
    const having = counts.filter((c) => c[w]! > 0).length;
    return Math.log(1 + (n - having + 0.5) / (having + 0.5));
  });
  // Which words each page holds somewhere: a section is credited in part for words elsewhere on its page.
  const onPage = new Map<IndexedPage, boolean[]>();
  index.sections.forEach((s, i) => {
    const seen = onPage.get(s.page) ?? words.map(() => false);
    counts[i]!.forEach((c, w) => (seen[w] ||= c > 0));
    onPage.set(s.page, seen);
  });
  // The stem pairs that would put each two neighbouring query words side by side.
  const neighbours = stems
    .slice(1)
    .map((next, w) => [...stems[w]!.keys()].flatMap((x) => [...next.keys()].map((y) => `${x} ${y}`)));
  const best = new Map<IndexedPage, SectionHit>();
  index.sections.forEach((s, i) => {
    const tfs = counts[i]!;
    const matched = tfs.filter((tf) => tf > 0).length;
    if (matched === 0) return;
    const norm = k1 * (1 - b + (b * (s.body.length + s.heading.length)) / index.averageLength);
    let score = tfs.reduce((sum, tf, w) => (tf > 0 ? sum + idf[w]! * ((tf * (k1 + 1)) / (tf + norm)) : sum), 0);
    // Sections holding more of the question's words go well ahead; summary pages count less.
    const coverage = matched + elsewhere * tfs.filter((tf, w) => tf === 0 && onPage.get(s.page)![w]).length;
    score *= (coverage / words.length) ** 2 * (s.page.weight ?? 1);
    const together = neighbours.filter((pairs) => pairs.some((pair) => s.pairs.has(pair))).length;
    if (neighbours.length > 0) score *= 1 + (phrase * together) / neighbours.length;
    // A heading all about the query's words raises its section.
    const heading = headingCounts(s) === headingWeight ? s.heading : undefined;
    if (heading && heading.stems.length > 0)
      score *=
        1 + (headingFit * heading.stems.filter((h) => stems.some((st) => st.has(h))).length) / heading.stems.length;
    const title = index.titles.get(s.page);
    const headingHoldsQuery = stems.every((st) => weighted(heading?.counts, st) > 0 || weighted(title, st) > 0);
    // A page shows through its section holding the most words, then the best scored.
    const seen = best.get(s.page);
    if (!seen || matched > seen.matched || (matched === seen.matched && score > seen.score))
      best.set(s.page, { page: s.page, section: s.section, score, matched, headingHoldsQuery });
  });
  const most = Math.max(0, ...[...best.values()].map((h) => h.matched));
  return [...best.values()]
    .filter((h) => h.matched >= Math.max(1, most * keep))
    .sort((x, y) => y.score - x.score || (x.page.url < y.page.url ? -1 : 1));
}

/** The words of a text with where they start and end (the words wordsOf finds). */
const wordSpans = (text: string) =>
  [...text.matchAll(WORD)].map((m) => ({
    word: m[0].toLowerCase().normalize('NFKC'),
    start: m.index,
    end: m.index + m[0].length,
  }));

/** `length` words of `text` where the query's words are densest, HTML-escaped, the matches in <mark>. */
export function excerptHtml(text: string, words: readonly QueryWord[], length = SETTINGS.excerptWords): string {
  const spans = wordSpans(text);
  if (spans.length === 0) return '';
  const hits = spans.map((s) => words.findIndex((q) => wordMatches(s.word, q)));
  let from = 0;
  let bestValue = -1;
  for (let start = 0; start < Math.max(1, spans.length - length + 1); start++) {
    const window = hits.slice(start, start + length).filter((h) => h >= 0);
    const value = new Set(window).size * 100 + window.length;
    if (value > bestValue) [bestValue, from] = [value, start];
  }
  // Centre the matches of that window, so they read in context.
  const inWindow = hits.map((h, i) => (h >= 0 && i >= from && i < from + length ? i : -1)).filter((i) => i >= 0);
  if (inWindow.length > 0) {
    const middle = (inWindow[0]! + inWindow[inWindow.length - 1]!) / 2;
    from = Math.max(0, Math.min(Math.round(middle - length / 2), spans.length - length));
  }
  const to = Math.min(spans.length, from + length);
  let html = '';
  let at = spans[from]!.start;
  for (let i = from; i < to; i++) {
    const s = spans[i]!;
    const word = escapeHtml(text.slice(s.start, s.end));
    html += escapeHtml(text.slice(at, s.start)) + (hits[i]! >= 0 ? `<mark>${word}</mark>` : word);
    at = s.end;
  }
  html += escapeHtml(text.slice(at, to < spans.length ? spans[to]!.start : text.length).trimEnd());
  return `${from > 0 ? '… ' : ''}${html}${to < spans.length ? ' …' : ''}`;
}

let loaded: Promise<PreparedIndex> | undefined;

function load(file: string): Promise<PreparedIndex> {
  loaded ??= fetch(file).then(async (r) => {
    if (!r.ok) throw new Error(`page index: HTTP ${r.status}`);
    return prepareIndex((await r.json()) as PageIndex);
  });
  loaded.catch(() => (loaded = undefined));
  return loaded;
}

/** Page sections that answer the query, one per page, best first, from the quick page index `file`. */
export async function findSections(file: string, base: string, query: Query, limit: number): Promise<Hit[]> {
  if (query.words.length === 0) return [];
  const index = await load(file);
  const words = readSlips(query.words, index);
  const guessed = words.some((q) => q.guessed);
  // A word read as a slip is searched, marked and highlighted on arrival as the word it meant.
  const highlight = guessed ? words.map((q) => q.word) : query.terms;
  return rankSections(index, words)
    .slice(0, limit)
    .map(({ page, section, matched, headingHoldsQuery }) => ({
      href: resultHref(withBase(page.url, base), highlight, section.anchor),
      title: page.title,
      section: page.section,
      heading: section.heading,
      excerpt: excerptHtml(section.text, words) || excerptHtml(section.heading ?? page.title, words),
      wordShare: matched / words.length,
      ...(headingHoldsQuery ? { headingHoldsQuery } : {}),
      ...(guessed ? { slipGuess: true } : {}),
    }));
}
