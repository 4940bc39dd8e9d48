/**
 * The browser modules a page loads only when the reader uses a feature: search, the term
 * preview fallback, the composer's import step and its HAR worker. esbuild bundles each into
 * `_astro/<name>.<hash>.js`, outside Vite, and the pages read their paths from
 * `__LAZY_MODULES__` (src/integrations/globals.d.ts, read by `lazyModuleUrl`) into a data attribute, which a small script
 * passes to `import()`. Bundled by Vite instead, every page script that may load one would
 * carry Vite's preload helper (about 1 KB gzip) at page load.
 * The dev server compiles the sources itself, so there the paths are the source files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';

/** Module name (the start of its file name in `_astro/`) -> source, relative to the project root. */
export const LAZY_MODULES = {
  'search-ui': 'src/search/ui.ts',
  'search-highlight': 'src/search/highlight.ts',
  'preview-fallback': 'src/lib/glossary/preview-fallback.ts',
  'composer-import': 'src/lib/composer/import/ui.ts',
  'har-worker': 'src/lib/composer/import/har-worker.ts',
} as const;

export type LazyModule = keyof typeof LAZY_MODULES;

export default function lazyModules(): AstroIntegration {
  let files: { path: string; contents: Uint8Array }[] = [];
  return {
    name: 'kb:lazy-modules',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig }) => {
        let paths: Record<LazyModule, string> = { ...LAZY_MODULES };
        if (command === 'build') {
          const root = fileURLToPath(config.root);
          const result = await build({
            entryPoints: Object.fromEntries(Object.entries(LAZY_MODULES).map(([name, src]) => [name, join(root, src)])),
            bundle: true,
            format: 'esm',
            target: 'es2022',
            minify: true,
            write: false,
            outdir: join(root, '_astro'),
            entryNames: '[name].[hash]',
            logLevel: 'warning',
            legalComments: 'inline',
          });
          files = result.outputFiles.map((f) => ({
            path: relative(root, f.path).split(sep).join('/'),
            contents: f.contents,
          }));
          const find = (name: string) =>
            files.find((f) => f.path.startsWith(`_astro/${name}.`) && f.path.endsWith('.js'))!.path;
          paths = Object.fromEntries(Object.keys(LAZY_MODULES).map((name) => [name, find(name)])) as typeof paths;
        }
        updateConfig({ vite: { define: { __LAZY_MODULES__: JSON.stringify(paths) } } });
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        mkdirSync(join(out, '_astro'), { recursive: true });
        for (const f of files) writeFileSync(join(out, f.path), f.contents);
      },
    },
  };
}
