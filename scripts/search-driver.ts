/** Driving the header search in Chromium: the browser tests and `npm run search:eval`. */
import type { Page } from 'playwright-core';

export const FIELD = '#site-search-input';

/**
 * Type a query into the header search and wait for all its results (glossary terms show
 * first; the list is `aria-busy` until the page results have joined them); returns their links.
 */
export async function searchFor(page: Page, query: string): Promise<string[]> {
  await page.locator(FIELD).focus();
  await page.locator(FIELD).fill(query);
  await page.waitForFunction(
    (q) => {
      const panel = document.querySelector<HTMLElement>('.site-search__panel');
      const list = panel?.querySelector('[role=listbox]');
      return panel && !panel.hidden && panel.dataset['query'] === q && !list?.hasAttribute('aria-busy');
    },
    query,
    { timeout: 10_000 },
  );
  return page.$$eval('.site-search__panel [role=option]', (os) =>
    os.map((o) => (o as HTMLElement).dataset['href'] ?? ''),
  );
}

/** A result link without the highlight parameter: "/glossary/?highlight=dto#dto" -> "/glossary/#dto". */
export function target(href: string): string {
  const url = new URL(href, 'http://x');
  return url.pathname + url.hash;
}
