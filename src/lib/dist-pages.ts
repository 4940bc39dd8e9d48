/**
 * Read the built HTML pages in a dist folder into the shape link-check wants. Used by the
 * build's link check and by the build tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';
import type { BuiltPage } from './link-check.ts';
import { normaliseBase } from './urls.ts';

/** Every file below a folder, as absolute paths. */
export function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

export function readBuiltSite(distDir: string, base = '/'): { pages: BuiltPage[]; files: Set<string> } {
  const b = normaliseBase(base);
  const pages: BuiltPage[] = [];
  const files = new Set<string>();
  for (const file of walk(distDir)) {
    const rel = relative(distDir, file).split(sep).join('/');
    files.add(b + rel);
    if (!rel.endsWith('.html')) continue;
    const path = b + (rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
    const root = parse(readFileSync(file, 'utf8'));
    const ids = new Set(root.querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? ''));
    for (const el of root.querySelectorAll('a[name]')) ids.add(el.getAttribute('name') ?? '');
    const links = root
      .querySelectorAll('a[href], link[href]')
      .filter((el) => el.tagName !== 'LINK' || !['canonical', 'alternate'].includes(el.getAttribute('rel') ?? ''))
      .map((el) => el.getAttribute('href') ?? '');
    pages.push({ path, ids, links });
  }
  return { pages, files };
}

/** Every HTML file below a dist folder, as forward-slash paths relative to it ("scope/index.html"), sorted. */
export function listHtmlFiles(distDir: string): string[] {
  return walk(distDir)
    .map((file) => relative(distDir, file).split(sep).join('/'))
    .filter((rel) => rel.endsWith('.html'))
    .sort();
}
