import { describe, expect, it } from 'vitest';
import { findContentProblems, termOfLink } from '../../../../src/lib/publish/content-refs.ts';

const term = (slug: string, extra = '') => ({
  file: `content/glossary/${slug}.mdx`,
  text: `---\nterm: ${slug}\nsummary: A term.\n${extra}updated: 2021-10-02\n---\n\nBody.\n`,
});
const page = (slug: string, body: string) => ({
  file: `content/pages/${slug}.mdx`,
  text: `---\ntitle: ${slug}\n---\n\n${body}\n`,
});

describe('termOfLink', () => {
  it('finds the term slug in both glossary link forms', () => {
    expect(termOfLink('/glossary/#client-id')).toBe('client-id');
    expect(termOfLink('/glossary/client-id/')).toBe('client-id');
    expect(termOfLink('/glossary/client-id')).toBe('client-id');
  });
  it('ignores the glossary page itself and its letter anchors', () => {
    expect(termOfLink('/glossary/')).toBeNull();
    expect(termOfLink('/glossary/#letter-c')).toBeNull();
    expect(termOfLink('/glossary/#letter-other')).toBeNull();
    expect(termOfLink('/glossary/embed.js')).toBeNull();
    expect(termOfLink('/glossary/remark-glossary.mjs')).toBeNull();
  });
});

describe('findContentProblems', () => {
  const terms = [
    term('client-id', 'related: [client-secret, clientt]\n'),
    term('client-secret', 'formerSlugs: [secret]\n'),
    term('client'),
  ];
  const sound = [term('client-id', 'related: [client-secret]\n'), ...terms.slice(1)];

  it('accepts links to defined terms, former slugs and letter anchors', () => {
    const pages = [
      page(
        'ok',
        'See [id](/glossary/#client-id), [s](/glossary/client-secret/), [old](/glossary/secret/), [C](/glossary/#letter-c).',
      ),
    ];
    expect(findContentProblems({ pages, terms: sound })).toEqual([]);
  });

  it('reports a link to an undefined term with file, line and a fix', () => {
    const pages = [
      page('channels', 'Line one.\n\nSee [the secret](/glossary/#client-secrett) and <a href="/glossary/nope/">x</a>.'),
    ];
    const problems = findContentProblems({ pages, terms: sound });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ file: 'content/pages/channels.mdx', line: 7 });
    expect(problems[0]!.message).toMatch(/"client-secrett", which is not defined\. Did you mean "client-secret"\?/);
    expect(problems[0]!.message).toMatch(/define the term in content\/glossary\/client-secrett\.mdx/);
    expect(problems[1]!.message).toMatch(/the link "\/glossary\/nope\/" points to the glossary term "nope"/);
  });

  it('does not check example links inside code', () => {
    const pages = [page('code', 'Write `[x](/glossary/#nope)`.\n\n```md\n[x](/glossary/nope/)\n```')];
    expect(findContentProblems({ pages, terms })).toEqual(findContentProblems({ pages: [], terms }));
  });

  it('reports a related slug that is not a term, at its line', () => {
    const problems = findContentProblems({ pages: [], terms });
    expect(problems).toEqual([
      {
        file: 'content/glossary/client-id.mdx',
        line: 4,
        message: expect.stringMatching(
          /`related` lists "clientt", which is not a glossary term\. Did you mean "client"/,
        ),
      },
    ]);
  });

  it('names a date-like related slug as written, at its line', () => {
    const problems = findContentProblems({ pages: [], terms: [term('client', 'related:\n  - 2021-10-02\n')] });
    expect(problems).toEqual([
      {
        file: 'content/glossary/client.mdx',
        line: 5,
        message: expect.stringMatching(/`related` lists "2021-10-02", which is not a glossary term/),
      },
    ]);
  });

  it('reports a change about a page that does not exist', () => {
    const changes = [{ file: 'content/changes/x.mdx', text: '---\ntitle: X\npage: polcy\n---\n' }];
    const problems = findContentProblems({ pages: [page('policy', '')], terms: [], changes });
    expect(problems).toEqual([
      {
        file: 'content/changes/x.mdx',
        line: 3,
        message: expect.stringMatching(/`page` is "polcy", which is not a page\. Did you mean "policy"/),
      },
    ]);
  });
});
