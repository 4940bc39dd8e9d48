/**
 * What search engines read: /sitemap.xml lists every page a reader can land on (not the
 * 404 page, not redirects, not pages marked noindex), and /robots.txt points to it.
 */
import { xmlEscape } from '../util/xml.ts';

export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  /** YYYY-MM-DD. */
  lastmod?: string | undefined;
}

export interface BuiltPageInfo {
  /** The dist file, e.g. "scope/index.html". */
  file: string;
  /** The page's URL path with base, e.g. "/docs/scope/". */
  path: string;
  noindex: boolean;
  redirect: boolean;
  lastmod?: string | undefined;
}

/** Pages that belong in the sitemap: real pages, not the 404 page, redirects or noindex pages. */
export function sitemapPages(pages: BuiltPageInfo[]): BuiltPageInfo[] {
  return pages.filter((p) => p.file !== '404.html' && !p.noindex && !p.redirect);
}

export function sitemapXml(entries: SitemapEntry[]): string {
  const urls = [...entries]
    .sort((a, b) => a.loc.localeCompare(b.loc))
    .map((e) => `  <url><loc>${xmlEscape(e.loc)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}</url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
