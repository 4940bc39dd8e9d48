import { isCurrent, pagePath } from '../util/urls.ts';

export interface NavSource {
  id: string;
  data: { title: string; navLabel?: string | undefined; order: number; hidden: boolean };
}

export interface NavItem {
  label: string;
  path: string;
  current: boolean;
}

/** The main navigation: visible pages except home, in `order`, with the current one marked. */
export function buildNav(pages: NavSource[], currentPath: string): NavItem[] {
  return pages
    .filter((p) => !p.data.hidden && p.id !== 'index')
    .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
    .map((p) => {
      const path = pagePath(p.id);
      return { label: p.data.navLabel ?? p.data.title, path, current: isCurrent(path, currentPath) };
    });
}
