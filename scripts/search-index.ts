/**
 * `node scripts/search-index.ts <dist folder>`: the Pagefind index of a built site, into `<dist>/pagefind/`. Run
 * by scripts/build.ts after `astro build` has exited, so the build's memory is free (together they passed 2 GB).
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
    const check = ({ errors }: { errors: string[] }, what: string) => {
      if (errors.length > 0) throw new Error(`Pagefind could not ${what}: ${errors.join('; ')}`);
    };
    if (plan.glob) check(await index.addDirectory({ path: dist, glob: plan.glob }), `index ${dist}`);
    for (const file of plan.singles) {
      const content = searchableHtml(file, readFileSync(join(dist, file), 'utf8'));
      check(await index.addHTMLFile({ url: indexUrlFor(file), content }), `index ${file}`);
    }
    const bundleDir = join(dist, 'pagefind');
    check(await index.writeFiles({ outputPath: bundleDir }), 'write its index');
    for (const name of readdirSync(bundleDir)) if (UNUSED.test(name)) rmSync(join(bundleDir, name));
    // What the index really holds: Pagefind counts only the pages it kept.
    const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    // Without data-pagefind-body on a page, Pagefind indexes every page whole, the 404 and search pages too.
    if (pages === 0 || pages > plan.searchable)
      throw new Error(
        `Pagefind indexed ${pages} pages below ${dist}, but ${plan.searchable} can be results: ` +
          'render every content page with src/layouts/Base.astro, which marks it data-pagefind-body.',
      );
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
