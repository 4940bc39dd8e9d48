import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../../../src/lib/util/edit-distance.ts';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('client', 'clinet')).toBe(1); // two letters swapped: one slip
    expect(editDistance('recieve', 'receive')).toBe(1);
    expect(editDistance('ca', 'abc')).toBe(3); // optimal string alignment: a swapped pair is not edited again
  });
});

describe('closest', () => {
  it('suggests a near slug, not a far one', () => {
    expect(closest('client-ids', ['client-id', 'dto'])).toBe('client-id');
    expect(closest('zebra', ['client-id', 'dto'])).toBeUndefined();
  });
});
