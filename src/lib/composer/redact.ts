/**
 * Removing secrets from text a developer is about to send to support. Pure functions:
 * no DOM, no storage, so the same rules run in the browser and in unit tests.
 *
 * A secret is found by its key (client_secret, password, passord, AccountKey, sig, ...)
 * in JSON, PHP arrays, XML, form bodies, query strings, connection strings, code,
 * `key: value` and `.env` lines and command-line flags; by the words around it in prose
 * ("the password is X", a label on the line before the value); and by its shape alone:
 * provider tokens with a known prefix, AWS key ids and the secret next to them, JWTs,
 * bearer tokens, PEM private keys and credentials in URLs. Only the secret value goes:
 * the key, the rest of the line and ordinary details (Client Id, correlation ids,
 * company numbers, status codes, `"code": 400`, postal codes) stay.
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
  | 'access key'
  | 'signature'
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
  return key.toLowerCase().replace(/[^a-z0-9\u00df-\u024f]/g, '');
}

const EXACT_KEYS: Record<string, SecretKind> = {
  secret: 'secret',
  pwd: 'password',
  pass: 'password',
  idtoken: 'ID token',
  bearertoken: 'bearer token',
  code: 'authorization code',
  authorizationcode: 'authorization code',
  xapikey: 'API key',
  subscriptionkey: 'API key',
  ocpapimsubscriptionkey: 'API key',
  accountkey: 'access key',
  clientassertion: 'token',
  assertion: 'token',
  sig: 'signature',
  cookie: 'cookie',
  setcookie: 'cookie',
  authorization: 'Authorization header',
  proxyauthorization: 'Authorization header',
};

/** Password in the languages of the markets served, then secret, as key endings. */
const PASSWORD_WORDS = 'pass(?:wor[dt]|wd|ord)|lösenord|adgangskode|kodeord|salasana|wachtwoord|kennwort';
const SECRET_WORDS = 'secret|hemmelighe[dt]|hemlighet|salaisuus|geheim';
const PASSWORD_KEY = new RegExp(`(${PASSWORD_WORDS})$`);
/** A fragment every secret key has; most keys have none and are ruled out at once. */
const SECRETISH_WORDS =
  'pas|pwd|ord|wort|kode|sana|secret|heml|hemm|salai|geheim|token|key|code|sig|cookie|auth|assert';
const SECRETISH = new RegExp(SECRETISH_WORDS, 'i');
const SECRET_KEY = new RegExp(SECRET_WORDS);

/**
 * The kind of secret a key holds, or null for an ordinary key. Keys are matched whole
 * ("postalCode" is not "code", "token_type" is not a token); a key ending in a secret's
 * name counts ("x-client-secret", "userPassword", "AWS_SECRET_ACCESS_KEY", "BotToken").
 */
export function secretKeyKind(key: string): SecretKind | null {
  if (!SECRETISH.test(key)) return null;
  const k = normaliseKey(key);
  const exact = EXACT_KEYS[k];
  if (exact) return exact;
  if (k.endsWith('clientsecret')) return 'client secret';
  if (/(access|account)key$/.test(k)) return 'access key';
  if (SECRET_KEY.test(k)) return 'secret';
  if (PASSWORD_KEY.test(k)) return 'password';
  if (k.endsWith('accesstoken')) return 'access token';
  if (k.endsWith('refreshtoken')) return 'refresh token';
  if (/(?<!page|sync|continuation)token$/.test(k)) return 'token';
  if (/(api|private|signing|master|encryption)key$/.test(k))
    return k.endsWith('privatekey') ? 'private key' : 'API key';
  if (k.endsWith('signature')) return 'signature';
  return null;
}

/** Long enough, with both letters and digits, no spaces: a generated value, not a word. */
function looksLikeCredential(value: string, min = 8): boolean {
  return value.length >= min && /[a-z]/i.test(value) && /\d/.test(value) && !/\s/.test(value);
}

/** A value someone chose as a password rather than a word of the sentence: it has a digit, a sign or inner capitals. */
function looksLikePassword(value: string): boolean {
  return (
    value.length >= 6 &&
    /\d|[^a-z\d\u00c0-\u024f]|.[A-Z]/i.test(value.slice(1)) &&
    !/^[a-z\u00c0-\u024f]+[.,!?]?$/i.test(value)
  );
}

function isSecretValue(kind: SecretKind, value: string, inUrlOrForm: boolean): boolean {
  const v = value.trim();
  if (v === '' || v.includes(PLACEHOLDER)) return false;
  // "passwordExpired": true, "secret": null: flags, not secrets.
  if (/^["']?(true|false|null|undefined|none)["']?,?$/i.test(v)) return false;
  // clientSecret = config["ClientSecret"], password = GetPassword(), ${PASSWORD}: code, not a secret.
  if (/^[A-Za-z_$][\w$.]*[([]|^\$\{?\w+\}?;?$/.test(v)) return false;
  // `code` is also an everyday key for error codes ("code": 400, code: NotFound).
  if (kind === 'authorization code' && !inUrlOrForm) return looksLikeCredential(v);
  return true;
}

type Rule = (text: string, removed: SecretKind[]) => string;

/** A rule from a regex whose callback returns the replacement, or null to keep the match. */
const rule =
  (re: RegExp, fn: (push: (kind: SecretKind) => string, ...groups: string[]) => string | null): Rule =>
  (text, removed) => {
    const push = (kind: SecretKind) => (removed.push(kind), PLACEHOLDER);
    // Fixed parameters, not a rest array: a 1 MB body can have tens of thousands of matches.
    return text.replace(
      re,
      (match: string, a: string, b: string, c: string, d: string, e: string, f: string) =>
        fn(push, a, b, c, d, e, f) ?? match,
    );
  };

/** The kind of secret `value` is when written under `key`, or null when it is none. */
function secretOf(key: string, value: string, inForm = false): SecretKind | null {
  const kind = secretKeyKind(key);
  return kind && isSecretValue(kind, inForm ? decodeSafe(value) : value, inForm) ? kind : null;
}

/** Letters of the languages served; `\p{L}` would cost a Unicode regex compile per rule. */
const L = String.raw`a-zA-Z\u00c0-\u024f`;
const KEY = String.raw`[${L}_%][${L}\d_.%\[\]-]*`;
const GUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{8,12}$/i;

/**
 * The rules, most specific first, so that one secret is counted once: an access token
 * that is also a JWT is reported as an access token, a GitHub token under `"token":` as
 * a token.
 */
const RULES: Rule[] = [
  /** -----BEGIN ... PRIVATE KEY----- of any type, to its END line or, when cut off, the end of the text. */
  rule(
    /(-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----)[\s\S]*?(-----END \2-----|$(?![\s\S]))/g,
    (push, begin, _l, end) => begin + push('private key') + end,
  ),

  /** https://user:pass@host -> https://[REMOVED]@host */
  rule(/\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#@:]+:[^\s/@]+|[^\s/?#@]+)@/gi, (push, scheme, userinfo) =>
    userinfo === PLACEHOLDER ? null : scheme + push('URL credentials') + '@',
  ),

  /** Authorization: Basic abc, also inside curl -H "Authorization: ..." */
  rule(/\b((?:Proxy-)?Authorization[ \t]*:[ \t]*)([^\r\n"']+)/gi, (push, lead, value) =>
    isSecretValue('token', value, false) ? lead + push('Authorization header') : null,
  ),

  /** -H "X-Api-Key: abc" on a command line. */
  rule(/(-H\s+|--header[\s=])(["'])([\w-]+)(\s*:\s*)([^"'\r\n]+)\2/g, (push, flag, q, name, sep, value) => {
    const kind = secretOf(name, value);
    return kind && flag + q + name + sep + push(kind) + q;
  }),

  /** "key": "value", "key": 12345 or 'key' => 'value' in JSON and PHP. */
  rule(
    // Only keys with a secret-like fragment: a 1 MB response has tens of thousands of others.
    new RegExp(
      String.raw`(["'])(?=[^"'\r\n]{0,80}?(?:${SECRETISH_WORDS}))([^"'\r\n]{1,80})\1(\s*(?::|=>)\s*)("(?:[^"\\\r\n]|\\.)*"|'(?:[^'\\\r\n]|\\.)*'|-?\d[\w.+-]*)`,
      'gi',
    ),
    (push, q, key, sep, raw) => {
      if (!secretKeyKind(key)) return null; // most keys: ruled out before the value is sliced
      const vq = raw[0] === '"' || raw[0] === "'" ? raw[0] : '';
      const kind = secretOf(key, vq ? raw.slice(1, -1) : raw);
      // A number under "code" is an error code; a number under "password" is a password.
      return kind && (vq || kind !== 'authorization code')
        ? q + key + q + sep + (vq || '"') + push(kind) + (vq || '"')
        : null;
    },
  ),

  /** {\"client_secret\":\"abc\"}: JSON inside a string in code. */
  rule(/(\\"([^"\\\r\n]{1,80})\\"\s*:\s*\\")((?:[^"\\\r\n]|\\(?!"))*)\\"/g, (push, lead, key, value) => {
    const kind = secretOf(key, value);
    return kind && lead + push(kind) + '\\"';
  }),

  /** <Password>x</Password> in XML and SOAP. */
  rule(
    new RegExp(String.raw`(<([\w.-]+:)?([${L}_][${L}\d_.-]*)(\s[^>]*)?>)([^<]+)(<\/\2?\3>)`, 'g'),
    (push, open, _ns, key, _attrs, value, close) => {
      const kind = secretOf(key, value);
      return kind && open + push(kind) + close;
    },
  ),

  /** <add key="ClientSecret" value="abc" /> in .NET config files. */
  rule(/(\bkey=(["'])([^"'\r\n]+)\2\s+value=(["']))([^"'\r\n]*)\4/g, (push, lead, _q, key, q, value) => {
    const kind = secretOf(key, value);
    return kind && lead + push(kind) + q;
  }),

  /** key=value in query strings, form bodies and connection strings (`;Password=x;`). */
  rule(new RegExp(`(^|[?&#;\\s"'])(${KEY})=([^&;\\s"']*)`, 'gm'), (push, lead, key, value) => {
    const kind = secretOf(key.includes('%') ? decodeSafe(key) : key, value, true);
    return kind && `${lead}${key}=${push(kind)}`;
  }),

  /** client_secret = "abc", password: 'x', ClientSecret = "x" in code and config. */
  rule(new RegExp(`\\b(${KEY})(\\s*(?:=|:|=>)\\s*)(["'\`])([^"'\`\\r\\n]*)\\3`, 'g'), (push, key, sep, q, value) => {
    const kind = secretOf(key.slice(key.lastIndexOf('.') + 1), value);
    return kind && key + sep + q + push(kind) + q;
  }),

  /** `client_secret: abc` and `password = abc` lines: headers, YAML, .env and INI files, logs. */
  rule(
    new RegExp(`^([ \\t]*-?[ \\t]*)(${KEY})([ \\t]*[:=][ \\t]*)([^\\r\\n]+)$`, 'gm'),
    (push, lead, key, sep, value) => {
      const kind = secretOf(key, value);
      return kind && lead + key + sep + push(kind);
    },
  ),

  /** curl -u user:pass, --password x, -p x, --client-secret x. */
  rule(
    new RegExp(String.raw`(\s(-u|--user|-p|--[${L}\w-]+)(?:=|\s+)["']?([^\s"':]+:)?)([^\s"']+)`, 'g'),
    (push, lead, flag, user, value) => {
      const basic = /^-[up]$|^--user$/.test(flag);
      const kind = basic ? 'password' : secretKeyKind(flag);
      if (
        !kind ||
        !isSecretValue(kind, value, false) ||
        (basic && ((!user && flag !== '-p') || /^[\d.:]*$|^[-/.~$]/.test(value)))
      )
        return null;
      return lead + push(kind);
    },
  ),

  /** Provider tokens by their documented prefixes, bare or anywhere in text. */
  rule(
    /(?<![\w-])((?:(?:gh[pousr]|github_pat|glpat|xox[abeoprs]|xapp|[rs]k_(?:live|test)|npm|shp(?:at|ca|pa|ss)|hf|dckr_pat|lin_api|ntn|gsk|figd|gl(?:c|sa)|ops|cf(?:k|ut|at)|vc[pikar])[_-]|AIza|SG\.|hv[sbr]\.|sk-(?:ant-|proj-|svcacct-|admin-)?|dapi|tskey-\w+-)[\w.+/=-]{16,})/g,
    // A digit or mixed case: "npm_package_json_version" and "ops-team-notifications" are names.
    (push, token) => (/\d|[a-z].*[A-Z]|[A-Z].*[a-z]/.test(token) ? push('token') : null),
  ),
  rule(/https:\/\/hooks\.slack\.com\/services\/[\w/]+/g, (push) => push('token')),

  /** AWS access key ids, and a 40-character secret access key written near one. */
  rule(
    /(?<![A-Z0-9])(?:A3T[A-Z0-9]|AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA)[A-Z0-9]{16}(?![A-Z0-9])(?:([^]{0,100}?)(?<![\w/+])[\w/+]{40}(?![\w/+=]))?/g,
    (push, between) => push('access key') + (between === undefined ? '' : between + push('access key')),
  ),

  rule(/\b(Bearer\s+)([\w\-.~+/]+=*)/gi, (push, lead, token) =>
    token.length >= 8 && (/\d/.test(token) || token.length >= 20) ? lead + push('bearer token') : null,
  ),

  rule(/\beyJ[\w-]{2,}\.[\w-]{2,}\.[\w-]*/g, (push) => push('JWT')),

  /**
   * Secrets named in prose, in English and the Nordic languages and Dutch: "client
   * secret: X", "the password for the ERP user is X", "salasana on X", a label on the
   * line before its value, "secret 284baba4-...". After "is" a value must look chosen
   * (a digit, a sign), with nothing between it must look generated, so "the client
   * secret is correct" and "Passordet er tilbakestilt" are kept.
   */
  rule(
    new RegExp(
      String.raw`(?<![${L}\d_-])((?:(?:client|api|access|account|refresh|auth|bot)[ _-])?[${L}]*?(${PASSWORD_WORDS}|${SECRET_WORDS}|pwd|token|key|signature)[${L}]{0,3})([^\S\n]*(?:[:=]|=>|(?:[^\n.!?]{0,40}?(?<=\s)(?:is|was|er|var|är|on|oli|ist)(?=[\s:])[^\S\n]*:?|:?[^\S\n]*\n)[^\S\n]*)?[^\S\n]*["'(]?)([^\s"'\x60<>]+)`,
      'gi',
    ),
    (push, label, word, sep, raw) => {
      const value = raw.replace(/[.,;:)\]]+$/, '');
      const kind = secretKeyKind(label) ?? secretKeyKind(word) ?? 'API key';
      // After ":" or "=" any value counts (but "key" alone is too common a word for that);
      // after "is" or on the next line a chosen password; right after the word a generated value.
      const named = /[:=]/.test(sep) && !sep.includes('\n') && !/^key$/i.test(label);
      const told = sep.includes('\n') || /\s\S+\s*$/.test(sep);
      const plausible =
        named || (told ? looksLikePassword(value) : looksLikeCredential(value, 16) || GUID_RE.test(value));
      if (!plausible || !isSecretValue(kind, raw, false)) return null;
      // Client secrets are GUIDs in many identity services.
      return (
        label + sep + push(kind === 'secret' && GUID_RE.test(value) ? 'client secret' : kind) + raw.slice(value.length)
      );
    },
  ),
];

function decodeSafe(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

/** Remove every secret from a text and list what was removed. */
export function redact(text: string): Redaction {
  const removed: SecretKind[] = [];
  let out = text;
  for (const r of RULES) out = r(out, removed);
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
