/**
 * A glossary too large for one page splits into letter pages, and its permanent anchors
 * (`/glossary/#<slug>`) still reach the terms. Built from a copy of the site with 1,000
 * synthetic terms.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { syntheticTerms } from '../../scripts/bench/synthetic-terms.ts';
import { SPLIT_AT } from '../../src/lib/glossary/a-to-z.ts';
import { chromePath, launchBrowser, openPage } from '../support/browser.ts';
import { buildWithContent, type FixtureResult } from '../support/fixture-build.ts';
import { servePublished } from '../support/published-site.ts';

const extra = syntheticTerms(1000);
let result: FixtureResult;

beforeAll(() => {
  result = buildWithContent(Object.fromEntries(extra.map((t) => [`glossary/${t.file}`, t.text])));
}, 240_000);
afterAll(() => result?.cleanup(), 60_000);

const page = (path: string) => parse(readFileSync(join(result.dist, path), 'utf8'));

describe(`a glossary of more than ${SPLIT_AT} terms`, () => {
  it('builds', () => {
    expect(result.ok, result.output.slice(-3000)).toBe(true);
  });

  it('keeps the A to Z page small: letters link to letter pages, no entries inline', () => {
    const doc = page('glossary/index.html');
    expect(doc.querySelectorAll('article.term')).toHaveLength(0);
    const links = doc.querySelectorAll('nav[aria-label="Glossary A to Z"] a').map((a) => a.getAttribute('href'));
    expect(links).toContain('/glossary/letter/c/');
    for (const href of links) expect(existsSync(join(result.dist, href!, 'index.html')), href!).toBe(true);
  });

  it('puts every term on its letter page with its slug as anchor', () => {
    const c = page('glossary/letter/c/index.html');
    expect(c.querySelector('h1')?.text).toBe('Glossary: C');
    expect(c.querySelector('#client-id')).not.toBeNull();
    expect(c.querySelector('#client-secret')).not.toBeNull();
    const all = readdirSync(join(result.dist, 'glossary/letter')).flatMap((l) =>
      page(`glossary/letter/${l}/index.html`)
        .querySelectorAll('article.term')
        .map((a) => a.id),
    );
    expect(all).toHaveLength(extra.length + 15);
  });

  it('has no page over 100 KB gzip, and term pages do not grow with the glossary', () => {
    const sizes = [
      'glossary/index.html',
      ...readdirSync(join(result.dist, 'glossary/letter')).map((l) => `glossary/letter/${l}/index.html`),
    ].map((p) => gzipSync(readFileSync(join(result.dist, p))).length);
    expect(Math.max(...sizes)).toBeLessThan(100 * 1024);
    const termPage = readFileSync(join(result.dist, 'glossary/dto/index.html'), 'utf8');
    expect(termPage).not.toContain('synthetic-00001');
  });

  it.skipIf(!chromePath)(
    'sends /glossary/#<slug> and a former slug as anchor to the term page; without JavaScript it says where entries are',
    async () => {
      const server = await servePublished(result.dist);
      const browser = await launchBrowser();
      try {
        const { page: tab, errors } = await openPage(browser);
        const cases = [
          ['glossary/#synthetic-00420', 'glossary/synthetic-00420/'],
          ['glossary/#clientid', 'glossary/client-id/'],
          ['glossary/#dto', 'glossary/dto/'],
        ];
        for (const [from, to] of cases) {
          await tab.goto(server.url + from!);
          await tab.waitForURL(server.url + to!);
          expect(await tab.locator('h1').textContent(), from).toBeTruthy();
        }
        // A letter's anchor leads to the letter's page; the page's own anchors stay.
        await tab.goto(`${server.url}glossary/#letter-c`);
        await tab.waitForURL(`${server.url}glossary/letter/c/`);
        await tab.goto(`${server.url}glossary/#main`);
        await tab.waitForTimeout(300);
        expect(tab.url()).toBe(`${server.url}glossary/#main`);
        expect(errors).toEqual([]);
        await tab.context().close();

        const { page: noJs } = await openPage(browser, { javaScriptEnabled: false });
        await noJs.goto(`${server.url}glossary/#synthetic-00420`);
        await expect.poll(() => noJs.locator('.glossary-anchor-note').isVisible(), { timeout: 10_000 }).toBe(true);
        expect(await noJs.locator('nav[aria-label="Glossary A to Z"] a').count()).toBeGreaterThan(20);
        await noJs.context().close();
      } finally {
        await browser.close();
        await server.close();
      }
    },
  );
});
