import { describe, expect, it } from 'vitest';
import { THEME_BOOT_SCRIPT } from '../../../../src/lib/site/theme.ts';

/** Run the boot script against a stand-in for the page: what does <html data-theme> become? */
function themeAfterHeadScript(getItem: (key: string) => string | null): string | undefined {
  const documentElement = { dataset: {} as Record<string, string> };
  new Function('localStorage', 'document', THEME_BOOT_SCRIPT)({ getItem }, { documentElement });
  return documentElement.dataset['theme'];
}

describe('the theme boot script', () => {
  it('applies a stored light or dark choice', () => {
    expect(themeAfterHeadScript((key) => (key === 'theme' ? 'dark' : null))).toBe('dark');
    expect(themeAfterHeadScript((key) => (key === 'theme' ? 'light' : null))).toBe('light');
  });

  it('follows the system without a choice, with an unknown value, or when storage is blocked', () => {
    expect(themeAfterHeadScript(() => null)).toBe('auto');
    expect(themeAfterHeadScript(() => 'sepia')).toBe('auto');
    expect(
      themeAfterHeadScript(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      }),
    ).toBe('auto');
  });
});
