import { describe, expect, it } from 'vitest';
import {
  describeFailure,
  resolveTerm,
  senseLabel,
  suggestTerms,
  type IndexedTerm,
  type Resolution,
} from '../../../../src/lib/glossary/resolve.ts';

const term = (slug: string, t: string, extra: Partial<IndexedTerm> = {}): IndexedTerm => ({
  slug,
  term: t,
  aliases: [],
  formerSlugs: [],
  related: [],
  summary: `${t} summary.`,
  file: `content/glossary/${slug}.mdx`,
  ...extra,
});

const index: IndexedTerm[] = [
  term('client-id', 'Client Id', { aliases: ['Client ID', 'client_id'], formerSlugs: ['clientid'] }),
  term('client-secret', 'Client Secret', { aliases: ['secret'] }),
  term('client', 'Client'),
  term('user-financials-erp', 'User', { sense: 'Financials ERP', aliases: ['ERP user'] }),
  term('user-visma-net-integrations', 'User', { sense: 'Visma.net Integrations' }),
  term('http-status-code', 'HTTP Status Code', { aliases: ['status code'] }),
  term('eclair', 'Éclair'),
];

const found = (r: Resolution) => (r.kind === 'found' ? r.term.slug : `(${r.kind})`);

describe('resolveTerm', () => {
  it('finds a term by its slug', () => {
    expect(found(resolveTerm('client-secret', index))).toBe('client-secret');
  });
  it('finds a term by a slug it had before', () => {
    expect(found(resolveTerm('clientid', index))).toBe('client-id');
  });
  it('finds a term by its name, ignoring case and extra spaces', () => {
    expect(found(resolveTerm('client id', index))).toBe('client-id');
    expect(found(resolveTerm('  HTTP   status code ', index))).toBe('http-status-code');
    expect(found(resolveTerm('eclair', index))).toBe('eclair');
  });
  it('finds a term by an alias', () => {
    expect(found(resolveTerm('status code', index))).toBe('http-status-code');
    expect(found(resolveTerm('CLIENT_ID', index))).toBe('client-id');
    expect(found(resolveTerm('Secret', index))).toBe('client-secret');
  });
  it('treats hyphens and spaces alike in names', () => {
    expect(found(resolveTerm('Client-Secret', index))).toBe('client-secret');
    expect(found(resolveTerm('http status-code', index))).toBe('http-status-code');
  });
  it('picks a sense with "term (sense)" or the slug', () => {
    expect(found(resolveTerm('User (Financials ERP)', index))).toBe('user-financials-erp');
    expect(found(resolveTerm('user (visma.net integrations)', index))).toBe('user-visma-net-integrations');
    expect(found(resolveTerm('user-visma-net-integrations', index))).toBe('user-visma-net-integrations');
    expect(found(resolveTerm('ERP user', index))).toBe('user-financials-erp');
  });
  it('calls a word with several senses ambiguous and lists every sense', () => {
    const r = resolveTerm('User', index);
    expect(r.kind).toBe('ambiguous');
    if (r.kind !== 'ambiguous') return;
    expect(r.candidates.map((t) => t.slug).sort()).toEqual(['user-financials-erp', 'user-visma-net-integrations']);
    expect(describeFailure('User', r)).toMatch(
      /\[\[User \(Financials ERP\)\]\].*\[\[User \(Visma\.net Integrations\)\]\]/,
    );
  });
  it('calls an unknown term unknown, with the closest terms as suggestions', () => {
    const r = resolveTerm('Clinet Id', index);
    expect(r.kind).toBe('unknown');
    if (r.kind !== 'unknown') return;
    expect(r.suggestions[0]?.slug).toBe('client-id');
    expect(describeFailure('Clinet Id', r)).toMatch(
      /no glossary term "Clinet Id".*Did you mean \[\[Client Id\]\] \(client-id\)/,
    );
  });
  it('does not suggest terms that are nothing alike', () => {
    const r = resolveTerm('Invoice', index);
    expect(r).toEqual({ kind: 'unknown', suggestions: [] });
    if (r.kind === 'unknown') expect(describeFailure('Invoice', r)).toMatch(/Check the spelling, or add the term/);
  });
  it('an empty reference is unknown', () => {
    expect(resolveTerm('  ', index).kind).toBe('unknown');
  });
});

describe('suggestTerms', () => {
  it('ranks by closeness and caps the list', () => {
    expect(suggestTerms('Client Secrit', index).map((t) => t.slug)[0]).toBe('client-secret');
    expect(suggestTerms('clint', index, 2)).toHaveLength(2);
  });
  it('suggests a term whose name contains the reference', () => {
    expect(suggestTerms('status', index).map((t) => t.slug)).toContain('http-status-code');
  });
  it('suggests every sense of a misspelt word with senses', () => {
    expect(
      suggestTerms('Usr', index)
        .map((t) => t.slug)
        .sort(),
    ).toEqual(['user-financials-erp', 'user-visma-net-integrations']);
  });
});

describe('senseLabel', () => {
  it('labels senses in brackets', () => {
    expect(senseLabel({ term: 'User', sense: 'Financials ERP' })).toBe('User (Financials ERP)');
    expect(senseLabel({ term: 'DTO' })).toBe('DTO');
  });
});
