import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, DIST, distFiles, html, INLINE_BOOTSTRAP } from '../support/dist.ts';
import { indexedPages } from '../support/pagefind-index.ts';
import { loadCheckedGlossary } from '../../src/lib/glossary/source.ts';
import { shardKey, type TermShard } from '../../src/search/build/term-shards.ts';
import { searchableName } from '../../src/search/query.ts';
import type { PageIndex } from '../../src/search/build/page-sections.ts';

beforeAll(assertBuilt);

const SECTIONS = ['Home', 'Policy', 'Scope', 'Channels', 'Checklist', 'Glossary'];

describe('search index', () => {
  it('exists, with the JS API and one language', () => {
    for (const file of ['pagefind.js', 'pagefind-entry.json'])
      expect(existsSync(join(DIST, 'pagefind', file)), file).toBe(true);
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['en']);
  });

  it('holds every content page and not the not-found, search or redirect pages', () => {
    const urls = indexedPages(DIST).map((p) => p.url);
    // A page that only forwards the reader (a glossary term's former slug) has nothing to find.
    const isRedirect = (f: string) => html(f).querySelector('meta[http-equiv="refresh"]') !== null;
    const redirects = distFiles('.html').filter(isRedirect);
    expect(redirects.length).toBeGreaterThan(0);
    const expected = distFiles('.html')
      .filter((f) => f !== '404.html' && f !== 'search/index.html' && !isRedirect(f))
      .map((f) => `/${f.replace(/(^|\/)index\.html$/, '$1')}`);
    expect(urls.sort()).toEqual(expected.sort());
    // Fragments are named by their content, so a page indexed twice would hide among them; the count would not.
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(expected.length);
    expect(urls).not.toContain('/404.html');
    expect(urls).not.toContain('/search/');
    for (const f of redirects) expect(urls).not.toContain(`/${f.replace(/index\.html$/, '')}`);
  });

  it('indexes only the main content: no header, navigation, search field or footer text', () => {
    const scope = html('scope/index.html');
    const footer = scope.querySelector('footer')!.text.replace(/\s+/g, ' ').trim();
    const chrome = [
      'Skip to main content',
      'Search the knowledge base',
      'Questions about the API:',
      footer.slice(0, 40),
    ];
    for (const page of indexedPages(DIST)) {
      for (const text of chrome) expect(page.content, `${page.url} contains "${text}"`).not.toContain(text);
    }
    // ...while the main content is there.
    const scopePage = indexedPages(DIST).find((p) => p.url === '/scope/')!;
    expect(scopePage.content).toContain('Referred elsewhere');
    expect(scopePage.meta['title']).toBe(scope.querySelector('h1')!.text.trim());
  });

  it('gives every page a section filter', () => {
    for (const page of indexedPages(DIST)) {
      expect(page.filters['section']?.length, page.url).toBe(1);
      expect(SECTIONS, page.url).toContain(page.filters['section']![0]);
    }
    const section = (url: string) => indexedPages(DIST).find((p) => p.url === url)?.filters['section'];
    expect(section('/glossary/')).toEqual(['Glossary']);
    expect(section('/checklist/')).toEqual(['Checklist']);
  });

  it('carries each glossary term’s aliases, inside that term’s entry', () => {
    const glossary = indexedPages(DIST).find((p) => p.url === '/glossary/')!;
    for (const file of readdirSync('content/glossary')) {
      const aliases = readFileSync(`content/glossary/${file}`, 'utf8').match(/^aliases:\s*\[(.*)\]$/m)?.[1];
      for (const alias of aliases
        ?.split(',')
        .map((a) => a.trim())
        .filter(Boolean) ?? []) {
        expect(glossary.content, `${file}: ${alias}`).toContain(alias);
      }
    }
    expect(glossary.anchors.map((a) => a.id)).toEqual(expect.arrayContaining(['client-id', 'client-id-title']));
    // The alias line readers see is the one search weighs.
    const line = html('glossary/index.html').querySelector('#client-id p.term-aliases');
    expect(line?.text).toContain('client_id');
    expect(line?.getAttribute('data-pagefind-weight')).toBe('4');
  });
});

describe('glossary term index', () => {
  const dir = () => html('scope/index.html').querySelector('form#site-search')!.getAttribute('data-terms')!;
  const shard = (key: string) => JSON.parse(readFileSync(join(DIST, dir(), `${key}.json`), 'utf8')) as TermShard;

  it('is a folder of small shards under _astro, named by content hash, that the search form points at', () => {
    expect(dir()).toMatch(/^\/_astro\/terms-[0-9a-f]{10}\/$/);
    const files = readdirSync(join(DIST, dir()));
    expect(files.sort()).toEqual([...'abcdefghijklmnopqrstuvwxyz0123456789_'].map((k) => `${k}.json`).sort());
    for (const f of files) expect(gzipSync(readFileSync(join(DIST, dir(), f))).length, f).toBeLessThan(4096);
  });

  it('holds every term under every one of its names, with its summary and page', () => {
    for (const t of loadCheckedGlossary()) {
      for (const name of [t.term, ...t.aliases]) {
        const n = searchableName(name);
        const entry = shard(shardKey(n)).terms.find((e) => e.slug === t.slug);
        expect(entry?.names, `${t.file}: "${name}"`).toContain(n);
        expect(entry).toMatchObject({ label: t.term, summary: t.summary, url: `/glossary/${t.slug}/` });
        expect(existsSync(join(DIST, entry!.url, 'index.html')), entry!.url).toBe(true);
      }
    }
    expect(shard('c').terms.map((e) => e.slug)).toEqual(
      expect.arrayContaining(['client', 'client-id', 'client-secret']),
    );
  });
});

describe('quick page index', () => {
  const file = () => html('scope/index.html').querySelector('form#site-search')!.getAttribute('data-pages')!;
  const index = () => JSON.parse(readFileSync(join(DIST, file()), 'utf8')) as PageIndex;

  it('is one small file under _astro, named by the build’s inputs, that every page’s search form points at', () => {
    expect(file()).toMatch(/^\/_astro\/pages-[0-9a-f]{10}\.json$/);
    const text = readFileSync(join(DIST, file()));
    expect(gzipSync(text).length).toBeLessThan(16 * 1024);
    for (const f of distFiles('.html')) {
      const form = html(f).querySelector('form#site-search');
      if (form) expect(form.getAttribute('data-pages'), f).toBe(file());
    }
    expect(readdirSync(join(DIST, '_astro')).filter((f) => f.startsWith('pages-'))).toEqual([file().split('/').pop()]);
  });

  it('holds the content pages, not the glossary (nor the guide to linking its terms), the not-found or the search page', () => {
    const urls = index().pages.map((p) => p.url);
    expect(urls.sort()).toEqual(['/', '/changes/', '/channels/', '/checklist/', '/policy/', '/scope/']);
  });

  it('holds only main content, each page under its title and section, split at headings with their anchors', () => {
    const scope = html('scope/index.html');
    const footer = scope.querySelector('footer')!.text.replace(/\s+/g, ' ').trim();
    const chrome = [
      'Skip to main content',
      'Search the knowledge base',
      'Questions about the API:',
      footer.slice(0, 40),
      'Write your request here',
    ];
    const text = JSON.stringify(index());
    for (const c of chrome) expect(text, c).not.toContain(c);
    for (const page of index().pages) {
      const doc = html(page.url === '/' ? 'index.html' : `${page.url.slice(1)}index.html`);
      expect(page.title, page.url).toBe(doc.querySelector('main h1')!.text.trim());
      expect(page.section, page.url).toBe(
        doc.querySelector('main')!.getAttribute('data-pagefind-filter')!.replace('section:', ''),
      );
      // Every anchor is an id on that page, at a heading or the element the heading opens.
      for (const s of page.sections.filter((s) => s.anchor)) {
        const target = doc.querySelector(`[id="${s.anchor}"]`);
        expect(target, `${page.url}#${s.anchor}`).not.toBeNull();
        expect(target!.text.replace(/\s+/g, ' '), `${page.url}#${s.anchor}`).toContain(s.heading);
      }
    }
    const referred = index()
      .pages.find((p) => p.url === '/scope/')!
      .sections.find((s) => s.anchor === 'referred-elsewhere');
    expect(referred?.heading).toBe('Referred elsewhere');
    expect(referred?.text).toMatch(/production client/);
    expect(index().pages.find((p) => p.url === '/')?.weight).toBeLessThan(1);
  });
});

describe('zero cost until used', () => {
  const pages = distFiles('.html');
  /**
   * Feature pages allowed to load a module of their own on that page only (the agreed
   * exception in the site's performance rule): /checklist/ runs the support-request
   * composer, whose form is the page's purpose. They still get the search bootstrap.
   */
  const FEATURE_MODULES: Record<string, RegExp> = { 'checklist/index.html': /^\/_astro\/Composer\.[^/]+\.js$/ };

  it('content pages load no script, style sheet or preload file: only small inline bootstraps', () => {
    for (const file of pages) {
      const doc = html(file);
      const loads = doc.querySelectorAll(
        'script[src], link[rel="stylesheet"], link[rel="modulepreload"], link[rel="preload"]',
      );
      const allowed = FEATURE_MODULES[file];
      if (allowed) {
        expect(
          loads.map((l) => `${l.tagName.toLowerCase()} ${l.getAttribute('src') ?? l.getAttribute('href')}`),
          file,
        ).toEqual([expect.stringMatching(new RegExp(`^script ${allowed.source.slice(1)}`))]);
      } else expect(loads.length, file).toBe(0);
      const inline = doc
        .querySelectorAll('script')
        .filter((s) => !s.hasAttribute('src') && s.getAttribute('type') !== 'application/ld+json');
      // Search's, the term preview fallback's, the theme's two, and on glossary pages Copy link's and the anchors'.
      expect(inline.length, file).toBeLessThanOrEqual(6);
      for (const s of inline) {
        expect(s.innerHTML, file).toMatch(INLINE_BOOTSTRAP);
        expect(gzipSync(s.innerHTML).length, file).toBeLessThan(1024);
      }
    }
  });

  it('the bootstrap points at search modules that exist under the base path', () => {
    const form = html('scope/index.html').querySelector('form#site-search')!;
    expect(form.getAttribute('action')).toBe('/search/');
    expect(form.getAttribute('method')).toBe('get');
    expect(existsSync(join(DIST, form.getAttribute('data-terms')!, 'c.json'))).toBe(true);
    for (const attr of ['data-ui', 'data-hl']) {
      const path = form.getAttribute(attr)!;
      expect(path).toMatch(/^\/_astro\/search-[a-z]+\.[A-Z0-9]+\.js$/);
      expect(existsSync(join(DIST, path)), path).toBe(true);
    }
  });

  it('the search field has a label and the results page has a plain form and links to browse', () => {
    const doc = html('channels/index.html');
    const input = doc.querySelector('form#site-search input[name="q"]')!;
    expect(doc.querySelector(`label[for="${input.getAttribute('id')}"]`)?.text).toMatch(/search/i);
    const search = html('search/index.html');
    expect(search.querySelector('main form input[name="q"]')).not.toBeNull();
    const links = search.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['/glossary/', '/policy/', '/scope/', '/channels/', '/checklist/']));
  });

  it('ships no unused Pagefind UI bundles', () => {
    const files = readdirSync(join(DIST, 'pagefind'));
    expect(files.filter((f) => /ui\.(js|css)$|highlight\.js$/.test(f))).toEqual([]);
  });
});
