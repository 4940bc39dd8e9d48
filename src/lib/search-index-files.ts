/**
 * Which built pages go into the search index, and under which URL. The not-found page and
 * the search results page are not content a reader would want as a result.
 */

/** Built files that are never search results (paths relative to the output folder). */
export const NOT_INDEXED: readonly string[] = ['404.html', 'search/index.html'];

/** Should this built HTML file (path relative to the output folder, with "/") be indexed? */
export function isIndexedPage(file: string): boolean {
  return file.endsWith('.html') && !NOT_INDEXED.includes(file);
}

/**
 * The site URL of a built HTML file, without the base path: "scope/index.html" -> "/scope/".
 * The base path is added in the browser (Pagefind's baseUrl), so one index works at any base.
 */
export function indexUrlFor(file: string): string {
  const clean = file.replace(/(^|\/)index\.html$/, '$1');
  return `/${clean}`;
}

/**
 * The section a page belongs to, for the search filter and the label on each result: the
 * first part of its path, capitalised ("/glossary/client-id/" -> "Glossary"); "/" is "Home".
 */
/** Paths that belong to another section: the policy's change log is part of the policy. */
const SECTION_OF: Record<string, string> = { changes: 'Policy' };

export function searchSection(sitePath: string): string {
  const first = sitePath.replace(/[?#].*$/, '').split('/').find((part) => part.length > 0);
  if (!first) return 'Home';
  if (SECTION_OF[first]) return SECTION_OF[first];
  const words = decodeURIComponent(first).replace(/\.html$/, '').split('-');
  const name = words.join(' ');
  return name.charAt(0).toUpperCase() + name.slice(1);
}
