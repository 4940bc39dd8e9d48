/** Content pages that have a route of their own instead of the generic one. */
export const OWN_ROUTE_PAGES: readonly string[] = ['glossary', '404', 'search', 'changes'];
