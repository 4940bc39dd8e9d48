/** Reading the built site in `dist/` for build tests. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { listFiles } from '../../src/lib/util/files.ts';

export const DIST = process.env.DIST_DIR ?? join(process.cwd(), 'dist');

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`No built site in ${DIST}. Run \`npm run build\` first (npm test does it for you).`);
  }
}

/** Every file below dist/, as site paths with forward slashes ("glossary/index.html"). */
export function distFiles(ext?: string): string[] {
  return listFiles(DIST, ext);
}

export function readDist(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}

export function html(path: string): HTMLElement {
  return parse(readDist(path));
}

/** The dist/ file for a site URL path: "/scope/" -> "scope/index.html". */
export function fileForPath(pathname: string): string {
  const clean = pathname.replace(/^\/+/, '');
  if (clean === '' || clean.endsWith('/')) return `${clean}index.html`;
  return clean;
}

/**
 * The small inline scripts a content page may carry, each known by a word it holds: search's,
 * the term preview fallback's, Copy link's and the old-anchor redirect on glossary pages, and the
 * theme's (the boot script and the switch).
 */
export const INLINE_BOOTSTRAP =
  /site-search|data-preview-fallback|data-copy-link|location\.replace|dataset\.theme=|theme-select/;
