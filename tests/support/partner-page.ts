/**
 * A partner's documentation page on another origin that links our terms and includes our
 * embed.js, for the cross-origin preview tests. The page is served by a plain Node server
 * on "localhost" while the glossary is on "127.0.0.1": two origins, so the browser applies
 * its CORS checks to every read of our files.
 */
import { createServer, type Server } from 'node:http';
import { expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openPage } from './browser.ts';

export interface PartnerSite {
  url: string;
  close(): Promise<void>;
}

/** Serve one partner page linking terms of the glossary at `glossaryUrl` (ends with "/"). */
export async function servePartnerPage(glossaryUrl: string): Promise<PartnerSite> {
  const g = glossaryUrl;
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner docs</title></head><body><main>
    <h1>Partner docs</h1>
    <p>Put your <a id="by-page" href="${g}glossary/client-id/">client id</a> in the header.</p>
    <p>Old link: <a id="former" href="${g}glossary/clientid/">client id (old URL)</a>.</p>
    <p>Anchor link: <a id="anchor" href="${g}glossary/#dto">DTO</a>.</p>
    <p>Unknown: <a id="unknown" href="${g}glossary/no-such-term/">a term that does not exist</a>.</p>
    <p>Not ours: <a id="foreign" href="https://elsewhere.example/glossary/client-id/">someone else's glossary</a>.</p>
    <p>Plain: <a id="plain" href="${g}scope/">scope</a>.</p>
    <script src="${g}glossary/embed.js" defer></script>
  </main></body></html>`;
  const server: Server = createServer((_, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page),
  );
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  return {
    url: `http://localhost:${typeof address === 'object' && address ? address.port : 0}/`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

/** The text of the elements a link's aria-describedby names, or null. */
const descriptionOf = (page: Page, id: string) =>
  page.evaluate((i) => {
    const ids = document.getElementById(i)!.getAttribute('aria-describedby');
    return ids
      ? ids
          .split(' ')
          .map((d) => document.getElementById(d)?.textContent)
          .join(' ')
      : null;
  }, id);

/** The accessible description Chromium computes for the element matching `selector`. */
export async function accessibleDescription(page: Page, selector: string): Promise<string | undefined> {
  const cdp = await page.context().newCDPSession(page);
  const { nodeId } = await cdp.send('DOM.querySelector', {
    nodeId: (await cdp.send('DOM.getDocument')).root.nodeId,
    selector,
  });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  return nodes.find((n) => n.role?.value === 'link')?.description?.value as string | undefined;
}

/**
 * Open the partner page and check what a reader gets: summaries for a term page link, a
 * former-slug link and an A to Z anchor link, as description and as preview on hover and
 * on keyboard focus; Escape hides it; nothing for links that are not ours or name no term;
 * no console error. Returns the requests made to the glossary's origin.
 */
export async function checkPartnerPreviews(
  browser: Browser,
  partnerUrl: string,
  glossaryUrl: string,
): Promise<string[]> {
  const { page, errors } = await openPage(browser);
  const ours: string[] = [];
  page.on('request', (r) => r.url().startsWith(new URL(glossaryUrl).origin) && ours.push(r.url()));
  await page.goto(partnerUrl);
  const json = (await (await fetch(`${glossaryUrl}glossary.json`)).json()) as {
    terms: { slug: string; summary: string }[];
  };
  const summary = (slug: string) => json.terms.find((t) => t.slug === slug)!.summary;

  await expect.poll(() => descriptionOf(page, 'by-page')).toBe(summary('client-id'));
  await expect.poll(() => descriptionOf(page, 'former')).toBe(summary('client-id'));
  await expect.poll(() => descriptionOf(page, 'anchor')).toBe(summary('dto'));
  expect(await accessibleDescription(page, '#anchor')).toBe(summary('dto'));
  for (const id of ['unknown', 'foreign', 'plain']) expect(await descriptionOf(page, id), id).toBeNull();

  const preview = page.locator('.kb-glossary-preview');
  await page.hover('#former');
  await expect.poll(() => preview.isVisible()).toBe(true);
  expect(await preview.textContent()).toBe(summary('client-id'));
  await page.keyboard.press('Escape');
  await expect.poll(() => preview.isVisible()).toBe(false);

  await page.mouse.move(1, 1);
  await page.focus('#anchor');
  await expect.poll(() => preview.isVisible()).toBe(true);
  expect(await preview.textContent()).toBe(summary('dto'));
  await page.keyboard.press('Escape');
  await expect.poll(() => preview.isVisible()).toBe(false);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect.poll(() => preview.isVisible(), { message: 'focus shows it again after leaving the link' }).toBe(true);
  await page.keyboard.press('Tab');
  await expect.poll(() => preview.isVisible(), { message: 'blur hides it' }).toBe(false);

  for (const id of ['#unknown', '#foreign']) {
    await page.hover(id);
    await page.waitForTimeout(450);
    expect(await preview.isVisible(), id).toBe(false);
  }
  expect(errors).toEqual([]);
  await page.context().close();
  return ours;
}
