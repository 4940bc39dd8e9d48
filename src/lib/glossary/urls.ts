/** Where glossary terms live, as site-relative paths (add the base with `withBase`). */
export function termPagePath(slug: string): string {
  return `/glossary/${slug}/`;
}

/** One line of a `_redirects` file (Netlify, Cloudflare Pages): "/glossary/old/ /glossary/new/ 301". */
export function redirectLines(moves: { from: string; to: string }[], base = '/'): string[] {
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  return moves.map((m) => `${b}${termPagePath(m.from)} ${b}${termPagePath(m.to)} 301`);
}

/** Every former slug with the slug it moved to. */
export function formerSlugMoves(terms: { slug: string; formerSlugs: string[] }[]): { from: string; to: string }[] {
  return terms.flatMap((t) => t.formerSlugs.map((from) => ({ from, to: t.slug })));
}
