/**
 * `npm run search:eval [-- --dist DIR] [-- --only WORDS]`: types every query of
 * scripts/search-eval/queries.ts into the header search of the built site in Chromium,
 * prints its first three results, marking the queries whose first result is not one a
 * reader would accept, and exits non-zero when fewer than FLOOR are right (`npm test` runs
 * it after the build, so a change that loses queries cannot land unnoticed). Run
 * `npm run build` first. With --only, a subset is shown and the floor does not apply.
 */
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { serveSite } from './serve.ts';
import { LAUNCH_ARGS, findChrome } from './chrome.ts';
import { FLOOR, QUERIES } from './search-eval/queries.ts';
import { searchFor, target } from './search-driver.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, only: { type: 'string' } } });
const chrome = findChrome();
if (!chrome) {
  const message = 'search:eval needs Chromium (set CHROME_PATH or apt-get install -y chromium).';
  if (process.env.REQUIRE_BROWSER === '1' || process.env.CI === 'true') throw new Error(message);
  console.warn(`SKIPPED: ${message}`);
  process.exit(0);
}
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
if (!values.only && right < FLOOR) {
  console.error(
    `search:eval: ${right} of ${queries.length} is below the floor of ${FLOOR} (scripts/search-eval/queries.ts). ` +
      'Fix the ranking for the queries marked MISS above.',
  );
  process.exitCode = 1;
}
