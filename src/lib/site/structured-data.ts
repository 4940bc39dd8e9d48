/**
 * JSON-LD for search engines: the site (WebSite and the Organization behind it, from
 * content/site.json) on the home page, and a BreadcrumbList on every other page.
 */
import type { Crumb } from './breadcrumbs.ts';
import type { SiteInfo } from './site.ts';

type Json = Record<string, unknown>;

/** URLs are absolute: `toUrl` turns a site path ("/scope/") into one, with base and origin. */
export function siteGraph(site: SiteInfo, toUrl: (path: string) => string): Json[] {
  const home = toUrl('/');
  return [
    {
      '@type': 'WebSite',
      '@id': `${home}#website`,
      url: home,
      name: site.name,
      alternateName: site.shortName,
      description: site.description,
      inLanguage: 'en',
      publisher: { '@id': `${home}#organization` },
    },
    {
      '@type': 'Organization',
      '@id': `${home}#organization`,
      name: site.team,
      url: home,
      email: site.supportEmail,
    },
  ];
}

export function breadcrumbList(trail: Crumb[], toUrl: (path: string) => string): Json {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: toUrl(crumb.path),
    })),
  };
}

/** The text of a <script type="application/ld+json">: JSON that cannot close the script element early. */
export function jsonLd(graph: Json[]): string {
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }).replace(/</g, '\\u003c');
}
