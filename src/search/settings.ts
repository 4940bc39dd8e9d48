/**
 * Every tuning constant of site search, in one typed place: what each one changes, its unit and range. The
 * rules that use them say why they exist; `npm run search:eval` says whether a change helps.
 */
const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));

export const SETTINGS = {
  /** Results shown in the header dropdown, and on the /search/ page. */
  limits: { dropdown: 6, page: 20 },
  /** Milliseconds the reader must pause, after the quick results are on screen, before Pagefind loads. */
  pagefindPauseMs: 150,
  /** Words shown in an excerpt, ours and Pagefind's alike. */
  excerptWords: 22,
  /** A word may carry one slip of the keyboard from `oneFrom` letters, two from `twoFrom`: below, too many short words are a slip apart. */
  slips: { oneFrom: 4, twoFrom: 8 },
  /** Words that say nothing about a question's topic, and those of asking what something is ("what does dto mean"). */
  stopWords: words(
    'a about an and are as at be but by can could define definition do does did for from how i if in into is it its ' +
      'me mean meaning means my hows whats wheres whos ' +
      'of on or our should so that the their them then there these they this to was we were what ' +
      'when where which who whom whose why will with would you your',
  ),
  /** Words that turn a heading into its opposite: "Not covered" does not answer "is my question covered". */
  negations: words('not no never without cannot cant dont doesnt isnt'),
  /** Stems of words readers use for what the pages call otherwise ("information" for "details"). */
  synonyms: { inform: ['detail'], info: ['detail'] } as Readonly<Record<string, readonly string[]>>,
  /** Ranking of page sections in the quick page index (src/search/sources/sections.ts), BM25 based. */
  sections: {
    /** BM25 term saturation, usually 1.2 to 2. */
    k1: 1.2,
    /** BM25 length normalisation, 0 to 1: gentle, so a long section that answers is not punished much. */
    b: 0.5,
    /** A word in the section's heading counts this many times a word in its text. */
    heading: 3,
    /** A word in the page title counts this many times, for every section of the page. */
    title: 3,
    /** A word that only starts with what the reader is still typing counts this share of a whole one (0 to 1). */
    prefix: 0.7,
    /** A synonym of a query word counts this share of the word itself (0 to 1). */
    synonym: 0.8,
    /** A query word found elsewhere on the page, not in the section, counts this share towards coverage. */
    elsewhere: 0.5,
    /** Neighbouring query words side by side in the section ("code examples") raise it by up to this share. */
    phrase: 0.5,
    /** A heading all about the query's words raises its section by up to this share. */
    headingFit: 1,
    /** Sections holding fewer query words than the best one are kept only with this share of its words. */
    keep: 2 / 3,
  },
  /**
   * Pagefind's ranking (https://pagefind.app/docs/ranking/): title and aliases weigh most; pageLength (0 to 1) is
   * low, so short pages are not punished; termSimilarity: an exact word over a longer one it starts (default 1).
   */
  pagefind: { metaWeights: { title: 6, aliases: 5 } as Record<string, number>, pageLength: 0.4, termSimilarity: 1.5 },
  /** Built pages (relative to the output folder) that only summarise others, weighted down to rank below them. */
  summaryPages: ['index.html', 'changes/index.html'] as readonly string[],
  /** Their weight in both indexes, 0 to 1. */
  summaryWeight: 0.2,
};
