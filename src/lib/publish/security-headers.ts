/**
 * The response headers the site asks static hosts to send, as `_headers` rules. The CSP
 * value comes from the build (it carries the hashes of the pages' inline code).
 */
import { CROSS_ORIGIN_PATHS } from '../glossary/urls.ts';
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
    // Other docs sites read the public glossary files from their own pages (fetch needs
    // CORS; CORP lets pages that isolate themselves load them), and nothing else.
    ...CROSS_ORIGIN_PATHS.map((path) => ({
      pattern: `${b}${path.slice(1)}`,
      headers: [
        ['Access-Control-Allow-Origin', '*'],
        ['Cross-Origin-Resource-Policy', 'cross-origin'],
      ] as [string, string][],
    })),
  ];
}
