import { chromium } from 'playwright-core';
import { LAUNCH_ARGS, findChrome } from '/work/wt/search-quick/scripts/chrome.ts';
import { serveSite } from '/work/wt/search-quick/scripts/serve.ts';
import { searchFor } from '/work/wt/search-quick/tests/support/search.ts';
const server = await serveSite({ root: '/work/wt/search-quick/dist', port: 0 });
const browser = await chromium.launch({ executablePath: findChrome()!, headless: true, args: LAUNCH_ARGS });
const page = await browser.newPage();
await page.goto(server.url + 'scope/');
for (const q of process.argv.slice(2)) {
  await searchFor(page, q);
  const rows = await page.$$eval('.site-search__panel [role=option]', (os) => os.map((o) => `${(o as HTMLElement).dataset['href']} | ${o.querySelector('.search-hit__heading')?.textContent ?? ''} | ${o.querySelector('.search-hit__excerpt')?.innerHTML.slice(0, 140) ?? ''}`));
  console.log(`\n== ${q}\n  ` + rows.join('\n  '));
}
await browser.close(); await server.close();
