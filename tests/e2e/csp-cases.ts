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
    name: 'theme: choose Dark, then open another page (the boot script applies it before paint)',
    path: 'policy/',
    run: async (page) => {
      await page.locator('#theme-select').selectOption('dark');
      await page.locator('footer a[href$="/glossary/"]').click();
      await page.waitForURL(/\/glossary\/$/);
      const theme = await page.evaluate(() => document.documentElement.dataset['theme']);
      if (theme !== 'dark') throw new Error(`the chosen theme was not applied on the next page (data-theme=${theme})`);
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
  {
    name: 'composer import: pick a HAR file (its parsers and worker load), pick a call',
    path: 'checklist/',
    run: async (page) => {
      const har = {
        log: {
          creator: { name: 'test', version: '1' },
          entries: [0, 1].map((i) => ({
            startedDateTime: '2026-11-29T10:00:00.000+01:00',
            _resourceType: 'fetch',
            request: { method: 'POST', url: `https://api.example.com/v1/orders/${i}`, headers: [] },
            response: { status: 400 + i, statusText: 'Bad Request', headers: [], content: { text: '{}' } },
          })),
        },
      };
      await page.getByLabel('HAR file').setInputFiles({
        name: 'session.har',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(har)),
      });
      await page.locator('#c-import-list button').first().click();
      await page.waitForFunction(() => document.querySelector<HTMLInputElement>('[name="status"]')?.value === '400');
    },
  },
  {
    name: 'composer: fill the form with a secret, copy, download, clear',
    path: 'checklist/',
    run: async (page) => {
      await page.locator('[data-composer]').waitFor({ state: 'visible' });
      // Its styles apply: the CSP lets the page's stylesheet through.
      const border = await page.locator('[data-composer]').evaluate((el) => getComputedStyle(el).borderTopStyle);
      if (border !== 'solid') throw new Error(`the composer is unstyled (border-top-style: ${border})`);
      await page.fill(
        '#c-endpoint',
        'https://integration.visma.net/API/controller/api/v1/customer?client_secret=abc123def456',
      );
      await page.fill('#c-status', '400');
      await page.fill('#c-responseBody', '{"message":"Customer not found"}');
      await page.fill('#c-requestBody', '{"client_secret":"284baba4-7a8d-4e14-2247-957812ac9ec"}');
      await page.locator('[data-action="copy"]').click();
      const download = page.waitForEvent('download');
      await page.locator('[data-action="download"]').click();
      await download;
      await page.locator('[data-action="clear"]').click();
    },
  },
  {
    name: 'scope picker: choose a question and read the door',
    path: 'scope/',
    run: async (page) => {
      await page.locator('.router input[type="radio"]').nth(6).check();
      await page.locator('.router__answer').nth(6).waitFor({ state: 'visible' });
    },
  },
  {
    name: 'search: shortcut, type a term, open the first result (with the landing highlight)',
    path: 'policy/',
    run: async (page) => {
      await page.keyboard.press('/');
      await page.keyboard.type('client id');
      const first = page.locator('header [role="option"]').first();
      await first.waitFor();
      await page.keyboard.press('ArrowDown');
      await Promise.all([page.waitForURL(/highlight=/), page.keyboard.press('Enter')]);
      await page.locator('main mark').first().waitFor();
    },
  },
  {
    name: 'search: a question on the results page',
    path: 'search/?q=who+issues+a+production+client',
    run: async (page) => {
      await page.locator('[data-search-page] a').first().waitFor();
    },
  },
];
