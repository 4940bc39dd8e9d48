import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import {
  buildTermShards,
  contentWords,
  slipShardKeys,
  coversQuery,
  foldName,
  foldWord,
  matchTerms,
  mergeFirst,
  mergeResults,
  mergeTiers,
  nameStarts,
  normaliseName,
  queryForms,
  shardKey,
  shardKeysFor,
  termNames,
  type TermSource,
} from '../../../src/search/term-index.ts';
import { syntheticTerms } from '../../../scripts/bench/synthetic-terms.ts';
import { parseTermFile } from '../../../src/lib/glossary/source.ts';

const page = (slug: string) => `/glossary/${slug}/`;
const TERMS: TermSource[] = [
  { slug: 'client', term: 'Client', aliases: ['API client', 'app'], summary: 'One integration.' },
  {
    slug: 'client-id',
    term: 'Client Id',
    aliases: ['Client ID', 'client_id', 'clientid', 'client identifier'],
    summary: 'The id <of> a client.',
  },
  { slug: 'client-secret', term: 'Client Secret', aliases: ['secret'], summary: 'Never share it.' },
  { slug: 'user-erp', term: 'User', sense: 'ERP', aliases: ['ERP user'], summary: 'A person in the ERP.' },
  { slug: 'user-vni', term: 'User', sense: 'Visma.net Integrations', aliases: [], summary: 'A login.' },
  { slug: 'émission', term: 'Émission', aliases: ['2FA'], summary: 'Other scripts.' },
];
const shards = buildTermShards(TERMS, page);
const match = (q: string, limit?: number) => matchTerms([...shards.values()], q, limit).map((m) => m.entry.slug);

describe('term names', () => {
  it('normalises case and punctuation so typed forms meet', () => {
    expect(normaliseName('  Client_ID ')).toBe('client id');
    expect(normaliseName('Visma.net  (ERP)')).toBe('visma net erp');
    expect(normaliseName('ＤＴＯ')).toBe('dto');
  });
  it('gives each term its name, "name (sense)" and aliases, once each', () => {
    expect(termNames(TERMS[1]!)).toEqual(['client id', 'clientid', 'client identifier']);
    expect(termNames(TERMS[3]!)).toEqual(['user', 'user erp', 'erp user']);
  });
  it('keys a shard by the first character, with one shard for other scripts', () => {
    expect(shardKey('client id')).toBe('c');
    expect(shardKey('2fa')).toBe('2');
    expect(shardKey('émission')).toBe('_');
  });
});

describe('buildTermShards', () => {
  it('puts every name in the shard of its first character, with what a result shows', () => {
    expect([...shards.keys()]).toEqual(['2', '_', 'a', 'c', 'e', 's', 'u']);
    const c = shards.get('c')!;
    expect(c.terms.map((t) => t.slug)).toEqual(['client', 'client-id', 'client-secret']);
    expect(c.terms[1]).toEqual({
      slug: 'client-id',
      label: 'Client Id',
      summary: 'The id <of> a client.',
      url: '/glossary/client-id/',
      names: ['client id', 'clientid', 'client identifier'],
    });
    expect(shards.get('s')!.terms.map((t) => [t.slug, t.names])).toEqual([['client-secret', ['secret']]]);
    expect(shards.get('e')!.terms.map((t) => [t.slug, t.sense])).toEqual([['user-erp', 'ERP']]);
  });

  it('holds every name of every term exactly once across shards', () => {
    const all = [...shards.values()].flatMap((s) => s.terms.flatMap((t) => t.names.map((n) => `${t.slug}:${n}`)));
    expect(all.sort()).toEqual(TERMS.flatMap((t) => termNames(t).map((n) => `${t.slug}:${n}`)).sort());
  });

  it('keeps each shard small at 10,000 terms (one of 26 letters each)', () => {
    const big = syntheticTerms(10_000).map((t) => parseTermFile(t.text, t.file));
    const sizes = [...buildTermShards(big, page).values()].map((s) => gzipSync(JSON.stringify(s)).length);
    expect(sizes.length).toBe(26);
    expect(Math.max(...sizes)).toBeLessThan(40_000);
  });
});

describe('matchTerms', () => {
  it('puts a term named exactly what was typed before terms whose name starts with it', () => {
    expect(match('client')).toEqual(['client', 'client-id', 'client-secret']);
    expect(match('Client ID')).toEqual(['client-id']);
    expect(match('client_id')).toEqual(['client-id']);
    expect(match('clie')).toEqual(['client', 'client-id', 'client-secret']);
  });
  it('finds a term through a slip of the keyboard, only when no name matched as typed', () => {
    expect(match('clinet secret')).toEqual(['client-secret']);
    expect(match('clent id')).toEqual(['client-id']);
    expect(match('secrte')).toEqual(['client-secret']);
    expect(matchTerms([...shards.values()], 'clinet id').map((m) => m.rank)).toEqual([3]);
    expect(match('clientz')).toEqual(['client']);
    expect(match('cleint')).toEqual(['client']);
    expect(match('usr')).toEqual([]); // too short to guess
    expect(match('clinet code')).toEqual([]); // every word must be close, not the whole: "code" is not "id"
    expect(match('client sedret')).toEqual(['client-secret']);
    expect(match('client')).toEqual(['client', 'client-id', 'client-secret']); // named: no guessing
  });
  it('looks for a slip in the first letters in the shard of the second letter', () => {
    expect(slipShardKeys('lcient id')).toEqual(['c']);
    expect(slipShardKeys('xclient')).toEqual(['c']);
    expect(slipShardKeys('client')).toEqual(['l']);
    expect(slipShardKeys('dto')).toEqual([]); // too short to guess
    // With that shard loaded too, the swapped name is found.
    const only = (key: string) => shards.get(key) ?? { terms: [] };
    expect(matchTerms([only('l')], 'lcient id').map((m) => m.entry.slug)).toEqual([]);
    expect(matchTerms([only('l'), only('c')], 'lcient id').map((m) => m.entry.slug)).toEqual(['client-id']);
  });
  it('finds a term by an alias, and a sense by "name (sense)"', () => {
    expect(match('secret')).toEqual(['client-secret']);
    expect(match('user (erp)')).toEqual(['user-erp']);
    expect(match('user')).toEqual(['user-erp', 'user-vni']);
    expect(match('2fa')).toEqual(['émission']);
  });
  it('drops filler words from a question', () => {
    expect(queryForms('What is a client secret?')).toEqual(['what is a client secret', 'client secret']);
    expect(shardKeysFor('What is a client secret?')).toEqual(['w', 'c']);
    expect(match('What is a client secret?')).toEqual(['client-secret']);
  });
  it('finds nothing for words inside a name or a question about something else', () => {
    expect(match('id')).toEqual([]);
    expect(match('production client')).toEqual([]);
    expect(match('   ')).toEqual([]);
  });
  it('gives the same order whatever the limit', () => {
    expect(match('c', 2)).toEqual(match('c').slice(0, 2));
    expect(match('client secret lost', 1)).toEqual(match('client secret lost').slice(0, 1));
  });
  it('meets plurals of a name', () => {
    expect(match('client ids')).toEqual(['client-id']);
    expect(match('Users')).toEqual(['user-erp', 'user-vni']);
    expect(match('secrets')).toEqual(['client-secret']);
    expect(match('What are client secrets?')).toEqual(['client-secret']);
  });
  it('finds a term named inside a longer query when its name covers more than half of the content words', () => {
    expect(match('client secret lost')).toEqual(['client-secret']);
    expect(match('lost client_id')).toEqual(['client-id']);
    expect(match('I lost my client secret')).toEqual(['client-secret']);
    expect(match('erp user locked')).toEqual(['user-erp']);
    // Half or less: a question about something else that mentions a term.
    expect(match('who issues a production client')).toEqual([]);
    expect(match('client lost')).toEqual([]);
    expect(match('erp user interface question')).toEqual([]);
    // The words must stand together, in the name's order.
    expect(match('secret client lost')).toEqual([]);
  });
  it('ranks a term named inside the query after equal and prefix matches, longer names first', () => {
    const more: TermSource[] = [
      ...TERMS,
      { slug: 'client-secret-lost', term: 'Client secret lost', aliases: [], summary: 'What to do.' },
      { slug: 'secret-lost', term: 'Secret lost', aliases: [], summary: 'Also.' },
    ];
    const all = [...buildTermShards(more, page).values()];
    const found = matchTerms(all, 'client secret lost');
    expect(found.map((m) => [m.entry.slug, m.rank])).toEqual([
      ['client-secret-lost', 0],
      ['client-secret', 2],
      ['secret-lost', 2],
    ]);
    expect(matchTerms(all, 'client secret').map((m) => [m.entry.slug, m.rank])).toEqual([
      ['client-secret', 0],
      ['client-secret-lost', 1],
    ]);
  });
});

describe('names inside a query', () => {
  it('folds plurals on both sides, keeping double s and short words', () => {
    expect(['ids', 'isvs', 'codes', 'queries', 'access', 'is', 'status'].map(foldWord)).toEqual([
      'id',
      'isv',
      'code',
      'query',
      'access',
      'is',
      'statu',
    ]);
    expect(foldName('status codes')).toBe(foldName('status code'));
  });
  it('counts a name only when it covers more than half of the content words', () => {
    expect(contentWords('Who issues a production client?')).toEqual(['issues', 'production', 'client']);
    expect(coversQuery(1, 3)).toBe(false);
    expect(coversQuery(2, 3)).toBe(true);
    expect(coversQuery(1, 2)).toBe(false);
    expect(coversQuery(2, 4)).toBe(false);
  });
  it('fetches the shards of the words a covering name could start with, and no others', () => {
    expect(nameStarts(['client', 'secret', 'lost'])).toEqual(['client', 'secret']);
    expect(nameStarts(['a', 'b', 'c', 'd'])).toEqual(['a', 'b']);
    expect(nameStarts(['a', 'b', 'c', 'd', 'e'])).toEqual(['a', 'b', 'c']);
    expect(shardKeysFor('status code 401')).toEqual(['s', 'c']);
    expect(shardKeysFor('lost client_id')).toEqual(['l', 'c']);
    expect(shardKeysFor('I lost my client secret')).toEqual(['i', 'l', 'c']);
  });
});

describe('mergeResults', () => {
  it('keeps term results first and drops later results for the same page', () => {
    const path = (h: string) => h.replace(/[?#].*$/, '');
    expect(mergeResults(['/g/a/?h=x'], ['/g/a/?h=x#t', '/scope/#s', '/g/'], path)).toEqual([
      '/g/a/?h=x',
      '/scope/#s',
      '/g/',
    ]);
    expect(mergeResults(['/a/'], ['/b/', '/c/'], path, 2)).toEqual(['/a/', '/b/']);
  });
});

/** A result as the tiers are merged: its link, and what the merge looks at. */
type R = { href: string; share?: number; inside?: boolean; named?: boolean; guessed?: boolean };

describe('mergeTiers', () => {
  const path = (h: { href: string }) => h.href.replace(/[?#].*$/, '');
  const hrefs = (hits: { href: string }[]) => hits.map((h) => h.href);
  const term = { href: '/glossary/a/' };
  const sure = { href: '/scope/#covered' };
  const most = { href: '/channels/#partner', share: 2 / 3 };
  const weak = { href: '/checklist/', share: 0.5 };
  const full: R[] = [{ href: '/glossary/b/#t' }, { href: '/policy/', share: 0.5 }, { href: '/glossary/c/' }];
  it('puts the full search’s results holding every word as typed before a result found through a guessed word', () => {
    const guessed = { href: '/channels/#partner', guessed: true };
    expect(hrefs(mergeTiers<R>([guessed], full, path))).toEqual([
      '/glossary/b/#t',
      '/glossary/c/',
      '/channels/#partner',
      '/policy/',
    ]);
    expect(hrefs(mergeTiers<R>([guessed], [], path))).toEqual(['/channels/#partner']);
  });
  it('puts the full search’s results holding every word before the first result holding half of them or less', () => {
    expect(hrefs(mergeTiers<R>([term, sure, weak], full, path))).toEqual([
      '/glossary/a/',
      '/scope/#covered',
      '/glossary/b/#t',
      '/glossary/c/',
      '/checklist/',
      '/policy/',
    ]);
    expect(hrefs(mergeTiers<R>([term, weak], full, path, 2))).toEqual(['/glossary/a/', '/glossary/b/#t']);
    expect(hrefs(mergeTiers<R>([weak, sure], full, path))).toEqual([
      '/glossary/b/#t',
      '/glossary/c/',
      '/checklist/',
      '/scope/#covered',
      '/policy/',
    ]);
  });
  it('keeps the tiers in order while the first results hold more than half of the words, and each page once', () => {
    expect(hrefs(mergeTiers<R>([most, weak], full, path))).toEqual([
      '/channels/#partner',
      '/glossary/b/#t',
      '/glossary/c/',
      '/checklist/',
      '/policy/',
    ]);
    expect(hrefs(mergeTiers<R>([term, sure], [{ href: '/glossary/a/#x' }, { href: '/b/' }], path))).toEqual([
      '/glossary/a/',
      '/scope/#covered',
      '/b/',
    ]);
  });
});

describe('mergeFirst', () => {
  const path = (h: { href: string }) => h.href.replace(/[?#].*$/, '');
  const hrefs = (hits: { href: string }[]) => hits.map((h) => h.href);
  const exact = { href: '/glossary/erp/' };
  const inside = { href: '/glossary/financials-erp/', inside: true };
  const named = { href: '/channels/#erp-support', named: true };
  const other = { href: '/scope/#referred', share: 0.5 };
  const whole = { href: '/channels/#erp-support-text' };
  it('puts a section whose heading names the whole query before a term named inside it, never before a term named by it', () => {
    expect(hrefs(mergeFirst<R>([inside], [other, named], path))).toEqual([
      '/channels/#erp-support',
      '/glossary/financials-erp/',
      '/scope/#referred',
    ]);
    expect(hrefs(mergeFirst<R>([exact, inside], [other, named], path))).toEqual([
      '/glossary/erp/',
      '/channels/#erp-support',
      '/glossary/financials-erp/',
      '/scope/#referred',
    ]);
  });
  it('keeps terms first when no heading names the query', () => {
    expect(hrefs(mergeFirst<R>([inside], [other], path))).toEqual(['/glossary/financials-erp/', '/scope/#referred']);
    expect(hrefs(mergeFirst<R>([inside], [other, named], path, 1))).toEqual(['/channels/#erp-support']);
  });
  it('puts a section named by the query first also when no term is named inside it', () => {
    expect(hrefs(mergeFirst<R>([], [other, named], path))).toEqual(['/channels/#erp-support', '/scope/#referred']);
    expect(hrefs(mergeFirst<R>([exact], [other, named], path))).toEqual([
      '/glossary/erp/',
      '/channels/#erp-support',
      '/scope/#referred',
    ]);
  });
  it('keeps a term guessed from a slip only when the pages do not know the typed words either', () => {
    const guessedTerm = { href: '/glossary/client-secret/', guessed: true };
    const guessedPage = { href: '/checklist/', guessed: true };
    expect(hrefs(mergeFirst<R>([guessedTerm], [guessedPage], path))).toEqual([
      '/glossary/client-secret/',
      '/checklist/',
    ]);
    expect(hrefs(mergeFirst<R>([guessedTerm], [], path))).toEqual(['/glossary/client-secret/']);
    expect(hrefs(mergeFirst<R>([guessedTerm], [whole], path))).toEqual(['/channels/#erp-support-text']);
  });
  it('puts a section that holds every word of the query before a term named inside it', () => {
    expect(hrefs(mergeFirst<R>([exact, inside], [other, whole], path))).toEqual([
      '/glossary/erp/',
      '/channels/#erp-support-text',
      '/glossary/financials-erp/',
      '/scope/#referred',
    ]);
  });
});
