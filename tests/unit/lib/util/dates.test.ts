import { describe, expect, it } from 'vitest';
import { humanDate, isoDate, latest } from '../../../../src/lib/util/dates.ts';

describe('dates', () => {
  const d = new Date('2021-10-02T00:00:00Z');
  it('formats for readers and machines', () => {
    expect(humanDate(d)).toBe('2 October 2021');
    expect(isoDate(d)).toBe('2021-10-02');
  });
  it('finds the latest date', () => {
    expect(isoDate(latest([d, new Date('2022-01-05'), new Date('2020-01-01')]))).toBe('2022-01-05');
    expect(() => latest([])).toThrow(/at least one/);
  });
});
