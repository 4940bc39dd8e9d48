/** Site path (without the base path) of the term index folder; set by src/search/integration.ts. */
declare const __SEARCH_TERMS__: string;
/** The quick page index file (empty in the dev server, which has none). */
declare const __SEARCH_PAGES__: string;
