/**
 * Turning what a reader types into what the search index is asked. Pagefind returns only
 * pages that contain every word of a query, so filler words of a question ("who", "a",
 * "to") would hide the page the reader wants. They are dropped, unless nothing else is left.
 */

/**
 * Question and filler words that say nothing about the topic, and the words of a question
 * asking what something is ("what does dto mean", "client id definition"). Kept short on
 * purpose.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about an and are as at be but by can could define definition do does did for from how i if in into is it its ' +
    'me mean meaning means my hows whats wheres whos ' +
    'of on or our should so that the their them then there these they this to was we were what ' +
    'when where which who whom whose why will with would you your'
  ).split(' '),
);

/** Split a query into lower-case words, keeping characters that occur in API names (_ . -). */
export function queryWords(query: string): string[] {
  return (
    query
      .toLowerCase()
      .normalize('NFKC')
      // An apostrophe joins its word: "what's" is one (filler) word, not "what" and "s".
      .replace(/(?<=\p{L})['’](?=\p{L})/gu, '')
      .split(/[^\p{L}\p{N}_.-]+/u)
      .map((w) => w.replace(/^[.-]+|[.-]+$/g, ''))
      .filter((w) => w.length > 0)
  );
}

/** The words worth searching for: the query without stop words, or all of it if only stop words remain. */
export function searchTerms(query: string): string[] {
  const words = queryWords(query);
  const content = words.filter((w) => !STOP_WORDS.has(w));
  return content.length > 0 ? content : words;
}

/** The query string to hand to the index. */
export function cleanQuery(query: string): string {
  return searchTerms(query).join(' ');
}
