import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadCheckedGlossary } from '../lib/glossary/source.ts';
import { formerSlugMoves, redirectLines } from '../lib/glossary/urls.ts';

/**
 * Checks the glossary as a whole before the build starts (related slugs exist, no URL
 * is claimed twice), and writes a `_redirects` file so hosts that read it answer former
 * term URLs with a 301. The static redirect pages cover every other host.
 */
export default function glossary(): AstroIntegration {
  let base = '/';
  return {
    name: 'kb:glossary',
    hooks: {
      'astro:config:setup': () => {
        loadCheckedGlossary();
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const lines = redirectLines(formerSlugMoves(loadCheckedGlossary()), base);
        const file = join(fileURLToPath(dir), '_redirects');
        const header = '# Former glossary URLs (from `formerSlugs` in content/glossary/*.mdx)\n';
        const block = `${header}${lines.join('\n')}\n`;
        if (existsSync(file) && !readFileSync(file, 'utf8').includes(header)) appendFileSync(file, `\n${block}`);
        else writeFileSync(file, block);
        logger.info(`wrote ${lines.length} glossary redirect(s) to _redirects`);
      },
    },
  };
}
