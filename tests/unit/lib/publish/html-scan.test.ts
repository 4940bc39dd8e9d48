import { describe, expect, it } from 'vitest';
import { decodeEntities, scanTags } from '../../../../src/lib/publish/html-scan.ts';

const tags = (html: string) => [...scanTags(html)];
const names = (html: string) => tags(html).map((t) => t.name);

describe('scanTags', () => {
  it('yields start tags in document order with lower-case names and attributes', () => {
    const found = tags(
      '<!doctype html><HTML lang="en"><body><A HREF="/scope/" Class=x>Scope</A><img src=/a.png alt></body></HTML>',
    );
    expect(found.map((t) => t.name)).toEqual(['html', 'body', 'a', 'img']);
    expect(Object.fromEntries(found[2]!.attrs)).toEqual({ href: '/scope/', class: 'x' });
    expect(Object.fromEntries(found[3]!.attrs)).toEqual({ src: '/a.png', alt: '' });
  });

  it('reads values quoted either way, with ">" inside quotes, and decodes character references', () => {
    const [a] = tags(`<a title='1 > 0' href="/search/?q=a&amp;b&#61;c" data-x="&quot;hi&#x27;">x</a>`);
    expect(a!.attrs.get('title')).toBe('1 > 0');
    expect(a!.attrs.get('href')).toBe('/search/?q=a&b=c');
    expect(a!.attrs.get('data-x')).toBe('"hi\'');
  });

  it('skips comments and never reads markup inside script, style or title as tags', () => {
    const html =
      '<!-- <a href="/commented/"> --><title>a <b> title</title><script>if (a < b) x = "<a href=\'/in-script/\'>";</script>' +
      '<style>a[href="/x/"]{}</style><p id="real">';
    expect(names(html)).toEqual(['title', 'script', 'style', 'p']);
    const [, script, style] = tags(html);
    expect(script!.text).toBe('if (a < b) x = "<a href=\'/in-script/\'>";');
    expect(style!.text).toBe('a[href="/x/"]{}');
  });

  it('knows which elements a tag sits in, also after void and self-closed elements', () => {
    const found = tags(
      '<body><main><br><img src=a><svg><path d="M0"/></svg><p>x</p></main><footer><p>Updated <time datetime="2021-10-02">2 Oct</time></p></footer></body>',
    );
    const tag = (name: string) => found.find((t) => t.name === name)!;
    expect(tag('p').isWithin('main')).toBe(true);
    expect(tag('p').isWithin('svg')).toBe(false);
    expect(tag('time').isWithin('footer')).toBe(true);
    expect(tag('time').isWithin('main')).toBe(false);
  });

  it('keeps the first of two attributes with one name, as browsers do', () => {
    expect(tags('<p id="a" id="b">')[0]!.attrs.get('id')).toBe('a');
  });

  it('reads a stray or spaced "/" in a tag, fast, and tells self-closed tags from slashes in values', () => {
    const started = performance.now();
    const odd = tags(
      '<br / ><img loading="lazy" decoding="async" fetchpriority="low" data-a data-b data-c / ><input value="a" / name="q"><a href=/docs/>x</a><p id="after">',
    );
    expect(performance.now() - started).toBeLessThan(200);
    expect(odd.map((t) => t.name)).toEqual(['br', 'img', 'input', 'a', 'p']);
    expect(odd[2]!.attrs.get('name')).toBe('q');
    expect(odd[3]!.attrs.get('href')).toBe('/docs/');
    expect(odd[4]!.isWithin('a')).toBe(false);
    const svg = tags('<svg><path d="M0"/><circle r=1 /><g id="in"></g></svg>');
    expect(svg.find((t) => t.name === 'g')!.isWithin('path')).toBe(false);
    expect(svg.find((t) => t.name === 'g')!.isWithin('svg')).toBe(true);
  });

  it('gives two scans read side by side each their own position', () => {
    const a = scanTags('<a id="one"><b id="two"><i id="three">');
    const b = scanTags('<section id="s-long-id-here"><y>');
    a.next();
    b.next();
    expect([...a].map((t) => t.attrs.get('id'))).toEqual(['two', 'three']);
    expect([...b].map((t) => t.name)).toEqual(['y']);
  });
});

describe('decodeEntities', () => {
  it('decodes the named basics and numeric references and leaves unknown ones', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &#8217; &#x2019; &nbsp;&unknown;')).toBe(
      'a & b <c> ’ ’ \u00a0&unknown;',
    );
  });
});
