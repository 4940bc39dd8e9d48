import { pagePathOfFile } from '../../lib/publish/dist-pages.ts';
import { SETTINGS } from '../settings.ts';

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
  return pagePathOfFile(file);
}

/**
 * The section a page belongs to, for the search filter and the label on each result: the
 * first part of its path, capitalised ("/glossary/client-id/" -> "Glossary"); "/" is "Home".
 */
/** Paths that belong to another section: the policy's change log is part of the policy, the guide to linking our terms of the glossary. */
const SECTION_OF: Record<string, string> = { changes: 'Policy', 'link-our-terms': 'Glossary' };

export function searchSection(sitePath: string): string {
  const first = sitePath
    .replace(/[?#].*$/, '')
    .split('/')
    .find((part) => part.length > 0);
  if (!first) return 'Home';
  if (SECTION_OF[first]) return SECTION_OF[first];
  const words = decodeURIComponent(first)
    .replace(/\.html$/, '')
    .split('-');
  const name = words.join(' ');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * The HTML handed to the indexer for a built file. A summary page gets a low
 * `data-pagefind-weight` on its main content and on each heading (headings otherwise keep
 * their own, high weight). The page readers get is unchanged.
 */
export function searchableHtml(file: string, html: string): string {
  if (!SETTINGS.summaryPages.includes(file)) return html;
  const weight = ` data-pagefind-weight="${SETTINGS.summaryWeight}"`;
  return html
    .replace(/<main\b(?![^>]*data-pagefind-weight)/, `<main${weight}`)
    .replace(/<(h[1-6])\b(?![^>]*data-pagefind-weight)/g, `<$1${weight}`);
}

/**
 * How the built pages reach Pagefind. Pagefind reads whole folders itself, fast and in
 * parallel, so the top-level folders go in as folders (the `glob`, or null when there are
 * none). Pages that must be changed first (summary pages, re-weighted by searchableHtml)
 * are handed over one by one, with every other page of their top-level folder, so no page
 * is indexed twice; so are pages at the top level and in folders with other characters
 * than letters, digits, "_", "." and "-" in their names, which a glob could misread.
 * `searchable` is how many pages could be results (redirect pages included). Pages that are never results (404, search, redirects) carry no
 * `data-pagefind-body`, so Pagefind leaves them out.
 */
export function pagefindPlan(htmlFiles: readonly string[]): {
  glob: string | null;
  singles: string[];
  searchable: number;
} {
  const indexed = htmlFiles.filter(isIndexedPage);
  const folderOf = (file: string) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : '');
  const one = new Set(SETTINGS.summaryPages.map(folderOf));
  // Only plain folder names go into the glob; any other character may mean something to it.
  const byOne = (file: string) => one.has(folderOf(file)) || !/^[\w.-]+$/.test(folderOf(file));
  const folders = [...new Set(indexed.filter((f) => !byOne(f)).map(folderOf))];
  return {
    glob: folders.length > 0 ? `{${folders.join(',')}}/**/*.html` : null,
    singles: indexed.filter(byOne),
    searchable: indexed.length,
  };
}
