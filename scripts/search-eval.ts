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
import { searchFor, target } from './search-driver.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, only: { type: 'string' } } });
const chrome = findChrome();
if (!chrome) throw new Error('No Chromium found (set CHROME_PATH).');
const server = await serveSite({ root: values.dist, port: 0 });
const browser = await chromium.launch({ executablePath: chrome, headless: true, args: LAUNCH_ARGS });
const page = await browser.newPage();
await page.goto(`${server.url}policy/`);
let right = 0;
const queries = values.only ? QUERIES.filter((q) => q.query.includes(values.only!)) : QUERIES;
for (const { query, want } of queries) {
  const targets = (await searchFor(page, query)).filter((h) => !h.includes('/search/?')).map(target);
  const ok = want.test(targets[0] ?? '');
  if (ok) right++;
  console.log(
    `${ok ? 'ok  ' : 'MISS'} ${JSON.stringify(query).padEnd(44)} ${targets.slice(0, 3).join('  ') || '(none)'}`,
  );
}
console.log(`\n${right} of ${queries.length} queries have a right first result.`);
await browser.close();
await server.close();
