import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readBuiltSite } from '../lib/dist-pages.ts';
import { findBrokenLinks, formatBrokenLinks } from '../lib/link-check.ts';

/** Fail the build when any internal link or anchor in the output is broken. */
export default function checkLinks(): AstroIntegration {
  let base = '/';
  return {
    name: 'kb:check-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const { pages, files } = readBuiltSite(fileURLToPath(dir), base);
        const broken = findBrokenLinks(pages, files);
        if (broken.length > 0) {
          throw new Error(
            `${broken.length} broken internal link(s) in the built site:\n${formatBrokenLinks(broken)}\n` +
              'Fix the link in the page\'s MDX (content/pages/<page>.mdx) or add the missing page or heading.',
          );
        }
        logger.info(`checked ${pages.length} pages: no broken internal links`);
      },
    },
  };
}
