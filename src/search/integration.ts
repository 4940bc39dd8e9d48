/**
 * Site search at build time: the term index shards, and after the build the quick page index. The pages name the
 * latter before it exists, so it is named by a digest of the build's inputs, not of its content (no rewrite of
 * thousands of pages). The indexes hold paths without the base path; the browser adds it.
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
import { buildPageIndex, inQuickIndex, type PageIndex } from './build/page-sections.ts';
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

/** The quick page index of the built pages in `out`. */
function quickPageIndex(out: string, files: readonly string[]): PageIndex {
  // Glossary pages are left out before they are read: there may be thousands.
  return buildPageIndex(
    files
      .filter((f) => inQuickIndex(indexUrlFor(f)))
      .map((f) => ({
        url: indexUrlFor(f),
        html: readFileSync(join(out, f), 'utf8'),
        weight: SETTINGS.summaryPages.includes(f) ? SETTINGS.summaryWeight : 1,
      })),
  );
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export default function search(): AstroIntegration {
  let terms: ReturnType<typeof termIndexFiles> | undefined;
  let pagesPath: string | undefined;
  return {
    name: 'kb:search',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig }) => {
        // The dev server has no term or page index (search says so).
        let paths = { terms: '_astro/terms-dev', pages: '' };
        if (command === 'build') {
          terms = termIndexFiles();
          const settings = { base: config.base, site: config.site, node: process.version };
          pagesPath = `_astro/pages-${buildInputsDigest(fileURLToPath(config.root), settings)}.json`;
          paths = { terms: terms.dir, pages: pagesPath };
        }
        const define = { __SEARCH_TERMS__: JSON.stringify(paths.terms), __SEARCH_PAGES__: JSON.stringify(paths.pages) };
        updateConfig({ vite: { define } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        if (terms) {
          mkdirSync(join(out, terms.dir), { recursive: true });
          for (const [key, text] of terms.files) writeFileSync(join(out, terms.dir, `${key}.json`), text);
          logger.info(`wrote ${terms.files.size} glossary term shards into ${terms.dir}/`);
        }
        if (pagesPath) {
          const index = quickPageIndex(out, listHtmlFiles(out).filter(isIndexedPage));
          const text = JSON.stringify(index);
          writeFileSync(join(out, pagesPath), text);
          const sections = index.pages.reduce((n, p) => n + p.sections.length, 0);
          logger.info(
            `wrote the quick page index ${pagesPath}: ${sections} sections of ${index.pages.length} pages, ` +
              `${kib(text.length)} (${kib(gzipSync(text).length)} gzip)`,
          );
        }
      },
    },
  };
}
