/**
 * The `_headers` file that Netlify and Cloudflare Pages read: a path pattern on a line of
 * its own, then indented "Name: value" lines for the responses under that pattern.
 *
 *   /docs/*
 *     X-Content-Type-Options: nosniff
 *
 * `*` matches anything (slashes too) and `:name` matches one path segment. When several
 * rules match, their headers are combined; a header set twice is joined with ", ", as the
 * hosts do. Used to write the file at build and by scripts/serve.ts to apply it locally.
 */

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
  /** The 1-based line of the pattern, for error messages. */
  line: number;
}

export class HeadersFileError extends Error {}

export function parseHeadersFile(text: string, file = '_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || raw.trim().startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      const pattern = raw.trim();
      if (!pattern.startsWith('/') && !/^https?:\/\//.test(pattern)) {
        throw new HeadersFileError(
          `${file}:${line}: "${pattern}" is not a path pattern. Start it with "/", e.g. "/*".`,
        );
      }
      rules.push({ pattern, headers: [], line });
      return;
    }
    const rule = rules.at(-1);
    if (!rule)
      throw new HeadersFileError(
        `${file}:${line}: a header comes before any path. Put a path such as "/*" on the line above.`,
      );
    const colon = raw.indexOf(':');
    const name = raw.slice(0, colon).trim();
    if (colon < 0 || !/^[A-Za-z0-9-]+$/.test(name)) {
      throw new HeadersFileError(`${file}:${line}: "${raw.trim()}" is not a header. Write it as "Name: value".`);
    }
    rule.headers.push([name, raw.slice(colon + 1).trim()]);
  });
  return rules;
}

function patternToRegExp(pattern: string): RegExp {
  const path = pattern.replace(/^https?:\/\/[^/]+/, '');
  const source = path
    .split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

export function matchesPattern(pattern: string, pathname: string): boolean {
  return patternToRegExp(pattern).test(pathname);
}

/** The headers for a request path: every matching rule's headers, names in lower case. */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!matchesPattern(rule.pattern, pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = key in out ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}

export function formatHeadersFile(rules: Omit<HeaderRule, 'line'>[], comment?: string): string {
  const head = comment
    ? comment
        .split('\n')
        .map((l) => `# ${l}`.trimEnd())
        .join('\n') + '\n\n'
    : '';
  return (
    head + rules.map((r) => [r.pattern, ...r.headers.map(([n, v]) => `  ${n}: ${v}`)].join('\n')).join('\n\n') + '\n'
  );
}
