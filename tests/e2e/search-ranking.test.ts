/**
 * Ranking for readers: queries a stuck developer types, and the page (and section) that
 * answers each, as the first result of the header search on the built site. A sample of
 * the evaluation in scripts/search-eval/queries.ts (run `node scripts/search-eval.ts` for
 * all of it); the expectations come from reading the content, not from the search.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromePath, useBrowser } from '../support/browser.ts';
import { searchFor, target } from '../../scripts/search-driver.ts';

/** Type each query into the header search and check its first result. */
async function expectFirst(page: Page, cases: Record<string, RegExp>): Promise<void> {
  for (const [query, want] of Object.entries(cases)) {
    const hrefs = await searchFor(page, query);
    expect(target(hrefs[0] ?? ''), `"${query}": ${hrefs.join(', ')}`).toMatch(want);
  }
}

describe.skipIf(!chromePath)('search ranking in Chromium', () => {
  const siteUrl = inject('siteUrl');
  const base = new URL(siteUrl).pathname;
  const newPage = useBrowser();
  /** A glossary term's own page (with the anchor Pagefind may add). */
  const term = (slug: string) => new RegExp(`^${base}glossary/${slug}/(#term-title)?$`);
  /** One of these pages and sections ("scope/#covered", "checklist/" for the page's top). */
  const at = (...targets: string[]) =>
    new RegExp(`^${base}(${targets.map((t) => t.replace(/[.?*+^$()[\]{}|\\]/g, '\\$&')).join('|')})$`);

  it('shows a glossary term named inside a longer query first, from the term index alone', async () => {
    const { page, errors } = await newPage();
    // Without Pagefind: the term index has to find these on its own.
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(`${siteUrl}policy/`);
    const cases: Record<string, RegExp> = {
      'client secret lost': term('client-secret'),
      'redirect uri mismatch': term('redirect-uri'),
      'status code 401': term('http-status-code'),
      'client ids': term('client-id'),
      'what does dto mean': term('dto'),
      "what's an endpoint": term('endpoint'),
    };
    await expectFirst(page, cases);
    // A term that is only a small part of a question does not jump ahead of the answer.
    const question = await searchFor(page, 'who do I contact for a new client id');
    expect(target(question[0] ?? ''), question.join(', ')).toMatch(
      at('channels/#partner-service-of-your-market', 'scope/#referred-elsewhere'),
    );
    expect(errors.filter((e) => !e.includes('/pagefind/'))).toEqual([]);
    await page.context().close();
  });

  it('reads past slips of the keyboard, and highlights the word that was meant on arrival', async () => {
    const { page, errors } = await newPage();
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(`${siteUrl}policy/`);
    const cases: Record<string, RegExp> = {
      'clinet secret': term('client-secret'),
      'redirct uri': term('redirect-uri'),
      'lcient id': term('client-id'),
      'who issues a prodution clinet': at('channels/#partner-service-of-your-market', 'scope/#referred-elsewhere'),
      'feture request': at('scope/#covered', 'channels/#api-support-by-e-mail'),
    };
    await expectFirst(page, cases);
    const hrefs = await searchFor(page, 'who issues a prodution clinet');
    expect(new URL(hrefs[0]!, siteUrl).searchParams.get('highlight')).toBe('issues production client');
    expect(errors.filter((e) => !e.includes('/pagefind/'))).toEqual([]);
    await page.context().close();
  });

  const QUESTIONS: Record<string, RegExp> = {
    'erp user interface question': at('channels/#financials-erp-support-of-your-market', 'scope/#referred-elsewhere'),
    'financials support': at('channels/#financials-erp-support-of-your-market'),
    // A heading naming the whole query comes before the term named inside it (Financials ERP).
    'financials erp support': at('channels/#financials-erp-support-of-your-market'),
    'support email': at('channels/#api-support-by-e-mail'),
    'third party software': at('scope/#not-covered', 'policy/#what-we-cannot-promise'),
    'is my question covered': at('scope/', 'scope/#covered'),
    'what does api support cover': at('scope/', 'scope/#covered'),
    'code examples': at('scope/#covered'),
    'correlation id': at('checklist/'),
    'test case': at('checklist/#what-may-happen-next', 'policy/#how-a-case-runs'),
    'restore database': at('checklist/#what-may-happen-next', 'policy/#how-a-case-runs'),
    'authorization code': term('redirect-uri'),
  };
  it('puts the page and section that answer first, once the full search has joined', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${siteUrl}checklist/`);
    await expectFirst(page, QUESTIONS);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
