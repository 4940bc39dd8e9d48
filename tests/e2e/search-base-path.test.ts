/**
 * A deploy under a sub-path: the site built with BASE_PATH=/docs, served at /docs/. Every
 * link and asset, and every request search makes, stays under /docs/; another origin's
 * page previews our terms through the /docs/ embed.js and _headers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveSite, type RunningServer } from '../../scripts/serve.ts';
import { servePublished } from '../support/published-site.ts';
import { chromePath, launchBrowser, openPage } from '../support/browser.ts';
import { buildWithContent, type FixtureResult } from '../support/fixture-build.ts';
import { checkPartnerPreviews, servePartnerPage } from '../support/partner-page.ts';
import { FIELD, searchFor, target } from '../../scripts/search-driver.ts';

describe.skipIf(!chromePath)('search in a build for BASE_PATH=/docs', () => {
  let build: FixtureResult;
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    build = buildWithContent({}, { BASE_PATH: '/docs', SITE_URL: 'https://support.example.org' });
    if (!build.ok) throw new Error(`The /docs build failed:\n${build.output}`);
    server = await serveSite({ root: build.dist, base: '/docs', port: 0 });
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    build?.cleanup();
  });

  it('finds a term, links under /docs/ and loads everything from /docs/', async () => {
    const { page, errors } = await openPage(browser);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}channels/`);
    const hrefs = await searchFor(page, 'redirect uri');
    expect(target(hrefs[0]!)).toMatch(/^\/docs\/glossary\/(redirect-uri\/|#redirect-uri)/);
    for (const href of hrefs) expect(href).toMatch(/^\/docs\//);
    expect(requests.length).toBeGreaterThan(3);
    for (const path of requests) expect(path).toMatch(/^\/docs\//);
    expect(requests.some((p) => p.startsWith('/docs/pagefind/'))).toBe(true);
    expect(requests.some((p) => /^\/docs\/_astro\/terms-[0-9a-f]+\/r\.json$/.test(p))).toBe(true);
    expect(requests.some((p) => /^\/docs\/_astro\/pages-[0-9a-f]+\.json$/.test(p))).toBe(true);

    // Opening the result lands on the term with the words marked.
    await Promise.all([
      page.waitForURL(/\/docs\/glossary\//),
      page.keyboard.press('ArrowDown').then(() => page.keyboard.press('Enter')),
    ]);
    await page.locator('main mark.search-term').first().waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the results page and the no-JavaScript form work under /docs/', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.url}search/?q=dto`);
    const first = page.locator('[data-search-page] ol a').first();
    await first.waitFor();
    expect(target((await first.getAttribute('href'))!)).toMatch(/^\/docs\/glossary\/(dto\/|#dto)/);
    expect(await page.locator(FIELD).evaluate((el) => (el as HTMLInputElement).form!.getAttribute('action'))).toBe(
      '/docs/search/',
    );
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const href of links) expect(href).toMatch(/^\/docs\//);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('embed.js previews our terms on another origin, under the /docs/ _headers', async () => {
    const site = await servePublished(build.dist, '/docs');
    const partner = await servePartnerPage(site.url);
    try {
      const requests = await checkPartnerPreviews(browser, partner.url, site.url);
      for (const url of requests)
        expect(new URL(url).pathname).toMatch(/^\/docs\/glossary\/(embed\.js|previews\/v1\/[0-9a-f]{3}\.json)$/);
    } finally {
      await partner.close();
      await site.close();
    }
  });
});
