import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readBuiltSite } from '../lib/publish/dist-pages.ts';
import { findBrokenLinks, findUnsafeLinks, formatBrokenLinks } from '../lib/publish/link-check.ts';
import { linkLocations } from '../lib/markdown/source-lines.ts';
import { stripBase } from '../lib/util/urls.ts';
import { readMdx } from './check-content.ts';

/**
 * Fail the build when any internal link or anchor in the output is broken, or when a link
 * would run script or open inline data (javascript:, vbscript:, data:).
 */
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
        // Name the MDX line each bad link was written on, where it can be found.
        const sources = () => ['pages', 'glossary', 'changes'].flatMap((folder) => readMdx(root, folder));
        const unsafe = findUnsafeLinks(pages);
        if (unsafe.length > 0) {
          const written = sources();
          const lines = unsafe.map(({ from, href, scheme }) => {
            const exact = linkLocations(written, href);
            const where = exact.length > 0 ? exact : linkLocations(written, `${scheme}:`, { startsWith: true });
            const shown = href.length > 60 ? `${href.slice(0, 60)}...` : href;
            return (
              `  ${from}: link "${shown}" uses ${scheme}:` +
              (where.length > 0 ? `\n      written in ${where.join(', ')}` : '')
            );
          });
          throw new Error(
            `${unsafe.length} link(s) in the built site would run script or open inline data:\n${lines.join('\n')}\n` +
              'Link to a page (/checklist/) or an https:// address instead; to show such a URL as an example, put it in `code`.',
          );
        }
        const broken = findBrokenLinks(pages, files);
        if (broken.length > 0) {
          const written = sources();
          const lines = formatBrokenLinks(broken)
            .split('\n')
            .map((line, i) => {
              const where = linkLocations(written, stripBase(broken[i]!.href, base));
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
