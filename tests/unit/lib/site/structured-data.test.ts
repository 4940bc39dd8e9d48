import { describe, expect, it } from 'vitest';
import { breadcrumbTrail } from '../../../../src/lib/site/breadcrumbs.ts';
import { parseSiteInfo } from '../../../../src/lib/site/site.ts';
import { breadcrumbList, jsonLd, siteGraph } from '../../../../src/lib/site/structured-data.ts';

const labels = new Map([
  ['/', 'Home'],
  ['/glossary/', 'Glossary'],
]);
const toUrl = (path: string) => `https://x.org/docs${path}`;

describe('breadcrumbTrail', () => {
  it('home alone for the home page', () => {
    expect(breadcrumbTrail('/', 'Welcome', labels)).toEqual([{ name: 'Home', path: '/' }]);
  });
  it('home then the page for a top-level page', () => {
    expect(breadcrumbTrail('/scope/', 'Scope', labels)).toEqual([
      { name: 'Home', path: '/' },
      { name: 'Scope', path: '/scope/' },
    ]);
  });
  it('takes section labels from known pages, and makes one up from the path otherwise', () => {
    expect(breadcrumbTrail('/glossary/client-id/', 'Client Id', labels).map((c) => c.name)).toEqual([
      'Home',
      'Glossary',
      'Client Id',
    ]);
    expect(breadcrumbTrail('/release-notes/2021/', 'Notes 2021', labels).map((c) => c.name)).toEqual([
      'Home',
      'Release notes',
      'Notes 2021',
    ]);
  });
});

describe('JSON-LD', () => {
  const site = parseSiteInfo({
    name: 'Site',
    shortName: 'S',
    team: 'The Team',
    product: 'API',
    supportEmail: 'help@x.org',
    policyUpdated: '2021-10-02',
    description: 'What the site is for.',
  });

  it('describes the WebSite and the Organization that publishes it', () => {
    const [website, org] = siteGraph(site, toUrl);
    expect(website).toMatchObject({
      '@type': 'WebSite',
      url: 'https://x.org/docs/',
      name: 'Site',
      publisher: { '@id': org!['@id'] },
    });
    expect(org).toMatchObject({
      '@type': 'Organization',
      name: 'The Team',
      email: 'help@x.org',
      url: 'https://x.org/docs/',
    });
  });

  it('numbers breadcrumb items from 1 with absolute URLs', () => {
    const list = breadcrumbList(breadcrumbTrail('/scope/', 'Scope', labels), toUrl);
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x.org/docs/' },
      { '@type': 'ListItem', position: 2, name: 'Scope', item: 'https://x.org/docs/scope/' },
    ]);
  });

  it('is JSON that cannot close its <script> element early', () => {
    const text = jsonLd([{ '@type': 'Thing', name: '</script><script>alert(1)</script>' }]);
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)['@graph'][0].name).toBe('</script><script>alert(1)</script>');
  });
});
