import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { allowsInline, blockedAttributes, headerPolicy, parseCsp } from '../lib/publish/csp.ts';
import { listHtmlFiles, pagePathOfFile } from '../lib/publish/dist-pages.ts';
import { formatHeadersFile } from '../lib/publish/headers-file.ts';
import { scanTags, type ScannedTag } from '../lib/publish/html-scan.ts';
import { securityHeaderRules } from '../lib/publish/security-headers.ts';
import { robotsTxt, sitemapPages, sitemapXml, type BuiltPageInfo } from '../lib/publish/sitemap.ts';
import { normaliseBase } from '../lib/util/urls.ts';

/**
 * After the pages are written: check every page carries its CSP and has no inline event
 * handler or style attribute the CSP would block, then write `_headers` (security headers
 * for static hosts), `sitemap.xml` and `robots.txt`, all honouring SITE_URL and BASE_PATH.
 */
export default function publish(): AstroIntegration {
  let base = '/';
  let site = '';
  return {
    name: 'kb:publish',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
        site = config.site ?? '';
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies: string[] = [];
        const pages: BuiltPageInfo[] = [];
        const problems: string[] = [];
        for (const file of listHtmlFiles(root)) {
          const html = readFileSync(join(root, file), 'utf8');
          const tags = [...scanTags(html)];
          const meta = (attr: string, value: string) =>
            tags.find((t) => t.name === 'meta' && t.attrs.get(attr)?.toLowerCase() === value);
          const csp = meta('http-equiv', 'content-security-policy')?.attrs.get('content');
          const redirect = meta('http-equiv', 'refresh') !== undefined;
          if (!csp && !redirect)
            problems.push(
              `  ${file}: has no Content-Security-Policy <meta>. Render the page with src/layouts/Base.astro.`,
            );
          if (csp) policies.push(csp);
          if (csp) {
            const policy = parseCsp(csp);
            const inline = tags.filter(
              (t): t is ScannedTag & { text: string } =>
                t.text !== undefined && (t.name === 'style' || !t.attrs.has('src')),
            );
            for (const el of inline) {
              const kind = el.name === 'style' ? 'style' : 'script';
              const type = el.attrs.get('type') ?? '';
              if (
                kind === 'script' &&
                type !== '' &&
                !/^(module|text\/javascript|application\/javascript)$/i.test(type)
              )
                continue;
              if (!allowsInline(policy, kind, el.text)) {
                problems.push(
                  `  ${file}: an inline <${kind}> starting "${el.text.trim().slice(0, 40)}" is not in the page's CSP, so browsers will block it. ` +
                    (kind === 'script'
                      ? 'Remove `is:inline` so Astro bundles and hashes it, or move the code into a .ts file imported by a <script>.'
                      : 'Remove `is:inline` from the <style> so Astro processes and hashes it.'),
                );
              }
            }
          }
          for (const { tag, attr } of blockedAttributes(tags)) {
            problems.push(
              `  ${file}: <${tag} ${attr}="..."> is an inline ${attr === 'style' ? 'style attribute' : 'event handler'}, which the CSP blocks. ` +
                (attr === 'style'
                  ? 'Use a class and a stylesheet instead.'
                  : 'Attach the handler with addEventListener in a <script>.'),
            );
          }
          const robots = meta('name', 'robots')?.attrs.get('content') ?? '';
          pages.push({
            file,
            path: pagePathOfFile(file, base),
            noindex: /noindex/i.test(robots),
            redirect,
            lastmod: tags
              .find((t) => t.name === 'time' && t.attrs.has('datetime') && t.isWithin('footer'))
              ?.attrs.get('datetime'),
          });
        }
        if (problems.length > 0) {
          throw new Error(
            `${problems.length} page(s) would break under the Content Security Policy:\n${problems.join('\n')}`,
          );
        }
        const header = headerPolicy(policies);
        if (header.length > 2000) {
          // Cloudflare Pages cuts header values at 2,000 characters (Netlify has no such limit).
          logger.warn(
            `the Content-Security-Policy header is ${header.length} characters; Cloudflare Pages accepts at most 2,000. ` +
              'Fewer distinct inline <style>/<script> blocks (e.g. shared components, one stylesheet) keep it shorter.',
          );
        }
        writeFileSync(
          join(root, '_headers'),
          formatHeadersFile(
            securityHeaderRules(base, header),
            'Security headers for static hosts that read this file (Netlify, Cloudflare Pages).\n' +
              'Generated at build by src/integrations/publish.ts: do not edit; see "Deployment" in the README.',
          ),
        );
        const listed = sitemapPages(pages);
        writeFileSync(
          join(root, 'sitemap.xml'),
          sitemapXml(listed.map((p) => ({ loc: new URL(p.path, site).href, lastmod: p.lastmod }))),
        );
        writeFileSync(join(root, 'robots.txt'), robotsTxt(new URL(`${base}sitemap.xml`, site).href));
        logger.info(
          `wrote _headers (CSP with ${policies.length} page policies), sitemap.xml (${listed.length} pages), robots.txt`,
        );
      },
    },
  };
}
