/**
 * Which built pages go into the search indexes, under which URL and section, and how they reach Pagefind.
 * The not-found and search results pages are no content a reader would want as a result.
 */
import { pagePathOfFile } from '../../lib/publish/dist-pages.ts';
import { withoutQuery } from '../../lib/util/urls.ts';
import { SETTINGS } from '../settings.ts';

/** Built files that are never search results (paths relative to the output folder). */
export const NOT_INDEXED: readonly string[] = ['404.html', 'search/index.html'];

/** Should this built HTML file (path relative to the output folder, with "/") be indexed? */
export function isIndexedPage(file: string): boolean {
  return file.endsWith('.html') && !NOT_INDEXED.includes(file);
}

/** A built file's URL without the base path, which the browser adds: one index works at any base. */
export const indexUrlFor = (file: string): string => pagePathOfFile(file);

/** Paths filed under another section: the policy's change log, and the guide to linking our terms. */
const SECTION_OF: Record<string, string> = { changes: 'Policy', 'link-our-terms': 'Glossary' };

/** A page's section, for the filter and the label on results: its path's first part, capitalised, or "Home". */
export function searchSection(sitePath: string): string {
  const first = withoutQuery(sitePath)
    .split('/')
    .find((part) => part.length > 0);
  if (!first) return 'Home';
  const name =
    SECTION_OF[first] ??
    decodeURIComponent(first)
      .replace(/\.html$/, '')
      .replaceAll('-', ' ');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The HTML handed to the indexer: a summary page gets a low weight on its main content and every heading. */
export function searchableHtml(file: string, html: string): string {
  if (!SETTINGS.summaryPages.includes(file)) return html;
  const weight = ` data-pagefind-weight="${SETTINGS.summaryWeight}"`;
  return html
    .replace(/<main\b(?![^>]*data-pagefind-weight)/, `<main${weight}`)
    .replace(/<(h[1-6])\b(?![^>]*data-pagefind-weight)/g, `<$1${weight}`);
}

/**
 * How the built pages reach Pagefind: folders in one `glob` (it reads them fast, in parallel), one by one the
 * top-level pages, summary pages with their folder (re-weighted first) and folders a glob could misread.
 */
export function pagefindPlan(htmlFiles: readonly string[]): {
  glob: string | null;
  singles: string[];
  /** Pages that can be results (redirect pages included): Pagefind must not index more. */
  searchable: number;
} {
  const indexed = htmlFiles.filter(isIndexedPage);
  const folderOf = (file: string) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : '');
  const one = new Set(SETTINGS.summaryPages.map(folderOf));
  const byOne = (file: string) => one.has(folderOf(file)) || !/^[\w.-]+$/.test(folderOf(file));
  const folders = [...new Set(indexed.filter((f) => !byOne(f)).map(folderOf))];
  return {
    glob: folders.length > 0 ? `{${folders.join(',')}}/**/*.html` : null,
    singles: indexed.filter(byOne),
    searchable: indexed.length,
  };
}
