/**
 * Site search at build time:
 * - bundles the lazily loaded search modules (src/search/ui.ts, src/search/highlight.ts)
 *   into `_astro/` with content hashes, and tells the pages their paths;
 * - writes the glossary term index (src/lib/search-term-index.ts) as small JSON shards into
 *   `_astro/terms-<hash>/<first character>.json`, so a typed term name shows at once;
 * - after the build, writes the quick page index (src/lib/search-page-index.ts): the sections
 *   of the content pages in one small JSON file, `_astro/pages-<hash>.json`, so a question
 *   gets its first results without Pagefind. Its hash is known only once the pages are
 *   built, so the pages carry a placeholder path that is replaced here;
 * - indexes the built pages with Pagefind's Node API into `pagefind/`.
 * The index stores site paths without the base path; the browser adds it (baseUrl), so the
 * same steps work for BASE_PATH=/docs.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import * as pagefind from 'pagefind';
import { loadCheckedGlossary } from '../lib/glossary-source.ts';
import { termPagePath } from '../lib/glossary-urls.ts';
import { listHtmlFiles } from '../lib/dist-pages.ts';
import { indexUrlFor, isIndexedPage, searchableHtml, SUMMARY_PAGES, SUMMARY_WEIGHT } from '../lib/search-index-files.ts';
import { buildPageIndex, inQuickIndex } from '../lib/search-page-index.ts';
import { buildTermShards } from '../lib/search-term-index.ts';

/** The term index as files: shard key -> JSON text, in a folder named by their content hash. */
function termIndexFiles(): { dir: string; files: Map<string, string> } {
  const shards = buildTermShards(loadCheckedGlossary(), termPagePath);
  // Every possible key gets a file (an empty one if no name starts with it): no 404s.
  const keys = [...'abcdefghijklmnopqrstuvwxyz0123456789_'];
  const files = new Map(keys.map((key) => [key, JSON.stringify(shards.get(key) ?? { terms: [] })]));
  const hash = createHash('sha256');
  for (const [key, text] of files) hash.update(`${key}\n${text}\n`);
  return { dir: `_astro/terms-${hash.digest('hex').slice(0, 10)}`, files };
}

/** What the pages carry until the quick page index's real name is known (see astro:build:done). */
const PAGES_PLACEHOLDER = '_astro/pages-quick-index-path.json';

/** The quick page index of the built pages in `out`, as its file name and JSON text. */
function pageIndexFile(out: string, files: readonly string[]): { path: string; text: string; pages: number; sections: number } {
  const wanted = files.filter((f) => inQuickIndex(indexUrlFor(f)));
  const index = buildPageIndex(
    wanted.map((f) => ({ url: indexUrlFor(f), html: readFileSync(join(out, f), 'utf8'), weight: SUMMARY_PAGES.includes(f) ? SUMMARY_WEIGHT : 1 })),
  );
  const text = JSON.stringify(index);
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 10);
  return { path: `_astro/pages-${hash}.json`, text, pages: index.pages.length, sections: index.pages.reduce((n, p) => n + p.sections.length, 0) };
}

const ENTRIES = {
  'search-ui': fileURLToPath(new URL('../search/ui.ts', import.meta.url)),
  'search-highlight': fileURLToPath(new URL('../search/highlight.ts', import.meta.url)),
};

/** Pagefind bundle files this site does not use (it has its own small UI). */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui)\.(js|css)$|^pagefind-highlight\.js$/;


export default function search(): AstroIntegration {
  let bundles: { path: string; contents: Uint8Array }[] = [];
  let terms: ReturnType<typeof termIndexFiles> | undefined;
  return {
    name: 'kb:search',
    hooks: {
      'astro:config:setup': async ({ command, updateConfig }) => {
        let paths: Record<string, string>;
        if (command === 'build') {
          const result = await build({
            entryPoints: ENTRIES,
            bundle: true,
            format: 'esm',
            target: 'es2022',
            minify: true,
            write: false,
            outdir: '_astro',
            entryNames: '[name].[hash]',
            logLevel: 'warning',
          });
          bundles = result.outputFiles.map((f) => ({ path: relative(process.cwd(), f.path).split(sep).join('/'), contents: f.contents }));
          const find = (name: string) => bundles.find((b) => b.path.startsWith(`_astro/${name}.`))!.path;
          terms = termIndexFiles();
          paths = { ui: find('search-ui'), highlight: find('search-highlight'), terms: terms.dir, pages: PAGES_PLACEHOLDER };
        } else {
          // The dev server compiles the sources itself; it has no term or page index (search says so).
          paths = { ui: 'src/search/ui.ts', highlight: 'src/search/highlight.ts', terms: '_astro/terms-dev', pages: '' };
        }
        updateConfig({
          vite: {
            define: {
              __SEARCH_UI__: JSON.stringify(paths.ui),
              __SEARCH_HIGHLIGHT__: JSON.stringify(paths.highlight),
              __SEARCH_TERMS__: JSON.stringify(paths.terms),
              __SEARCH_PAGES__: JSON.stringify(paths.pages),
            },
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        for (const b of bundles) {
          mkdirSync(join(out, '_astro'), { recursive: true });
          writeFileSync(join(out, b.path), b.contents);
        }
        if (terms) {
          mkdirSync(join(out, terms.dir), { recursive: true });
          for (const [key, text] of terms.files) writeFileSync(join(out, terms.dir, `${key}.json`), text);
          logger.info(`wrote ${terms.files.size} glossary term shards into ${terms.dir}/`);
        }
        const all = listHtmlFiles(out);
        const files = all.filter(isIndexedPage);
        const quick = pageIndexFile(out, files);
        writeFileSync(join(out, quick.path), quick.text);
        const gzip = gzipSync(quick.text).length;
        logger.info(`wrote the quick page index ${quick.path}: ${quick.sections} sections of ${quick.pages} pages, ${(quick.text.length / 1024).toFixed(1)} KiB (${(gzip / 1024).toFixed(1)} KiB gzip)`);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const indexed = new Set(files);
        // Every page gets the quick index's real path in place of the placeholder; pages go to
        // Pagefind many at a time: one by one, each waits for a round trip to its process,
        // which dominates the build on a glossary of thousands of terms.
        const BATCH = 64;
        for (let i = 0; i < all.length; i += BATCH) {
          await Promise.all(
            all.slice(i, i + BATCH).map(async (file) => {
              let html = readFileSync(join(out, file), 'utf8');
              if (html.includes(PAGES_PLACEHOLDER)) {
                html = html.replaceAll(PAGES_PLACEHOLDER, quick.path);
                writeFileSync(join(out, file), html);
              }
              if (!indexed.has(file)) return;
              const added = await index.addHTMLFile({ url: indexUrlFor(file), content: searchableHtml(file, html) });
              if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
            }),
          );
        }
        const pages = files.length;
        const bundleDir = join(out, 'pagefind');
        const written = await index.writeFiles({ outputPath: bundleDir });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        for (const name of readdirSync(bundleDir)) if (UNUSED.test(name)) rmSync(join(bundleDir, name));
        logger.info(`indexed ${pages} pages into pagefind/`);
      },
    },
  };
}
