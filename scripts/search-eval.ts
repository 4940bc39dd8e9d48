/**
 * `npm run search:eval [-- --dist DIR] [-- --only WORDS]`: types every query of
 * scripts/search-eval/queries.ts into the header search of the built site in Chromium and
 * prints its first three results, marking the queries whose first result is not one a
 * reader would accept. A tool for tuning the ranking (src/lib/search-*.ts); run
 * `npm run build` first.
 */
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { serveSite } from './serve.ts';
import { LAUNCH_ARGS, findChrome } from './chrome.ts';
import { QUERIES } from './search-eval/queries.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, only: { type: 'string' } } });
const chrome = findChrome();
if (!chrome) throw new Error('No Chromium found (set CHROME_PATH).');
const server = await serveSite({ root: values.dist, port: 0 });
const browser = await chromium.launch({ executablePath: chrome, headless: true, args: LAUNCH_ARGS });
const page = await browser.newPage();
await page.goto(`${server.url}policy/`);
const FIELD = '#site-search-input';
let right = 0;
const queries = values.only ? QUERIES.filter((q) => q.query.includes(values.only!)) : QUERIES;
for (const { query, want } of queries) {
  await page.locator(FIELD).focus();
  await page.locator(FIELD).fill(query);
  await page.waitForFunction(
    (q) => {
      const panel = document.querySelector<HTMLElement>('.site-search__panel');
      return panel && !panel.hidden && panel.dataset['query'] === q && !panel.querySelector('[role=listbox]')?.hasAttribute('aria-busy');
    },
    query,
    { timeout: 10_000 },
  );
  const hrefs = await page.$$eval('.site-search__panel [role=option]', (os) => os.map((o) => (o as HTMLElement).dataset['href'] ?? ''));
  const targets = hrefs.filter((h) => !h.includes('/search/?')).map((h) => {
    const u = new URL(h, 'http://x');
    return u.pathname + u.hash;
  });
  const ok = want.test(targets[0] ?? '');
  if (ok) right++;
  console.log(`${ok ? 'ok  ' : 'MISS'} ${JSON.stringify(query).padEnd(44)} ${targets.slice(0, 3).join('  ') || '(none)'}`);
}
console.log(`\n${right} of ${queries.length} queries have a right first result.`);
await browser.close();
await server.close();
