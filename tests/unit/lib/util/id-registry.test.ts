import { describe, expect, it } from 'vitest';
import { createIdRegistry, slugFromEntry } from '../../../../src/lib/util/id-registry.ts';

describe('createIdRegistry', () => {
  it('accepts distinct slugs and the same file twice (a rebuild)', () => {
    const ids = createIdRegistry('glossary');
    expect(ids.claim('dto', 'content/glossary/dto.mdx')).toBe('dto');
    expect(ids.claim('json', 'content/glossary/json.mdx')).toBe('json');
    expect(ids.claim('dto', 'content/glossary/dto.mdx')).toBe('dto');
  });
  it('names both files when two claim one slug', () => {
    const ids = createIdRegistry('glossary');
    ids.claim('client-id', 'content/glossary/client-id.mdx');
    expect(() => ids.claim('client-id', 'content/glossary/clientid.mdx')).toThrow(
      /content\/glossary\/clientid\.mdx: the slug "client-id" is already used by content\/glossary\/client-id\.mdx/,
    );
  });
  it('rejects slugs that are not URL-safe, naming the file', () => {
    const ids = createIdRegistry('page');
    expect(() => ids.claim('Client ID', 'content/pages/Client ID.mdx')).toThrow(
      /content\/pages\/Client ID\.mdx: the slug "Client ID"/,
    );
  });
});

describe('slugFromEntry', () => {
  it('uses the slug field, else the file name', () => {
    expect(slugFromEntry('client-id.mdx', {})).toBe('client-id');
    expect(slugFromEntry('nested/dto.md', {})).toBe('dto');
    expect(slugFromEntry('x.mdx', { slug: 'y' })).toBe('y');
  });
});
