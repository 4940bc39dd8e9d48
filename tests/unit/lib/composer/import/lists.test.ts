/** The header lists of content/import-headers.yaml: the file as shipped, and the errors authors see. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HEADER_NAME, headerLists } from '../../../../../src/lib/composer/import/lists.ts';

const entries = (data: Record<string, { headers: string[] }>) =>
  Object.entries(data).map(([id, d]) => ({ id, data: d }));

describe('headerLists', () => {
  it('reads the lists as shipped in content/', () => {
    const shipped = parse(readFileSync('content/import-headers.yaml', 'utf8')) as Record<string, { headers: string[] }>;
    const lists = headerLists(entries(shipped));
    expect(lists.correlationId).toContain('x-correlation-id');
    expect(lists.correlationId).toContain('traceparent');
    expect(lists.company.length).toBeGreaterThan(0);
    for (const name of [...lists.correlationId, ...lists.company, ...lists.secret]) expect(name).toMatch(HEADER_NAME);
  });

  it('names the file and the fix for a missing list, an unknown list, or a header that is always dropped', () => {
    expect(() => headerLists(entries({ 'correlation-id': { headers: ['x-request-id'] } }))).toThrow(
      'content/import-headers.yaml: the list `company` is missing or empty.',
    );
    expect(() => headerLists(entries({ compnay: { headers: ['x'] } }))).toThrow(
      /unknown list `compnay`.*check the spelling/,
    );
    expect(() =>
      headerLists(
        entries({ 'correlation-id': { headers: ['x-request-id'] }, company: { headers: ['x-tenant-token'] } }),
      ),
    ).toThrow(/`x-tenant-token` in `company` is a header the import drops as a credential/);
  });
});
