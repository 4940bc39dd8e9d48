/**
 * embed.js on another site: a partner page on a second local origin links our terms, and
 * the glossary is served with the headers of its own dist/_headers and nothing else, so
 * Chromium applies its CORS checks exactly as for a deployed site.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveSite, type RunningServer } from '../../scripts/serve.ts';
import { chromePath, launchBrowser, openPage } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';
import { servePublished } from '../support/published-site.ts';
import { checkPartnerPreviews, servePartnerPage, type PartnerSite } from '../support/partner-page.ts';

describe.skipIf(!chromePath)("embed.js on another origin, under the site's own _headers", () => {
  let browser: Browser;
  let glossarySite: RunningServer;
  let partner: PartnerSite;
  beforeAll(async () => {
    browser = await launchBrowser();
    glossarySite = await servePublished();
    partner = await servePartnerPage(glossarySite.url);
  });
  afterAll(async () => {
    await browser?.close();
    await glossarySite?.close();
    await partner?.close();
  });

  it('previews a term page link, a former-slug link and an A to Z anchor link; nothing for the rest', async () => {
    const requests = await checkPartnerPreviews(browser, partner.url, glossarySite.url);
    // Only the script and the preview files of the linked slugs, never the whole glossary.
    const paths = requests.map((u) => new URL(u).pathname.slice(new URL(glossarySite.url).pathname.length - 1));
    expect(paths[0]).toBe('/glossary/embed.js');
    for (const p of paths.slice(1)) expect(p).toMatch(/^\/glossary\/previews\/v1\/[0-9a-f]{3}\.json$/);
    expect(paths.length).toBeLessThanOrEqual(1 + 4);
    const bytes = (
      await Promise.all(
        requests.slice(1).map(async (u) => gzipSync(Buffer.from(await (await fetch(u)).arrayBuffer())).length),
      )
    ).reduce((a, b) => a + b, 0);
    expect(bytes).toBeLessThan(10 * 1024);
  });

  it('fails without the _headers CORS rules, so the check is real', async () => {
    const bare = await serveSite({ root: DIST, base: process.env.BASE_PATH, port: 0 });
    const other = await servePartnerPage(bare.url);
    try {
      const { page, errors } = await openPage(browser);
      await page.goto(other.url);
      await expect.poll(() => errors.join('\n')).toMatch(/blocked by CORS policy/);
      expect(await page.locator('#by-page').getAttribute('aria-describedby')).toBeNull();
      await page.context().close();
    } finally {
      await other.close();
      await bare.close();
    }
  });
});
