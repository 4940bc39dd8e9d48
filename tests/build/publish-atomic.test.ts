/**
 * The build publishes all or nothing: a failing build leaves the previous dist/ as it was,
 * a passing one replaces it whole. (Separate from publish-errors.test.ts so the two sets
 * of fixture builds run in parallel.)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWithContent, originalContent } from '../support/fixture-build.ts';

const original = originalContent;

describe('nothing is partly published', () => {
  it('a failing build leaves the previous dist/ exactly as it was', () => {
    const result = buildWithContent(
      { 'pages/channels.mdx': `${original('pages/channels.mdx')}\nSee [the fees](/fees/).\n` },
      {},
      (dir) => {
        mkdirSync(join(dir, 'dist'));
        writeFileSync(join(dir, 'dist', 'index.html'), 'the previous good build');
      },
    );
    try {
      expect(result.ok, result.output).toBe(false);
      expect(result.output).toMatch(/\/channels\/: link "\/fees\/" is broken/);
      const line = original('pages/channels.mdx').split('\n').length + 1;
      expect(result.output).toMatch(new RegExp(`written in content/pages/channels\\.mdx:${line}`));
      expect(result.output).toMatch(/nothing was published/);
      expect(readdirSync(result.dist)).toEqual(['index.html']);
      expect(readFileSync(join(result.dist, 'index.html'), 'utf8')).toBe('the previous good build');
      expect(readdirSync(result.dir).filter((f) => f.startsWith('dist'))).toEqual(['dist']);
    } finally {
      result.cleanup();
    }
  });

  it('a passing build replaces dist/ and honours SITE_URL and BASE_PATH in sitemap, robots.txt and _headers', () => {
    const result = buildWithContent({}, { SITE_URL: 'https://kb.example.com', BASE_PATH: '/docs' }, (dir) => {
      mkdirSync(join(dir, 'dist'));
      writeFileSync(join(dir, 'dist', 'stale.html'), 'left over');
    });
    try {
      expect(result.ok, result.output).toBe(true);
      expect(existsSync(join(result.dist, 'stale.html'))).toBe(false);
      const read = (f: string) => readFileSync(join(result.dist, f), 'utf8');
      expect(read('robots.txt')).toMatch(/^Sitemap: https:\/\/kb\.example\.com\/docs\/sitemap\.xml$/m);
      expect(read('sitemap.xml')).toContain('<loc>https://kb.example.com/docs/scope/</loc>');
      expect(read('_headers')).toMatch(/^\/docs\/\*$/m);
      expect(read('changes.xml')).toContain(
        '<link rel="self" type="application/atom+xml" href="https://kb.example.com/docs/changes.xml"/>',
      );
      expect(read('scope/index.html')).toContain(
        '<meta property="og:image" content="https://kb.example.com/docs/og-image.png">',
      );
    } finally {
      result.cleanup();
    }
  });
});
