/** Site paths (relative to the base path) of the lazily loaded search modules; set by src/search/integration.ts. */
declare const __SEARCH_UI__: string;
declare const __SEARCH_HIGHLIGHT__: string;
declare const __SEARCH_TERMS__: string;
/** The quick page index file (empty in the dev server, which has none). */
declare const __SEARCH_PAGES__: string;
