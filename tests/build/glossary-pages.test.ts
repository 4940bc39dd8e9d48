/**
 * The glossary as a linkable reference, checked on the built site: a page per term,
 * disambiguation and redirect pages, term links in the content pages, and the
 * machine-readable glossary.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseTermFile } from '../../src/lib/glossary/source.ts';
import { findReferencesInMarkdown } from '../../src/lib/glossary/references.ts';
import { validate } from '../support/json-schema.ts';
import { DIST, assertBuilt, distFiles, html, readDist } from '../support/dist.ts';

beforeAll(assertBuilt);

const files = readdirSync('content/glossary').filter((f) => f.endsWith('.mdx'));
const terms = files.map((f) => parseTermFile(readFileSync(`content/glossary/${f}`, 'utf8'), `content/glossary/${f}`));
const label = (t: { term: string; sense?: string | undefined }) => (t.sense ? `${t.term} (${t.sense})` : t.term);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Visible text of an element: previews (hidden popovers) removed. */
const visibleText = (el: HTMLElement) => {
  const copy = el.clone() as HTMLElement;
  for (const tip of copy.querySelectorAll('.term-tip')) tip.remove();
  return squash(copy.text);
};
/** The node of a type in the page's one JSON-LD graph. */
const ldOf = (doc: HTMLElement, type: string) => {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts[0]!.text)['@graph'].find((n: { '@type': string }) => n['@type'] === type);
};
const CONTENT_PAGES = ['policy', 'scope', 'channels', 'checklist'];

describe('a page per term', () => {
  for (const t of terms) {
    it(`/glossary/${t.slug}/ has the term, summary, breadcrumbs, aliases and related terms`, () => {
      const doc = html(`glossary/${t.slug}/index.html`);
      expect(squash(doc.querySelector('h1')!.text)).toBe(label(t));
      expect(doc.querySelector('title')!.text).toContain(label(t));
      expect(doc.querySelector('meta[name="description"]')!.getAttribute('content')).toBe(t.summary);
      const crumbs = doc.querySelector('nav[aria-label="Breadcrumb"]')!;
      expect(crumbs.querySelector('a')!.getAttribute('href')).toBe('/glossary/');
      expect(squash(crumbs.querySelector('[aria-current="page"]')!.text)).toBe(label(t));
      expect(visibleText(doc.querySelector('main .summary')!)).toBe(t.summary);
      if (t.aliases.length > 0) {
        const aliases = doc.querySelector('[data-pagefind-meta="aliases"]')!;
        expect(aliases.text).toBe(t.aliases.join(', '));
        expect(aliases.closest('p')!.text).toMatch(/^Also called /);
      }
      const related = doc
        .querySelectorAll('section[aria-labelledby="related-terms"] a.term-link')
        .map((a) => a.getAttribute('href'));
      expect(related).toEqual(t.related.map((s) => `/glossary/${s}/`));
      expect(doc.querySelector(`a[href="/glossary/#${t.slug}"]`), 'link back to the A to Z entry').not.toBeNull();
      const ld = ldOf(doc, 'DefinedTerm');
      expect(ld).toMatchObject({ '@type': 'DefinedTerm', name: label(t), termCode: t.slug, description: t.summary });
      expect(ld.url).toMatch(new RegExp(`/glossary/${t.slug}/$`));
    });
  }

  it('"Used in" lists exactly the content pages whose text links the term', () => {
    const linking = new Map<string, Set<string>>();
    for (const page of CONTENT_PAGES) {
      for (const a of html(`${page}/index.html`).querySelectorAll('main a.term-link')) {
        const slug = a.getAttribute('href')!.split('/')[2]!;
        linking.set(slug, (linking.get(slug) ?? new Set()).add(`/${page}/`));
      }
    }
    expect(linking.size).toBeGreaterThan(5);
    for (const t of terms) {
      const usedIn = html(`glossary/${t.slug}/index.html`).querySelector('section[aria-labelledby="used-in"]')!;
      const hrefs = usedIn.querySelectorAll('a').map((a) => a.getAttribute('href')!);
      expect(new Set(hrefs.filter((h) => !h.includes('#'))), t.slug).toEqual(linking.get(t.slug) ?? new Set());
      // A section link leads to a heading whose section links the term.
      for (const h of hrefs.filter((x) => x.includes('#'))) {
        const [path, id] = h.split('#') as [string, string];
        const heading = html(`${path.slice(1)}index.html`).querySelector(`main h2[id="${id}"]`)!;
        let found = false;
        for (let el = heading.nextElementSibling; el && el.tagName !== 'H2'; el = el.nextElementSibling) {
          if (el.querySelector(`a.term-link[href="/glossary/${t.slug}/"]`)) found = true;
        }
        expect(found, `${t.slug}: ${h}`).toBe(true);
      }
    }
    const sectionLinks = html('glossary/client-id/index.html').querySelectorAll(
      'section[aria-labelledby="used-in"] a[href*="#"]',
    );
    expect(sectionLinks.length).toBeGreaterThan(0);
  });

  it('a word with several senses has a disambiguation page listing every sense', () => {
    const doc = html('glossary/user/index.html');
    expect(squash(doc.querySelector('h1')!.text)).toBe('User');
    const senses = terms.filter((t) => t.term === 'User');
    expect(senses.length).toBe(2);
    expect(
      doc
        .querySelectorAll('main .sense-list a')
        .map((a) => a.getAttribute('href'))
        .sort(),
    ).toEqual(senses.map((t) => `/glossary/${t.slug}/`).sort());
    for (const t of senses) expect(doc.querySelector('main')!.text).toContain(t.summary);
    expect(doc.querySelector('nav[aria-label="Breadcrumb"] a')!.getAttribute('href')).toBe('/glossary/');
    // Each sense's page points at the other sense and the disambiguation page.
    const erp = html('glossary/user-financials-erp/index.html');
    expect(erp.querySelector('.term-senses a[href="/glossary/user-visma-net-integrations/"]')).not.toBeNull();
    expect(erp.querySelector('.term-senses a[href="/glossary/user/"]')).not.toBeNull();
  });

  it('the A to Z keeps every entry anchor and links each entry to its page', () => {
    const doc = html('glossary/index.html');
    for (const t of terms)
      expect(doc.querySelector(`#${t.slug} h3 a`)?.getAttribute('href')).toBe(`/glossary/${t.slug}/`);
    const ld = ldOf(doc, 'DefinedTermSet');
    expect(ld['@type']).toBe('DefinedTermSet');
    expect(ld.hasDefinedTerm.map((d: { termCode: string }) => d.termCode).sort()).toEqual(
      terms.map((t) => t.slug).sort(),
    );
  });
});

describe('former slugs', () => {
  const moved = terms.filter((t) => t.formerSlugs.length > 0);
  it('at least one term has a former slug (client-id was clientid)', () => {
    expect(terms.find((t) => t.slug === 'client-id')?.formerSlugs).toContain('clientid');
  });
  it('each former URL has a redirect page and a _redirects rule', () => {
    const rules = readDist('_redirects')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    for (const t of moved) {
      for (const former of t.formerSlugs) {
        const doc = html(`glossary/${former}/index.html`);
        expect(doc.querySelector('meta[http-equiv="refresh"]')!.getAttribute('content')).toBe(
          `0; url=/glossary/${t.slug}/`,
        );
        expect(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).toMatch(
          new RegExp(`^https?://[^/]+/glossary/${t.slug}/$`),
        );
        expect(doc.querySelector(`main a[href="/glossary/${t.slug}/"]`)!.text).toBe(label(t));
        expect(rules).toContain(`/glossary/${former}/ /glossary/${t.slug}/ 301`);
      }
    }
  });
});

describe('term links in content pages', () => {
  it('the policy, scope, channels and checklist pages link glossary terms', () => {
    for (const page of CONTENT_PAGES) {
      const links = html(`${page}/index.html`).querySelectorAll('main a.term-link');
      expect(links.length, page).toBeGreaterThanOrEqual(3);
      for (const a of links) {
        const tip = a.nextElementSibling!;
        expect(a.getAttribute('interestfor')).toBe(tip.getAttribute('id'));
        expect(a.getAttribute('aria-describedby')).toBe(tip.getAttribute('id'));
        expect(tip.getAttribute('popover')).toBe('hint');
        const slug = a.getAttribute('href')!.split('/')[2];
        expect(tip.text).toBe(terms.find((t) => t.slug === slug)!.summary);
      }
    }
  });

  it('writes an apostrophe after a term link as an apostrophe ("ISV’s"), not an opening quote', () => {
    // The ISV link and its preview, then the apostrophe.
    expect(readDist('glossary/client/index.html')).toMatch(
      /href="\/glossary\/isv\/"[^>]*>ISV<\/a><span[^>]*>[^<]*<\/span>’s software/,
    );
    for (const file of distFiles('.html')) expect(readDist(file), file).not.toMatch(/<\/(?:a|span)>\u2018s\b/);
  });

  it('keeps the spaces around every term link, as written in the MDX', () => {
    const pages = [...CONTENT_PAGES.map((p) => ({ mdx: `content/pages/${p}.mdx`, html: `${p}/index.html` }))];
    let checked = 0;
    for (const page of pages) {
      const source = readFileSync(page.mdx, 'utf8');
      const refs = findReferencesInMarkdown(source.replace(/^---[\s\S]*?\n---/, (fm) => fm.replace(/[^\n]/g, ' ')));
      const links = html(page.html).querySelectorAll('main a.term-link');
      expect(links.length, page.mdx).toBe(refs.length);
      refs.forEach((ref, i) => {
        const before = source[ref.index - 1] ?? '';
        const after = source[ref.index + ref.raw.length] ?? '';
        const a = links[i]!;
        const builtBefore = (a.previousSibling?.text ?? '').slice(-1);
        const builtAfter = (a.nextElementSibling?.nextSibling?.text ?? '').slice(0, 1);
        const where = `${page.mdx}: ${ref.raw}`;
        if (/\s/.test(before)) expect(builtBefore, `${where}: space before`).toMatch(/\s/);
        if (/\s/.test(after)) expect(builtAfter, `${where}: space after`).toMatch(/\s/);
        if (/[\w.,;:'’]/.test(after)) expect(builtAfter, `${where}: text after`).toBe(after === "'" ? '’' : after);
        checked += 1;
      });
    }
    expect(checked).toBeGreaterThan(15);
  });
});

describe('preview ids', () => {
  it('are unique on every page, and every preview has exactly one link', () => {
    for (const file of distFiles('.html')) {
      const doc = html(file);
      const ids = doc.querySelectorAll('[id]').map((el) => el.getAttribute('id'));
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        file,
      ).toEqual([]);
      for (const tip of doc.querySelectorAll('.term-tip')) {
        expect(
          doc.querySelectorAll(`[interestfor="${tip.getAttribute('id')}"]`),
          `${file} #${tip.getAttribute('id')}`,
        ).toHaveLength(1);
      }
    }
  });
});

describe('/glossary.json', () => {
  const doc = JSON.parse(readDist('glossary.json'));
  const schema = JSON.parse(readDist('glossary.schema.json'));

  it('validates against the published /glossary.schema.json', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(validate(schema, doc)).toEqual([]);
    expect(doc.$schema).toBe(schema.$id);
    expect(doc.version).toBe(1);
  });

  it('has every term, matching its page', () => {
    expect(doc.terms.map((t: { slug: string }) => t.slug).sort()).toEqual(terms.map((t) => t.slug).sort());
    for (const entry of doc.terms) {
      const source = terms.find((t) => t.slug === entry.slug)!;
      expect(entry).toMatchObject({
        term: source.term,
        sense: source.sense ?? null,
        aliases: source.aliases,
        summary: source.summary,
        related: source.related,
      });
      const path = new URL(entry.url).pathname;
      expect(path).toBe(`/glossary/${entry.slug}/`);
      expect(existsSync(join(DIST, path, 'index.html'))).toBe(true);
      const page = html(`glossary/${entry.slug}/index.html`);
      expect(squash(page.querySelector('h1')!.text)).toBe(label(entry));
      // The plain-text definition reads the same as the definition on the page.
      const pageText = visibleText(page.querySelector('main article')!).replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
      for (const paragraph of entry.definition.split('\n\n'))
        expect(pageText).toContain(paragraph.replace(/[‘’]/g, "'"));
      expect(entry.definition).not.toMatch(/\[\[|\]\]|`/);
    }
  });
});
