/**
 * The request composer on /checklist/, driven as a reader would: fill the form with
 * secrets in it, read "Your request", copy, mail, download, reload and clear.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { chromePath, useBrowser } from '../support/browser.ts';

const SECRET = '284baba4-7a8d-4e14-2247-957812ac9ec';
const BEARER = 'Zm9vYmFyYmF6cXV4MTIzNDU2';
const JWT =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ2aXNtYV90ZXN0X2NsaWVudF8xMjM0In0.c2lnbmF0dXJlLXBhcnQtMTIzNDU2Nzg5MA';
const CORRELATION = '0f8fad5b-d9cb-469f-a165-70867728950e';
const SUPPORT = JSON.parse(readFileSync('content/site.json', 'utf8')).supportEmail as string;

async function fillForm(page: Page) {
  await page.getByLabel('Endpoint URL').fill('https://api.example.com/controller/api/v1/customer');
  await page.getByLabel('HTTP method').selectOption('POST');
  await page.getByLabel('HTTP status code').fill('401');
  await page.getByLabel('Response body').fill(`{"message": "Token rejected", "token": "${JWT}"}`);
  await page.getByLabel('Request body').fill(`{"client_id": "visma_test_client_1234", "client_secret": "${SECRET}"}`);
  await page.getByLabel('Client Id').fill('visma_test_client_1234');
  await page.getByLabel('Company or tenant').fill('Demo company 1');
  await page.getByLabel('Request or correlation id').fill(CORRELATION);
  await page.getByLabel('What did you expect?').fill('A new customer.');
  await page
    .getByLabel('What have you tried?')
    .fill(`curl -H "Authorization: Bearer ${BEARER}" and a fresh token ${JWT}`);
  await page.getByLabel('Does it happen outside your application?').fill('Yes, in Postman too.');
}

describe.skipIf(!chromePath)('the request composer', () => {
  const siteUrl = inject('siteUrl');
  const open = useBrowser();

  it('removes the client secret, the bearer token and the JWTs from "Your request" and says what it removed', async () => {
    const { page, errors } = await open();
    await page.goto(`${siteUrl}checklist/`);
    const request = page.getByRole('region', { name: 'Your request', exact: true });
    await expect(request.getAttribute('aria-live')).resolves.toBe('polite');
    await fillForm(page);
    const text = await request.innerText();
    for (const secret of [SECRET, BEARER, JWT, 'eyJ']) expect(text).not.toContain(secret);
    for (const kept of [
      'visma_test_client_1234',
      CORRELATION,
      'POST https://api.example.com/controller/api/v1/customer',
      '401',
      'Demo company 1',
      'Token rejected',
    ]) {
      expect(text).toContain(kept);
    }
    const removed = await page.locator('#c-removed').innerText();
    expect(removed).toBe(
      'Removed: 1 token in Response body, 1 client secret in Request body, 1 Authorization header value in What have you tried?, 1 JWT in What have you tried?.',
    );
    await expect(page.locator('#c-removed').getAttribute('role')).resolves.toBe('status');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('names the required details still missing, and clears the list when they are given', async () => {
    const { page } = await open();
    await page.goto(`${siteUrl}checklist/`);
    const missing = page.locator('#c-missing');
    await expect(missing.innerText()).resolves.toBe(
      'Still missing: Endpoint URL and HTTP method, HTTP status code and Response body.',
    );
    await page.getByLabel('Endpoint URL').fill('https://api.example.com/v1/x');
    await expect(missing.innerText()).resolves.toBe('Still missing: HTTP method, HTTP status code and Response body.');
    await page.getByLabel('HTTP method').selectOption('GET');
    await page.getByLabel('Response body').fill('{}');
    await page.getByLabel('HTTP status code').fill('40');
    await page.getByLabel('HTTP status code').blur();
    // A wrong status code is an error tied to its field and announced.
    const status = page.getByLabel('HTTP status code');
    await expect(status.getAttribute('aria-invalid')).resolves.toBe('true');
    const error = page.locator('#c-status-error');
    await expect(error.innerText()).resolves.toMatch(/"40" is not an HTTP status code/);
    await expect(error.getAttribute('aria-live')).resolves.toBe('polite');
    expect(await status.getAttribute('aria-describedby')).toContain('c-status-error');
    await status.fill('404');
    await expect(status.getAttribute('aria-invalid')).resolves.toBeNull();
    await expect(missing.innerText()).resolves.toMatch(/^The three required details are there/);
    await page.context().close();
  });

  it('pre-fills the time of the call with the current time in UTC, ISO 8601', async () => {
    const { page } = await open();
    const before = Date.now();
    await page.goto(`${siteUrl}checklist/`);
    const value = await page.getByLabel('Time of the call').inputValue();
    expect(value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(Math.abs(Date.parse(value) - before)).toBeLessThan(60_000);
    // Only looking stores nothing.
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.context().close();
  });

  it('copies the redacted request to the clipboard and confirms it to screen readers', async () => {
    const { page } = await open({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${siteUrl}checklist/`);
    await fillForm(page);
    await page.getByRole('button', { name: 'Copy' }).click();
    const feedback = page.locator('#c-feedback');
    await page.waitForFunction(() => document.querySelector('#c-feedback')?.textContent !== '');
    await expect(feedback.innerText()).resolves.toMatch(/^Copied your request/);
    await expect(feedback.getAttribute('role')).resolves.toBe('status');
    expect(await feedback.isVisible()).toBe(true);
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe(await page.locator('#c-output').innerText());
    expect(clipboard).toContain('visma_test_client_1234');
    for (const secret of [SECRET, BEARER, JWT]) expect(clipboard).not.toContain(secret);
    await page.context().close();
  });

  it('when the browser blocks the clipboard, selects the text and tells the reader how to copy it', async () => {
    const { page } = await open({ permissions: [] });
    await page.goto(`${siteUrl}checklist/`);
    await fillForm(page);
    await page.getByRole('button', { name: 'Copy' }).click();
    await page.waitForFunction(() => document.querySelector('#c-feedback')?.textContent !== '');
    await expect(page.locator('#c-feedback').innerText()).resolves.toMatch(/blocked.*selected.*Ctrl\+C/);
    const selected = await page.evaluate(() => String(window.getSelection()));
    expect(selected).toBe(await page.locator('#c-output').innerText());
    expect(selected).not.toContain(SECRET);
    await page.context().close();
  });

  it('opens an e-mail to the support address with subject and redacted body, within mail-client limits', async () => {
    const { page } = await open();
    await page.goto(`${siteUrl}checklist/`);
    await fillForm(page);
    const href = (await page.getByRole('link', { name: 'Open in e-mail' }).getAttribute('href')) ?? '';
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe(SUPPORT);
    expect(url.searchParams.get('subject')).toBe('Visma.net API: POST /controller/api/v1/customer returns HTTP 401');
    const body = url.searchParams.get('body') ?? '';
    expect(body).toBe(await page.locator('#c-output').innerText());
    for (const secret of [SECRET, BEARER, JWT]) expect(href).not.toContain(encodeURIComponent(secret));
    // A huge response body: the link stays short and says the text was shortened.
    await page.getByLabel('Response body').fill('{"line": "x"}\n'.repeat(500));
    const long = (await page.getByRole('link', { name: 'Open in e-mail' }).getAttribute('href')) ?? '';
    expect(long.length).toBeLessThanOrEqual(1800);
    expect(new URL(long).searchParams.get('body')).toMatch(/shortened to fit in an e-mail link.*Copy/);
    await expect(page.locator('#c-mail-note').innerText()).resolves.toMatch(/too long for an e-mail link/);
    await page.context().close();
  });

  it('downloads the redacted request as a .txt file', async () => {
    const { page } = await open({ acceptDownloads: true });
    await page.goto(`${siteUrl}checklist/`);
    await fillForm(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download .txt' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^api-support-request-.*\.txt$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toMatch(/^Subject: Visma\.net API: POST/);
    expect(text).toContain('visma_test_client_1234');
    for (const secret of [SECRET, BEARER, JWT]) expect(text).not.toContain(secret);
    await page.context().close();
  });

  it('keeps the draft, without secrets, across a reload, and Clear empties it', async () => {
    const { page } = await open();
    await page.goto(`${siteUrl}checklist/`);
    await fillForm(page);
    await page.reload();
    await expect(page.getByLabel('Client Id').inputValue()).resolves.toBe('visma_test_client_1234');
    await expect(page.getByLabel('HTTP method').inputValue()).resolves.toBe('POST');
    await expect(page.getByLabel('Request body').inputValue()).resolves.toBe(
      '{"client_id": "visma_test_client_1234", "client_secret": "[REMOVED]"}',
    );
    const stored = await page.evaluate(() => JSON.stringify(localStorage));
    expect(stored).toContain('visma_test_client_1234');
    for (const secret of [SECRET, BEARER, JWT]) expect(stored).not.toContain(secret);

    await page.getByRole('button', { name: 'Clear' }).click();
    for (const label of [
      'Endpoint URL',
      'HTTP status code',
      'Response body',
      'Request body',
      'Client Id',
      'What have you tried?',
    ]) {
      await expect(page.getByLabel(label).inputValue(), label).resolves.toBe('');
    }
    await expect(page.getByLabel('Time of the call').inputValue()).resolves.toMatch(/Z$/);
    await page.waitForFunction(() => document.querySelector('#c-feedback')?.textContent === 'Draft cleared.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('c-endpoint');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.reload();
    await expect(page.getByLabel('Endpoint URL').inputValue()).resolves.toBe('');
    await expect(page.locator('#c-output').innerText()).resolves.not.toContain('visma_test_client_1234');
    await page.context().close();
  });

  it('is usable by keyboard alone: Tab reaches every field and button in order', async () => {
    const { page } = await open();
    await page.goto(`${siteUrl}checklist/`);
    await page.getByLabel('Endpoint URL').focus();
    const reached: string[] = [];
    for (let i = 0; i < 20; i++) {
      reached.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          return el.id || el.textContent?.trim() || el.tagName;
        }),
      );
      await page.keyboard.press('Tab');
    }
    expect(reached.slice(0, 16)).toEqual([
      'c-endpoint',
      'c-method',
      'c-status',
      'c-responseBody',
      'c-requestBody',
      'c-time',
      'c-clientId',
      'c-company',
      'c-correlationId',
      'c-expected',
      'c-tried',
      'c-outside',
      'Copy',
      'c-mail',
      'Download .txt',
      'Clear',
    ]);
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes axe with the form filled in and an error shown, in ${colorScheme} mode`, async () => {
      const { page } = await open({ colorScheme });
      await page.goto(`${siteUrl}checklist/`);
      await fillForm(page);
      await page.getByLabel('HTTP status code').fill('4x');
      await page.getByLabel('HTTP status code').blur();
      await page.getByRole('button', { name: 'Copy' }).click();
      const violations = await axeViolations(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      await page.context().close();
    });
  }

  it('fits a 320 px screen with the form shown', async () => {
    const { page } = await open({ viewport: { width: 320, height: 640 } });
    await page.goto(`${siteUrl}checklist/`);
    await fillForm(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('without JavaScript: the checklist is complete and no dead form is shown', async () => {
    const { page } = await open({ javaScriptEnabled: false });
    await page.goto(`${siteUrl}checklist/`);
    const items = await page.locator('main ol > li').allInnerTexts();
    expect(items.length).toBe(11);
    expect(items[0]).toMatch(/endpoint URL and the HTTP method/);
    expect(await page.locator('main ol > li').first().isVisible()).toBe(true);
    for (const selector of ['form', 'input', 'textarea', 'select', 'button']) {
      const visible = await page
        .locator(`main ${selector}`)
        .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
      expect(visible, `${selector} shown without JavaScript`).toBe(0);
    }
    expect(await page.getByRole('region', { name: 'Your request', exact: true }).count()).toBe(0);
    await page.context().close();
  });
});
