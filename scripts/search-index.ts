/**
 * `node scripts/search-index.ts <dist folder>`: the Pagefind index of a built site, written
 * to `<dist>/pagefind/`. scripts/build.ts runs it after `astro build` has exited, in a
 * process of its own: the build's memory is free by then (at 10,000 terms the two together
 * passed 2 GB), and Pagefind reads the pages from disk itself, in parallel.
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { listHtmlFiles } from '../src/lib/publish/dist-pages.ts';
import { indexUrlFor, pagefindPlan, searchableHtml } from '../src/search/build/pagefind-pages.ts';

/** Pagefind bundle files this site does not use (it has its own small UI). */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui)\.(js|css)$|^pagefind-highlight\.js$/;

export async function writeSearchIndex(dist: string): Promise<number> {
  const plan = pagefindPlan(listHtmlFiles(dist));
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const folder = plan.glob
      ? await index.addDirectory({ path: dist, glob: plan.glob })
      : { errors: [], page_count: 0 };
    if (folder.errors.length > 0) throw new Error(`Pagefind could not index ${dist}: ${folder.errors.join('; ')}`);
    for (const file of plan.singles) {
      const added = await index.addHTMLFile({
        url: indexUrlFor(file),
        content: searchableHtml(file, readFileSync(join(dist, file), 'utf8')),
      });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
    }
    const bundleDir = join(dist, 'pagefind');
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    for (const name of readdirSync(bundleDir)) if (UNUSED.test(name)) rmSync(join(bundleDir, name));
    // What the index really holds: Pagefind counts only the pages it kept.
    const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    if (pages === 0)
      throw new Error(
        `Pagefind indexed no page below ${dist}: searchable pages must carry data-pagefind-body (src/layouts/Base.astro).`,
      );
    if (pages > plan.searchable) {
      throw new Error(
        `Pagefind indexed ${pages} pages, but only ${plan.searchable} can be results: a page without data-pagefind-body makes Pagefind ` +
          'index every page whole (the 404 and search pages too). Render every content page with src/layouts/Base.astro.',
      );
    }
    return pages;
  } finally {
    await pagefind.close();
  }
}

if (import.meta.main) {
  const dist = process.argv[2];
  if (!dist) throw new Error('Usage: node scripts/search-index.ts <dist folder>');
  const started = performance.now();
  const pages = await writeSearchIndex(resolve(dist));
  console.log(
    `[search] indexed ${pages} pages into pagefind/ in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
