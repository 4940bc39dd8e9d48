/**
 * The content cache (.cache/astro) survives between builds, so the next build reuses the
 * stored glossary renders. It must reuse all of them when nothing changed, and none that
 * is out of date: a definition is rendered again when a term it links to changes, and every
 * definition when the Markdown plugins' code changes, but none for other code. Five builds in one copy of the site.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySite } from '../../scripts/site-copy.ts';
import { buildIn } from '../support/fixture-build.ts';

/** "15 entries from ./content/glossary (2 rendered, 13 unchanged since the last build)" */
function renders(output: string): { rendered: number; unchanged: number } {
  const m = /entries from \.\/content\/glossary \((\d+) rendered, (\d+) unchanged/.exec(output);
  if (!m) throw new Error(`no glossary sync line in the build output:\n${output}`);
  return { rendered: Number(m[1]), unchanged: Number(m[2]) };
}

describe('stored glossary renders', () => {
  it('are reused when nothing changed, and rendered again when a linked term or the plugins’ code changes', () => {
    const { dir, cleanup } = copySite(process.cwd(), 'kb-cache-');
    try {
      const terms = readdirSync(join(dir, 'content', 'glossary')).length;
      const build = () => {
        const result = buildIn(dir);
        expect(result.ok, result.output).toBe(true);
        return {
          ...renders(result.output),
          page: readFileSync(join(result.dist, 'glossary', 'client', 'index.html'), 'utf8'),
        };
      };
      expect(build().rendered).toBe(terms);
      expect(build()).toMatchObject({ rendered: 0, unchanged: terms });

      // ISV's summary is the preview of every [[ISV]] link, as in Client's definition.
      const isv = join(dir, 'content', 'glossary', 'isv.mdx');
      writeFileSync(
        isv,
        readFileSync(isv, 'utf8').replace(
          /^summary: .*$/m,
          'summary: A software vendor, summary changed between builds.',
        ),
      );
      const linked = build();
      expect(linked.page).toContain('summary changed between builds');
      expect(linked.rendered).toBeGreaterThan(1); // ISV itself and the definitions that link it
      expect(linked.rendered).toBeLessThan(terms);

      // Code that does not render Markdown: no definition is rendered again.
      const redact = join(dir, 'src', 'lib', 'composer', 'redact.ts');
      writeFileSync(redact, `${readFileSync(redact, 'utf8')}\n// edited\n`);
      expect(build().rendered).toBe(0);

      // The [[Term]] plugin now writes another class.
      const plugin = join(dir, 'src', 'lib', 'markdown', 'remark-term-links.ts');
      writeFileSync(
        plugin,
        readFileSync(plugin, 'utf8').replace(
          "className: ['term-link']",
          "className: ['term-link', 'term-link--changed']",
        ),
      );
      const recoded = build();
      expect(recoded.rendered).toBe(terms);
      expect(recoded.page).toContain('term-link--changed');
    } finally {
      cleanup();
    }
  }, 300_000); // five builds of the whole site
});
