/**
 * Read the built HTML pages in a dist folder into the shape link-check wants. Used by the
 * build's link check and by the build tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../util/files.ts';
import { scanTags } from './html-scan.ts';
import type { BuiltPage } from './link-check.ts';
import { normaliseBase } from '../util/urls.ts';

/** The site path of a built file, with the base: "index.html" -> "/", "scope/index.html" -> "/scope/". */
export function pagePathOfFile(file: string, base = '/'): string {
  return normaliseBase(base) + file.replace(/(^|\/)index\.html$/, '$1');
}

export function readBuiltSite(distDir: string, base = '/'): { pages: BuiltPage[]; files: Set<string> } {
  const b = normaliseBase(base);
  const pages: BuiltPage[] = [];
  const files = new Set<string>();
  for (const rel of listFiles(distDir)) {
    files.add(b + rel);
    if (!rel.endsWith('.html')) continue;
    const path = pagePathOfFile(rel, b);
    const ids = new Set<string>();
    const links: string[] = [];
    for (const tag of scanTags(readFileSync(join(distDir, rel), 'utf8'))) {
      const id = tag.attrs.get('id');
      if (id !== undefined) ids.add(id);
      const href = tag.attrs.get('href');
      if (tag.name === 'iframe' && tag.attrs.has('src')) links.push(tag.attrs.get('src')!);
      if (tag.name === 'area' && href !== undefined) links.push(href);
      if (tag.name === 'a') {
        const name = tag.attrs.get('name');
        if (name !== undefined) ids.add(name);
        if (href !== undefined) links.push(href);
      } else if (
        tag.name === 'link' &&
        href !== undefined &&
        !['canonical', 'alternate'].includes(tag.attrs.get('rel') ?? '')
      )
        links.push(href);
    }
    pages.push({ path, ids, links });
  }
  return { pages, files };
}

/** Every HTML file below a dist folder, as forward-slash paths relative to it ("scope/index.html"), sorted. */
export function listHtmlFiles(distDir: string): string[] {
  return listFiles(distDir, '.html');
}
