/** Styles of the search results, a constructed stylesheet adopted on first use: no request, nothing inline. */
export const css = `
.site-search__panel{position:absolute;top:calc(100% + .25rem);right:0;z-index:20;width:min(32rem,calc(100vw - 2rem));background:var(--bg);color:var(--fg);border:1px solid var(--border);border-radius:var(--radius);box-shadow:0 .5rem 1.5rem rgb(0 0 0 / .18);padding:.25rem}
@media (min-width:64rem){.site-search__panel{left:0;right:auto}}
.site-search__panel[hidden]{display:none}
.site-search__list{list-style:none;margin:0;padding:0}
.search-hit{display:block;padding:.5rem .75rem;border-radius:calc(var(--radius) - 2px);cursor:pointer;border:2px solid transparent}
.search-hit[aria-selected=true]{border-color:var(--focus);background:var(--surface)}
.search-hit__title{font-weight:600;color:var(--accent)}
.search-hit__heading{font-weight:600}
.search-hit__meta{display:flex;flex-wrap:wrap;gap:0 .5rem;align-items:baseline}
.search-hit__section{font-size:.8rem;color:var(--muted);border:1px solid var(--border);border-radius:999px;padding:0 .5rem}
.search-hit__excerpt{display:block;font-size:.92rem;color:var(--fg);margin-top:.15rem}
.search-hit__excerpt mark,.search-results mark{background:var(--mark);color:inherit;padding:0 .1em;border-radius:2px}
.search-hit--all{color:var(--accent);font-weight:600}
.site-search__empty{margin:0;padding:.5rem .75rem;color:var(--muted)}
.search-results{padding-left:1.25rem}
.search-results>li{margin-bottom:1rem}
.search-results a{font-weight:600}
.search-results p{margin:.15rem 0}
.search-results .search-hit__section{margin-left:.5rem}
.search-filter{display:flex;flex-wrap:wrap;gap:.5rem;margin:0 0 1rem}
.search-filter button{min-height:2.75rem;padding:.25rem .75rem;font:inherit;color:var(--fg);background:var(--bg);border:1px solid var(--muted);border-radius:999px;cursor:pointer}
.search-filter button[aria-pressed=true]{background:var(--accent);color:var(--accent-fg);border-color:var(--accent);font-weight:600}
@media (max-width:30rem){.site-search__panel{left:0;right:0;width:auto}}
`;
