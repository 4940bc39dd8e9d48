/**
 * The response headers the site asks static hosts to send, as `_headers` rules. The CSP
 * value comes from the build (it carries the hashes of the pages' inline code).
 */
import type { HeaderRule } from './headers-file.ts';
import { normaliseBase } from '../util/urls.ts';

export function securityHeaderRules(base: string, csp: string): Omit<HeaderRule, 'line'>[] {
  const b = normaliseBase(base);
  return [
    {
      pattern: `${b}*`,
      headers: [
        ['Content-Security-Policy', csp],
        ['X-Content-Type-Options', 'nosniff'],
        ['X-Frame-Options', 'DENY'],
        ['Referrer-Policy', 'strict-origin-when-cross-origin'],
        ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
        ['Strict-Transport-Security', 'max-age=31536000'],
        ['Cross-Origin-Opener-Policy', 'same-origin'],
      ],
    },
    {
      // Astro's bundled files have content hashes in their names: they never change.
      pattern: `${b}_astro/*`,
      headers: [['Cache-Control', 'public, max-age=31536000, immutable']],
    },
  ];
}
