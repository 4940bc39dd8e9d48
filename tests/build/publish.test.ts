/**
 * What search engines, link previews, feed readers and static hosts get from dist/:
 * head metadata on every page, JSON-LD, sitemap, robots.txt, the change feed and the
 * security headers.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsp } from '../../src/lib/publish/csp.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/publish/headers-file.ts';
import { normaliseBase } from '../../src/lib/util/urls.ts';
import { DIST, assertBuilt, distFiles, fileForPath, html, readDist } from '../support/dist.ts';
import { child, childrenNamed, parseXml } from '../support/xml.ts';

const base = normaliseBase(process.env.BASE_PATH);
const origin = new URL(process.env.SITE_URL ?? 'https://api-support.example.org').origin;
const siteRoot = `${origin}${base}`;
/** dist/ file for an absolute site URL. */
const fileForUrl = (url: string) => fileForPath(new URL(url).pathname.slice(base.length - 1));

beforeAll(assertBuilt);

const isRedirect = (f: string) => readDist(f).includes('http-equiv="refresh"');
/** Every page a reader can see: not the redirect pages left at renamed URLs. */
const pages = () => distFiles('.html').filter((f) => !isRedirect(f));
const indexable = () => pages().filter((f) => f !== '404.html');

describe('head metadata on every page', () => {
  it('every indexable page has a canonical URL to itself, Open Graph and Twitter tags', () => {
    expect(indexable().length).toBeGreaterThanOrEqual(7);
    for (const file of indexable()) {
      const doc = html(file);
      const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content');
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(canonical, file).toMatch(new RegExp(`^${siteRoot.replace(/[.]/g, '\\.')}`));
      expect(fileForUrl(canonical!), file).toBe(file);
      expect(meta('meta[property="og:url"]'), file).toBe(canonical);
      expect(meta('meta[property="og:title"]'), file).toBeTruthy();
      expect(meta('meta[property="og:description"]'), file).toBe(meta('meta[name="description"]'));
      expect(meta('meta[name="twitter:card"]'), file).toBe('summary_large_image');
      expect(meta('meta[name="twitter:title"]'), file).toBe(meta('meta[property="og:title"]'));
      const image = meta('meta[property="og:image"]');
      expect(image, file).toBe(`${siteRoot}og-image.png`);
      expect(existsSync(join(DIST, fileForUrl(image!))), `${file}: og:image ${image} is not in dist/`).toBe(true);
    }
  });

  it('the shared preview image is a 1200x630 PNG', () => {
    const png = readFileSync(join(DIST, 'og-image.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('the 404 page is kept out of search engines and has no canonical URL', () => {
    const doc = html('404.html');
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
  });

  it('every page links the Atom feed of policy changes', () => {
    for (const file of pages()) {
      const link = html(file).querySelector('link[rel="alternate"][type="application/atom+xml"]');
      expect(link?.getAttribute('href'), file).toBe(`${base}changes.xml`);
    }
  });
});

describe('JSON-LD', () => {
  const graphOf = (file: string) => {
    const scripts = html(file).querySelectorAll('script[type="application/ld+json"]');
    expect(scripts, file).toHaveLength(1);
    const data = JSON.parse(scripts[0]!.text);
    expect(data['@context'], file).toBe('https://schema.org');
    return data['@graph'] as Record<string, unknown>[];
  };

  it('the home page describes the WebSite and the Organization from content/site.json', () => {
    const site = JSON.parse(readFileSync('content/site.json', 'utf8'));
    const graph = graphOf('index.html');
    const website = graph.find((n) => n['@type'] === 'WebSite');
    const org = graph.find((n) => n['@type'] === 'Organization');
    expect(website).toMatchObject({ name: site.name, url: siteRoot });
    expect(org).toMatchObject({ name: site.team, email: site.supportEmail, url: siteRoot });
  });

  it('every other indexable page has a BreadcrumbList from home to itself', () => {
    for (const file of indexable().filter((f) => f !== 'index.html')) {
      const crumbs = graphOf(file).find((n) => n['@type'] === 'BreadcrumbList');
      expect(crumbs, file).toBeDefined();
      const items = crumbs!.itemListElement as { position: number; name: string; item: string }[];
      expect(items[0]!.item, file).toBe(siteRoot);
      expect(items.at(-1)!.item, file).toBe(html(file).querySelector('link[rel="canonical"]')?.getAttribute('href'));
      expect(items.at(-1)!.name, file).toBe(
        html(file).querySelector('meta[property="og:title"]')?.getAttribute('content'),
      );
      expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
    }
  });
});

describe('sitemap.xml and robots.txt', () => {
  it('the sitemap is valid XML listing every indexable page, and nothing else', () => {
    const doc = parseXml(readDist('sitemap.xml'));
    expect(doc.name).toBe('urlset');
    expect(doc.attributes.xmlns).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    const urls = childrenNamed(doc, 'url');
    const locs = urls.map((u) => child(u, 'loc')!.text);
    for (const loc of locs) expect(existsSync(join(DIST, fileForUrl(loc))), `${loc} has no file in dist/`).toBe(true);
    expect(locs.map(fileForUrl).sort()).toEqual(indexable().sort());
    expect(locs).not.toContain(`${siteRoot}404.html`);
    for (const u of urls) expect(child(u, 'lastmod')?.text).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('robots.txt points to the sitemap', () => {
    expect(readDist('robots.txt')).toMatch(new RegExp(`^Sitemap: ${siteRoot}sitemap\\.xml$`, 'm'));
  });
});

describe('policy changes', () => {
  const feed = () => parseXml(readDist('changes.xml'));
  const changeFiles = () => readdirSafe('content/changes');

  it('the feed is valid Atom 1.0 with id, title, updated, author and a self link', () => {
    const f = feed();
    expect(f.name).toBe('feed');
    expect(f.attributes.xmlns).toBe('http://www.w3.org/2005/Atom');
    for (const name of ['id', 'title', 'updated']) expect(child(f, name)?.text, name).toBeTruthy();
    expect(child(child(f, 'author')!, 'name')?.text).toBeTruthy();
    expect(childrenNamed(f, 'link').find((l) => l.attributes.rel === 'self')?.attributes.href).toBe(
      `${siteRoot}changes.xml`,
    );
    expect(new Date(child(f, 'updated')!.text).toISOString()).toBe(child(f, 'updated')!.text);
  });

  it('has one entry per file in content/changes/, each complete, linking to an entry on /changes/', () => {
    const entries = childrenNamed(feed(), 'entry');
    expect(entries).toHaveLength(changeFiles().length);
    const page = html('changes/index.html');
    for (const e of entries) {
      for (const name of ['id', 'title', 'updated', 'summary', 'content'])
        expect(child(e, name)?.text.trim(), name).toBeTruthy();
      const href = child(e, 'link')!.attributes.href!;
      expect(href.startsWith(`${siteRoot}changes/#`)).toBe(true);
      expect(page.querySelector(`#${href.split('#')[1]}`)).not.toBeNull();
    }
  });

  it('the first change is the support policy of 2 October 2021', () => {
    const dates = childrenNamed(feed(), 'entry').map((e) => child(e, 'updated')!.text);
    expect(dates).toContain('2021-10-02T00:00:00.000Z');
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('/changes/ lists the changes newest first and links the feed; the policy page and footer link /changes/', () => {
    const page = html('changes/index.html');
    const times = page.querySelectorAll('main article time').map((t) => t.getAttribute('datetime')!);
    expect(times.length).toBe(changeFiles().length);
    expect(times).toEqual([...times].sort().reverse());
    expect(page.querySelector(`main a[href="${base}changes.xml"]`)).not.toBeNull();
    expect(html('policy/index.html').querySelector(`main a[href="${base}changes/"]`)).not.toBeNull();
    expect(html('scope/index.html').querySelector(`footer a[href="${base}changes/"]`)).not.toBeNull();
  });
});

describe('security headers', () => {
  const rules = () => parseHeadersFile(readDist('_headers'), 'dist/_headers');

  it('_headers gives every page the security headers', () => {
    for (const file of distFiles('.html')) {
      const h = headersFor(rules(), `${base}${file.replace(/index\.html$/, '')}`);
      expect(h['x-content-type-options'], file).toBe('nosniff');
      expect(h['referrer-policy'], file).toBe('strict-origin-when-cross-origin');
      expect(h['permissions-policy'], file).toMatch(/camera=\(\)/);
      expect(h['strict-transport-security'], file).toMatch(/max-age=\d{7,}/);
      const csp = parseCsp(h['content-security-policy']!);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('base-uri')).toEqual(["'self'"]);
      expect(csp.get('form-action')).toEqual(["'self'", 'mailto:']);
      expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
      expect(csp.get('connect-src')).toEqual(["'self'"]);
    }
  });

  it("each page's <meta> CSP is strict, and the header allows everything each page's meta allows", () => {
    const header = parseCsp(headersFor(rules(), base)['content-security-policy']!);
    for (const file of pages()) {
      const meta = html(file).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
      expect(meta, file).toBeTruthy();
      const policy = parseCsp(meta!);
      const scripts = policy.get('script-src')!;
      expect(scripts, file).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
      expect(scripts.concat(policy.get('style-src') ?? []), file).not.toContain("'unsafe-inline'");
      expect(scripts, file).not.toContain("'unsafe-eval'");
      expect(policy.has('frame-ancestors'), `${file}: frame-ancestors is ignored in <meta>`).toBe(false);
      for (const [directive, sources] of policy) {
        for (const s of sources)
          expect(header.get(directive), `${file}: ${directive} ${s} missing from the header`).toContain(s);
      }
    }
  });

  it('the Content-Security-Policy meta comes before any script or style in <head>', () => {
    for (const file of pages()) {
      const head = readDist(file).split('</head>')[0]!;
      const cspAt = head.indexOf('http-equiv="content-security-policy"');
      const firstCode = head.search(/<script(?![^>]*application\/ld\+json)|<style|<link[^>]*stylesheet/);
      if (firstCode >= 0) expect(cspAt, file).toBeLessThan(firstCode);
    }
  });
});

function readdirSafe(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')) : [];
}
