import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { chromePath, useBrowser } from '../support/browser.ts';

const PATHS = ['', 'policy/', 'scope/', 'channels/', 'checklist/', 'glossary/', 'changes/', 'no-such-page/'];

describe.skipIf(!chromePath)('every page in Chromium', () => {
  const siteUrl = inject('siteUrl');
  const open = useBrowser();

  for (const path of PATHS) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`/${path} loads without console errors and passes axe in ${colorScheme} mode`, async () => {
        const { page, errors } = await open({ colorScheme });
        const response = await page.goto(siteUrl + path);
        expect(response?.status()).toBe(path.startsWith('no-such') ? 404 : 200);
        await expect(page.locator('h1').count()).resolves.toBe(1);
        const violations = await axeViolations(page);
        expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
        // The missing page's own 404 is expected; nothing else may fail.
        expect(errors.filter((e) => e !== `HTTP 404 for ${siteUrl}${path}`)).toEqual([]);
        await page.context().close();
      });
    }
  }

  it('the skip link is the first Tab stop and moves focus to the main content', async () => {
    const { page } = await open();
    await page.goto(`${siteUrl}policy/`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(focused).toBe('Skip to main content');
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The next Tab lands inside the main content, not back in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    await page.context().close();
  });

  it('is usable at 320 px: nothing scrolls sideways', async () => {
    const { page } = await open({ viewport: { width: 320, height: 640 } });
    for (const path of ['', 'scope/', 'glossary/', 'checklist/']) {
      await page.goto(siteUrl + path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `/${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
    }
    await page.context().close();
  });

  it('jumps to a glossary entry by its anchor', async () => {
    const { page } = await open();
    await page.goto(`${siteUrl}glossary/#client-secret`);
    const inView = await page.locator('#client-secret').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    await page.context().close();
  });
});
