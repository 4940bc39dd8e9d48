// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import checkLinks from './src/integrations/check-links.ts';
import glossary from './src/integrations/glossary.ts';
import search from './src/search/integration.ts';
import checkContent from './src/integrations/check-content.ts';
import publish from './src/integrations/publish.ts';
import partnerFiles from './src/integrations/partner-files.ts';
import lazyModules from './src/integrations/lazy-modules.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES, sha256Hash } from './src/lib/publish/csp.ts';
import { THEME_BOOT_SCRIPT } from './src/lib/site/theme.ts';
import rehypeBaseLinks from './src/lib/markdown/rehype-base-links.ts';
import remarkTermLinks from './src/lib/markdown/remark-term-links.ts';
import remarkUnixNewlines from './src/lib/markdown/remark-unix-newlines.ts';
import { normaliseBase } from './src/lib/util/urls.ts';

// Deploy settings come from the environment: SITE_URL (the public origin) and
// BASE_PATH (a sub-path such as /docs). See "Deployment" in the README.
const base = normaliseBase(process.env.BASE_PATH);
const site = process.env.SITE_URL ?? 'https://api-support.example.org';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The content cache lives with the project, not in node_modules: copies of the site built
  // by tests and the benchmark link node_modules and must not share one cache.
  cacheDir: './.cache/astro',
  // Several pages at a time: each page waits on hashing (CSP) and file writes, which other
  // pages' rendering can fill (10,000 terms: page generation 17 s one at a time, 11 s with
  // four). Four, not more: eight saved another second but held about 90 MB more at the peak.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  // MDX runs on the unified processor so that our remark/rehype plugins apply.
  markdown: {
    // Shiki colours code with inline style attributes, which the CSP blocks; Prism uses classes.
    syntaxHighlight: 'prism',
    processor: unified({
      // [[Term]] references in MDX become glossary links with previews (see README).
      remarkPlugins: [remarkUnixNewlines, remarkTermLinks],
      rehypePlugins: [[rehypeBaseLinks, { base }]],
    }),
  },
  integrations: [mdx(), glossary(), lazyModules(), partnerFiles(), checkContent(), checkLinks(), search(), publish()],
  // A strict CSP in every page's <meta>: Astro hashes the inline scripts and styles it
  // renders. The build writes the same policy (plus frame-ancestors) into dist/_headers.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...CSP_DIRECTIVES],
      // The theme's boot script must run before the first paint, so it is a classic inline
      // script, which Astro does not hash itself.
      scriptDirective: {
        resources: [...SCRIPT_SOURCES],
        hashes: [sha256Hash(THEME_BOOT_SCRIPT)],
      },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // MDX modules carry an Astro-internal directive that the bundler warns about
        // once per file; the warning is noise for authors.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
