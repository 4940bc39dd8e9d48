import { describe, expect, it } from 'vitest';
import rehypeBaseLinks from '../../../../src/lib/markdown/rehype-base-links.ts';

const tree = () => ({
  type: 'root',
  children: [
    { type: 'element', tagName: 'a', properties: { href: '/scope/' }, children: [] },
    {
      type: 'element',
      tagName: 'p',
      properties: {},
      children: [
        { type: 'element', tagName: 'a', properties: { href: 'mailto:x@y.z' }, children: [] },
        { type: 'element', tagName: 'img', properties: { src: '/logo.svg' }, children: [] },
      ],
    },
  ],
});

describe('rehypeBaseLinks', () => {
  it('prefixes root-relative href and src, deeply', () => {
    const t = tree();
    rehypeBaseLinks({ base: '/docs/' })(t);
    expect(JSON.stringify(t)).toContain('"href":"/docs/scope/"');
    expect(JSON.stringify(t)).toContain('"src":"/docs/logo.svg"');
    expect(JSON.stringify(t)).toContain('"href":"mailto:x@y.z"');
  });
  it('changes nothing at the root base', () => {
    const t = tree();
    rehypeBaseLinks({ base: '/' })(t);
    expect(t).toEqual(tree());
  });
});
