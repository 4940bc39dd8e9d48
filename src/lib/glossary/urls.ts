import { PREVIEWS_PATH } from './previews.ts';

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

/**
 * The files other sites read from ours, as site paths (`*` for a folder's files): the
 * glossary inventory and its schema, the preview script and its data, the remark plugin.
 * Only these are served to other origins (see publish/security-headers.ts).
 */
export const CROSS_ORIGIN_PATHS: readonly string[] = [
  '/glossary.json',
  '/glossary.schema.json',
  '/glossary/embed.js',
  '/glossary/remark-glossary.mjs',
  `${PREVIEWS_PATH}*`,
];
