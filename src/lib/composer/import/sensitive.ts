/**
 * What an import drops before anything else sees it: headers that carry credentials, user
 * names and passwords in URLs, and token-like query parameters. The parsers call these so
 * that a secret is never part of the call they return; the composer's redaction then runs
 * over whatever text is left (bodies, URLs), as it does for typed text.
 */
import type { Header } from './call.ts';

/**
 * Header names that always carry a credential. Others are caught by the pattern below;
 * authors add more in content/import-headers.yaml (`secret`).
 */
const SECRET_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'cookie2',
  'set-cookie',
  'set-cookie2',
  'x-api-key',
  'api-key',
  'apikey',
  'ocp-apim-subscription-key',
  'x-functions-key',
  'x-amz-security-token',
  'x-goog-api-key',
]);

/** Names that say "credential" in any of the usual spellings: x-auth-token, X-Client-Secret, x-csrf-token. */
const SECRET_NAME =
  /(^|[-_.])(auth|token|secret|passw|pwd|api[-_]?key|apikey|access[-_]?key|session|signature|credential|subscription[-_]?key)/i;

/** Headers that name an auth scheme without carrying a credential: kept, they help support. */
const KEPT = new Set(['www-authenticate', 'proxy-authenticate', 'authentication-info']);

export function isSecretHeader(name: string, extra: readonly string[] = []): boolean {
  const n = name.trim().toLowerCase();
  if (KEPT.has(n)) return false;
  return SECRET_HEADERS.has(n) || SECRET_NAME.test(n) || extra.some((e) => e.toLowerCase() === n);
}

/** HTTP/2 tools write header names in lower case; the report uses the spelling readers know. */
const CANONICAL: Record<string, string> = {
  authorization: 'Authorization',
  'proxy-authorization': 'Proxy-Authorization',
  cookie: 'Cookie',
  'set-cookie': 'Set-Cookie',
};

/** Headers without the secret ones; each dropped name is added to `dropped` as "the X header". */
export function dropSecretHeaders(headers: Header[], dropped: string[], extra: readonly string[] = []): Header[] {
  const kept: Header[] = [];
  for (const header of headers) {
    if (isSecretHeader(header[0], extra)) dropped.push(`the ${CANONICAL[header[0].toLowerCase()] ?? header[0]} header`);
    else kept.push(header);
  }
  return kept;
}

/** Query parameter names whose values are credentials (matched whole, any case, `-`/`_` ignored). */
const SECRET_PARAMS = new Set([
  'accesstoken',
  'token',
  'idtoken',
  'refreshtoken',
  'authtoken',
  'apikey',
  'key',
  'code',
  'clientsecret',
  'secret',
  'password',
  'pwd',
  'sig',
  'signature',
  'subscriptionkey',
  'sessionid',
  'xamzsecuritytoken',
  'xamzsignature',
  'xamzcredential',
  'assertion',
  'clientassertion',
]);

function isSecretParam(name: string): boolean {
  const n = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  return SECRET_PARAMS.has(n) || n.endsWith('token') || n.endsWith('secret') || n.endsWith('password');
}

/** What replaces a removed value; the same text the composer's redaction writes. */
export const REMOVED = '[REMOVED]';

/**
 * The URL without user name and password, and with the values of token-like query
 * parameters replaced by [REMOVED] (the name stays: support sees the parameter was sent).
 * Text that is not an absolute URL is returned as is, apart from the userinfo rule.
 */
export function cleanUrl(url: string, dropped: string[]): string {
  let out = url.trim();
  const userinfo = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#@\s]*)@/i.exec(out);
  if (userinfo && userinfo[2]) {
    dropped.push(userinfo[2].includes(':') ? 'the user name and password in the URL' : 'the user name in the URL');
    out = userinfo[1] + out.slice(userinfo[0].length);
  }
  const q = out.indexOf('?');
  if (q === -1) return out;
  const hash = out.indexOf('#', q);
  const query = out.slice(q + 1, hash === -1 ? undefined : hash);
  const params = query.split('&').map((pair) => {
    const eq = pair.indexOf('=');
    const name = eq === -1 ? pair : pair.slice(0, eq);
    let decoded = name;
    try {
      decoded = decodeURIComponent(name.replace(/\+/g, ' '));
    } catch {
      /* a broken escape: judge the name as written */
    }
    if (eq === -1 || !isSecretParam(decoded) || pair.slice(eq + 1) === '') return pair;
    dropped.push(`the ${decoded} value in the query string`);
    return `${name}=${REMOVED}`;
  });
  return `${out.slice(0, q + 1)}${params.join('&')}${hash === -1 ? '' : out.slice(hash)}`;
}
