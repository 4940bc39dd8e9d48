import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readBuiltSite } from '../lib/publish/dist-pages.ts';
import { findBrokenLinks, formatBrokenLinks } from '../lib/publish/link-check.ts';
import { linkLocations } from '../lib/markdown/source-lines.ts';
import { stripBase } from '../lib/util/urls.ts';
import { readMdx } from './check-content.ts';

/** Fail the build when any internal link or anchor in the output is broken. */
export default function checkLinks(): AstroIntegration {
  let base = '/';
  let root = process.cwd();
  return {
    name: 'kb:check-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const { pages, files } = readBuiltSite(fileURLToPath(dir), base);
        const broken = findBrokenLinks(pages, files);
        if (broken.length > 0) {
          // Name the MDX line each broken link was written on, where it can be found.
          const sources = ['pages', 'glossary', 'changes'].flatMap((folder) => readMdx(root, folder));
          const lines = formatBrokenLinks(broken)
            .split('\n')
            .map((line, i) => {
              const where = linkLocations(sources, stripBase(broken[i]!.href, base));
              return where.length > 0 ? `${line}\n      written in ${where.join(', ')}` : line;
            });
          throw new Error(
            `${broken.length} broken internal link(s) in the built site:\n${lines.join('\n')}\n` +
              "Fix the link in the page's MDX (content/pages/<page>.mdx) or add the missing page or heading.",
          );
        }
        logger.info(`checked ${pages.length} pages: no broken internal links`);
      },
    },
  };
}
