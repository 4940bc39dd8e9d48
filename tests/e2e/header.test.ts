/**
 * The header on a phone (390 px) and a desktop (1280 px): one row, the navigation behind a
 * Menu disclosure on the phone and in the row on the desktop, usable by keyboard and without
 * JavaScript.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { chromePath, useBrowser } from '../support/browser.ts';
import { distFiles, readDist } from '../support/dist.ts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** Vertical extent of an element in CSS pixels from the top of the page. */
const box = async (page: Page, selector: string) => {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not rendered`);
  return { top: b.y, bottom: b.y + b.height, left: b.x, right: b.x + b.width };
};

/** The Menu disclosure's button: a <summary>, which Playwright's role queries do not know. */
const menuButton = (page: Page) => page.locator('header summary');

/** What Chromium tells screen readers about an element: role, name and states, from its accessibility tree. */
async function accessibleNode(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  const { nodeId } = await cdp.send('DOM.querySelector', {
    nodeId: (await cdp.send('DOM.getDocument')).root.nodeId,
    selector,
  });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  const node = nodes[0]!;
  return {
    role: node.role?.value,
    name: node.name?.value,
    ignored: node.ignored,
    ...Object.fromEntries((node.properties ?? []).map((p) => [p.name, p.value.value])),
  };
}

/** Do these boxes share one row: does each overlap the others vertically? */
const oneRow = (boxes: { top: number; bottom: number }[]) =>
  Math.max(...boxes.map((b) => b.top)) < Math.min(...boxes.map((b) => b.bottom));

describe.skipIf(!chromePath)('the header', () => {
  const siteUrl = inject('siteUrl');
  const open = useBrowser();

  it('on a phone: site name, search and Menu in one row that ends within 120 px of the top', async () => {
    const { page } = await open({ viewport: PHONE });
    await page.goto(`${siteUrl}policy/`);
    const header = await box(page, 'header.site-header');
    expect(header.bottom).toBeLessThanOrEqual(120);
    const name = await box(page, '.site-name');
    const search = await box(page, '#site-search-input');
    const menu = await box(page, 'header summary');
    expect(oneRow([name, search, menu])).toBe(true);
    expect(name.right).toBeLessThanOrEqual(search.left);
    expect(search.right).toBeLessThanOrEqual(menu.left);
    expect(menu.right).toBeLessThanOrEqual(PHONE.width);
    // The navigation waits behind the button.
    await expect(page.getByRole('navigation', { name: 'Main' }).isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it('on a phone: the Menu button opens and closes the navigation by keyboard', async () => {
    const { page } = await open({ viewport: PHONE });
    await page.goto(`${siteUrl}policy/`);
    const button = menuButton(page);
    // Screen readers hear a collapsed "Menu" control, then an expanded one.
    expect(await accessibleNode(page, 'header summary')).toMatchObject({
      name: 'Menu',
      focusable: true,
      expanded: false,
    });
    await button.focus();
    await page.keyboard.press('Enter');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.waitFor({ state: 'visible' });
    expect(await accessibleNode(page, 'header summary')).toMatchObject({ name: 'Menu', expanded: true });
    // The current page is marked; every link is a comfortable target.
    await expect(nav.locator('a[aria-current="page"]').textContent()).resolves.toMatch(/policy/i);
    for (const link of await nav.getByRole('link').all()) {
      const b = await link.boundingBox();
      expect(b!.height).toBeGreaterThanOrEqual(44);
    }
    // Tab moves from the button into the links.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('nav[aria-label="Main"]'))).toBe(true);
    await button.focus();
    await page.keyboard.press('Space');
    await nav.waitFor({ state: 'hidden' });
    await page.context().close();
  });

  it('on a phone: the open menu lies over the page, and passes axe in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await open({ viewport: PHONE, colorScheme });
      await page.goto(`${siteUrl}checklist/`);
      const h1Before = await box(page, 'h1');
      await menuButton(page).click();
      await page.getByRole('navigation', { name: 'Main' }).waitFor({ state: 'visible' });
      expect((await box(page, 'h1')).top).toBe(h1Before.top);
      const violations = await axeViolations(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      await page.context().close();
    }
  }, 90_000);

  it('on a phone without JavaScript: the menu still opens and its links work', async () => {
    const { page } = await open({ viewport: PHONE, javaScriptEnabled: false });
    await page.goto(`${siteUrl}policy/`);
    await menuButton(page).click();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.waitFor({ state: 'visible' });
    await Promise.all([page.waitForURL(/\/scope\/$/), nav.getByRole('link', { name: 'Scope' }).click()]);
    await page.context().close();
  });

  it('on a phone: nothing but the page itself is fetched before the reader uses the header', async () => {
    const { page } = await open({ viewport: PHONE });
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(`${r.resourceType()} ${r.url()}`));
    await page.goto(`${siteUrl}policy/`, { waitUntil: 'networkidle' });
    expect(fetched.filter((f) => /^(script|fetch|xhr) /.test(f))).toEqual([]);
    await page.context().close();
  });

  it('on a desktop: name, search and every navigation link in one row, no Menu button', async () => {
    const { page } = await open({ viewport: DESKTOP });
    await page.goto(`${siteUrl}policy/`);
    await expect(menuButton(page).isVisible()).resolves.toBe(false);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.isVisible()).resolves.toBe(true);
    const links = await nav.getByRole('link').all();
    expect(links.length).toBeGreaterThanOrEqual(5);
    const boxes = [
      await box(page, '.site-name'),
      await box(page, '#site-search-input'),
      await box(page, '#theme-select'),
    ];
    for (const link of links) {
      const b = (await link.boundingBox())!;
      boxes.push({ top: b.y, bottom: b.y + b.height, left: b.x, right: b.x + b.width });
    }
    expect(oneRow(boxes)).toBe(true);
    expect((await box(page, 'header.site-header')).bottom).toBeLessThanOrEqual(80);
    // The links of the (closed) disclosure shown in the row reach screen readers too.
    expect(await accessibleNode(page, 'nav[aria-label="Main"] a[aria-current="page"]')).toMatchObject({
      role: 'link',
      name: 'Support policy',
      ignored: false,
    });
    // Keyboard order follows the row: name, search, the links, the theme.
    const order = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('header a, header input, header select, header summary')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => el.getAttribute('href') ?? el.id),
    );
    expect(order[0]).toMatch(/\/$/);
    expect(order[1]).toBe('site-search-input');
    expect(order.at(-1)).toBe('theme-select');
    await page.context().close();
  });

  it('on a phone: no page scrolls sideways, code blocks included', async () => {
    const { page, errors } = await open({ viewport: PHONE });
    // Redirect pages (former slugs) leave at once; every other page is measured.
    for (const file of distFiles('.html').filter((f) => !/http-equiv="refresh"/i.test(readDist(f)))) {
      await page.goto(siteUrl + (file === '404.html' ? 'no-such-page/' : file.replace(/index\.html$/, '')));
      const [scrollWidth, width] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
      expect(scrollWidth, file).toBeLessThanOrEqual(width);
    }
    expect(errors.filter((e) => !e.includes('no-such-page'))).toEqual([]);
    await page.context().close();
  });
});
