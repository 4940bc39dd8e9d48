/**
 * What the CSP browser test (csp.test.ts) does on top of loading every built page. Each
 * case loads a page, runs its steps, and must produce no CSP violation and no console
 * error. Add a case here for every feature that runs JavaScript (search, composer...).
 */
import type { Page } from 'playwright-core';

export interface CspCase {
  name: string;
  /** Path below the site's base URL, e.g. "glossary/" or "" for home. */
  path: string;
  /** Reader actions after load. Wait for whatever they start (fetches, module loads). */
  run?: (page: Page) => Promise<void>;
}

export const CSP_CASES: CspCase[] = [
  {
    name: 'keyboard: skip link, then Tab into the content',
    path: 'policy/',
    run: async (page) => {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
    },
  },
  {
    name: 'glossary: jump to an entry by its anchor, then a letter',
    path: 'glossary/#client-secret',
    run: async (page) => {
      await page.locator('nav[aria-label="Glossary A to Z"] a').first().click();
    },
  },
  {
    name: 'changes: follow the link from the footer',
    path: 'scope/',
    run: async (page) => {
      await page.locator('footer a[href$="/changes/"]').click();
      await page.waitForURL(/\/changes\/$/);
    },
  },
];
