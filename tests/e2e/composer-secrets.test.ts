/**
 * The composer on /checklist/ fed what developers really paste: the corpus of support
 * e-mails, logs, curl commands and config files (tests/unit/lib/composer/redact-corpus)
 * with credentials of every supported kind generated at test time. None of them may
 * reach "Your request", the clipboard, the mailto: link, the download or the draft in
 * localStorage; the details support needs must.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromePath, useBrowser } from '../support/browser.ts';
import { Rand, plant, secretParts } from '../support/secrets.ts';

const CORPUS = 'tests/unit/lib/composer/redact-corpus';
const file = (name: string) =>
  readFileSync(
    join(
      CORPUS,
      readdirSync(CORPUS).find((f) => f.startsWith(name))!,
    ),
    'utf8',
  );

/** Which corpus files go into which field, as a reader might paste them. */
const FIELDS: Record<string, string[]> = {
  'Response body': ['05', '04', '11'],
  'Request body': ['03', '07', '08'],
  'What have you tried?': ['02', '10'],
  'What did you expect?': ['06', '01'],
  'Does it happen outside your application?': ['09'],
};

const DETAILS = [
  'Client Id: acme_erp_integration_prod',
  'Request or correlation id: 0f8fad5b-d9cb-469f-a165-70867728950e',
  'Company or tenant: 1234567',
  'POST https://api.example.com/controller/api/v1/customer',
  'HTTP status code: 401',
  '"code": 400',
  '0150 Oslo',
  'x-request-id: 3b241101-e2bb-4255-8caf-4136c566a962',
  'AccountName=acmeerpstorage',
  'User ID=erp_app',
];

async function fillWithCorpus(page: Page, seed: number): Promise<string[]> {
  const r = new Rand(seed);
  const secrets: string[] = [];
  await page.getByLabel('Endpoint URL').fill('https://api.example.com/controller/api/v1/customer');
  await page.getByLabel('HTTP method').selectOption('POST');
  await page.getByLabel('HTTP status code').fill('401');
  await page.getByLabel('Client Id').fill('acme_erp_integration_prod');
  await page.getByLabel('Company or tenant').fill('1234567');
  await page.getByLabel('Request or correlation id').fill('0f8fad5b-d9cb-469f-a165-70867728950e');
  for (const [label, names] of Object.entries(FIELDS)) {
    const { text, planted } = plant(names.map(file).join('\n\n'), r);
    for (const p of planted) secrets.push(...secretParts(p.value), ...secretParts(p.value).map(encodeURIComponent));
    await page.getByLabel(label, { exact: true }).fill(text);
  }
  return [...new Set(secrets)];
}

describe.skipIf(!chromePath)('the composer never passes on a credential', () => {
  const siteUrl = inject('siteUrl');
  const open = useBrowser();

  it('removes every planted credential from "Your request", the clipboard, the mail link, the download and localStorage, and keeps the details', async () => {
    const { page, errors } = await open({ acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${siteUrl}checklist/`);
    const secrets = await fillWithCorpus(page, 17);
    expect(secrets.length).toBeGreaterThan(80);

    const shown = await page.getByRole('region', { name: 'Your request', exact: true }).innerText();
    await page.getByRole('button', { name: 'Copy' }).click();
    await page.waitForFunction(() => document.querySelector('#c-feedback')?.textContent !== '');
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    const href = (await page.getByRole('link', { name: 'Open in e-mail' }).getAttribute('href')) ?? '';
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download .txt' }).click(),
    ]);
    const downloaded = readFileSync((await download.path())!, 'utf8');
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));

    const outputs = {
      'Your request': shown,
      clipboard,
      'mail link': href,
      'mail link (decoded)': decodeURIComponent(href),
      download: downloaded,
      localStorage: stored,
    };
    for (const [where, out] of Object.entries(outputs)) {
      const leaked = secrets.filter((s) => out.includes(s));
      expect(leaked, `credentials in the ${where}`).toEqual([]);
    }
    for (const detail of DETAILS) {
      expect(shown, `"Your request" lost ${detail}`).toContain(detail);
      expect(downloaded, `the download lost ${detail}`).toContain(detail);
    }
    const removed = await page.locator('#c-removed').innerText();
    for (const kind of [
      'token',
      'password',
      'private key',
      'client secret',
      'access key',
      'signature',
      'URL credentials',
    ]) {
      expect(removed, `the removal summary names no ${kind}`).toContain(kind);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says what it removed by kind and removes only the secret values of a connection string', async () => {
    const { page } = await open();
    await page.goto(`${siteUrl}checklist/`);
    await page.getByLabel('Request body').fill('ClientSecret=abc;Password=xyz;Server=s');
    await page
      .getByLabel('Response body')
      .fill(`{"token": "abcdef123456"}\nAuthorization: Bearer 0a1b2c3d4e5f6a7b8c9d`);
    const text = await page.locator('#c-output').innerText();
    expect(text).toContain('ClientSecret=[REMOVED];Password=[REMOVED];Server=s');
    await expect(page.locator('#c-removed').innerText()).resolves.toBe(
      'Removed: 1 Authorization header value in Response body, 1 token in Response body, 1 client secret in Request body, 1 password in Request body.',
    );
    await page.context().close();
  });
});
