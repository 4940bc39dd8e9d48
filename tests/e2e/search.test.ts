import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { chromePath, useBrowser } from '../support/browser.ts';
import { FIELD, searchFor, target } from '../../scripts/search-driver.ts';

/** A glossary term's target: its own page /glossary/<slug>/ or its entry on the A to Z page. */
const termTarget = (base: string, slug: string) => new RegExp(`^${base}glossary/(${slug}/(#.*)?|#${slug})$`);

describe.skipIf(!chromePath)('header search in Chromium', () => {
  const siteUrl = inject('siteUrl');
  const base = new URL(siteUrl).pathname;
  const newPage = useBrowser();

  async function open(path: string, options = {}): Promise<{ page: Page; errors: string[]; requests: string[] }> {
    const { page, errors } = await newPage(options);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(siteUrl + path);
    return { page, errors, requests };
  }

  it('downloads nothing for search until the reader comes near the field, and no Pagefind on hover', async () => {
    const { page, errors, requests } = await open('scope/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => /pagefind|_astro|\.js|\.css|\.wasm/.test(u))).toEqual([]);
    expect(requests.filter((u) => !u.endsWith('/favicon.svg'))).toEqual([`${siteUrl}scope/`]);
    // Hovering the field loads the search module only; the index waits for a query.
    await page.hover(FIELD);
    await page.waitForFunction(() => document.querySelector('#site-search-input')?.getAttribute('role') === 'combobox');
    await page.waitForTimeout(300);
    expect(requests.some((u) => u.includes('/_astro/search-ui.'))).toBe(true);
    expect(requests.filter((u) => /\/pagefind\/|\/_astro\/terms-/.test(u))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a glossary term by its name before Pagefind loads, then the page results below it', async () => {
    const { page, errors, requests } = await open('scope/');
    // In the page: when did the first result for the full query appear, and its title?
    await page.evaluate(() => {
      const w = window as unknown as { firstTerm?: { at: number; title: string } };
      new MutationObserver(() => {
        const panel = document.querySelector<HTMLElement>('.site-search__panel');
        const option = panel?.querySelector('[role=option] .search-hit__title');
        if (!w.firstTerm && option && panel?.dataset['query'] === 'client id')
          w.firstTerm = { at: performance.now(), title: option.textContent ?? '' };
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.locator(FIELD).focus();
    await page.locator(FIELD).fill('client id');
    const hrefs = await searchFor(page, 'client id');
    const timing = await page.evaluate(() => ({
      shown: (window as unknown as { firstTerm?: { at: number; title: string } }).firstTerm,
      pagefind: performance
        .getEntriesByType('resource')
        .filter((r) => r.name.includes('/pagefind/'))
        .map((r) => r.startTime),
    }));
    // The term came first, from the term index, before any Pagefind file was requested...
    expect(timing.shown?.title).toBe('Client Id');
    expect(timing.pagefind.length).toBeGreaterThan(0);
    expect(Math.min(...timing.pagefind)).toBeGreaterThan(timing.shown!.at);
    expect(requests.filter((u) => u.includes('/_astro/terms-')).map((u) => u.split('/').pop())).toEqual(['c.json']);
    // ...and stays first once Pagefind's results have joined below, without the term page twice.
    const first = page.locator('.site-search__panel [role=option]').first();
    expect(await first.locator('.search-hit__section').textContent()).toBe('Glossary');
    expect(await first.locator('.search-hit__excerpt').textContent()).toMatch(/unique identifier of a client/);
    expect(target(hrefs[0]!)).toBe(`${base}glossary/client-id/`);
    const pages = hrefs.map((h) => new URL(h, siteUrl).pathname);
    expect(new Set(pages).size).toBe(pages.length);
    expect(
      pages.filter((p) => !p.startsWith(`${base}glossary/`) && !p.startsWith(`${base}search/`)).length,
    ).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('answers a question that names no term from the quick page index, before any Pagefind request', async () => {
    const { page, errors, requests } = await open('policy/');
    const query = 'who issues a production client';
    // In the page: when did the first result for the query appear, and what was it?
    await page.evaluate((q) => {
      const w = window as unknown as { first?: { at: number; href: string; heading: string } };
      new MutationObserver(() => {
        const panel = document.querySelector<HTMLElement>('.site-search__panel');
        const option = panel?.querySelector<HTMLElement>('[role=option]');
        if (!w.first && option && panel?.dataset['query'] === q) {
          w.first = {
            at: performance.now(),
            href: option.dataset['href'] ?? '',
            heading: option.querySelector('.search-hit__heading')?.textContent ?? '',
          };
        }
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    }, query);
    const opened = await page.evaluate(() => performance.now());
    const hrefs = await searchFor(page, query);
    const timing = await page.evaluate(() => ({
      first: (window as unknown as { first?: { at: number; href: string; heading: string } }).first,
      resources: performance
        .getEntriesByType('resource')
        .map((r) => ({ name: r.name, start: r.startTime, bytes: (r as PerformanceResourceTiming).transferSize })),
    }));
    // The first result came from the quick index, and is already the answer: where to get a
    // production client, deep-linked to its section.
    expect(target(timing.first!.href)).toMatch(
      new RegExp(`^${base}(scope/#referred-elsewhere|channels/#partner-service-of-your-market)$`),
    );
    expect(timing.first!.heading).toMatch(/Referred elsewhere|Partner Service/);
    const before = timing.resources.filter((r) => r.start >= opened && r.start < timing.first!.at);
    expect(before.map((r) => r.name).filter((u) => u.includes('/_astro/pages-'))).toHaveLength(1);
    expect(before.filter((r) => r.name.includes('/pagefind/'))).toEqual([]);
    expect(before.reduce((n, r) => n + r.bytes, 0)).toBeLessThan(51_200);
    // Pagefind still loads after the pause and adds what the quick index does not hold.
    expect(timing.resources.some((r) => r.name.includes('/pagefind/') && r.start > timing.first!.at)).toBe(true);
    expect(target(hrefs[0] ?? ''), hrefs.join(', ')).toMatch(new RegExp(`^${base}(scope|channels)/`));
    const pages = hrefs.map((h) => new URL(h, siteUrl).pathname);
    expect(new Set(pages).size).toBe(pages.length);
    expect(requests.some((u) => u.includes('/pagefind/wasm.'))).toBe(true);
    // "what is a dto": the filler words are dropped, so the term still comes first.
    const dto = await searchFor(page, 'what is a dto');
    expect(target(dto[0] ?? '')).toMatch(termTarget(base, 'dto'));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  const TERMS: Record<string, string> = {
    client: 'client',
    'client id': 'client-id',
    'Client ID': 'client-id',
    client_id: 'client-id',
    secret: 'client-secret',
    'redirect uri': 'redirect-uri',
    'callback url': 'redirect-uri',
    dto: 'dto',
    'data transfer object': 'dto',
    'status code': 'http-status-code',
    isv: 'isv',
    'independent software vendor': 'isv',
  };
  it('shows the glossary term first for its name or one of its aliases', async () => {
    const { page, errors } = await open('policy/');
    for (const [query, slug] of Object.entries(TERMS)) {
      const hrefs = await searchFor(page, query);
      expect(target(hrefs[0] ?? ''), `"${query}"`).toMatch(termTarget(base, slug));
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  const QUESTIONS: Record<string, RegExp> = {
    'who issues a production client': new RegExp(`^${base}(scope|channels)/`),
    'ERP user interface configuration': new RegExp(`^${base}(scope|channels)/`),
    'what to include in a support request': new RegExp(`^${base}checklist/`),
    'where do I ask about endpoint behaviour': new RegExp(`^${base}(scope|channels)/`),
  };
  it('answers questions in the reader’s words with the right page', async () => {
    const { page, errors } = await open('');
    for (const [query, expected] of Object.entries(QUESTIONS)) {
      const hrefs = await searchFor(page, query);
      expect(target(hrefs[0] ?? ''), `"${query}": ${hrefs.join(', ')}`).toMatch(expected);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows title, section, the matching heading with its anchor, and the match highlighted', async () => {
    const { page } = await open('policy/');
    const hrefs = await searchFor(page, 'production client');
    const first = page.locator('.site-search__panel [role=option]').first();
    expect(await first.locator('.search-hit__title').textContent()).toBeTruthy();
    expect(['Scope', 'Channels']).toContain(await first.locator('.search-hit__section').textContent());
    expect(await first.locator('.search-hit__heading').textContent()).toMatch(/Referred elsewhere|Partner Service/);
    expect(hrefs[0]).toMatch(/#(referred-elsewhere|partner-service-of-your-market)$/);
    expect((await first.locator('.search-hit__excerpt mark').allTextContents()).map((t) => t.toLowerCase())).toEqual(
      expect.arrayContaining(['production', 'client']),
    );
    await page.context().close();
  });

  it('works from the keyboard: arrows move, Escape closes, Enter opens the result', async () => {
    const { page, errors } = await open('channels/');
    const hrefs = await searchFor(page, 'secret');
    expect(hrefs.length).toBeGreaterThan(1);
    const input = page.locator(FIELD);
    expect(await input.getAttribute('role')).toBe('combobox');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    const listId = (await input.getAttribute('aria-controls'))!;
    expect(await page.locator(`#${listId}`).getAttribute('role')).toBe('listbox');

    const active = () => input.getAttribute('aria-activedescendant');
    const selected = () => page.$$eval('[role=option][aria-selected=true]', (os) => os.map((o) => o.id));
    await page.keyboard.press('ArrowDown');
    const firstId = await active();
    expect(await selected()).toEqual([firstId]);
    await page.keyboard.press('ArrowDown');
    expect(await active()).not.toBe(firstId);
    await page.keyboard.press('ArrowUp');
    expect(await active()).toBe(firstId);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');

    await page.keyboard.press('Escape');
    expect(await page.locator('.site-search__panel').isHidden()).toBe(true);
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await active()).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');

    await page.keyboard.press('ArrowDown');
    expect(await page.locator('.site-search__panel').isVisible()).toBe(true);
    await Promise.all([page.waitForURL((u) => u.pathname.includes('/glossary/')), page.keyboard.press('Enter')]);
    expect(target(page.url())).toMatch(termTarget(base, 'client-secret'));
    expect(new URL(page.url()).searchParams.get('highlight')).toBe('secret');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('/ and Ctrl+K focus the field; Escape gives focus back', async () => {
    const { page } = await open('checklist/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.waitForSelector(`${FIELD}[role=combobox]`); // the module has loaded
    expect(await page.inputValue(FIELD)).toBe('');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('site-search-input');

    // From a link in the content: Ctrl+K, then Escape returns to that link.
    await page.locator('main a').first().focus();
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.keyboard.type('dto');
    await page.locator('.site-search__panel [role=option]').first().waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    expect(
      await page.evaluate(() => document.activeElement?.closest('main') !== null && document.activeElement?.tagName),
    ).toBe('A');

    // "/" typed inside a text field is just a character.
    await page.locator(FIELD).fill('');
    await page.keyboard.type('a/b');
    expect(await page.inputValue(FIELD)).toBe('a/b');
    await page.context().close();
  });

  it('Enter without a chosen result opens the results page, which a shared link reproduces', async () => {
    const { page, errors } = await open('scope/');
    const dropdown = await searchFor(page, 'client id');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('client id');
    const links = page.locator('[data-search-page] ol a');
    await links.first().waitFor();
    const pageHrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const shown = dropdown.filter((h) => !h.includes('/search/'));
    expect(dropdown.length).toBeGreaterThan(shown.length); // "See all N results"
    expect(pageHrefs.slice(0, shown.length)).toEqual(shown);
    expect(target(pageHrefs[0]!)).toMatch(termTarget(base, 'client-id'));
    expect(await page.locator('[data-search-page] h2').textContent()).toMatch(/results? for “client id”/);
    expect(await page.inputValue('#search-page-input')).toBe('client id');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the results page filters by section', async () => {
    const { page, errors } = await open('search/?q=client');
    const group = page.getByRole('group', { name: 'Show results from' });
    await group.waitFor();
    const all = await page.locator('[data-search-page] ol > li').count();
    await group.getByRole('button', { name: /^Glossary \(\d+\)$/ }).click();
    const visible = page.locator('[data-search-page] ol > li:visible');
    expect(await visible.count()).toBeGreaterThan(0);
    expect(await visible.count()).toBeLessThan(all);
    expect(new Set(await visible.locator('.search-hit__section').allTextContents())).toEqual(new Set(['Glossary']));
    expect(await group.getByRole('button', { name: /^Glossary/ }).getAttribute('aria-pressed')).toBe('true');
    await group.getByRole('button', { name: /^All/ }).click();
    expect(await visible.count()).toBe(all);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the results page loads search only for a query', async () => {
    const { page, errors, requests } = await open('search/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => /_astro|pagefind/.test(u))).toEqual([]);
    await page.locator('#search-page-input').fill('dto');
    await Promise.all([page.waitForURL(/\/search\/\?q=dto/), page.locator('#search-page-input').press('Enter')]);
    const first = page.locator('[data-search-page] ol a').first();
    await first.waitFor();
    expect(target((await first.getAttribute('href'))!)).toMatch(termTarget(base, 'dto'));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the results page without JavaScript offers the glossary and the sections', async () => {
    const { page, errors } = await open('search/?q=client', { javaScriptEnabled: false });
    const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const path of ['glossary/', 'policy/', 'scope/', 'channels/', 'checklist/'])
      expect(hrefs).toContain(base + path);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the header form works without JavaScript: it submits to the results page', async () => {
    const { page } = await open('policy/', { javaScriptEnabled: false });
    await page.locator(FIELD).fill('dto');
    await Promise.all([page.waitForURL(/\/search\/\?q=dto/), page.locator(FIELD).press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(`${base}search/`);
    await page.context().close();
  });

  it('marks the searched words on the page a result opens, and shows the matched section', async () => {
    const { page, errors, requests } = await open('scope/?highlight=production+client#referred-elsewhere', {
      viewport: { width: 800, height: 500 },
    });
    await page.locator('main mark.search-term').first().waitFor();
    const marked = (await page.locator('main mark.search-term').allTextContents()).map((t) => t.toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(['production', 'client']));
    expect(await page.locator('header mark, footer mark').count()).toBe(0);
    // Nothing is marked where the reader cannot see it: a term link's preview (a popover).
    expect(await page.locator('main [popover]').count()).toBeGreaterThan(0);
    expect(await page.locator('main [popover] mark, main [hidden] mark').count()).toBe(0);
    const inView = await page.locator('#referred-elsewhere').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= -1 && r.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    // Only the small highlight module loads, not the search index.
    expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('without a section anchor, scrolls to the first marked word', async () => {
    const { page } = await open('checklist/?highlight=correlation', { viewport: { width: 800, height: 400 } });
    const mark = page.locator('main mark.search-term').first();
    await mark.waitFor();
    expect(await mark.textContent()).toBe('correlation');
    const inView = await mark.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes axe in ${colorScheme} mode with the results open, on the results page and after landing`, async () => {
      const { page, errors } = await open('glossary/', { colorScheme });
      await searchFor(page, 'client');
      await page.keyboard.press('ArrowDown');
      expect(await axeViolations(page), 'results open').toEqual([]);
      await page.goto(`${siteUrl}search/?q=support+request`);
      await page.locator('[data-search-page] ol a').first().waitFor();
      expect(await axeViolations(page), 'results page').toEqual([]);
      await page.goto(`${siteUrl}glossary/?highlight=client+id#client-id`);
      await page.locator('main mark.search-term').first().waitFor();
      expect(await axeViolations(page), 'landing').toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('says so when the index cannot load, instead of failing silently', async () => {
    const { page, errors } = await newPage();
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(`${siteUrl}scope/`);
    // A term still shows from the term index, and pages from the quick index, with a note
    // that the full search did not load.
    await page.locator(FIELD).fill('client');
    await page.waitForFunction(() =>
      /quick results only/.test(document.querySelector('.site-search__empty')?.textContent ?? ''),
    );
    expect(await page.locator('.site-search__empty').isVisible()).toBe(true);
    expect(await page.locator('.site-search__panel [role=option] .search-hit__title').first().textContent()).toBe(
      'Client',
    );
    // A word that names no term: the quick page index still answers.
    await page.locator(FIELD).fill('production');
    await page.waitForFunction(() =>
      /quick results only/.test(document.querySelector('.site-search__empty')?.textContent ?? ''),
    );
    expect(await page.locator('.site-search__panel [role=option]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    // No index at all: nothing to show, and a message, no error.
    await page.route('**/_astro/terms-*/**', (route) => route.abort());
    await page.route('**/_astro/pages-*', (route) => route.abort());
    await page.goto(`${siteUrl}channels/`);
    await page.locator(FIELD).fill('client');
    await page.waitForFunction(() =>
      /not available/.test(document.querySelector('.site-search__empty')?.textContent ?? ''),
    );
    expect(await page.locator('.site-search__panel [role=option]').count()).toBe(0);
    await page.context().close();
  });

  it('fits a 320 px screen with the results open', async () => {
    const { page } = await open('scope/', { viewport: { width: 320, height: 640 } });
    await searchFor(page, 'client');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await page.locator('.site-search__panel').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    await page.context().close();
  });
});
