import { createHash } from 'node:crypto';
import type { ScannedTag } from './html-scan.ts';
/**
 * The site's Content Security Policy. Astro writes a per-page policy into a <meta> tag
 * (with hashes of that page's inline scripts and styles); the `_headers` file carries one
 * policy for the whole site: the same directives, the union of every page's hashes, and
 * the directives a <meta> policy cannot carry (frame-ancestors).
 */

/** Directives shared by the meta tag and the header. script-src and style-src are Astro's. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self' mailto:",
  "img-src 'self' data:",
  "connect-src 'self'",
] as const;

/** Script sources besides Astro's hashes. 'wasm-unsafe-eval' lets search run its WebAssembly; no 'unsafe-inline', no 'unsafe-eval'. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
export const STYLE_SOURCES = ["'self'"] as const;

/** Directives that only work in a response header, not in a <meta> policy. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

export type Policy = Map<string, string[]>;

/** Parse "a 'self'; b x y" into directive -> sources, keeping order. Later duplicates are ignored, as browsers do. */
export function parseCsp(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!policy.has(key)) policy.set(key, sources);
  }
  return policy;
}

export function formatCsp(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy that allows what each of the given page policies allows: the union of the
 * sources of each directive. Used to build the site-wide header from the per-page metas,
 * which all share the same directives and differ only in their hashes.
 */
export function unionPolicies(policies: Policy[]): Policy {
  const out: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) {
      const merged = out.get(name) ?? [];
      for (const s of sources) if (!merged.includes(s)) merged.push(s);
      out.set(name, merged);
    }
  }
  return out;
}

/** The header policy: the union of the pages' policies plus the header-only directives. */
export function headerPolicy(pagePolicies: string[]): string {
  const union = unionPolicies([...pagePolicies.map(parseCsp), parseCsp(CSP_DIRECTIVES.join('; '))]);
  for (const [name, sources] of parseCsp(HEADER_ONLY_DIRECTIVES.join('; '))) union.set(name, sources);
  return formatCsp(union);
}

/** The hash of an inline script or style, as Astro's `scriptDirective.hashes` take it: "sha256-...". */
export function sha256Hash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The CSP source that allows exactly this inline script or style: "'sha256-...'". */
export function sha256Source(text: string): string {
  return `'${sha256Hash(text)}'`;
}

/**
 * Would this policy let this inline <script> (or <style>) run? Looks at the -elem directive
 * first, then the plain one, then default-src, as browsers do.
 */
export function allowsInline(policy: Policy, kind: 'script' | 'style', text: string): boolean {
  const sources = policy.get(`${kind}-src-elem`) ?? policy.get(`${kind}-src`) ?? policy.get('default-src');
  if (!sources) return true;
  const hashed = sources.some((s) => /^'(sha256|sha384|sha512)-/.test(s));
  if (sources.includes("'unsafe-inline'") && !hashed) return true;
  return sources.includes(sha256Source(text));
}

/**
 * Inline event handlers (`onclick=`) and style attributes on a page's tags: the CSP blocks
 * both. It reads the attributes the tag scanner found (src/lib/publish/html-scan.ts), so
 * text that only mentions one, even inside another attribute's value (a summary about
 * `<img onerror=...>` in a meta description), is not mistaken for markup.
 */
export function blockedAttributes(tags: Iterable<ScannedTag>): { tag: string; attr: string }[] {
  const found: { tag: string; attr: string }[] = [];
  for (const tag of tags) {
    for (const name of tag.attrs.keys()) {
      if (name.startsWith('on') || name === 'style') found.push({ tag: tag.name, attr: name });
    }
  }
  return found;
}
