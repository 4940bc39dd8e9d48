/**
 * The content cache (.cache/astro) survives between builds, so a second build reuses the
 * stored glossary renders. It must not reuse one that is out of date: after a change to the
 * Markdown plugins' code, or to a term that a definition links to, the definition is
 * rendered again. Two builds in one copy of the site.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySite } from '../../scripts/site-copy.ts';
import { buildIn } from '../support/fixture-build.ts';

describe('stored glossary renders', () => {
  it('are rendered again when the plugins’ code or a linked term changes, without a clean build', () => {
    const { dir, cleanup } = copySite(process.cwd(), 'kb-cache-');
    try {
      const first = buildIn(dir);
      expect(first.ok, first.output).toBe(true);
      const page = () => readFileSync(join(first.dist, 'glossary', 'client', 'index.html'), 'utf8');
      expect(page()).not.toContain('term-link--changed');
      // The [[Term]] plugin now writes another class; Client's definition links [[ISV]].
      const plugin = join(dir, 'src', 'lib', 'remark-term-links.ts');
      writeFileSync(plugin, readFileSync(plugin, 'utf8').replace("className: ['term-link']", "className: ['term-link', 'term-link--changed']"));
      // And ISV's summary, which Client's definition shows as the link's preview, changes.
      const isv = join(dir, 'content', 'glossary', 'isv.mdx');
      writeFileSync(isv, readFileSync(isv, 'utf8').replace(/^summary: .*$/m, 'summary: A software vendor, summary changed between builds.'));
      const second = buildIn(dir);
      expect(second.ok, second.output).toBe(true);
      expect(page()).toContain('term-link--changed');
      expect(page()).toContain('summary changed between builds');
    } finally {
      cleanup();
    }
  });
});
