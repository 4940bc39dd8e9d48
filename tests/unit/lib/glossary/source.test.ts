import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  checkGlossary,
  loadCheckedGlossary,
  loadGlossary,
  parseTermFile,
  senseGroups,
} from '../../../../src/lib/glossary/source.ts';
import type { IndexedTerm } from '../../../../src/lib/glossary/resolve.ts';

const t = (slug: string, extra: Partial<IndexedTerm> = {}): IndexedTerm => ({
  slug,
  term: slug,
  aliases: [],
  formerSlugs: [],
  related: [],
  summary: 'S.',
  file: `content/glossary/${slug}.mdx`,
  ...extra,
});

describe('parseTermFile', () => {
  it('reads the frontmatter fields the resolver needs', () => {
    const text =
      '---\nterm: Client Id\naliases: [Client ID, client_id]\nrelated: [client]\nformerSlugs: [clientid]\nsummary: The id.\nupdated: 2021-10-02\n---\n\nBody.';
    expect(parseTermFile(text, 'content/glossary/client-id.mdx')).toEqual({
      slug: 'client-id',
      term: 'Client Id',
      sense: undefined,
      aliases: ['Client ID', 'client_id'],
      formerSlugs: ['clientid'],
      related: ['client'],
      summary: 'The id.',
      file: 'content/glossary/client-id.mdx',
    });
  });
  it('uses the `slug` field over the file name', () => {
    expect(parseTermFile('---\nterm: DTO\nslug: dto\n---\n', 'content/glossary/data-transfer-object.mdx').slug).toBe(
      'dto',
    );
  });
  it('names the file when the frontmatter is missing or broken', () => {
    expect(() => parseTermFile('no frontmatter', 'content/glossary/x.mdx')).toThrow(
      /content\/glossary\/x\.mdx: the frontmatter block/,
    );
    expect(() => parseTermFile('---\nterm: [unclosed\n---\n', 'content/glossary/x.mdx')).toThrow(
      /x\.mdx:4: the frontmatter is not valid YAML: unexpected end of the stream within a flow collection$/,
    );
  });
});

describe('senseGroups', () => {
  it('groups the senses of one word under its plain slug', () => {
    const groups = senseGroups([
      t('user-a', { term: 'User', sense: 'A' }),
      t('user-b', { term: 'User', sense: 'B' }),
      t('api', { term: 'API' }),
    ]);
    expect([...groups.keys()]).toEqual(['user']);
    expect(groups.get('user')!.map((x) => x.slug)).toEqual(['user-a', 'user-b']);
  });
});

describe('checkGlossary', () => {
  it('accepts a consistent glossary', () => {
    expect(checkGlossary([t('a', { related: ['b'], formerSlugs: ['old-a'] }), t('b', { related: ['a'] })])).toEqual([]);
  });
  it('rejects a term related to itself', () => {
    expect(checkGlossary([t('a', { related: ['a'] })])[0]).toMatch(/lists the term itself/);
  });
  it('names both files when a former slug is a live slug', () => {
    const errors = checkGlossary([t('a', { formerSlugs: ['b'] }), t('b')]);
    expect(errors).toEqual([
      expect.stringMatching(
        /content\/glossary\/a\.mdx: the former slug "b" is already used by content\/glossary\/b\.mdx \(its slug\)/,
      ),
    ]);
  });
  it('names both files when two terms claim the same former slug', () => {
    const errors = checkGlossary([t('a', { formerSlugs: ['old'] }), t('b', { formerSlugs: ['old'] })]);
    expect(errors).toEqual([
      expect.stringMatching(
        /content\/glossary\/b\.mdx: the former slug "old" is already used by content\/glossary\/a\.mdx \(a former slug\)/,
      ),
    ]);
  });
  it('rejects a former slug that is the disambiguation page of a word with senses', () => {
    const errors = checkGlossary([
      t('user-a', { term: 'User', sense: 'A' }),
      t('user-b', { term: 'User', sense: 'B' }),
      t('member', { formerSlugs: ['user'] }),
    ]);
    expect(errors[0]).toMatch(/content\/glossary\/member\.mdx: "user" is also the disambiguation page of "User"/);
  });
});

describe('loadGlossary', () => {
  it('reads every term file in a folder and notices changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-glossary-'));
    try {
      writeFileSync(join(dir, 'api.mdx'), '---\nterm: API\nsummary: An API.\nformerSlugs: [json]\n---\n');
      expect(loadGlossary(dir).map((x) => x.slug)).toEqual(['api']);
      expect(loadCheckedGlossary(dir).map((x) => x.slug)).toEqual(['api']);
      vi.useFakeTimers({ toFake: ['Date'] });
      writeFileSync(join(dir, 'json.mdx'), '---\nterm: JSON\nsummary: A format.\n---\n');
      // Within a second the folder is not looked at again (a build renders many files at once)...
      expect(loadGlossary(dir).map((x) => x.slug)).toEqual(['api']);
      // ...after that, the new file is seen.
      vi.setSystemTime(Date.now() + 1500);
      expect(() => loadCheckedGlossary(dir)).toThrow(
        /api\.mdx: the former slug "json" is already used by content\/glossary\/json\.mdx/,
      );
    } finally {
      vi.useRealTimers();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('checkGlossary: one entry per slug and word', () => {
  it('names both files when two entries have the same slug', () => {
    expect(
      checkGlossary([
        t('dto', { file: 'content/glossary/dto.mdx' }),
        t('dto', { file: 'content/glossary/data-transfer-object.mdx' }),
      ]),
    ).toEqual([
      expect.stringMatching(
        /^content\/glossary\/data-transfer-object\.mdx: the slug "dto" is already used by content\/glossary\/dto\.mdx/,
      ),
    ]);
  });
  it('asks for a `sense` when the same word is defined twice without one', () => {
    const errors = checkGlossary([t('user-a', { term: 'User' }), t('user-b', { term: 'User', sense: 'B' })]);
    expect(errors).toEqual([
      expect.stringMatching(
        /user-a\.mdx: the term "User" is also defined in content\/glossary\/user-b\.mdx.*give every entry a `sense`/,
      ),
    ]);
  });
});

describe('checkGlossary: a name leads to one term', () => {
  const secret = t('client-secret', { term: 'Client Secret', aliases: ['secret', 'client_secret'] });

  it('names both files and the word when two terms claim one alias', () => {
    const errors = checkGlossary([secret, t('webhook-secret', { term: 'Webhook Secret', aliases: ['Secret'] })]);
    expect(errors).toEqual([
      expect.stringMatching(
        /^content\/glossary\/webhook-secret\.mdx: the alias "Secret" is also the alias "secret" of \[\[Client Secret\]\] in content\/glossary\/client-secret\.mdx\./,
      ),
    ]);
  });

  it('counts names as the same when they differ only in case, spacing or punctuation', () => {
    const errors = checkGlossary([secret, t('oauth', { term: 'OAuth', aliases: ['Client-Secret'] })]);
    expect(errors).toEqual([
      expect.stringMatching(/oauth\.mdx: the alias "Client-Secret" is also the name "Client Secret"/),
    ]);
  });

  it('an alias that is another term’s slug or former slug', () => {
    expect(checkGlossary([secret, t('key', { aliases: ['client-secret'] })])[0]).toMatch(
      /key\.mdx: the alias "client-secret" is also the name "Client Secret"/,
    );
    const renamed = t('client-id', { term: 'Client Id', formerSlugs: ['clientid'] });
    expect(checkGlossary([renamed, t('app-id', { term: 'App Id', aliases: ['ClientId'] })])[0]).toMatch(
      /app-id\.mdx: the alias "ClientId" is also the former slug "clientid" of \[\[Client Id\]\]/,
    );
  });

  it('lets the senses of one word share names, and a term repeat its own', () => {
    expect(
      checkGlossary([
        t('user-a', { term: 'User', sense: 'A', aliases: ['user account'] }),
        t('user-b', { term: 'User', sense: 'B', aliases: ['User Account'] }),
        t('dto', { term: 'DTO', aliases: ['dto', 'D.T.O.'] }),
      ]),
    ).toEqual([]);
  });
});
