/**
 * Credentials of the shapes developers paste into a support request, generated at test
 * time from a seed so that no live-looking secret is committed. Formats follow the
 * providers' documented token shapes (as matched by secretlint's recommended rules).
 */

/** A small seeded random source (mulberry32): the same seed gives the same secrets. */
export class Rand {
  private state: number;
  readonly seed: number;
  constructor(seed: number) {
    this.seed = seed;
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  /** n characters from a charset, with at least one digit when the charset has digits. */
  chars(charset: string, n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += charset[this.int(charset.length)];
    if (/\d/.test(charset) && !/\d/.test(out) && n > 2) out = `${out.slice(0, -1)}${this.int(10)}`;
    return out;
  }
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
const HEX = '0123456789abcdef';
const B64 = `${ALNUM}+/`;
const B64URL = `${ALNUM}-_`;

const base64 = (bytes: string) => Buffer.from(bytes, 'latin1').toString('base64');
const base64url = (text: string) => Buffer.from(text).toString('base64url');

function guid(r: Rand): string {
  const h = (n: number) => r.chars(HEX, n);
  return `${h(8)}-${h(4)}-4${h(3)}-${r.pick(['8', '9', 'a', 'b'])}${h(3)}-${h(12)}`;
}

/** A password as people choose them: a word, digits and a sign, or a random mix. */
function password(r: Rand): string {
  if (r.next() < 0.5) {
    const word = r.pick(['Sommer', 'Vinter', 'Fjord', 'Tulipan', 'Kaffe', 'Revontuli', 'Harbour', 'Lakris']);
    return `${word}${1990 + r.int(40)}${r.pick(['!', '#', '?', '%', '&'])}`;
  }
  return `${r.chars(UPPER, 2)}${r.chars(LOWER, 4)}${r.pick(['!', '#', '$', '*', '@'])}${r.chars(DIGITS, 3)}${r.chars(ALNUM, 4)}`;
}

function pemBody(r: Rand, lines: number, magic: string): string {
  const text = magic + r.chars(B64, lines * 64 - magic.length - 2) + '==';
  return text.match(/.{1,64}/g)!.join('\n');
}

/** A JSON object base64-encoded so that it starts "ey" and ends "fQ" (a 1Password service account token). */
function onePasswordToken(r: Rand): string {
  for (;;) {
    const json = JSON.stringify({
      signInAddress: 'my.1password.com',
      email: `${r.chars(LOWER, 12)}@1passwordserviceaccounts.com`,
      secretKey: r.chars(ALNUM, 40),
      srpX: r.chars(HEX, 64),
    });
    const b = base64(json);
    if (/^ey[A-Za-z0-9+/=]{100,1280}fQ={0,2}$/.test(b)) return `ops_${b}`;
  }
}

/** Every kind of credential the composer must remove, as a generator of one fresh value. */
export const SECRET_SHAPES = {
  githubToken: (r: Rand) => `${r.pick(['ghp', 'gho', 'ghu', 'ghs', 'ghr'])}_${r.chars(ALNUM, 36)}`,
  githubFineGrained: (r: Rand) => `github_pat_${r.chars(ALNUM, 22)}_${r.chars(ALNUM + '_', 59)}`,
  gitlabToken: (r: Rand) => `glpat-${r.chars(ALNUM + '-_', 20)}`,
  slackToken: (r: Rand) =>
    `${r.pick(['xoxb', 'xoxp'])}-${r.chars(DIGITS, 12)}-${r.chars(DIGITS, 13)}-${r.chars(ALNUM, 24)}`,
  slackWebhook: (r: Rand) =>
    `https://hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 10)}/B${r.chars(UPPER + DIGITS, 10)}/${r.chars(ALNUM, 24)}`,
  stripeKey: (r: Rand) => `${r.pick(['sk_live', 'rk_live', 'sk_test'])}_${r.chars(ALNUM, 24 + r.int(76))}`,
  googleApiKey: (r: Rand) => `AIza${r.chars(B64URL, 35)}`,
  npmToken: (r: Rand) => `npm_${r.chars(ALNUM, 36)}`,
  awsAccessKeyId: (r: Rand) => `${r.pick(['AKIA', 'ASIA'])}${r.chars(UPPER + '234567', 16)}`,
  awsSecretAccessKey: (r: Rand) => r.chars(B64, 40),
  openaiKey: (r: Rand) => `sk-proj-${r.chars(B64URL, 74)}T3BlbkFJ${r.chars(B64URL, 74)}`,
  anthropicKey: (r: Rand) => `sk-ant-api03-${r.chars(B64URL, 93)}AA`,
  sendgridKey: (r: Rand) => `SG.${r.chars(ALNUM, 22)}.${r.chars(ALNUM, 43)}`,
  shopifyToken: (r: Rand) => `shpat_${r.chars(HEX, 32)}`,
  huggingfaceToken: (r: Rand) => `hf_${r.chars(UPPER + LOWER, 34)}`,
  databricksToken: (r: Rand) => `dapi${r.chars(HEX, 32)}`,
  dockerToken: (r: Rand) => `dckr_pat_${r.chars(ALNUM, 27)}`,
  vaultToken: (r: Rand) => `hvs.${r.chars(ALNUM, 95)}`,
  linearKey: (r: Rand) => `lin_api_${r.chars(ALNUM, 40)}`,
  notionToken: (r: Rand) => `ntn_${r.chars(DIGITS, 11)}${r.chars(ALNUM, 35)}`,
  groqKey: (r: Rand) => `gsk_${r.chars(ALNUM, 52)}`,
  grafanaToken: (r: Rand) => `glsa_${r.chars(ALNUM, 32)}_${r.chars(HEX, 8)}`,
  onePasswordToken,
  jwt: (r: Rand) =>
    [
      base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: r.chars(ALNUM, 12) })),
      base64url(JSON.stringify({ sub: `client_${r.chars(DIGITS, 6)}`, exp: 1_800_000_000 + r.int(1e6) })),
      r.chars(B64URL, 86),
    ].join('.'),
  azureAccountKey: (r: Rand) => `${r.chars(B64, 86)}==`,
  /** A shared access signature's `sig`, URL-encoded base64. */
  sasSignature: (r: Rand) => `${r.chars(ALNUM, 20)}%2B${r.chars(ALNUM, 20)}%3D`,
  /** An AWS Signature Version 4 (X-Amz-Signature): 64 hex digits. */
  hexSignature: (r: Rand) => r.chars(HEX, 64),
  clientSecretGuid: guid,
  password,
  /** A secret a service hands out with no recognisable prefix: 32-48 random characters. */
  opaqueSecret: (r: Rand) => r.chars(ALNUM, 32 + r.int(17)),
  pemRsa: (r: Rand) => `-----BEGIN RSA PRIVATE KEY-----\n${pemBody(r, 6, 'MIIEow')}\n-----END RSA PRIVATE KEY-----`,
  pemPkcs8: (r: Rand) => `-----BEGIN PRIVATE KEY-----\n${pemBody(r, 5, 'MIIEvg')}\n-----END PRIVATE KEY-----`,
  pemEncrypted: (r: Rand) =>
    `-----BEGIN ENCRYPTED PRIVATE KEY-----\n${pemBody(r, 5, 'MIIFHD')}\n-----END ENCRYPTED PRIVATE KEY-----`,
  pemEc: (r: Rand) => `-----BEGIN EC PRIVATE KEY-----\n${pemBody(r, 3, 'MHcCAQEE')}\n-----END EC PRIVATE KEY-----`,
  pemOpenssh: (r: Rand) =>
    `-----BEGIN OPENSSH PRIVATE KEY-----\n${pemBody(r, 5, 'b3BlbnNzaC1rZXktdjEAAAAA')}\n-----END OPENSSH PRIVATE KEY-----`,
  pemDsa: (r: Rand) => `-----BEGIN DSA PRIVATE KEY-----\n${pemBody(r, 5, 'MIIBuw')}\n-----END DSA PRIVATE KEY-----`,
  /** A PKCS #8 key as it sits in a Google service account's JSON: newlines escaped. */
  pemInJson: (r: Rand) =>
    `-----BEGIN PRIVATE KEY-----\\n${pemBody(r, 5, 'MIIEvQ').replace(/\n/g, '\\n')}\\n-----END PRIVATE KEY-----\\n`,
  pemPgp: (r: Rand) =>
    `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${pemBody(r, 6, 'lQVYBGX')}\n=${r.chars(B64, 4)}\n-----END PGP PRIVATE KEY BLOCK-----`,
} satisfies Record<string, (r: Rand) => string>;

export type SecretShape = keyof typeof SECRET_SHAPES;
export const SHAPE_NAMES = Object.keys(SECRET_SHAPES) as SecretShape[];

/** The parts of a secret that must not survive: a PEM key's body lines, or the whole value. */
export function secretParts(value: string): string[] {
  if (value.startsWith('-----BEGIN'))
    return value.split(/\n|\\n/).filter((l) => l.length > 12 && !l.startsWith('-----'));
  return [value];
}

/**
 * Fill `{{shape}}` (or `{{shape#n}}` for a second value of the same shape) placeholders
 * with generated secrets; returns the text and every value planted.
 */
export function plant(template: string, r: Rand): { text: string; planted: { shape: SecretShape; value: string }[] } {
  const planted: { shape: SecretShape; value: string }[] = [];
  const seen = new Map<string, string>();
  const text = template.replace(/\{\{(\w+)(#\d+)?\}\}/g, (match, shape: string, n: string | undefined) => {
    if (!(shape in SECRET_SHAPES)) throw new Error(`unknown secret shape ${match}; known: ${SHAPE_NAMES.join(', ')}`);
    const id = shape + (n ?? '');
    let value = seen.get(id);
    if (!value) {
      value = SECRET_SHAPES[shape as SecretShape](r);
      seen.set(id, value);
      planted.push({ shape: shape as SecretShape, value });
    }
    return value;
  });
  return { text, planted };
}
