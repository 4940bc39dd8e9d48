/**
 * Removing secrets from text a developer is about to send to support. Pure functions:
 * no DOM, no storage, so the same rules run in the browser and in unit tests.
 *
 * What counts as a secret: values of secret-named keys (client_secret, password,
 * access_token, refresh_token, code, ...) in JSON, form bodies, query strings, code
 * assignments and `key: value` lines; Authorization header values; bearer tokens; JWTs;
 * credentials in URLs; and GUID-like values written right after the word "secret".
 * What is kept: Client Ids, ordinary GUIDs (correlation ids), and words that merely
 * contain a secret-like name ("codebase", "postalCode").
 */

/** The text put where a secret was. Never matched again by any rule. */
export const PLACEHOLDER = '[REMOVED]';

export type SecretKind =
  | 'client secret'
  | 'secret'
  | 'password'
  | 'access token'
  | 'refresh token'
  | 'ID token'
  | 'token'
  | 'authorization code'
  | 'API key'
  | 'private key'
  | 'cookie'
  | 'Authorization header'
  | 'bearer token'
  | 'JWT'
  | 'URL credentials';

export interface Redaction {
  text: string;
  /** One kind per secret removed, in the order found. */
  removed: SecretKind[];
}

const PLURALS: Partial<Record<SecretKind, string>> = {
  'URL credentials': 'URL credentials',
  'Authorization header': 'Authorization header values',
};

/** "1 JWT", "2 client secrets". */
export function countLabel(kind: SecretKind, n: number): string {
  return `${n} ${n === 1 ? (kind === 'Authorization header' ? 'Authorization header value' : kind) : (PLURALS[kind] ?? `${kind}s`)}`;
}

/** Lower-case a key and drop separators: "Client-Secret" and "clientSecret" -> "clientsecret". */
function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const EXACT_KEYS: Record<string, SecretKind> = {
  clientsecret: 'client secret',
  secret: 'secret',
  password: 'password',
  passwd: 'password',
  pwd: 'password',
  accesstoken: 'access token',
  refreshtoken: 'refresh token',
  idtoken: 'ID token',
  token: 'token',
  authtoken: 'token',
  bearertoken: 'bearer token',
  sessiontoken: 'token',
  apitoken: 'token',
  code: 'authorization code',
  authorizationcode: 'authorization code',
  apikey: 'API key',
  xapikey: 'API key',
  subscriptionkey: 'API key',
  ocpapimsubscriptionkey: 'API key',
  clientassertion: 'token',
  assertion: 'token',
  privatekey: 'private key',
  cookie: 'cookie',
  setcookie: 'cookie',
  authorization: 'Authorization header',
  proxyauthorization: 'Authorization header',
};

/**
 * The kind of secret a key holds, or null for an ordinary key. Keys are matched whole
 * ("postalCode" is not "code"); any key naming a secret or a password counts
 * ("x-client-secret", "userPassword").
 */
export function secretKeyKind(key: string): SecretKind | null {
  const k = normaliseKey(key);
  if (k === '') return null;
  const exact = EXACT_KEYS[k];
  if (exact) return exact;
  if (k.endsWith('clientsecret')) return 'client secret';
  if (k.includes('secret')) return 'secret';
  if (k.endsWith('password') || k.endsWith('passwd')) return 'password';
  if (k.endsWith('accesstoken')) return 'access token';
  if (k.endsWith('refreshtoken')) return 'refresh token';
  return null;
}

/**
 * `code` is also an everyday key for error codes ("code": 400, "code": "invalid_grant").
 * Outside URLs and form bodies it is only a secret when the value looks random: long
 * enough, with both letters and digits.
 */
function looksLikeCredential(value: string): boolean {
  return value.length >= 8 && /[A-Za-z]/.test(value) && /\d/.test(value) && !/\s/.test(value);
}

function isSecretValue(kind: SecretKind, value: string, inUrlOrForm: boolean): boolean {
  const v = value.trim();
  if (v === '' || v.includes(PLACEHOLDER)) return false;
  // "passwordExpired": true, "secret": null: flags, not secrets.
  if (/^["']?(true|false|null|undefined|none)["']?,?$/i.test(v)) return false;
  if (kind === 'authorization code' && !inUrlOrForm) return looksLikeCredential(v);
  return true;
}

type Rule = (text: string, removed: SecretKind[]) => string;

const GUID = String.raw`[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{8,12}`;
const JWT = /\beyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*/g;

/** https://user:pass@host -> https://[REMOVED]@host */
const urlCredentials: Rule = (text, removed) =>
  text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#@]+)@/gi, (match, scheme: string, userinfo: string) => {
    if (userinfo === PLACEHOLDER) return match;
    removed.push('URL credentials');
    return `${scheme}${PLACEHOLDER}@`;
  });

/** Authorization: Basic abc, also inside curl -H "Authorization: ..." */
const authorizationHeaders: Rule = (text, removed) =>
  text.replace(
    /\b((?:Proxy-)?Authorization)([ \t]*:[ \t]*)([^\r\n"']+)/gi,
    (match, name: string, sep: string, value: string) => {
      if (!isSecretValue('Authorization header', value, false)) return match;
      removed.push('Authorization header');
      return `${name}${sep}${PLACEHOLDER}`;
    },
  );

/** "key": "value" or "key": 12345 in JSON (single or double quotes). */
const jsonValues: Rule = (text, removed) =>
  text.replace(
    /(["'])([^"'\r\n]{1,80})\1(\s*:\s*)("(?:[^"\\\r\n]|\\.)*"|'(?:[^'\\\r\n]|\\.)*'|-?\d[\w.+-]*)/g,
    (match, quote: string, key: string, sep: string, raw: string) => {
      const kind = secretKeyKind(key);
      if (!kind) return match;
      const quoted = raw.startsWith('"') || raw.startsWith("'");
      const value = quoted ? raw.slice(1, -1) : raw;
      if (!quoted && kind === 'authorization code') return match;
      if (!isSecretValue(kind, value, false)) return match;
      removed.push(kind);
      return `${quote}${key}${quote}${sep}"${PLACEHOLDER}"`;
    },
  );

/** {\"client_secret\":\"abc\"}: JSON inside a string in code. */
const escapedJsonValues: Rule = (text, removed) =>
  text.replace(
    /\\"([^"\\\r\n]{1,80})\\"(\s*:\s*)\\"((?:[^"\\\r\n]|\\(?!"))*)\\"/g,
    (match, key: string, sep: string, value: string) => {
      const kind = secretKeyKind(key);
      if (!kind || !isSecretValue(kind, value, false)) return match;
      removed.push(kind);
      return `\\"${key}\\"${sep}\\"${PLACEHOLDER}\\"`;
    },
  );

/** <Password>x</Password> in XML and SOAP. */
const xmlValues: Rule = (text, removed) =>
  text.replace(
    /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)(\s[^>]*)?>([^<]+)<\/\1?\2>/g,
    (match, ns: string | undefined, key: string, attrs: string | undefined, value: string) => {
      const kind = secretKeyKind(key);
      if (!kind || !isSecretValue(kind, value, false)) return match;
      removed.push(kind);
      return `<${ns ?? ''}${key}${attrs ?? ''}>${PLACEHOLDER}</${ns ?? ''}${key}>`;
    },
  );

/** -----BEGIN ... PRIVATE KEY----- blocks. */
const pemKeys: Rule = (text, removed) =>
  text.replace(/-----BEGIN ([A-Z ]*PRIVATE KEY)-----[\s\S]*?-----END \1-----/g, (_m, label: string) => {
    removed.push('private key');
    return `-----BEGIN ${label}-----${PLACEHOLDER}-----END ${label}-----`;
  });

/**
 * Secrets named in prose: "Client secret: abc123", "password = x", "my access token is
 * ab12cd34". After "is"/"was" only a value that looks random counts, so "the client
 * secret is correct" is kept.
 */
const proseLabels: Rule = (text, removed) =>
  text.replace(
    /\b(client[ _-]?secret|secret|password|passwd|access[ _-]?token|refresh[ _-]?token|api[ _-]?key)([ \t]*(?:[:=]|\bis\b|\bwas\b)[ \t]*["']?)([^\s"',;)]+)/gi,
    (match, label: string, sep: string, value: string) => {
      const kind = secretKeyKind(label);
      if (!kind || !isSecretValue(kind, value, false)) return match;
      if (/\b(is|was)\b/i.test(sep) && !looksLikeCredential(value)) return match;
      // clientSecret = config["ClientSecret"] or GetPassword(): code, not a secret.
      if (/^[A-Za-z_$][\w$.]*[([]/.test(value)) return match;
      removed.push(kind);
      return `${label}${sep}${PLACEHOLDER}`;
    },
  );

/** key=value in query strings and form-encoded bodies. */
const formValues: Rule = (text, removed) =>
  text.replace(
    /(^|[?&#;\s])([A-Za-z_][\w.[\]-]*)=([^&\s#"']*)/gm,
    (match, lead: string, key: string, value: string) => {
      const kind = secretKeyKind(key);
      if (!kind || !isSecretValue(kind, decodeSafe(value), true)) return match;
      removed.push(kind);
      return `${lead}${key}=${PLACEHOLDER}`;
    },
  );

/** client_secret = "abc" or password: 'x' in code and config. */
const quotedAssignments: Rule = (text, removed) =>
  text.replace(
    /\b([A-Za-z_][\w.-]*)(\s*(?:=|:|=>)\s*)(["'`])([^"'`\r\n]*)\3/g,
    (match, key: string, sep: string, q: string, value: string) => {
      const kind = secretKeyKind(key.split('.').pop() ?? key);
      if (!kind || !isSecretValue(kind, value, false)) return match;
      removed.push(kind);
      return `${key}${sep}${q}${PLACEHOLDER}${q}`;
    },
  );

/** `client_secret: abc` lines: headers, YAML, log lines. */
const headerLines: Rule = (text, removed) =>
  text.replace(
    /^([ \t]*-?[ \t]*)([A-Za-z_][\w-]*)([ \t]*:[ \t]*)([^\r\n]+)$/gm,
    (match, lead: string, key: string, sep: string, value: string) => {
      const kind = secretKeyKind(key);
      if (!kind || !isSecretValue(kind, value, false)) return match;
      removed.push(kind);
      return `${lead}${key}${sep}${PLACEHOLDER}`;
    },
  );

/** "my client secret is 284baba4-..." : a GUID written just after the word secret. */
const guidAfterSecret: Rule = (text, removed) =>
  text.replace(
    new RegExp(String.raw`(secret[\w-]*["']?[ \t]*(?:[:=]|is|was|of)?[ \t]*["']?)(${GUID})\b`, 'gi'),
    (_m, lead: string) => {
      removed.push('client secret');
      return `${lead}${PLACEHOLDER}`;
    },
  );

const bearerTokens: Rule = (text, removed) =>
  text.replace(/\b(Bearer)(\s+)([A-Za-z0-9\-._~+/]+=*)/gi, (match, word: string, space: string, token: string) => {
    // "Bearer" alone in prose ("a bearer token") is not followed by a token-like value.
    if (token.length < 8 || !(/\d/.test(token) || token.length >= 20)) return match;
    removed.push('bearer token');
    return `${word}${space}${PLACEHOLDER}`;
  });

const jwts: Rule = (text, removed) =>
  text.replace(JWT, () => {
    removed.push('JWT');
    return PLACEHOLDER;
  });

function decodeSafe(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

/**
 * The rules, most specific first, so that one secret is counted once: an access token
 * that is also a JWT is reported as an access token.
 */
const RULES: Rule[] = [
  pemKeys,
  urlCredentials,
  authorizationHeaders,
  jsonValues,
  escapedJsonValues,
  xmlValues,
  formValues,
  quotedAssignments,
  headerLines,
  guidAfterSecret,
  proseLabels,
  bearerTokens,
  jwts,
];

/** Remove every secret from a text and list what was removed. */
export function redact(text: string): Redaction {
  const removed: SecretKind[] = [];
  let out = text;
  for (const rule of RULES) out = rule(out, removed);
  return { text: out, removed };
}

export interface FieldRemoval {
  field: string;
  kind: SecretKind;
  count: number;
}

/** Redact several labelled texts at once; removals are grouped by field and kind. */
export function redactFields<K extends string>(
  values: Record<K, string>,
  labels: Record<K, string>,
): { values: Record<K, string>; removals: FieldRemoval[] } {
  const out = {} as Record<K, string>;
  const removals: FieldRemoval[] = [];
  for (const key of Object.keys(values) as K[]) {
    const { text, removed } = redact(values[key] ?? '');
    out[key] = text;
    const counts = new Map<SecretKind, number>();
    for (const kind of removed) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    for (const [kind, count] of counts) removals.push({ field: labels[key] ?? key, kind, count });
  }
  return { values: out, removals };
}

/** "Removed: 1 client secret in Request body, 1 JWT in Response body." or "" when nothing was. */
export function describeRemovals(removals: FieldRemoval[]): string {
  if (removals.length === 0) return '';
  return `Removed: ${removals.map((r) => `${countLabel(r.kind, r.count)} in ${r.field}`).join(', ')}.`;
}
