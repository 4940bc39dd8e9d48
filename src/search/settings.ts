/**
 * Every tuning constant of site search, in one typed place: what each one changes, its unit
 * and its range. The rules that use them say why they exist (src/search/merge.ts,
 * src/search/sources/*); `npm run search:eval` says whether a change helps.
 */

export interface SearchSettings {
  /** Results shown in the header dropdown, and on the /search/ page. */
  limits: { dropdown: number; page: number };
  /**
   * Milliseconds the reader must pause, after the quick results are on screen, before
   * Pagefind (and its WebAssembly) starts: typing costs the small index files only.
   */
  pagefindPauseMs: number;
  /** Words shown in an excerpt, ours and Pagefind's alike. */
  excerptWords: number;
  /**
   * Slips of the keyboard a word may carry and still be read as a known word: one from
   * `oneFrom` letters, two from `twoFrom` (below, too many short words are a slip apart).
   */
  slips: { oneFrom: number; twoFrom: number };
  /** Words that say nothing about the topic of a question ("who", "a", "to"); dropped unless nothing else is left. */
  stopWords: ReadonlySet<string>;
  /** Words that turn a heading into its opposite: "Not covered" does not answer "is my question covered". */
  negations: ReadonlySet<string>;
  /** Stems of words readers use for what the pages call otherwise ("information" for "details"); plain equivalents only. */
  synonyms: Readonly<Record<string, readonly string[]>>;
  /** Ranking of page sections in the quick page index (src/search/sources/sections.ts), BM25 based. */
  sections: {
    /** BM25 term saturation, usually 1.2 to 2. */
    k1: number;
    /** BM25 length normalisation, 0 to 1: gentle, so a long section that answers is not punished much. */
    b: number;
    /** A word in the section's heading counts this many times a word in its text. */
    heading: number;
    /** A word in the page title counts this many times, for every section of the page. */
    title: number;
    /** A word that only starts with what the reader is still typing counts this share of a whole one (0 to 1). */
    prefix: number;
    /** A synonym of a query word counts this share of the word itself (0 to 1). */
    synonym: number;
    /** A query word found elsewhere on the page, not in the section, counts this share towards coverage (0 to 1). */
    elsewhere: number;
    /** Neighbouring query words next to each other in the section ("code examples") raise its score by up to this share. */
    phrase: number;
    /** A heading all about the query's words raises its section by up to this share ("Covered", not "Not covered"). */
    headingFit: number;
    /**
     * Sections holding fewer query words than the best one are kept only with at least this
     * share of its words: a page with one word of a three-word question is left to Pagefind.
     */
    keep: number;
  };
  /** Pagefind's own ranking options (https://pagefind.app/docs/ranking/). */
  pagefind: {
    /** Title and a glossary term's other names weigh most. */
    metaWeights: Record<string, number>;
    /** 0 to 1: low, so short pages (a glossary term, the checklist) are not punished for being short. */
    pageLength: number;
    /** How much an exact word counts over a longer word it starts (default 1). */
    termSimilarity: number;
  };
  /**
   * Built pages (relative to the output folder) that only summarise others, indexed with
   * `summaryWeight` (0 to 1) so they rank below the pages they point to.
   */
  summaryPages: readonly string[];
  summaryWeight: number;
}

const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));

export const SETTINGS: SearchSettings = {
  limits: { dropdown: 6, page: 20 },
  pagefindPauseMs: 150,
  excerptWords: 22,
  slips: { oneFrom: 4, twoFrom: 8 },
  // Question and filler words, and those of a question asking what something is ("what does dto mean").
  stopWords: words(
    'a about an and are as at be but by can could define definition do does did for from how i if in into is it its ' +
      'me mean meaning means my hows whats wheres whos ' +
      'of on or our should so that the their them then there these they this to was we were what ' +
      'when where which who whom whose why will with would you your',
  ),
  negations: words('not no never without cannot cant dont doesnt isnt'),
  synonyms: { inform: ['detail'], info: ['detail'] },
  sections: {
    k1: 1.2,
    b: 0.5,
    heading: 3,
    title: 3,
    prefix: 0.7,
    synonym: 0.8,
    elsewhere: 0.5,
    phrase: 0.5,
    headingFit: 1,
    keep: 2 / 3,
  },
  pagefind: { metaWeights: { title: 6, aliases: 5 }, pageLength: 0.4, termSimilarity: 1.5 },
  summaryPages: ['index.html', 'changes/index.html'],
  summaryWeight: 0.2,
};
