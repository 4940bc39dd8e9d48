import { describe, expect, it } from 'vitest';
import { findReferencesInMarkdown, findTermReferences, lineColumn } from '../../../../src/lib/glossary/references.ts';

describe('findTermReferences', () => {
  it('finds [[Term]] and [[Term|text]] with their offsets', () => {
    const text = 'Send your [[Client Id]], never the [[client-secret|secret]].';
    expect(findTermReferences(text)).toEqual([
      { raw: '[[Client Id]]', target: 'Client Id', label: undefined, index: 10 },
      { raw: '[[client-secret|secret]]', target: 'client-secret', label: 'secret', index: 35 },
    ]);
  });
  it('reads a reference that wraps onto the next line', () => {
    expect(findTermReferences('the [[User (Financials\nERP)|user of the\nERP]] here')[0]).toMatchObject({
      target: 'User (Financials ERP)',
      label: 'user of the ERP',
    });
  });
  it('ignores single brackets and ordinary links', () => {
    expect(findTermReferences('[a link](/x/) and [b] and [[]x]')).toEqual([]);
  });
  it('an empty link text falls back to the term', () => {
    expect(findTermReferences('[[API|]]')[0]!.label).toBeUndefined();
  });
});

describe('findReferencesInMarkdown', () => {
  it('skips inline code and fenced code blocks', () => {
    const md = 'Use [[API]] but not `[[JSON]]`.\n\n```\n[[DTO]]\n```\n\nAnd [[DTO|dtos]].';
    expect(findReferencesInMarkdown(md).map((r) => r.raw)).toEqual(['[[API]]', '[[DTO|dtos]]']);
  });
});

describe('lineColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
  });
});
