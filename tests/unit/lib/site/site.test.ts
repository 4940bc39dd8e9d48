import { describe, expect, it } from 'vitest';
import { parseSiteInfo, site } from '../../../../src/lib/site/site.ts';

describe('site info', () => {
  it('loads the real content/site.json', () => {
    expect(site.supportEmail).toBe('VNI-Support@visma.com');
  });
  it('names the file and the field when one is missing or wrong', () => {
    const good = { ...site };
    expect(() => parseSiteInfo({ ...good, name: '' })).toThrow(/content\/site\.json: `name` is missing/);
    expect(() => parseSiteInfo({ ...good, supportEmail: 'nobody' })).toThrow(
      /`supportEmail` "nobody" is not an e-mail/,
    );
    expect(() => parseSiteInfo(null)).toThrow(/must be a JSON object/);
  });
});
