/**
 * Term previews in browsers without interest invokers (Firefox, Safari), simulated in
 * Chromium: an init script removes `interestForElement` from the link prototypes and
 * strips every `interestfor` attribute as the page is parsed, so the native preview
 * cannot open. The fallback module must then show the same previews, under the CSP of
 * dist/_headers. Chromium itself, which has interest invokers, never loads it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../scripts/serve.ts';
import { chromePath, launchBrowser, openPage } from '../support/browser.ts';
import { recordCspViolations, servePublished } from '../support/published-site.ts';
import { accessibleDescription } from '../support/partner-page.ts';

/** What a browser without interest invokers looks like to the page. */
function withoutInterestInvokers() {
  for (const name of ['HTMLAnchorElement', 'HTMLButtonElement', 'HTMLAreaElement', 'SVGAElement'] as const) {
    delete (window[name].prototype as { interestForElement?: unknown }).interestForElement;
  }
  const strip = (node: Node) => {
    if (!(node instanceof Element)) return;
    node.removeAttribute('interestfor');
    for (const el of node.querySelectorAll('[interestfor]')) el.removeAttribute('interestfor');
  };
  new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach(strip))).observe(document, {
    childList: true,
    subtree: true,
  });
}

const FALLBACK = /\/_astro\/preview-fallback\.[\w-]+\.js$/;
const PAGES = ['policy/', 'glossary/client-id/', 'glossary/'];

describe.skipIf(!chromePath)('term previews without interest invokers', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await servePublished();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(simulate: boolean, options = {}) {
    const { page, errors } = await openPage(browser, options);
    if (simulate) await page.addInitScript(withoutInterestInvokers);
    const violations = await recordCspViolations(page);
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    return { page, errors, scripts, violations };
  }

  const firstTermLink = (page: Page) => page.locator('main a.term-link').first();
  const summaryOf = async (page: Page) => {
    const id = (await firstTermLink(page).getAttribute('aria-describedby'))!;
    return (await page.locator(`[id="${id}"]`).textContent())!.trim();
  };

  for (const path of PAGES) {
    it(`/${path}: hover and focus show the summary, Escape hides it, no console error or CSP violation`, async () => {
      const { page, errors, scripts, violations } = await open(true);
      await page.goto(server.url + path);
      const link = firstTermLink(page);
      expect(await link.getAttribute('interestfor'), 'the simulation strips interestfor').toBeNull();
      const summary = await summaryOf(page);
      const tip = page.locator('.term-tip-drawn');

      await link.scrollIntoViewIfNeeded();
      await link.hover();
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toBe(summary);
      const [l, t] = [(await link.boundingBox())!, (await tip.boundingBox())!];
      expect(
        Math.abs(t.y - (l.y + l.height)) < 20 || Math.abs(t.y + t.height - l.y) < 20,
        'the preview sits next to its link',
      ).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => tip.isVisible()).toBe(false);

      await page.mouse.move(1, 1);
      await link.focus();
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toBe(summary);
      await page.keyboard.press('Escape');
      await expect.poll(() => tip.isVisible()).toBe(false);
      await link.focus();
      await page.evaluate(() => (document.activeElement as HTMLElement).blur());
      await expect.poll(() => tip.isVisible(), { message: 'blur hides it' }).toBe(false);

      expect(await accessibleDescription(page, 'main a.term-link')).toBe(summary);
      expect(scripts.filter((s) => FALLBACK.test(s))).toHaveLength(1);
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('on touch, a tap follows the link and nothing stays in the way', async () => {
    const { page, errors } = await open(true, {
      hasTouch: true,
      isMobile: true,
      viewport: { width: 390, height: 800 },
    });
    await page.goto(`${server.url}policy/`);
    const link = firstTermLink(page);
    const href = (await link.getAttribute('href'))!;
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await page.waitForURL(new URL(href, server.url).href);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Chromium with interest invokers loads no preview script, and pages without term links load none either', async () => {
    for (const path of [...PAGES, 'changes/']) {
      const { page, scripts } = await open(path === 'changes/');
      await page.goto(server.url + path);
      await page.waitForLoadState('networkidle');
      expect(
        scripts.filter((s) => FALLBACK.test(s)),
        path,
      ).toEqual([]);
      await page.context().close();
    }
  });
});
