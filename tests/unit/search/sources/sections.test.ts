import { describe, expect, it } from 'vitest';
import type { PageIndex } from '../../../../src/search/build/page-sections.ts';
import { parseQuery } from '../../../../src/search/query.ts';
import {
  excerptHtml,
  holdsEveryWord,
  prepareIndex,
  rankSections as rankWords,
  readSlips,
  textTokens,
  wordMatches,
  type PreparedIndex,
} from '../../../../src/search/sources/sections.ts';

const queryWords = (text: string) => parseQuery(text).words;
const rankSections = (index: PreparedIndex, query: string | ReturnType<typeof queryWords>) =>
  rankWords(index, typeof query === 'string' ? queryWords(query) : query);

const INDEX: PageIndex = {
  pages: [
    {
      url: '/',
      title: 'Help for developers',
      section: 'Home',
      weight: 0.2,
      sections: [
        {
          anchor: 'short',
          heading: 'The short version',
          text: 'A production client comes from the Partner Service. Bugs go to API Support by e-mail.',
        },
      ],
    },
    {
      url: '/channels/',
      title: 'Where to ask',
      section: 'Channels',
      sections: [
        {
          anchor: 'e-mail',
          heading: 'API Support by e-mail',
          text: 'Write to support for endpoint behaviour, JSON syntax, bugs and feature requests.',
        },
        {
          anchor: 'partner',
          heading: 'Partner Service',
          text: 'Get a new client id, or a production client once your test phase is over.',
        },
        {
          anchor: 'erp',
          heading: 'Financials ERP Support',
          text: 'Questions about configuring a company in the ERP user interface go here.',
        },
      ],
    },
    {
      url: '/checklist/',
      title: 'What to include when you ask for help',
      section: 'Checklist',
      sections: [
        {
          text: 'Send the endpoint, the method, the status code, the response body and the request body. Your client id, never the secret.',
        },
        { anchor: 'next', heading: 'What may happen next', text: 'Support may ask for a small test case.' },
      ],
    },
    {
      url: '/policy/',
      title: 'Support policy',
      section: 'Policy',
      sections: [
        { anchor: 'who', heading: 'Who we support', text: 'Independent software vendors whose clients use the API.' },
      ],
    },
  ],
};
const index = prepareIndex(INDEX);
const top = (query: string) => rankSections(index, query).map((h) => `${h.page.url}#${h.section.anchor ?? ''}`);

describe('readSlips', () => {
  const prepared = prepareIndex(INDEX);
  const words = (q: string) => readSlips(queryWords(q), prepared).map((w) => w.word);
  it('reads a misspelt word as the known word it most likely meant', () => {
    expect(words('prodution clinet')).toEqual(['production', 'client']);
    expect(readSlips(queryWords('prodution client'), prepared).map((q) => q.guessed ?? false)).toEqual([true, false]);
    expect(words('feture requests ')).toEqual(['feature', 'requests']);
    expect(rankSections(prepared, readSlips(queryWords('partnr service '), prepared))[0]!.section.anchor).toBe(
      'partner',
    );
  });
  it('keeps known words, words being typed that start a known word, and words too short to guess', () => {
    expect(words('production cli')).toEqual(['production', 'cli']);
    expect(words('production vend')).toEqual(['production', 'vend']); // being typed: "vendors"
    const dated = prepareIndex({
      pages: [{ url: '/changes/', title: 'Changes', section: 'Policy', sections: [{ text: 'Updated in 2021.' }] }],
    });
    expect(readSlips(queryWords('2022 update'), dated).map((q) => q.word)).toEqual(['2022', 'update']); // numbers are never slips
    expect(words('endpoints')).toEqual(['endpoints']);
    expect(words('xyz')).toEqual(['xyz']);
  });
});

describe('rankSections', () => {
  it('shows a page through its section with the most query words, not a higher-scoring one with fewer', () => {
    const index = prepareIndex({
      pages: [
        {
          url: '/a/',
          title: 'Tokens',
          section: 'A',
          sections: [
            { anchor: 'x', heading: 'Token refresh', text: 'Token refresh token refresh explained at length.' },
            { anchor: 'y', heading: 'Calls', text: 'Refresh the token before you call the endpoint.' },
          ],
        },
        {
          url: '/b/',
          title: 'Other',
          section: 'B',
          sections: [{ anchor: 'z', heading: 'Endpoints', text: 'Every endpoint and its token refresh rules.' }],
        },
      ],
    });
    const hits = rankSections(index, 'token refresh endpoint ');
    expect(hits.map((h) => `${h.page.url}#${h.section.anchor}`).sort()).toEqual(['/a/#y', '/b/#z']);
  });
  it('finds the section that answers a question, one result per page', () => {
    expect(top('who issues a production client')[0]).toBe('/channels/#partner');
    expect(top('ERP user interface configuration')[0]).toBe('/channels/#erp');
    expect(top('what to include in a request')[0]).toBe('/checklist/#');
    const pages = rankSections(index, 'client').map((h) => h.page.url);
    expect(new Set(pages).size).toBe(pages.length);
  });
  it('matches the last word as a prefix while the reader types', () => {
    expect(top('compan')[0]).toBe('/channels/#erp');
    expect(top('compan ')).toEqual([]); // a finished word is matched whole
  });
  it('folds inflections: "bug" finds "Bugs"', () => {
    expect(top('bug ')).toContain('/channels/#e-mail');
  });
  it('ranks a summary page below the pages it points to', () => {
    const ranked = top('production client');
    expect(ranked.indexOf('/#short')).toBeGreaterThan(ranked.indexOf('/channels/#partner'));
  });
  it('puts a section with more of the question’s words first, and words in headings and titles ahead', () => {
    // "support" alone is everywhere; "support policy" is the policy page's title.
    expect(top('support policy')[0]).toBe('/policy/#who');
    const hits = rankSections(index, 'partner production');
    expect(hits[0]!.matched).toBe(2);
    expect(hits.every((h, i) => i === 0 || h.score <= hits[i - 1]!.score)).toBe(true);
  });
  it('puts a section with the query’s words next to each other ahead of one with them apart', () => {
    const pages = (first: string, second: string): PageIndex => ({
      pages: [
        { url: '/a/', title: 'A', section: 'A', sections: [{ text: first }] },
        { url: '/b/', title: 'B', section: 'B', sections: [{ text: second }] },
      ],
    });
    const apart = 'The status code of the call, for example 400, and the example body.';
    const together = 'Code examples and documentation for calling endpoints, with more words.';
    expect(rankSections(prepareIndex(pages(apart, together)), 'code example').map((h) => h.page.url)).toEqual([
      '/b/',
      '/a/',
    ]);
    expect(rankSections(prepareIndex(pages(together, apart)), 'code example').map((h) => h.page.url)).toEqual([
      '/a/',
      '/b/',
    ]);
  });
  it('leaves sections with much fewer of the question’s words than the best to the full search', () => {
    expect(top('client secret')).toEqual(['/checklist/#']);
    expect(rankSections(index, 'secret kubernetes').map((h) => h.matched)).toEqual([1]);
    // Two of three words is close enough to the best to show, below it.
    const hits = rankSections(index, 'phase production partner');
    expect(hits.map((h) => [h.page.url, h.matched])).toEqual([
      ['/channels/', 3],
      ['/', 2],
    ]);
    expect(rankSections(index, 'production client partner service support').every((h) => h.matched >= 4)).toBe(true);
  });
  it('meets a hyphenated word written together or apart: "email" finds "e-mail"', () => {
    expect(textTokens('e-mail')).toEqual(['email', 'mail']);
    expect(textTokens('third-party')).toEqual(['thirdparty', 'third', 'party']);
    expect(textTokens('client_id')).toEqual(['client_id']);
    expect(top('support email')[0]).toBe('/channels/#e-mail');
    expect(top('support e-mail ')[0]).toBe('/channels/#e-mail');
    const pages: PageIndex = {
      pages: [{ url: '/a/', title: 'A', section: 'A', sections: [{ text: 'We do not debug third-party software.' }] }],
    };
    expect(rankSections(prepareIndex(pages), 'third party software').map((h) => h.matched)).toEqual([3]);
  });
  it('puts a section whose heading is all about the query ahead of one whose heading says more', () => {
    const pages: PageIndex = {
      pages: [
        {
          url: '/scope/',
          title: 'Scope',
          section: 'Scope',
          sections: [
            { anchor: 'elsewhere', heading: 'Covered elsewhere', text: 'Endpoint questions.' },
            { anchor: 'covered', heading: 'Covered', text: 'Endpoint questions here.' },
          ],
        },
      ],
    };
    expect(rankSections(prepareIndex(pages), 'covered endpoint').map((h) => h.section.anchor)).toEqual(['covered']);
  });
  it('does not take a negated heading ("Not covered") for an answer unless the query negates too', () => {
    const pages: PageIndex = {
      pages: [
        {
          url: '/a/',
          title: 'A',
          section: 'A',
          sections: [{ anchor: 'not', heading: 'Not covered', text: 'Questions about writing code.' }],
        },
        {
          url: '/b/',
          title: 'B',
          section: 'B',
          sections: [
            { anchor: 'yes', heading: 'What we support', text: 'Your question is covered if it is about an endpoint.' },
          ],
        },
      ],
    };
    const prepared = prepareIndex(pages);
    expect(rankSections(prepared, 'question covered').map((h) => h.page.url)).toEqual(['/b/', '/a/']);
    expect(rankSections(prepared, 'not covered').map((h) => h.page.url)[0]).toBe('/a/');
  });
  it('says when a section’s heading or its page’s title names every word of the query', () => {
    const named = (q: string) =>
      rankSections(index, q).map((h) => `${h.page.url}#${h.section.anchor ?? ''} ${h.headingHoldsQuery}`);
    expect(named('financials erp support')[0]).toBe('/channels/#erp true');
    expect(named('partner service ')[0]).toBe('/channels/#partner true');
    expect(named('production client')[0]).toBe('/channels/#partner false');
  });
  it('finds what the pages call by another name: "information" finds "details"', () => {
    const pages: PageIndex = {
      pages: [
        { url: '/a/', title: 'A', section: 'A', sections: [{ text: 'Send these details with your first message.' }] },
        { url: '/b/', title: 'B', section: 'B', sections: [{ text: 'Send it.' }] },
      ],
    };
    expect(rankSections(prepareIndex(pages), 'what information should I send').map((h) => h.page.url)).toEqual(['/a/']);
    expect(excerptHtml('Send these details.', queryWords('info '))).toBe('Send these <mark>details</mark>.');
  });
  it('finds nothing for words the pages do not hold', () => {
    expect(rankSections(index, 'kubernetes')).toEqual([]);
  });
});

describe('excerptHtml', () => {
  const plan = (q: string) => queryWords(q);
  it('marks the matched words, not stop words, and escapes the text', () => {
    expect(excerptHtml('Is a <b> client & "its" id', plan('is a client id '))).toBe(
      'Is a &#60;b&#62; <mark>client</mark> &#38; &#34;its&#34; <mark>id</mark>',
    );
  });
  it('shows about 22 words around the densest matches, with … where text is cut', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    words[60] = 'production';
    words[62] = 'client';
    const html = excerptHtml(words.join(' '), plan('production client '));
    expect(html.startsWith('… ')).toBe(true);
    expect(html.endsWith(' …')).toBe(true);
    expect(html.replace(/<\/?mark>|… | …/g, '').split(' ')).toHaveLength(22);
    expect(html).toContain('<mark>production</mark> w61 <mark>client</mark>');
    // Centred: some words before the first match.
    expect(html.indexOf('<mark>')).toBeGreaterThan(20);
  });
  it('marks inflected forms and the word being typed', () => {
    expect(excerptHtml('Issued clients', plan('issue cli'))).toBe('<mark>Issued</mark> <mark>clients</mark>');
  });
  it('marks a hyphenated word that the query names run together', () => {
    expect(excerptHtml('Write an e-mail to support', plan('email '))).toBe('Write an <mark>e-mail</mark> to support');
  });
  it('gives a short text whole', () => {
    expect(excerptHtml('Ask the community.', plan('forum '))).toBe('Ask the community.');
  });
});

describe('wordMatches', () => {
  it('never matches a stop word', () => {
    expect(wordMatches('is', { word: 'is', stem: 'is', prefix: true, slips: 0 })).toBe(false);
  });
});

describe('holdsEveryWord', () => {
  it('says whether a text holds every word of the query, in the forms ranking accepts', () => {
    const text = 'The API sends the authorization code back to the client by e-mail.';
    expect(holdsEveryWord(text, queryWords('authorization codes'))).toBe(true);
    expect(holdsEveryWord(text, queryWords('what is the email authoriz'))).toBe(true);
    expect(holdsEveryWord(text, queryWords('authorization production'))).toBe(false);
    expect(holdsEveryWord(text, queryWords('the'))).toBe(false);
  });
});
