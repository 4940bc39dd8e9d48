/** "Who handles my question?" on /scope/, in Chromium: each choice shows its door, with or without JavaScript. */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { axeViolations } from '../support/axe.ts';
import { chromePath, useBrowser } from '../support/browser.ts';

const SUPPORT = JSON.parse(readFileSync('content/site.json', 'utf8')).supportEmail as string;
const routes = parse(readFileSync('content/scope-routes.yaml', 'utf8')) as Record<
  string,
  { topic: string; door: string }
>;

/** The door each kind of question must lead to (issue 6), by the reader's topic. */
const EXPECTED: [RegExp, RegExp][] = [
  [/use an API endpoint/, /^API Support\./],
  [/endpoint behaves/, /^API Support\./],
  [/JSON syntax/, /^API Support\./],
  [/bug report or a feature request/, /^API Support\./],
  [/Code examples or documentation/, /^API Support\./],
  [/Troubleshooting a problem with the API/, /^API Support\./],
  [/new API Client Id/, /^The Partner Service of your market\./],
  [/production client/, /^The Partner Service of your market\./],
  [/Financials ERP user interface/, /^Financials ERP Support of your market\..*Financials customer contacts/],
  [/Writing code .* debugging/, /^Not covered by API Support\..*Instead, isolate the API call/],
  [/software that a third party wrote/, /^Not covered by API Support\..*Instead, ask whoever wrote/],
];

describe.skipIf(!chromePath)('the scope picker', () => {
  const siteUrl = inject('siteUrl');
  const open = useBrowser();

  it('covers every kind of question from the support policy', () => {
    const topics = Object.values(routes).map((r) => r.topic);
    expect(topics).toHaveLength(EXPECTED.length);
    EXPECTED.forEach(([topic], i) => expect(topics[i]).toMatch(topic));
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`shows the right door for each choice, and only that one (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const { page, errors } = await open({ javaScriptEnabled });
      await page.goto(`${siteUrl}scope/`);
      const answers = page.locator('.router__answer');
      await expect(
        answers.evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length),
      ).resolves.toBe(0);
      for (const [topic, door] of EXPECTED) {
        await page.getByRole('radio', { name: topic }).check();
        const visible = await answers.evaluateAll((els) =>
          els
            .filter((e) => (e as HTMLElement).offsetParent !== null)
            .map((e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
        );
        expect(visible, String(topic)).toHaveLength(1);
        expect(visible[0], String(topic)).toMatch(door);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('is used with the keyboard: arrows move through the choices and the answer describes the choice', async () => {
    const { page } = await open();
    await page.goto(`${siteUrl}scope/`);
    await page.getByRole('radio', { name: /use an API endpoint/ }).focus();
    await page.keyboard.press('Space');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
    const focused = page.locator(':focus');
    await expect(focused.getAttribute('value')).resolves.toBe('new-client-id');
    expect(await focused.isChecked()).toBe(true);
    const description = await focused.evaluate(
      (el) => document.getElementById(el.getAttribute('aria-describedby')!)?.textContent ?? '',
    );
    expect(description).toMatch(/Partner Service of your market/);
    // Tab leaves the group and lands on the shown answer's link, if any, or further on.
    await page.getByRole('radio', { name: /use an API endpoint/ }).check();
    await page.getByRole('radio', { name: /use an API endpoint/ }).focus();
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus').getAttribute('href')).resolves.toBe(`mailto:${SUPPORT}`);
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes axe with an answer shown, in ${colorScheme} mode`, async () => {
      const { page } = await open({ colorScheme });
      await page.goto(`${siteUrl}scope/`);
      await page.getByRole('radio', { name: /third party wrote/ }).check();
      const violations = await axeViolations(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      await page.context().close();
    });
  }

  it('prints every answer', async () => {
    const { page } = await open();
    await page.goto(`${siteUrl}scope/`);
    await page.emulateMedia({ media: 'print' });
    const shown = await page
      .locator('.router__answer')
      .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
    expect(shown).toBe(EXPECTED.length);
    await page.context().close();
  });
});
