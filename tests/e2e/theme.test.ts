/**
 * The theme switch: light, dark or the system's, kept across pages and reloads, applied
 * before the first paint, and accessible in either theme, on a phone and a desktop.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { chromePath, useBrowser } from '../support/browser.ts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const DARK_BG = 'rgb(21, 23, 28)';
const LIGHT_BG = 'rgb(255, 255, 255)';

declare global {
  interface Window {
    /** The page's background and theme when <body> got its first element other than a script, before any paint. */
    __firstPaint?: { background: string; theme: string | undefined };
  }
}

/** Record the body's background when the parser inserts its first element other than a script: what the first paint shows. */
async function watchFirstPaint(page: Page) {
  await page.addInitScript(() => {
    const record = (): boolean => {
      if (![...(document.body?.children ?? [])].some((e) => e.tagName !== 'SCRIPT')) return false;
      window.__firstPaint = {
        background: getComputedStyle(document.body).backgroundColor,
        theme: document.documentElement.dataset['theme'],
      };
      return true;
    };
    new MutationObserver((_, observer) => {
      if (record()) observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
}

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/** Open the switch where the reader finds it: in the Menu on a phone, in the header otherwise. */
async function chooseTheme(page: Page, label: 'System' | 'Light' | 'Dark') {
  const select = page.getByRole('combobox', { name: 'Theme' });
  if (!(await select.isVisible())) await page.locator('header summary').click();
  await select.selectOption({ label });
}

describe.skipIf(!chromePath)('the theme switch', () => {
  const siteUrl = inject('siteUrl');
  const open = useBrowser();

  for (const viewport of [PHONE, DESKTOP]) {
    it(`at ${viewport.width} px: Dark on a light system survives another page and a reload, painted from the start`, async () => {
      const { page, errors } = await open({ viewport, colorScheme: 'light' });
      await watchFirstPaint(page);
      await page.goto(`${siteUrl}policy/`);
      expect(await background(page)).toBe(LIGHT_BG);
      await chooseTheme(page, 'Dark');
      expect(await background(page)).toBe(DARK_BG);

      await page.goto(`${siteUrl}glossary/`);
      expect(await page.evaluate(() => window.__firstPaint)).toEqual({ background: DARK_BG, theme: 'dark' });
      await page.reload();
      expect(await page.evaluate(() => window.__firstPaint)).toEqual({ background: DARK_BG, theme: 'dark' });
      // The switch shows the choice it is in.
      if (viewport === PHONE) await page.locator('header summary').click();
      await expect(page.getByRole('combobox', { name: 'Theme' }).inputValue()).resolves.toBe('dark');
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('Light holds on a dark system; System follows the system again', async () => {
    const { page } = await open({ viewport: DESKTOP, colorScheme: 'dark' });
    await watchFirstPaint(page);
    await page.goto(`${siteUrl}scope/`);
    expect(await background(page)).toBe(DARK_BG);
    await chooseTheme(page, 'Light');
    await page.reload();
    expect(await page.evaluate(() => window.__firstPaint)).toEqual({ background: LIGHT_BG, theme: 'light' });
    await chooseTheme(page, 'System');
    await page.reload();
    expect(await page.evaluate(() => window.__firstPaint)).toEqual({ background: DARK_BG, theme: 'auto' });
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background(page)).toBe(LIGHT_BG);
    await page.context().close();
  });

  for (const theme of ['Light', 'Dark'] as const) {
    it(`passes axe with ${theme} chosen against the system's opposite`, async () => {
      const { page } = await open({ viewport: DESKTOP, colorScheme: theme === 'Dark' ? 'light' : 'dark' });
      for (const path of ['', 'checklist/', 'glossary/client-id/']) {
        await page.goto(siteUrl + path);
        if (path === '') await chooseTheme(page, theme);
        const violations = await axeViolations(page);
        expect(violations, `/${path}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
      }
      await page.context().close();
    }, 90_000);
  }

  it('without JavaScript: no switch is offered and the page follows the system', async () => {
    const { page } = await open({ viewport: DESKTOP, colorScheme: 'dark', javaScriptEnabled: false });
    await page.goto(`${siteUrl}policy/`);
    await expect(page.locator('#theme-select').isVisible()).resolves.toBe(false);
    expect(await background(page)).toBe(DARK_BG);
    await page.context().close();
  });
});
