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

/** Schemes that run script or carry a whole document inside the link: never in content. */
const UNSAFE_SCHEMES = new Set(['javascript', 'vbscript', 'data']);

/**
 * The scheme of a link that would run script or open inline data, as a browser reads it:
 * tabs and newlines inside the URL are dropped and spaces or control characters before it
 * trimmed, so "java&#9;script:" is javascript:. Undefined for every other link.
 */
export function unsafeScheme(href: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- the characters browsers strip before reading a URL
  const url = href.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  return scheme !== undefined && UNSAFE_SCHEMES.has(scheme) ? scheme : undefined;
}

export interface UnsafeLink {
  from: string;
  href: string;
  scheme: string;
}

/** Every link on the built pages with a javascript:, vbscript: or data: URL. */
export function findUnsafeLinks(pages: BuiltPage[]): UnsafeLink[] {
  const found: UnsafeLink[] = [];
  for (const page of pages) {
    for (const href of page.links) {
      const scheme = unsafeScheme(href);
      if (scheme) found.push({ from: page.path, href, scheme });
    }
  }
  return found;
}
