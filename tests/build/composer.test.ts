/**
 * The composer on /checklist/ and the scope picker on /scope/, as built: what a reader
 * without JavaScript gets, and which pages load the composer's script.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assertBuilt, distFiles, html, readDist } from '../support/dist.ts';

const site = JSON.parse(readFileSync('content/site.json', 'utf8')) as { supportEmail: string };
const routes = parse(readFileSync('content/scope-routes.yaml', 'utf8')) as Record<
  string,
  { topic: string; door: string; note?: string }
>;
const doors = parse(readFileSync('content/scope-doors.yaml', 'utf8')) as Record<
  string,
  { name: string; email?: string }
>;

beforeAll(assertBuilt);

describe('the composer on /checklist/', () => {
  /** External script files a page loads (the site rule allows a tiny inline bootstrap elsewhere). */
  const scriptSrcs = (file: string) =>
    html(file)
      .querySelectorAll('script[src]')
      .map((s) => s.getAttribute('src')!);

  it('is rendered hidden, so that without JavaScript there is no dead form', () => {
    const section = html('checklist/index.html').querySelector('[data-composer]');
    expect(section).not.toBeNull();
    expect(section?.hasAttribute('hidden')).toBe(true);
    expect(section?.querySelector('form')).not.toBeNull();
  });

  it('labels every field with the names readers look for', () => {
    const doc = html('checklist/index.html');
    const controls = doc.querySelectorAll('[data-composer] input, [data-composer] textarea, [data-composer] select');
    const labels = controls.map((c) => doc.querySelector(`label[for="${c.id}"]`)?.text.trim());
    expect(labels).toEqual([
      'Paste a curl command or an HTTP request and response',
      'HAR file',
      'Endpoint URL',
      'HTTP method',
      'HTTP status code',
      'Response body',
      'Request body',
      'Time of the call',
      'Client Id',
      'Company or tenant',
      'Request or correlation id',
      'What did you expect?',
      'What have you tried?',
      'Does it happen outside your application?',
    ]);
  });

  it('mails the support address from content/site.json', () => {
    const href = html('checklist/index.html').querySelector('#c-mail')?.getAttribute('href');
    expect(href).toBe(`mailto:${site.supportEmail}`);
    expect(html('checklist/index.html').querySelector('[data-composer]')?.getAttribute('data-support-email')).toBe(
      site.supportEmail,
    );
  });

  it('loads its one script file on /checklist/ only', () => {
    const scripts = scriptSrcs('checklist/index.html');
    expect(scripts).toHaveLength(1);
    const [src] = scripts;
    expect(src).toMatch(/\/_astro\/.*\.js$/);
    const others = distFiles('.html').filter((f) => f !== 'checklist/index.html');
    expect(others.length).toBeGreaterThanOrEqual(6);
    for (const file of others) expect(readDist(file), file).not.toContain(src!);
    // The scope picker works without any script file.
    expect(scriptSrcs('scope/index.html')).toEqual([]);
  });

  it('stays within the page budget: HTML+CSS under 14 KB gzip, at most 3 requests', () => {
    const page = readDist('checklist/index.html');
    const htmlGzip = gzipSync(page).length;
    const script = scriptSrcs('checklist/index.html')[0]!.replace(/^\//, '');
    const jsGzip = gzipSync(readDist(script)).length;
    const requests = 1 + (page.match(/<(script|link)[^>]+(src|href)="\/_astro\//g) ?? []).length;
    console.info(`checklist: ${htmlGzip} B gzip HTML+CSS, composer JS ${jsGzip} B gzip, ${requests} requests`);
    expect(htmlGzip).toBeLessThan(14 * 1024);
    expect(requests).toBeLessThanOrEqual(3);
    expect(jsGzip).toBeLessThan(8 * 1024);
  });
});

describe('the scope picker on /scope/', () => {
  it('offers every choice of content/scope-routes.yaml, in file order, as a labelled radio', () => {
    const doc = html('scope/index.html');
    const radios = doc.querySelectorAll('.router input[type="radio"]');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(Object.keys(routes));
    expect(radios.map((r) => doc.querySelector(`label[for="${r.id}"]`)?.text.trim())).toEqual(
      Object.values(routes).map((r) => r.topic),
    );
    expect(new Set(radios.map((r) => r.getAttribute('name'))).size).toBe(1);
    expect(doc.querySelector('.router legend')?.text).toMatch(/what your question is about/i);
  });

  it('describes each choice by its door, so the answer is there without JavaScript', () => {
    const doc = html('scope/index.html');
    for (const [id, route] of Object.entries(routes)) {
      const radio = doc.querySelector(`#topic-${id}`);
      const answer = doc.querySelector(`#${radio?.getAttribute('aria-describedby')}`);
      expect(answer?.text, id).toContain(doors[route.door]!.name);
      if (route.note) expect(answer?.text.replace(/\s+/g, ' '), id).toContain(route.note.replace(/\s+/g, ' '));
    }
  });

  it('gives the support address from content/site.json for covered questions', () => {
    expect(doors['api-support']?.email).toBe(site.supportEmail);
    const answer = html('scope/index.html').querySelector('#door-use-endpoint');
    expect(answer?.querySelector('a[href^="mailto:"]')?.getAttribute('href')).toBe(`mailto:${site.supportEmail}`);
  });

  it('keeps the readable covered, referred and not covered sections below it', () => {
    const doc = html('scope/index.html');
    const h2 = doc.querySelectorAll('main h2').map((h) => h.id);
    expect(h2).toEqual(['who-handles-my-question', 'covered', 'referred-elsewhere', 'not-covered']);
    expect(doc.querySelector('main table')).not.toBeNull();
  });
});
