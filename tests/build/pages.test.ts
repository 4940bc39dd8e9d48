import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, html, INLINE_BOOTSTRAP } from '../support/dist.ts';

/** The pages the site must publish, with the title and description their MDX gives. */
function frontmatter(file: string): Record<string, string> {
  const text = readFileSync(file, 'utf8');
  const block = text.split('---')[1] ?? '';
  return Object.fromEntries(
    block
      .split('\n')
      .map((line) => line.match(/^(\w+):\s*(.*)$/))
      .filter((m): m is RegExpMatchArray => m !== null)
      .map((m) => [m[1], m[2]]),
  );
}

const PAGES: Record<string, string> = {
  index: 'index.html',
  policy: 'policy/index.html',
  scope: 'scope/index.html',
  channels: 'channels/index.html',
  checklist: 'checklist/index.html',
  glossary: 'glossary/index.html',
  changes: 'changes/index.html',
  '404': '404.html',
  search: 'search/index.html',
  'link-our-terms': 'link-our-terms/index.html',
};

beforeAll(assertBuilt);

describe('every page is built from its MDX', () => {
  for (const [id, file] of Object.entries(PAGES)) {
    it(`${file} has the title, description and one h1 from content/pages/${id}.mdx`, () => {
      const fm = frontmatter(`content/pages/${id}.mdx`);
      const doc = html(file);
      expect(doc.querySelectorAll('h1').map((h) => h.text.trim())).toEqual([fm.title]);
      expect(doc.querySelector('title')?.text).toContain(id === 'index' ? 'Visma.net API Support' : fm.title);
      expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(fm.description);
      expect(doc.querySelector('html')?.getAttribute('lang')).toBe('en');
    });
  }

  it('every content page is listed above: no page is left unchecked', () => {
    const ids = readdirSync('content/pages').map((f) => f.replace(/\.mdx$/, ''));
    expect(ids.sort()).toEqual(Object.keys(PAGES).sort());
  });
});

describe('page structure', () => {
  for (const file of Object.values(PAGES)) {
    it(`${file} has a skip link to main, landmarks and a footer date`, () => {
      const doc = html(file);
      const first = doc.querySelector('body a');
      expect(first?.getAttribute('href')).toBe('#main');
      expect(doc.querySelector('main#main')).not.toBeNull();
      expect(doc.querySelector('header nav[aria-label="Main"]')).not.toBeNull();
      expect(doc.querySelector('footer time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });
  }

  it('marks the current page in the navigation', () => {
    const current = html('scope/index.html').querySelectorAll('nav[aria-label="Main"] a[aria-current="page"]');
    expect(current.map((a) => a.getAttribute('href'))).toEqual(['/scope/']);
  });

  it('ships no client JavaScript file on content pages (only the inline bootstraps of search, term previews and the theme)', () => {
    for (const file of ['index.html', 'policy/index.html', 'channels/index.html', 'glossary/index.html']) {
      const scripts = html(file)
        .querySelectorAll('script')
        .filter((s) => s.getAttribute('type') !== 'application/ld+json')
        .filter((s) => !(!s.hasAttribute('src') && INLINE_BOOTSTRAP.test(s.innerHTML)));
      expect(
        scripts.map((s) => s.outerHTML.slice(0, 80)),
        file,
      ).toEqual([]);
    }
  });

  it('keeps the spaces between footer text and links', () => {
    const footer = html('index.html').querySelector('footer')!.text.replace(/\s+/g, ' ');
    expect(footer).toContain('Questions about the API: VNI-Support@visma.com.');
  });

  it('the channels page gives the support address as a mailto link', () => {
    const links = html('channels/index.html').querySelectorAll('main a[href^="mailto:"]');
    expect(links.map((a) => a.getAttribute('href'))).toContain('mailto:VNI-Support@visma.com');
  });

  it('the checklist is an ordered list that starts with the three items the policy names', () => {
    const doc = html('checklist/index.html');
    // Term previews are hidden popovers, not part of the text a reader sees.
    for (const tip of doc.querySelectorAll('.term-tip')) tip.remove();
    const items = doc.querySelectorAll('main ol > li').map((li) => li.text);
    expect(items.length).toBeGreaterThanOrEqual(10);
    expect(items[0]).toMatch(/endpoint URL and the HTTP method/i);
    expect(items[1]).toMatch(/HTTP status code/i);
    expect(items[2]).toMatch(/response body/i);
  });

  it('the scope page has the covered, referred and not covered sections', () => {
    const ids = html('scope/index.html')
      .querySelectorAll('main h2')
      .map((h) => h.getAttribute('id'));
    expect(ids).toEqual(expect.arrayContaining(['covered', 'referred-elsewhere', 'not-covered']));
  });

  it('the 404 page links to the glossary and home', () => {
    const hrefs = html('404.html')
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['/glossary/', '/']));
  });
});
