/**
 * Ranking the quick page index (src/search/page-index.ts) in the browser: which page
 * sections answer what the reader typed, best first, with an excerpt around the match.
 * BM25 over the sections, with the words of a section's heading and its page's title
 * counting more (a heading all about the query most; a negated one, "Not covered", like
 * text), summary pages counting less, and sections that hold more of the question's words
 * well ahead of those that hold fewer. Hyphenated words meet their parts ("e-mail",
 * "email"). Pure functions, tested without a browser.
 */
import { STOP_WORDS, queryWords } from './query.ts';
import { likelyMeant } from './spelling.ts';
import { stem } from './stem.ts';
import type { IndexedPage, IndexedSection, PageIndex } from './page-index.ts';

/** Tuning, in one place. */
export const PAGE_RANKING = {
  /** BM25 term saturation and length normalisation (gentle: a long section that answers is not punished much). */
  k1: 1.2,
  b: 0.5,
  /** A word in the section's heading counts this many times a word in its text. */
  heading: 3,
  /** A word in the page title, for every section of the page. */
  title: 3,
  /** A word that only starts with what the reader is still typing counts this much of a whole one. */
  prefix: 0.7,
  /** A question word found elsewhere on the page, not in the section, counts this much towards coverage. */
  elsewhere: 0.5,
  /** Two words of the query next to each other in the section ("code examples") raise its score by up to this share. */
  phrase: 0.5,
  /**
   * A section whose heading is all about the query's words ("Covered" for "what does API
   * Support cover", not "Not covered") is raised by up to this share: by the part of its
   * heading's words that the query holds.
   */
  headingFit: 1,
  /**
   * Sections holding fewer of the query's words than the best one are shown only if they
   * hold at least this share of the best one's words (a page with one word of a three-word
   * question is left to the full search).
   */
  keep: 2 / 3,
  /** A word the query does not say but means (see SYNONYMS) counts this much of the word itself. */
  synonym: 0.8,
  /** Words shown in an excerpt. */
  excerptWords: 22,
};

type Counts = Map<string, number>;

interface PreparedSection {
  page: IndexedPage;
  section: IndexedSection;
  body: Counts;
  heading: Counts;
  /** The stems of the heading's words, in order (stop words left out). */
  headingStems: string[];
  /** Pairs of neighbouring words (stems, stop words skipped), "code exampl". */
  pairs: Set<string>;
  length: number;
}

export interface PreparedIndex {
  sections: PreparedSection[];
  titles: Map<IndexedPage, Counts>;
  /** Every word in the index -> its stem, for matching a word as it is being typed. */
  vocabulary: Map<string, string>;
  averageLength: number;
}

/** One word of the query as it is matched. */
export interface QueryWord {
  word: string;
  stem: string;
  /** The reader may still be typing it: words that start with it match too. */
  prefix: boolean;
  /** Read as a known word the reader probably meant (see mendPlan), not as typed. */
  mended?: boolean;
}

/**
 * Words that turn a heading into its opposite: "Not covered" does not answer "is my
 * question covered". Such a heading counts like body text unless the query says one too.
 */
export const NEGATIONS: ReadonlySet<string> = new Set([
  'not',
  'no',
  'never',
  'without',
  'cannot',
  'cant',
  'dont',
  'doesnt',
  'isnt',
]);

/** A word written with hyphens between letters ("e-mail", "third-party"). */
const HYPHENATED = /^\p{L}+(?:-\p{L}+)+$/u;

/**
 * The words a word of the page text counts as: itself, and for a hyphenated word its parts
 * and the parts run together, so "e-mail" meets "email" and "third-party" meets "third party".
 */
export function textTokens(word: string): string[] {
  if (!HYPHENATED.test(word)) return [word];
  const parts = word.split('-').filter((p) => p.length > 1 && !STOP_WORDS.has(p));
  return [word.replaceAll('-', ''), ...parts];
}

/** A word of the query as it is matched: a hyphenated word run together ("e-mail" -> "email"). */
const queryToken = (word: string) => (HYPHENATED.test(word) ? word.replaceAll('-', '') : word);

function count(
  text: string,
  vocabulary: Map<string, string>,
  pairs?: Set<string>,
): { counts: Counts; length: number; stems: string[] } {
  const counts: Counts = new Map();
  const stems: string[] = [];
  const words = queryWords(text);
  let previous: string | undefined;
  for (const w of words) {
    if (STOP_WORDS.has(w)) continue;
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
  return { counts, length: words.length, stems };
}

/** Count the words of every section once, when the index has loaded. */
export function prepareIndex(index: PageIndex): PreparedIndex {
  const vocabulary = new Map<string, string>();
  const sections: PreparedSection[] = [];
  const titles = new Map<IndexedPage, Counts>();
  let total = 0;
  for (const page of index.pages) {
    titles.set(page, count(page.title, vocabulary).counts);
    for (const section of page.sections) {
      const pairs = new Set<string>();
      const body = count(section.text, vocabulary, pairs);
      const heading = count(section.heading ?? '', vocabulary, pairs);
      const length = body.length + heading.length;
      total += length;
      sections.push({
        page,
        section,
        body: body.counts,
        heading: heading.counts,
        headingStems: heading.stems,
        pairs,
        length,
      });
    }
  }
  return { sections, titles, vocabulary, averageLength: sections.length > 0 ? total / sections.length : 1 };
}

/**
 * The words of a query worth matching: without stop words, one per stem, the last one a
 * prefix unless the reader has typed a space after it. Only stop words: nothing to match.
 */
export function queryPlan(query: string): QueryWord[] {
  const words = queryWords(query);
  const open = !/\s$/.test(query);
  const plan: QueryWord[] = [];
  words.forEach((typed, i) => {
    if (STOP_WORDS.has(typed)) return;
    const word = queryToken(typed);
    const prefix = open && i === words.length - 1;
    const s = stem(word);
    const same = plan.find((p) => p.stem === s);
    if (same) same.prefix ||= prefix;
    else plan.push({ word, stem: s, prefix });
  });
  return plan;
}

/**
 * The plan with slips of the keyboard mended: a word that matches nothing in the index (not
 * its stem, a synonym, nor, while typed, the start of a word) stands for the known word it
 * most likely meant ("recieve" -> "receive", "clinet" -> "client"). Known words stay as typed.
 */
export function mendPlan(plan: readonly QueryWord[], index: PreparedIndex): QueryWord[] {
  const stems = new Set(index.vocabulary.values());
  return plan.map((q) => {
    const known =
      stems.has(q.stem) ||
      (SYNONYMS[q.stem] ?? []).some((s) => stems.has(s)) ||
      (q.prefix && [...index.vocabulary.keys()].some((w) => w.startsWith(q.word)));
    // Numbers are never slips: "2022" is not "2021", "402" not "401".
    if (known || /\d/.test(q.word)) return q;
    const meant = likelyMeant(q.word, index.vocabulary.keys(), 1)[0];
    return meant ? { word: meant, stem: index.vocabulary.get(meant)!, prefix: false, mended: true } : q;
  });
}

/** Does one word of the page text match this query word? */
export function wordMatches(word: string, q: QueryWord): boolean {
  if (STOP_WORDS.has(word)) return false;
  return textTokens(word).some((t) => {
    const s = stem(t);
    return s === q.stem || SYNONYMS[q.stem]?.includes(s) || (q.prefix && t.startsWith(q.word));
  });
}

/**
 * Does `text` hold every word of the query (in any form the ranking accepts)? A full-text
 * result that does ranks with the quick results that do, ahead of those holding only some.
 */
export function holdsEveryWord(text: string, plan: readonly QueryWord[]): boolean {
  if (plan.length === 0) return false;
  const words = [...new Set(queryWords(text))];
  return plan.every((q) => words.some((w) => wordMatches(w, q)));
}

/**
 * Words readers use for what the pages call otherwise, by stem: "what information should I
 * send" means the checklist's "details". Kept to plain equivalents; not for related words.
 */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  inform: ['detail'],
  info: ['detail'],
};

/** The stems a query word matches, with their value (1, or less for a word being typed or a synonym). */
function stemsFor(q: QueryWord, vocabulary: Map<string, string>): Map<string, number> {
  const stems = new Map([[q.stem, 1]]);
  for (const s of SYNONYMS[q.stem] ?? []) stems.set(s, PAGE_RANKING.synonym);
  if (q.prefix) {
    for (const [word, s] of vocabulary) if (!stems.has(s) && word.startsWith(q.word)) stems.set(s, PAGE_RANKING.prefix);
  }
  return stems;
}

const weighted = (counts: Counts | undefined, stems: Map<string, number>) => {
  let n = 0;
  if (counts) for (const [s, value] of stems) n += (counts.get(s) ?? 0) * value;
  return n;
};

export interface SectionHit {
  page: IndexedPage;
  section: IndexedSection;
  score: number;
  /** How many of the query's words the section (with its heading and page title) holds. */
  matched: number;
  /** The section's heading or its page's title holds every word of the query ("Financials ERP Support"). */
  named: boolean;
}

/**
 * The best section of each page for a query, best page first (a page whose title holds
 * the whole query is linked at its opening). Only sections that hold at least two thirds
 * of the words the best one holds are kept (PAGE_RANKING.keep): a page that has just one
 * word of a question is left to Pagefind, whose results follow (it may know a glossary
 * page that has them all). The order depends only on the query and the index, never on how many
 * results are shown.
 */
export function rankSections(index: PreparedIndex, query: string | readonly QueryWord[]): SectionHit[] {
  const plan = typeof query === 'string' ? queryPlan(query) : query;
  if (plan.length === 0 || index.sections.length === 0) return [];
  const { k1, b, heading: headingWeight, title: titleWeight, elsewhere } = PAGE_RANKING;
  const n = index.sections.length;
  const stems = plan.map((q) => stemsFor(q, index.vocabulary));
  // Per section and word: the weighted count of that word in it.
  const negative = plan.some((q) => NEGATIONS.has(q.word));
  const headingCounts = (s: PreparedSection) =>
    !negative && s.headingStems.some((h) => NEGATIONS.has(h)) ? 1 : headingWeight;
  const counts = index.sections.map((s) =>
    stems.map(
      (st) =>
        weighted(s.body, st) +
        headingCounts(s) * weighted(s.heading, st) +
        titleWeight * weighted(index.titles.get(s.page), st),
    ),
  );
  const idf = stems.map((_, w) => {
    const having = counts.filter((c) => c[w]! > 0).length;
    return Math.log(1 + (n - having + 0.5) / (having + 0.5));
  });
  // Which words each page holds somewhere, for sections that hold only some of them.
  const onPage = new Map<IndexedPage, boolean[]>();
  index.sections.forEach((s, i) => {
    const seen = onPage.get(s.page) ?? plan.map(() => false);
    counts[i]!.forEach((c, w) => (seen[w] ||= c > 0));
    onPage.set(s.page, seen);
  });
  const best = new Map<IndexedPage, SectionHit>();
  index.sections.forEach((s, i) => {
    const c = counts[i]!;
    let score = 0;
    let matched = 0;
    let coverage = 0;
    const norm = k1 * (1 - b + (b * s.length) / index.averageLength);
    c.forEach((tf, w) => {
      if (tf > 0) {
        score += idf[w]! * ((tf * (k1 + 1)) / (tf + norm));
        matched++;
        coverage++;
      } else if (onPage.get(s.page)![w]) coverage += elsewhere;
    });
    if (matched === 0) return;
    score *= (coverage / plan.length) ** 2 * (s.page.weight ?? 1);
    if (plan.length > 1) {
      let together = 0;
      for (let w = 0; w + 1 < plan.length; w++) {
        if ([...stems[w]!.keys()].some((a) => [...stems[w + 1]!.keys()].some((b) => s.pairs.has(`${a} ${b}`))))
          together++;
      }
      score *= 1 + (PAGE_RANKING.phrase * together) / (plan.length - 1);
    }
    if (s.headingStems.length > 0 && headingCounts(s) === headingWeight) {
      const fit = s.headingStems.filter((h) => stems.some((st) => st.has(h))).length / s.headingStems.length;
      score *= 1 + PAGE_RANKING.headingFit * fit;
    }
    const heading = headingCounts(s) === headingWeight ? s.heading : undefined;
    const named = stems.every((st) => weighted(heading, st) > 0 || weighted(index.titles.get(s.page), st) > 0);
    const hit = { page: s.page, section: s.section, score, matched, named };
    // A page is represented by its section holding the most of the query's words, then the
    // best scored: a high-scoring section with fewer words must not hide one that has them all.
    const seen = best.get(s.page);
    if (!seen || hit.matched > seen.matched || (hit.matched === seen.matched && hit.score > seen.score))
      best.set(s.page, hit);
  });
  // A page whose title holds every word of the query answers it as a whole ("what does
  // API Support cover"): link to its opening rather than to one of its sections.
  if (plan.length > 1) {
    for (const [page, hit] of best) {
      const title = index.titles.get(page);
      const opening = page.sections[0];
      if (opening && stems.every((st) => weighted(title, st) > 0)) best.set(page, { ...hit, section: opening });
    }
  }
  const most = Math.max(0, ...[...best.values()].map((h) => h.matched));
  return [...best.values()]
    .filter((h) => h.matched >= Math.max(1, most * PAGE_RANKING.keep))
    .sort((x, y) => y.score - x.score || (x.page.url < y.page.url ? -1 : 1));
}

/** Text as HTML for an excerpt (the UI sets excerpts with innerHTML). */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The words of a text with where they start and end (the same words queryWords finds). */
function wordSpans(text: string): { word: string; start: number; end: number }[] {
  const spans: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}_.-]+/gu)) {
    const raw = m[0];
    const lead = raw.length - raw.replace(/^[.-]+/, '').length;
    const core = raw.slice(lead).replace(/[.-]+$/, '');
    if (!core) continue;
    const start = m.index + lead;
    spans.push({ word: core.toLowerCase().normalize('NFKC'), start, end: start + core.length });
  }
  return spans;
}

/**
 * About `length` words of `text` around the place where the query's words are densest,
 * HTML-escaped, each matching word in <mark> (never a stop word). "…" marks cut text.
 */
export function excerptHtml(text: string, plan: readonly QueryWord[], length = PAGE_RANKING.excerptWords): string {
  const spans = wordSpans(text);
  if (spans.length === 0) return '';
  const hits = spans.map((s) => plan.findIndex((q) => wordMatches(s.word, q)));
  let from = 0;
  let bestValue = -1;
  for (let start = 0; start < Math.max(1, spans.length - length + 1); start++) {
    const window = hits.slice(start, start + length).filter((h) => h >= 0);
    const value = new Set(window).size * 100 + window.length;
    if (value > bestValue) {
      bestValue = value;
      from = start;
    }
  }
  // Centre the matches of that window, so they read in context.
  const inWindow = hits.map((h, i) => (h >= 0 && i >= from && i < from + length ? i : -1)).filter((i) => i >= 0);
  if (inWindow.length > 0) {
    const middle = (inWindow[0]! + inWindow[inWindow.length - 1]!) / 2;
    from = Math.max(0, Math.min(Math.round(middle - length / 2), spans.length - length));
  }
  const to = Math.min(spans.length, from + length);
  const sliceStart = spans[from]!.start;
  const sliceEnd = to < spans.length ? spans[to]!.start : text.length;
  let html = '';
  let at = sliceStart;
  for (let i = from; i < to; i++) {
    const s = spans[i]!;
    html += escapeHtml(text.slice(at, s.start));
    html +=
      hits[i]! >= 0 ? `<mark>${escapeHtml(text.slice(s.start, s.end))}</mark>` : escapeHtml(text.slice(s.start, s.end));
    at = s.end;
  }
  html += escapeHtml(text.slice(at, sliceEnd).trimEnd());
  return `${from > 0 ? '… ' : ''}${html}${to < spans.length ? ' …' : ''}`;
}
