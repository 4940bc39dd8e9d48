import { describe, expect, it } from 'vitest';
import { stem } from '../../../src/search/stem.ts';

/** Every word in a group must reach the same stem, and the groups must stay apart. */
const same = (...words: string[]) => new Set(words.map(stem));

describe('stem', () => {
  it('folds plurals, -ed and -ing onto one stem', () => {
    expect(same('issue', 'issues', 'issued', 'issuing').size).toBe(1);
    expect(same('client', 'clients').size).toBe(1);
    expect(same('request', 'requests', 'requested', 'requesting').size).toBe(1);
    expect(same('query', 'queries').size).toBe(1);
    expect(same('reply', 'replies', 'replied').size).toBe(1);
    expect(same('need', 'needs', 'needed').size).toBe(1);
    expect(same('include', 'includes', 'included', 'including').size).toBe(1);
  });
  it('undoes a doubled consonant, but not ll or ss', () => {
    expect(same('stop', 'stopped', 'stopping').size).toBe(1);
    expect(same('set', 'setting', 'settings').size).toBe(1);
    expect(stem('called')).toBe('call');
    expect(stem('passed')).toBe('pass');
  });
  it('folds nouns of action onto their verb', () => {
    expect(same('configure', 'configured', 'configuring', 'configuration', 'configurations').size).toBe(1);
    expect(same('integrate', 'integrated', 'integrating', 'integration', 'integrations').size).toBe(1);
    expect(same('create', 'created', 'creation').size).toBe(1);
    expect(same('update', 'updated', 'updates').size).toBe(1);
  });
  it('folds British and American spellings together', () => {
    expect(same('behaviour', 'behavior', 'behaviours').size).toBe(1);
    expect(same('authorise', 'authorize', 'authorised', 'authorisation', 'authorization').size).toBe(1);
    expect(same('organisation', 'organization', 'organisations').size).toBe(1);
    expect(stem('hours')).toBe(stem('hour'));
    expect(stem('raise')).toBe('rais');
  });
  it('leaves words that only look inflected', () => {
    expect(stem('status')).toBe('status');
    expect(stem('access')).toBe('access');
    expect(stem('basis')).toBe('basis');
    expect(stem('string')).toBe('string');
    expect(stem('speed')).toBe('speed');
  });
  it('keeps different words apart', () => {
    expect(stem('user')).not.toBe(stem('use'));
    expect(stem('production')).not.toBe(stem('product'));
    expect(stem('secret')).not.toBe(stem('second'));
  });
  it('keeps short words, numbers and API names as they are', () => {
    for (const w of ['id', 'api', 'dto', 'was', '401', 'client_id', 'redirect-uri', 'visma.net', 'oauth2'])
      expect(stem(w)).toBe(w);
  });
});
