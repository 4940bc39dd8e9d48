/**
 * The files other sites use to link our terms:
 * - `glossary/embed.js`: previews on partner pages (src/lib/glossary/embed.ts, one classic script);
 * - `glossary/previews/v1/<shard>.json`: the summaries embed.js reads, sharded by slug
 *   (src/lib/glossary/previews.ts), made from the published glossary.json so the two agree;
 * - `glossary/remark-glossary.mjs`: the remark plugin partners vendor, bundled from the
 *   resolver our own `[[Term]]` links use (src/lib/glossary/remark-glossary.ts).
 * Stable URLs: other sites link them.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { buildPreviewShards, PREVIEWS_PATH } from '../lib/glossary/previews.ts';
import type { GlossaryJson } from '../lib/glossary/json.ts';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const EMBED_BANNER = `/*!
 * Glossary previews for other sites. Include this script from the glossary's own origin
 * and every link on your page to one of its terms (/glossary/<slug>/, a former slug or
 * /glossary/#<slug>) shows the term's one-sentence summary on hover and keyboard focus
 * (Escape hides it), and screen readers get the summary as the link's description.
 * No dependencies; links keep working without it.
 *
 *   <script src="https://SUPPORT-SITE/glossary/embed.js" defer></script>
 *
 * It reads only the small preview files of the terms your page links
 * (/glossary/previews/v1/), which the site serves to any origin.
 */`;

const PLUGIN_BANNER = `/**
 * remark-glossary: checked [[Term]] links to this site's glossary from your own docs.
 * An ES module with no dependencies: copy it into your repository.
 *
 *   import remarkGlossary from './remark-glossary.mjs';
 *   // Astro or Starlight (astro.config.mjs); Docusaurus and other remark pipelines alike:
 *   markdown: { remarkPlugins: [[remarkGlossary, { glossary: 'https://SUPPORT-SITE/glossary.json' }]] }
 *
 * \`glossary\` is the URL of glossary.json or the path of a local copy, read once per build.
 * An unknown or ambiguous [[Term]] fails your build with its file, line and column and the
 * closest terms. Generated from the site's own resolver: download it again to update.
 */`;

interface Bundle {
  path: string;
  contents: Uint8Array;
}

async function bundle(): Promise<Bundle[]> {
  const toBundles = (outputFiles: { path: string; contents: Uint8Array }[]) =>
    outputFiles.map((f) => ({ path: relative(process.cwd(), f.path).split(sep).join('/'), contents: f.contents }));
  const common = { bundle: true, write: false, logLevel: 'warning', legalComments: 'inline' } as const;
  const [embed, plugin] = await Promise.all([
    build({
      ...common,
      entryPoints: [source('../lib/glossary/embed.ts')],
      outfile: 'glossary/embed.js',
      format: 'iife',
      target: 'es2019',
      minify: true,
      banner: { js: EMBED_BANNER },
    }),
    build({
      ...common,
      entryPoints: [source('../lib/glossary/remark-glossary.ts')],
      outfile: 'glossary/remark-glossary.mjs',
      format: 'esm',
      platform: 'node',
      target: 'node18',
      banner: { js: PLUGIN_BANNER },
    }),
  ]);
  return [...toBundles(embed.outputFiles), ...toBundles(plugin.outputFiles)];
}

export default function partnerFiles(): AstroIntegration {
  let files: Bundle[] = [];
  return {
    name: 'kb:partner-files',
    hooks: {
      'astro:config:setup': async ({ command }) => {
        if (command === 'build') files = await bundle();
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        for (const f of files) {
          mkdirSync(dirname(join(out, f.path)), { recursive: true });
          writeFileSync(join(out, f.path), f.contents);
        }
        const inventory = JSON.parse(readFileSync(join(out, 'glossary.json'), 'utf8')) as GlossaryJson;
        const shards = buildPreviewShards(inventory.terms);
        const folder = join(out, PREVIEWS_PATH);
        mkdirSync(folder, { recursive: true });
        for (const [name, shard] of shards) writeFileSync(join(folder, `${name}.json`), JSON.stringify(shard));
        logger.info(
          `wrote glossary/embed.js, glossary/remark-glossary.mjs and ${shards.size} preview files in ${PREVIEWS_PATH.slice(1)}`,
        );
      },
    },
  };
}
