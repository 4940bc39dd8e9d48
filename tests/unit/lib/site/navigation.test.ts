import { describe, expect, it } from 'vitest';
import { buildNav } from '../../../../src/lib/site/navigation.ts';

const page = (id: string, order: number, extra: Partial<{ navLabel: string; hidden: boolean }> = {}) => ({
  id,
  data: { title: `Title of ${id}`, order, hidden: false, ...extra },
});

describe('buildNav', () => {
  const pages = [
    page('scope', 2, { navLabel: 'Scope' }),
    page('index', 0),
    page('policy', 1),
    page('404', 99, { hidden: true }),
  ];
  it('lists visible pages except home, in order, with labels', () => {
    expect(buildNav(pages, '/').map((i) => [i.label, i.path])).toEqual([
      ['Title of policy', '/policy/'],
      ['Scope', '/scope/'],
    ]);
  });
  it('marks the current page only', () => {
    expect(
      buildNav(pages, '/scope/')
        .filter((i) => i.current)
        .map((i) => i.path),
    ).toEqual(['/scope/']);
    expect(buildNav(pages, '/').some((i) => i.current)).toBe(false);
  });
});
