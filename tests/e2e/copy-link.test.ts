/**
 * "Copy link" on term pages and A to Z entries: a plain permalink without JavaScript; with
 * it, a click copies the permanent URL and offers the Markdown link. Nothing is
 * downloaded for it, before or after the click.
 */
import { describe, expect, inject, it } from 'vitest';
import { chromePath, useBrowser } from '../support/browser.ts';

describe.skipIf(!chromePath)("copy a term's link", () => {
  const siteUrl = inject('siteUrl');
  const open = useBrowser();
  const permalink = async (path: string) => {
    const json = (await (await fetch(`${siteUrl}glossary.json`)).json()) as { terms: { slug: string; url: string }[] };
    return json.terms.find((t) => t.slug === path)!.url;
  };

  for (const [where, path, selector] of [
    ['a term page', 'glossary/client-id/', 'main a[data-copy-link]'],
    ['an A to Z entry', 'glossary/', '#client-id a[data-copy-link]'],
  ] as const) {
    it(`on ${where}, copies the permanent URL, then the Markdown link`, async () => {
      const { page, errors } = await open();
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl).origin });
      const scripts: string[] = [];
      page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
      await page.goto(siteUrl + path);
      const url = await permalink('client-id');
      const link = page.locator(selector);
      expect(await link.getAttribute('href')).toBe(url);
      await link.click();
      const holder = link.locator('xpath=ancestor::*[contains(@class, "copy-link")][1]');
      await expect.poll(() => holder.getByRole('status').textContent()).toBe('Link copied.');
      expect(page.url()).toBe(siteUrl + path);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
      await holder.getByRole('button', { name: 'Copy as Markdown' }).click();
      await expect.poll(() => holder.getByRole('status').textContent()).toBe('Markdown link copied.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`[Client Id](${url})`);
      expect(scripts, 'no script is downloaded for it').toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('without JavaScript, "Copy link" is a plain link to the permanent URL', async () => {
    const { page } = await open({ javaScriptEnabled: false });
    await page.goto(`${siteUrl}glossary/user-financials-erp/`);
    const link = page.locator('main a[data-copy-link]');
    expect(await link.getAttribute('href')).toBe(await permalink('user-financials-erp'));
    expect((await link.textContent())?.trim()).toBe('Copy link to User (Financials ERP)');
    expect(await page.getByRole('button', { name: 'Copy as Markdown' }).count()).toBe(0);
    await page.context().close();
  });
});
