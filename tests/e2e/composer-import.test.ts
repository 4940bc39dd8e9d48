/**
 * The composer's import step, driven as a developer would: paste "Copy as cURL" output
 * from Chrome, Firefox and Postman (bash and cmd), and load a HAR file that Chromium
 * records here and now against a stub API that answers 400. Checks what is filled, that
 * no secret reaches "Your request", the e-mail link, the download or localStorage, and
 * that it all works by keyboard and is announced.
 */
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromePath, useBrowser } from '../support/browser.ts';
import { postmanCurl } from '../support/postman-curl.ts';
import { STUB, recordStubHar } from '../support/stub-api.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/import/${name}`, 'utf8');
const CURL_SECRETS = [
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9',
  'QSTOKEN9f8e7d6c5b4a',
  'CfDJ8SESSIONVALUE42',
  'a1b2c3d4e5',
  '284baba4-7a8d-4e14-2247-957812ac9ec',
];

/** Everything the composer hands on: the preview, the e-mail link, a download and storage. */
async function everythingShared(page: Page): Promise<string> {
  const output = await page.locator('#c-output').innerText();
  const mail = decodeURIComponent((await page.locator('#c-mail').getAttribute('href')) ?? '');
  const stored = await page.evaluate(() => JSON.stringify(localStorage));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download .txt' }).click(),
  ]);
  const file = readFileSync((await download.path())!, 'utf8');
  return [output, mail, stored, file].join('\n');
}

/** The import status once it says something (matching `pattern`, when the box held an earlier message). */
const statusText = (page: Page, pattern = /\S/) =>
  page
    .waitForFunction((source) => {
      const text = document.querySelector('#c-import-status')?.textContent?.trim() ?? '';
      return new RegExp(source).test(text) && text;
    }, pattern.source)
    .then((h) => h.jsonValue() as Promise<string>);

describe.skipIf(!chromePath)('the composer import step', () => {
  const siteUrl = inject('siteUrl');
  const open = useBrowser();
  let dir = '';
  let harPath = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kb-har-'));
    harPath = join(dir, 'failing-call.har');
    await recordStubHar(harPath);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads no import code until the reader pastes; a pasted Chrome command (cmd) fills the call, secrets left out and said so', async () => {
    const { page, errors } = await open({ acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] });
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto(`${siteUrl}checklist/`);
    await page.waitForLoadState('load');
    const beforePaste = scripts.length;
    await page.evaluate((text) => navigator.clipboard.writeText(text), fixture('chrome-cmd.txt'));
    const box = page.getByLabel('Paste a curl command or an HTTP request and response');
    await box.focus();
    await page.keyboard.press('Control+V');
    const message = await statusText(page);
    expect(scripts.length).toBeGreaterThan(beforePaste);
    expect(message).toMatch(
      /^Filled in Endpoint URL, HTTP method, Request body and Company or tenant from the curl command\./,
    );
    expect(message).toContain(
      'Left out: the cookies (-b), the Authorization header and the access_token value in the query string.',
    );
    expect(message).toContain('Removed: 1 client secret in Request body.');
    await expect(page.locator('#c-import-status').getAttribute('role')).resolves.toBe('status');
    await expect(page.getByLabel('Endpoint URL').inputValue()).resolves.toBe(
      'https://api.example.com/controller/api/v1/salesorder?expand=lines&access_token=[REMOVED]',
    );
    await expect(page.getByLabel('HTTP method').inputValue()).resolves.toBe('POST');
    await expect(page.getByLabel('Company or tenant').inputValue()).resolves.toBe('1234567');
    await expect(page.getByLabel('Request body').inputValue()).resolves.toContain("O'Brien & Sons – 100% paid!");
    // The pasted text, which holds the secrets, does not stay on screen.
    await expect(box.inputValue()).resolves.toBe('');
    const shared = await everythingShared(page);
    for (const secret of CURL_SECRETS) expect(shared).not.toContain(secret);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  const commands: [string, string][] = [
    ...['chrome-bash.txt', 'firefox-bash.txt', 'firefox-cmd.txt'].map((file): [string, string] => [
      file,
      fixture(file),
    ]),
    ['Postman (bash)', postmanCurl()],
    [
      'Postman (cmd)',
      postmanCurl({ lineContinuationCharacter: '^', quoteType: 'double', multiLine: true, longFormat: true }),
    ],
  ];
  for (const [name, command] of commands) {
    it(`fills the form from ${name} with the button, by keyboard`, async () => {
      const { page, errors } = await open({ acceptDownloads: true });
      await page.goto(`${siteUrl}checklist/`);
      await page.getByLabel('Paste a curl command or an HTTP request and response').fill(command);
      await page.getByRole('button', { name: 'Fill in the form from this' }).focus();
      await page.keyboard.press('Enter');
      await expect(statusText(page)).resolves.toMatch(
        /^Filled in Endpoint URL, HTTP method, Request body and Company or tenant/,
      );
      await expect(page.getByLabel('Request body').inputValue()).resolves.toContain('"client_secret": "[REMOVED]"');
      const shared = await everythingShared(page);
      for (const secret of CURL_SECRETS) expect(shared).not.toContain(secret);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('reads a HAR recorded by Chromium: lists the API calls failed first, picks by keyboard, fills status, body, time and correlation id', async () => {
    const { page, errors } = await open({ acceptDownloads: true });
    await page.goto(`${siteUrl}checklist/`);
    await page.getByLabel('HAR file').setInputFiles(harPath);
    await expect(statusText(page, /^Found/)).resolves.toMatch(
      /^Found 3 API calls in the HAR file \(of 6 requests\), 2 failed\. Pick one below/,
    );
    const calls = page.locator('#c-import-list button');
    await expect(calls.allInnerTexts()).resolves.toEqual([
      expect.stringMatching(
        /^POST 127\.0\.0\.1:\d+\/controller\/api\/v1\/salesorder – 400 Bad Request – \d\d:\d\d:\d\d$/,
      ),
      expect.stringMatching(/^GET .*\/unreachable – no response \(net::ERR_EMPTY_RESPONSE\)/),
      expect.stringMatching(/^GET .*\/customer\/10001 – 200 OK/),
    ]);
    // Focus is on the first (failed) call; Enter picks it.
    expect(await page.evaluate(() => document.activeElement?.closest('#c-import-list') !== null)).toBe(true);
    await page.keyboard.press('Enter');
    await expect(statusText(page, /^Filled in/)).resolves.toMatch(
      /^Filled in Endpoint URL, HTTP method, HTTP status code, Response body, Request body, Time of the call, Request or correlation id and Company or tenant from the HAR file\./,
    );
    await expect(page.getByLabel('HTTP status code').inputValue()).resolves.toBe('400');
    await expect(page.getByLabel('Response body').inputValue()).resolves.toBe(STUB.errorBody);
    await expect(page.getByLabel('Request or correlation id').inputValue()).resolves.toBe(STUB.correlationId);
    await expect(page.getByLabel('Company or tenant').inputValue()).resolves.toBe(STUB.company);
    await expect(page.getByLabel('Time of the call').inputValue()).resolves.toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/,
    );
    const shared = await everythingShared(page);
    expect(shared).toContain('400');
    for (const secret of [STUB.jwt, STUB.cookie, STUB.queryToken, STUB.clientSecret])
      expect(shared).not.toContain(secret);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reads a HAR file dropped on the import box, as from the desktop', async () => {
    const { page, errors } = await open();
    await page.goto(`${siteUrl}checklist/`);
    const dropped = await page.evaluateHandle(
      (text) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'dropped.har', { type: 'application/json' }));
        return transfer;
      },
      readFileSync(harPath, 'utf8'),
    );
    await page.dispatchEvent('[data-import]', 'dragover', { dataTransfer: dropped });
    await page.dispatchEvent('[data-import]', 'drop', { dataTransfer: dropped });
    await expect(statusText(page, /^Found/)).resolves.toMatch(/^Found 3 API calls in the HAR file/);
    // The browser did not open the file in place of the page.
    expect(page.url()).toMatch(/\/checklist\/$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('refuses a file over 50 MB before reading it, and says what to do', async () => {
    const { page, errors } = await open();
    await page.goto(`${siteUrl}checklist/`);
    const big = join(dir, 'whole-session.har');
    // A sparse file: 60 MB to the browser, nothing on disk.
    writeFileSync(big, '');
    truncateSync(big, 60 * 1024 * 1024);
    await page.getByLabel('HAR file').setInputFiles(big);
    await expect(statusText(page)).resolves.toMatch(
      /^This file is 60\.0 MB; the limit is 50\.0 MB\. Filter the Network panel/,
    );
    await expect(page.getByLabel('HAR file').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByLabel('Endpoint URL').inputValue()).resolves.toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('asks before replacing what the reader typed, and keeps it when told to', async () => {
    const { page } = await open();
    await page.goto(`${siteUrl}checklist/`);
    await page.getByLabel('HTTP status code', { exact: true }).fill('500');
    await page.getByLabel('HAR file').setInputFiles(harPath);
    await page.locator('#c-import-list button').first().waitFor();
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('group', {
      name: /You already wrote something else in HTTP status code\. Replace it/,
    });
    await confirm.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Replace');
    await expect(page.getByLabel('HTTP status code', { exact: true }).inputValue()).resolves.toBe('500');
    await expect(page.getByLabel('Response body').inputValue()).resolves.toBe(STUB.errorBody);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('#c-import-status')?.textContent === 'Kept what you wrote.',
    );
    await expect(page.getByLabel('HTTP status code', { exact: true }).inputValue()).resolves.toBe('500');
    await expect(confirm.isHidden()).resolves.toBe(true);
    await page.context().close();
  });

  it('says clearly what is wrong with text or a file it cannot read, and leaves the fields alone', async () => {
    const { page, errors } = await open();
    await page.goto(`${siteUrl}checklist/`);
    await page.getByLabel('Endpoint URL').fill('https://api.example.com/mine');
    const box = page.getByLabel('Paste a curl command or an HTTP request and response');
    await box.fill('My POST to /customer returns 400, please help');
    await page.getByRole('button', { name: 'Fill in the form from this' }).click();
    await expect(statusText(page)).resolves.toMatch(
      /^This is not a curl command, an HTTP request or response, or a HAR file/,
    );
    await expect(box.getAttribute('aria-invalid')).resolves.toBe('true');
    await page.getByLabel('HAR file').setInputFiles({
      name: 'broken.har',
      mimeType: 'application/json',
      buffer: Buffer.from('{"log": {"entries": ['),
    });
    await page.waitForFunction(() =>
      /not valid JSON/.test(document.querySelector('#c-import-status')?.textContent ?? ''),
    );
    await expect(page.getByLabel('HAR file').getAttribute('aria-invalid')).resolves.toBe('true');
    await page.getByLabel('HAR file').setInputFiles({
      name: 'empty.har',
      mimeType: 'application/json',
      buffer: Buffer.from('{"log": {"entries": []}}'),
    });
    await page.waitForFunction(() =>
      /holds no calls/.test(document.querySelector('#c-import-status')?.textContent ?? ''),
    );
    await expect(page.getByLabel('Endpoint URL').inputValue()).resolves.toBe('https://api.example.com/mine');
    await expect(page.getByLabel('HTTP status code').inputValue()).resolves.toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
