/**
 * Glossary in Chromium: term pages pass axe, term links preview their summary on hover
 * and keyboard focus without JavaScript, Escape closes the preview, a link without
 * JavaScript just navigates, and former URLs reach the term. (embed.js on another site:
 * embed.test.ts; browsers without interest invokers: preview-fallback.test.ts.)
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { chromePath, useBrowser } from '../support/browser.ts';

const isOpen = (page: Page, id: string) =>
  page.evaluate((i) => document.getElementById(i)!.matches(':popover-open'), id);

/** Press Tab until a term link has focus; returns its preview's id. */
async function tabToTermLink(page: Page): Promise<string> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() =>
      document.activeElement?.classList.contains('term-link')
        ? document.activeElement.getAttribute('interestfor')
        : null,
    );
    if (id) return id;
  }
  throw new Error('no term link reached with Tab');
}

describe.skipIf(!chromePath)('glossary in Chromium', () => {
  const siteUrl = inject('siteUrl');
  const open = useBrowser();

  for (const path of ['glossary/client-id/', 'glossary/user/', 'glossary/user-financials-erp/']) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`/${path} passes axe in ${colorScheme} mode, with and without a preview open`, async () => {
        const { page, errors } = await open({ colorScheme });
        expect((await page.goto(siteUrl + path))?.status()).toBe(200);
        expect(await axeViolations(page)).toEqual([]);
        const link = page.locator('main a.term-link').first();
        if ((await link.count()) > 0) {
          await link.hover();
          await page.waitForFunction(() => document.querySelector('.term-tip:popover-open'));
          expect(await axeViolations(page)).toEqual([]);
        }
        expect(errors).toEqual([]);
        await page.context().close();
      });
    }
  }

  it('hovering a term link shows its summary next to it, without moving the page', async () => {
    const { page, errors } = await open();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto(`${siteUrl}policy/`);
    const link = page.locator('main a.term-link').first();
    const id = (await link.getAttribute('interestfor'))!;
    const tip = page.locator(`#${id}`);
    expect(await link.getAttribute('aria-describedby')).toBe(id);
    expect(await tip.isVisible()).toBe(false);
    const before = await page.evaluate(() => ({
      h: document.documentElement.scrollHeight,
      y: document.querySelector('main a.term-link')!.getBoundingClientRect().y,
    }));
    await link.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect((await tip.textContent())!.length).toBeGreaterThan(10);
    const [l, t] = [(await link.boundingBox())!, (await tip.boundingBox())!];
    expect(
      Math.abs(t.y - (l.y + l.height)) < 20 || Math.abs(t.y + t.height - l.y) < 20,
      'preview sits next to its link',
    ).toBe(true);
    const after = await page.evaluate(() => ({
      h: document.documentElement.scrollHeight,
      y: document.querySelector('main a.term-link')!.getBoundingClientRect().y,
    }));
    expect(after).toEqual(before);
    // Moving away hides it again.
    await page.mouse.move(5, 5);
    await expect.poll(() => isOpen(page, id)).toBe(false);
    expect(scripts, 'content pages load no JavaScript').toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("screen readers get the summary as the term link's description", async () => {
    const { page } = await open();
    await page.goto(`${siteUrl}scope/`);
    const link = page.locator('main a.term-link').first();
    const summary = await page.locator(`#${await link.getAttribute('interestfor')}`).textContent();
    const cdp = await page.context().newCDPSession(page);
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: (await cdp.send('DOM.getDocument')).root.nodeId,
      selector: 'main a.term-link',
    });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    const node = nodes.find((n) => n.role?.value === 'link')!;
    expect(node.name?.value).toBe(await link.textContent());
    expect(node.description?.value).toBe(summary);
    await page.context().close();
  });

  it('keyboard focus shows the preview, and Escape hides it', async () => {
    const { page } = await open();
    await page.goto(`${siteUrl}scope/`);
    const id = await tabToTermLink(page);
    await expect.poll(() => isOpen(page, id)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(page, id)).toBe(false);
    // Focus stays on the link, so the reader can go on with Enter.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('interestfor'))).toBe(id);
    await page.context().close();
  });

  it('Escape hides a preview opened by hovering', async () => {
    const { page } = await open();
    await page.goto(`${siteUrl}channels/`);
    const link = page.locator('main a.term-link').first();
    const id = (await link.getAttribute('interestfor'))!;
    await link.hover();
    await expect.poll(() => isOpen(page, id)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(page, id)).toBe(false);
    await page.context().close();
  });

  it('the preview stays inside a 320 px wide screen', async () => {
    const { page } = await open({ viewport: { width: 320, height: 640 } });
    await page.goto(`${siteUrl}checklist/`);
    const link = page.locator('main a.term-link').last();
    await link.scrollIntoViewIfNeeded();
    await link.hover();
    const tip = page.locator(`#${await link.getAttribute('interestfor')}`);
    await expect.poll(() => tip.isVisible()).toBe(true);
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    await page.context().close();
  });

  it('without JavaScript a term link is a plain link to the term page', async () => {
    const { page } = await open({ javaScriptEnabled: false });
    await page.goto(`${siteUrl}policy/`);
    const link = page.locator('main a.term-link').first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForURL(new URL(href, siteUrl).href);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    expect(await page.locator('nav[aria-label="Breadcrumb"] a').getAttribute('href')).toMatch(/\/glossary\/$/);
    await page.context().close();
  });

  it('a former URL of a term brings the reader to the term', async () => {
    const { page } = await open();
    await page.goto(`${siteUrl}glossary/clientid/`);
    await page.waitForURL(`${siteUrl}glossary/client-id/`);
    expect((await page.locator('h1').textContent())?.trim()).toBe('Client Id');
    await page.context().close();
  });
});
