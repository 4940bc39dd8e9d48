import { describe, expect, it } from 'vitest';
import { atomXml, newestFirst, type AtomEntry } from '../../../../src/lib/publish/atom.ts';
import { robotsTxt, sitemapPages, sitemapXml } from '../../../../src/lib/publish/sitemap.ts';
import { child, childrenNamed, parseXml } from '../../../support/xml.ts';

describe('sitemap', () => {
  it('lists real pages only: not the 404 page, redirects or noindex pages', () => {
    const base = { noindex: false, redirect: false };
    const pages = sitemapPages([
      { file: 'index.html', path: '/', ...base },
      { file: '404.html', path: '/404.html', ...base },
      { file: 'glossary/old/index.html', path: '/glossary/old/', ...base, redirect: true },
      { file: 'draft/index.html', path: '/draft/', ...base, noindex: true },
    ]);
    expect(pages.map((p) => p.path)).toEqual(['/']);
  });

  it('is well-formed XML in the sitemap namespace with escaped URLs', () => {
    const doc = parseXml(
      sitemapXml([{ loc: 'https://x.org/a?b=1&c=2', lastmod: '2021-10-02' }, { loc: 'https://x.org/' }]),
    );
    expect(doc.name).toBe('urlset');
    expect(doc.attributes.xmlns).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    const urls = childrenNamed(doc, 'url');
    expect(urls.map((u) => child(u, 'loc')!.text)).toEqual(['https://x.org/', 'https://x.org/a?b=1&c=2']);
    expect(child(urls[1]!, 'lastmod')!.text).toBe('2021-10-02');
    expect(child(urls[0]!, 'lastmod')).toBeUndefined();
  });

  it('robots.txt names the sitemap', () => {
    expect(robotsTxt('https://x.org/docs/sitemap.xml')).toMatch(/^Sitemap: https:\/\/x\.org\/docs\/sitemap\.xml$/m);
  });
});

describe('atom feed', () => {
  const entry = (id: string, day: string): AtomEntry => ({
    id: `https://x.org/changes/#${id}`,
    title: `Change <${id}> & more`,
    link: `https://x.org/changes/#${id}`,
    updated: new Date(`${day}T00:00:00Z`),
    summary: 'What changed, in a sentence.',
    contentHtml: '<p>Body with <a href="/policy/">a link</a> & an ampersand.</p>',
  });
  const xml = atomXml({
    id: 'https://x.org/changes/',
    title: 'Changes',
    self: 'https://x.org/changes.xml',
    alternate: 'https://x.org/changes/',
    author: { name: 'Team', email: 'team@x.org' },
    entries: [entry('old', '2020-01-01'), entry('new', '2021-10-02')],
  });
  const feed = parseXml(xml);

  it('is well-formed Atom 1.0 with id, title, updated (the newest entry), author and links', () => {
    expect(feed.name).toBe('feed');
    expect(feed.attributes.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(child(feed, 'id')!.text).toBe('https://x.org/changes/');
    expect(child(feed, 'updated')!.text).toBe('2021-10-02T00:00:00.000Z');
    expect(child(child(feed, 'author')!, 'name')!.text).toBe('Team');
    expect(childrenNamed(feed, 'link').map((l) => l.attributes.rel)).toEqual(['self', 'alternate']);
  });

  it('lists entries newest first, each with id, title, link, updated, summary and HTML content', () => {
    const entries = childrenNamed(feed, 'entry');
    expect(entries.map((e) => child(e, 'id')!.text)).toEqual([
      'https://x.org/changes/#new',
      'https://x.org/changes/#old',
    ]);
    const first = entries[0]!;
    expect(child(first, 'title')!.text).toBe('Change <new> & more');
    expect(child(first, 'link')!.attributes.href).toBe('https://x.org/changes/#new');
    expect(child(first, 'summary')!.text).toBe('What changed, in a sentence.');
    expect(child(first, 'content')!.attributes.type).toBe('html');
    expect(child(first, 'content')!.text).toBe('<p>Body with <a href="/policy/">a link</a> & an ampersand.</p>');
  });

  it('refuses to build a feed without entries', () => {
    expect(() =>
      atomXml({ id: 'a', title: 'b', self: 'c', alternate: 'd', author: { name: 'e' }, entries: [] }),
    ).toThrow(/at least one entry/);
  });

  it('newestFirst sorts by date, newest first', () => {
    expect(newestFirst([entry('a', '2020-01-01'), entry('b', '2022-01-01')]).map((e) => e.id)).toEqual([
      'https://x.org/changes/#b',
      'https://x.org/changes/#a',
    ]);
  });
});

describe('the strict XML reader used by these tests', () => {
  it('rejects XML that is not well-formed', () => {
    expect(() => parseXml('<a><b></a>')).toThrow();
    expect(() => parseXml('<a>Fish & chips</a>')).toThrow();
  });
});
