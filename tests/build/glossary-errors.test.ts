/**
 * What an author sees when a glossary reference or link is wrong: the build fails with
 * the file, the place and the fix. Each case builds a copy of the site with files changed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildWithContent, expectBuildFailure, originalContent } from '../support/fixture-build.ts';

const original = originalContent;

/** Append a paragraph to a page and return the new text and the line:column of `needle`. */
function withParagraph(path: string, paragraph: string, needle: string) {
  const text = `${original(path)}\n${paragraph}\n`;
  const offset = text.lastIndexOf(needle);
  const before = text.slice(0, offset).split('\n');
  return { text, where: `${before.length}:${before.at(-1)!.length + 1}` };
}

describe('glossary references that fail the build', () => {
  it('an unknown term names the file, line:column, the reference and the closest terms', () => {
    const { text, where } = withParagraph(
      'pages/channels.mdx',
      'Send your [[Clinet Id]] with the request.',
      '[[Clinet Id]]',
    );
    expectBuildFailure(
      { 'pages/channels.mdx': text },
      new RegExp(
        `content/pages/channels\\.mdx:${where}: \\[\\[Clinet Id\\]\\]: there is no glossary term "Clinet Id"\\. Did you mean \\[\\[Client Id\\]\\] \\(client-id\\)`,
      ),
    );
  });

  it('a word with several senses asks the author to pick one', () => {
    const { text, where } = withParagraph('pages/scope.mdx', 'Each [[User]] has a login.', '[[User]]');
    expectBuildFailure(
      { 'pages/scope.mdx': text },
      new RegExp(
        `content/pages/scope\\.mdx:${where}: \\[\\[User\\]\\]: the glossary term "User" has 2 senses; pick one:`,
      ),
      /\[\[User \(Financials ERP\)\]\] or \[\[user-financials-erp\]\]/,
      /\[\[User \(Visma\.net Integrations\)\]\] or \[\[user-visma-net-integrations\]\]/,
    );
  });

  it('a component in a glossary definition (definitions are Markdown only)', () => {
    expectBuildFailure(
      { 'glossary/dto.mdx': `${original('glossary/dto.mdx')}\n<Aside>Careful</Aside>\n` },
      /content\/glossary\/dto\.mdx:\d+: "<Aside>Careful<\/Aside>" is MDX \(a component or import\)\. Entries in \.\/content\/glossary are Markdown only/,
    );
  });

  it('a former slug that is taken names both files', () => {
    // (A `related` slug that is not a term is covered in publish-errors.test.ts.)
    expectBuildFailure(
      {
        'glossary/dto.mdx': original('glossary/dto.mdx').replace(
          /^related: \[(.*)\]$/m,
          'related: [$1]\nformerSlugs: [json]',
        ),
      },
      /content\/glossary\/dto\.mdx: the former slug "json" is already used by content\/glossary\/json\.mdx \(its slug\)/,
    );
  });
  it('an alias claimed by two terms names both files and the word', () => {
    expectBuildFailure(
      {
        'glossary/webhook-secret.mdx': [
          '---',
          'term: Webhook Secret',
          'summary: The shared value a receiver uses to check that a webhook call came from the API.',
          'aliases: [secret]',
          'updated: 2021-10-02',
          '---',
          '',
          'Keep it out of your source code.',
          '',
        ].join('\n'),
      },
      /content\/glossary\/webhook-secret\.mdx: the alias "secret" is also the alias "secret" of \[\[Client Secret\]\] in content\/glossary\/client-secret\.mdx/,
    );
  });
});

describe('the glossary under a base path', () => {
  it('term links, redirects and glossary.json honour BASE_PATH and SITE_URL', () => {
    const result = buildWithContent({}, { BASE_PATH: '/docs', SITE_URL: 'https://docs.example.com' });
    try {
      expect(result.ok, result.output).toBe(true);
      const read = (p: string) => readFileSync(`${result.dist}/${p}`, 'utf8');
      expect(read('scope/index.html')).toMatch(/<a href="\/docs\/glossary\/client-id\/" class="term-link"/);
      expect(read('_redirects')).toContain('/docs/glossary/clientid/ /docs/glossary/client-id/ 301');
      expect(read('glossary/clientid/index.html')).toContain('content="0; url=/docs/glossary/client-id/"');
      const json = JSON.parse(read('glossary.json'));
      expect(json.terms.find((t: { slug: string }) => t.slug === 'client-id').url).toBe(
        'https://docs.example.com/docs/glossary/client-id/',
      );
      expect(json.$schema).toBe('https://docs.example.com/docs/glossary.schema.json');
    } finally {
      result.cleanup();
    }
  });
});
