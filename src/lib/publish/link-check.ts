/**
 * Internal link checking over a built site. Pure: it takes the pages (their path, the
 * ids they define and the links they contain) and returns every link that points at a
 * missing page or a missing anchor.
 */
export interface BuiltPage {
  /** Site path of the page, with the base path: "/docs/scope/". */
  path: string;
  ids: Set<string>;
  links: string[];
}

export interface BrokenLink {
  from: string;
  href: string;
  reason: string;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Resolve an href against the page it is on; null for links that leave the site. */
export function resolveHref(
  href: string,
  fromPath: string,
  origin = 'http://site.invalid',
): { path: string; hash: string } | null {
  if (EXTERNAL.test(href)) return null;
  const url = new URL(href, origin + fromPath);
  return { path: decodeURIComponent(url.pathname), hash: decodeURIComponent(url.hash.slice(1)) };
}

export function findBrokenLinks(pages: BuiltPage[], files: Set<string> = new Set()): BrokenLink[] {
  const byPath = new Map<string, BuiltPage>();
  for (const page of pages) byPath.set(page.path, page);
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const href of page.links) {
      const target = resolveHref(href, page.path);
      if (!target) continue;
      const targetPage =
        byPath.get(target.path) ?? byPath.get(target.path.endsWith('/') ? target.path : `${target.path}/`);
      if (!targetPage) {
        if (files.has(target.path)) continue;
        broken.push({ from: page.path, href, reason: `no page or file at ${target.path}` });
        continue;
      }
      if (target.hash && !targetPage.ids.has(target.hash)) {
        broken.push({ from: page.path, href, reason: `${targetPage.path} has no element with id="${target.hash}"` });
      }
    }
  }
  return broken;
}

export function formatBrokenLinks(broken: BrokenLink[]): string {
  return broken.map((b) => `  ${b.from}: link "${b.href}" is broken (${b.reason})`).join('\n');
}
