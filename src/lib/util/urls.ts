/**
 * URLs inside the site. Every internal link goes through `withBase` so that the site
 * works when deployed under a sub-path (BASE_PATH=/docs).
 */

/** Normalise a base path to "/" or "/something/" form. */
export function normaliseBase(base: string | undefined): string {
  if (!base || base === '/') return '/';
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Prefix a root-relative path with the base path; leave external and relative URLs alone. */
export function withBase(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const b = normaliseBase(base);
  if (b === '/') return path;
  if (path === b.slice(0, -1) || path.startsWith(b)) return path;
  return b + path.slice(1);
}

/** A URL without its query string and fragment: the page it points at. */
export const withoutQuery = (url: string): string => url.replace(/[?#].*$/, '');

/** Remove the base path from a pathname, giving the site-relative path ("/docs/scope/" -> "/scope/"). */
export function stripBase(pathname: string, base: string): string {
  const b = normaliseBase(base);
  if (b === '/') return pathname;
  if (pathname.startsWith(b)) return '/' + pathname.slice(b.length);
  if (pathname === b.slice(0, -1)) return '/';
  return pathname;
}

/** The site-relative path of a content page: "index" -> "/", "scope" -> "/scope/". */
export function pagePath(slug: string): string {
  return slug === 'index' ? '/' : `/${slug}/`;
}

/** Is this navigation item the current page (or a parent section of it)? */
export function isCurrent(itemPath: string, currentPath: string): boolean {
  if (itemPath === '/') return currentPath === '/';
  return currentPath === itemPath || currentPath.startsWith(itemPath);
}

/** Where a lazily loaded browser module is served (bundled by src/integrations/lazy-modules.ts). */
export const lazyModuleUrl = (name: keyof typeof __LAZY_MODULES__, base: string): string =>
  withBase(`/${__LAZY_MODULES__[name]}`, base);
