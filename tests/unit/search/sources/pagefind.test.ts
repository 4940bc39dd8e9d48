import { describe, expect, it } from 'vitest';
import {
  bestSubResult,
  linkAnchorId,
  mergeWordResults,
  unmarkStopWords,
  type SubResult,
} from '../../../../src/search/sources/pagefind.ts';

const sub = (title: string, scores: number[], anchor?: string): SubResult => ({
  title,
  url: `/glossary/${anchor ? `#${anchor}` : ''}`,
  excerpt: '',
  anchor: anchor ? { element: 'h3', id: anchor, location: 1 } : undefined,
  weighted_locations: scores.map((s) => ({ weight: 1, balanced_score: s })),
});

describe('mergeWordResults', () => {
  it('puts pages matching more of the words first, then the higher summed score', () => {
    const merged = mergeWordResults([
      [
        { id: 'home', score: 9 },
        { id: 'scope', score: 1 },
      ],
      [
        { id: 'scope', score: 2 },
        { id: 'channels', score: 3 },
      ],
      [{ id: 'channels', score: 1 }],
    ]);
    expect(merged.map((r) => r.id)).toEqual(['channels', 'scope', 'home']);
  });
  it('counts a page once per word even if listed twice', () => {
    const merged = mergeWordResults([
      [
        { id: 'a', score: 1 },
        { id: 'a', score: 1 },
      ],
      [{ id: 'b', score: 1 }],
    ]);
    expect(merged.map((r) => r.id)).toEqual(['a', 'b']);
  });
});

describe('bestSubResult', () => {
  it('picks the section whose matches score highest', () => {
    const best = bestSubResult([
      sub('Client', [1, 1], 'client'),
      sub('Client Id', [5, 4], 'client-id'),
      sub('Page', [2]),
    ]);
    expect(best?.title).toBe('Client Id');
  });
  it('prefers a section whose heading is exactly the search', () => {
    const best = bestSubResult([sub('Client', [1], 'client'), sub('Client Id', [5, 4, 4], 'client-id')], ['client']);
    expect(best?.title).toBe('Client');
  });
  it('ignores an exact heading without matches and returns nothing for no sections', () => {
    expect(bestSubResult([sub('Client', [], 'client'), sub('Client Id', [1], 'client-id')], ['client'])?.title).toBe(
      'Client Id',
    );
    expect(bestSubResult([])).toBeUndefined();
  });
});

describe('linkAnchorId', () => {
  const anchors = [
    { element: 'h2', id: 'letter-c', location: 10 },
    { element: 'article', id: 'client-id', location: 20 },
    { element: 'h3', id: 'client-id-title', location: 20 },
    { element: 'h2', id: 'covered', location: 40 },
  ];
  it('links a term heading to the permanent id of its entry', () => {
    expect(linkAnchorId(anchors[2]!, anchors)).toBe('client-id');
  });
  it('keeps a heading id when nothing wraps it', () => {
    expect(linkAnchorId(anchors[3]!, anchors)).toBe('covered');
  });
});

describe('unmarkStopWords', () => {
  it('leaves stop words in a Pagefind excerpt unmarked and keeps the other marks', () => {
    expect(unmarkStopWords('What <mark>is</mark> <mark>a</mark> <mark>DTO</mark>? It <mark>is</mark> an object.')).toBe(
      'What is a <mark>DTO</mark>? It is an object.',
    );
    expect(unmarkStopWords('<mark>client_id</mark> &amp; <mark>Who</mark>')).toBe('<mark>client_id</mark> &amp; Who');
  });
});
