/**
 * Site search at build time (its browser modules, src/search/ui.ts and highlight.ts, are
 * bundled with the other lazily loaded ones: src/integrations/lazy-modules.ts):
 * - writes the glossary term index (src/search/build/term-shards.ts) as small JSON shards into
 *   `_astro/terms-<hash>/<first character>.json`, so a typed term name shows at once;
 * - after the build, writes the quick page index (src/search/build/page-sections.ts): the sections
 *   of the content pages in one small JSON file, `_astro/pages-<inputs digest>.json`, so a
 *   question gets its first results without Pagefind. It is made from the built pages, so
 *   its content hash is known only after every page already names it; it is named by a
 *   digest of the build's inputs instead (src/lib/build-inputs.ts): the same sources give
 *   the same name, any change a new one, so it is safe to cache for ever without rewriting
 *   thousands of pages afterwards (3.6 s at 10,000 terms).
 * The Pagefind index of the built pages is written after `astro build` has exited, by
 *   scripts/search-index.ts (run by scripts/build.ts).
 * The index stores site paths without the base path; the browser adds it (baseUrl), so the
 * same steps work for BASE_PATH=/docs.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadCheckedGlossary } from '../lib/glossary/source.ts';
import { termPagePath } from '../lib/glossary/urls.ts';
import { listHtmlFiles } from '../lib/publish/dist-pages.ts';
import { indexUrlFor, isIndexedPage } from './build/pagefind-pages.ts';
import { buildInputsDigest } from '../lib/build-inputs.ts';
import { buildPageIndex, inQuickIndex } from './build/page-sections.ts';
import { buildTermShards } from './build/term-shards.ts';
import { SETTINGS } from './settings.ts';

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

/** The quick page index of the built pages in `out`, as JSON text. */
function pageIndexText(out: string, files: readonly string[]): { text: string; pages: number; sections: number } {
  const wanted = files.filter((f) => inQuickIndex(indexUrlFor(f)));
  const index = buildPageIndex(
    wanted.map((f) => ({
      url: indexUrlFor(f),
      html: readFileSync(join(out, f), 'utf8'),
      weight: SETTINGS.summaryPages.includes(f) ? SETTINGS.summaryWeight : 1,
    })),
  );
  return {
    text: JSON.stringify(index),
    pages: index.pages.length,
    sections: index.pages.reduce((n, p) => n + p.sections.length, 0),
  };
}

export default function search(): AstroIntegration {
  let terms: ReturnType<typeof termIndexFiles> | undefined;
  let pagesPath: string | undefined;
  return {
    name: 'kb:search',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig }) => {
        let paths = { terms: '_astro/terms-dev', pages: '' };
        if (command === 'build') {
          terms = termIndexFiles();
          const inputs = buildInputsDigest(fileURLToPath(config.root), {
            base: config.base,
            site: config.site,
            node: process.version,
          });
          pagesPath = `_astro/pages-${inputs}.json`;
          paths = { terms: terms.dir, pages: pagesPath };
        }
        // The dev server has no term or page index (search says so).
        updateConfig({
          vite: {
            define: {
              __SEARCH_TERMS__: JSON.stringify(paths.terms),
              __SEARCH_PAGES__: JSON.stringify(paths.pages),
            },
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        if (terms) {
          mkdirSync(join(out, terms.dir), { recursive: true });
          for (const [key, text] of terms.files) writeFileSync(join(out, terms.dir, `${key}.json`), text);
          logger.info(`wrote ${terms.files.size} glossary term shards into ${terms.dir}/`);
        }
        if (pagesPath) {
          const quick = pageIndexText(out, listHtmlFiles(out).filter(isIndexedPage));
          writeFileSync(join(out, pagesPath), quick.text);
          const gzip = gzipSync(quick.text).length;
          logger.info(
            `wrote the quick page index ${pagesPath}: ${quick.sections} sections of ${quick.pages} pages, ${(quick.text.length / 1024).toFixed(1)} KiB (${(gzip / 1024).toFixed(1)} KiB gzip)`,
          );
        }
      },
    },
  };
}
