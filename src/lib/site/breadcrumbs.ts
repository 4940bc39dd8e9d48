/**
 * The trail from the home page to the current page, for BreadcrumbList structured data:
 * "/glossary/client-id/" gives Home > Glossary > Client Id. Sections between home and the
 * page take their label from the page published at that path, if there is one.
 */
export interface Crumb {
  name: string;
  /** Site path without base: "/glossary/". */
  path: string;
}

function humanise(segment: string): string {
  const words = decodeURIComponent(segment).replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * @param currentPath the page's site path without base ("/glossary/client-id/")
 * @param title the page's own title
 * @param labels labels of known pages by site path, including "/" for home
 */
export function breadcrumbTrail(currentPath: string, title: string, labels: ReadonlyMap<string, string>): Crumb[] {
  const home: Crumb = { name: labels.get('/') ?? 'Home', path: '/' };
  const segments = currentPath.split('/').filter(Boolean);
  if (segments.length === 0) return [home];
  const trail: Crumb[] = [home];
  for (let i = 1; i < segments.length; i++) {
    const path = `/${segments.slice(0, i).join('/')}/`;
    trail.push({ name: labels.get(path) ?? humanise(segments[i - 1]!), path });
  }
  trail.push({
    name: title,
    path: currentPath.endsWith('/') || currentPath.includes('.') ? currentPath : `${currentPath}/`,
  });
  return trail;
}
