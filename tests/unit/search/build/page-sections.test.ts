import { describe, expect, it } from 'vitest';
import { buildPageIndex, extractPage, inQuickIndex } from '../../../../src/search/build/page-sections.ts';

const page = (
  main: string,
  head = '',
) => `<!doctype html><html><head><title>Tab title · Site</title>${head}</head><body>
<header data-pagefind-ignore="all"><a href="/">Site</a><form><label>Search the knowledge base</label></form></header>
<main data-pagefind-body>${main}</main>
<footer data-pagefind-ignore="all">Questions about the API: write to us</footer></body></html>`;

describe('extractPage', () => {
  it('reads only the main content, titled by its h1, split at headings with ids', () => {
    const got = extractPage(
      page(`<h1>Where to ask</h1><p>Pick the right channel.</p>
        <h2 id="by-mail">By e-mail</h2><p>Write to <a href="/x/">support</a>.</p><ul><li>One</li><li>Two</li></ul>
        <h3 id="forum">Developer <em>forum</em></h3><p>Ask the community.</p>`),
    );
    expect(got).toEqual({
      title: 'Where to ask',
      sections: [
        { text: 'Pick the right channel.' },
        { anchor: 'by-mail', heading: 'By e-mail', text: 'Write to support. One Two' },
        { anchor: 'forum', heading: 'Developer forum', text: 'Ask the community.' },
      ],
    });
    const all = JSON.stringify(got);
    for (const chrome of ['Search the knowledge base', 'Questions about the API', 'Tab title'])
      expect(all).not.toContain(chrome);
  });

  it('keeps words in separate blocks apart, and decodes entities', () => {
    const got = extractPage(
      page('<h1>T</h1><p>one</p><p>two &amp; three&nbsp;four</p><table><tr><td>a</td><td>b</td></tr></table>'),
    );
    expect(got!.sections[0]!.text).toBe('one two & three four a b');
  });

  it('leaves out whatever is marked data-pagefind-ignore, headings included, and scripts', () => {
    const got = extractPage(
      page(`<h1>T</h1><p>Visible <span data-pagefind-ignore>tooltip text</span>words.</p>
        <section data-pagefind-ignore="all"><h2 id="composer">Write your request here</h2><p>Form help</p></section>
        <script>var secret = 1;</script><h2 id="next">Next</h2><p>After.</p>`),
    );
    expect(got!.sections).toEqual([{ text: 'Visible words.' }, { anchor: 'next', heading: 'Next', text: 'After.' }]);
  });

  it('does not split at headings without an id or below h3', () => {
    const got = extractPage(page('<h1>T</h1><h2>No id</h2><p>a</p><h4 id="deep">Deep</h4><p>b</p>'));
    expect(got!.sections).toEqual([{ text: 'No id a Deep b' }]);
  });

  it('links a heading that opens an element with an id to that element', () => {
    const got = extractPage(
      page(
        '<h1>Changes</h1><article id="2021-10-02-policy"><h2 id="2021-10-02-policy-title">Policy updated</h2><p>What changed.</p></article>',
      ),
    );
    expect(got!.sections).toEqual([{ anchor: '2021-10-02-policy', heading: 'Policy updated', text: 'What changed.' }]);
  });

  it('takes a data-pagefind-meta="title" over the h1', () => {
    expect(extractPage(page('<h1>Heading</h1><p data-pagefind-meta="title">Real title</p>'))!.title).toBe('Real title');
  });

  it('gives nothing for a page without data-pagefind-body (a redirect page)', () => {
    expect(
      extractPage(
        '<html><head><meta http-equiv="refresh" content="0;url=/x/"></head><body><a href="/x/">x</a></body></html>',
      ),
    ).toBeUndefined();
  });
});

describe('buildPageIndex', () => {
  it('holds the content pages with their section label and weight, not the glossary', () => {
    const index = buildPageIndex([
      { url: '/scope/', html: page('<h1>Scope</h1><p>What is covered.</p>') },
      { url: '/', html: page('<h1>Home</h1><p>Summary.</p>'), weight: 0.2 },
      { url: '/glossary/', html: page('<h1>Glossary</h1><p>All terms.</p>') },
      { url: '/glossary/dto/', html: page('<h1>DTO</h1><p>A term.</p>') },
      { url: '/changes/', html: page('<h1>Changes</h1><p>Log.</p>'), weight: 1 },
    ]);
    expect(index.pages.map((p) => [p.url, p.section, p.weight])).toEqual([
      ['/', 'Home', 0.2],
      ['/changes/', 'Policy', undefined],
      ['/scope/', 'Scope', undefined],
    ]);
  });

  it('stays the same size however many glossary terms there are', () => {
    const pages = (terms: number) => [
      { url: '/scope/', html: page('<h1>Scope</h1><p>What is covered.</p>') },
      ...Array.from({ length: terms }, (_, i) => ({
        url: `/glossary/term-${i}/`,
        html: page(`<h1>Term ${i}</h1><p>Definition ${i}.</p>`),
      })),
    ];
    expect(JSON.stringify(buildPageIndex(pages(1000)))).toBe(JSON.stringify(buildPageIndex(pages(1))));
  });
});

describe('inQuickIndex', () => {
  it('leaves the glossary to the term index', () => {
    expect(inQuickIndex('/glossary/')).toBe(false);
    expect(inQuickIndex('/glossary/client-id/')).toBe(false);
    expect(inQuickIndex('/scope/')).toBe(true);
    expect(inQuickIndex('/')).toBe(true);
  });
});
