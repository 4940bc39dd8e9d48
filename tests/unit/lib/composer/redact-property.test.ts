/**
 * Property: a generated credential of any supported kind, embedded at random in JSON,
 * PHP, XML, form bodies, headers, URLs, .env and YAML lines, command lines and prose, in
 * any field of the composer, never appears in what leaves the composer: the composed
 * text, the mailto: link, the downloaded file or the draft kept in localStorage. The
 * details around it survive. Seeded: a failure names its seed and case; rerun one seed
 * with REDACT_SEED=<seed>.
 */
import { describe, expect, it } from 'vitest';
import { FIELD_IDS, buildMailto, composeRequest, toDraft, type FieldId } from '../../../../src/lib/composer/request.ts';
import { Rand, SECRET_SHAPES, secretParts, type SecretShape } from '../../../support/secrets.ts';

/** Keys that name each kind of value whose shape alone does not give it away. */
const KEYED: Partial<Record<SecretShape, string[]>> = {
  password: [
    'password',
    'Password',
    'passwd',
    'pwd',
    'passord',
    'lösenord',
    'adgangskode',
    'salasana',
    'wachtwoord',
    'db_password',
    'userPassword',
  ],
  opaqueSecret: [
    'client_secret',
    'ClientSecret',
    'clientSecret',
    'api_key',
    'X-Api-Key',
    'access_token',
    'refresh_token',
    'token',
    'secret',
    'apiToken',
    'hemmelighet',
  ],
  clientSecretGuid: ['client_secret', 'ClientSecret', 'x-client-secret', 'secret'],
  azureAccountKey: ['AccountKey', 'SharedAccessKey', 'account_key'],
  sasSignature: ['sig', 'signature'],
  hexSignature: ['X-Amz-Signature', 'signature'],
  awsSecretAccessKey: ['aws_secret_access_key', 'AWS_SECRET_ACCESS_KEY', 'SecretAccessKey'],
};
const NEUTRAL_KEYS = ['value', 'data', 'note', 'config', 'credential_ref'];

type Embed = (key: string, value: string, r: Rand) => string | null;

const enc = encodeURIComponent;
const plainKey = (key: string) => /^[\p{L}\w-]+$/u.test(key);

/** Ways a value sits in what developers paste; null when a way does not fit the key. */
const CONTEXTS: Record<string, Embed> = {
  json: (k, v) =>
    `{\n  "clientId": "acme_erp_integration_prod",\n  ${JSON.stringify(k)}: ${JSON.stringify(v)},\n  "companyId": 1234567\n}`,
  php: (k, v) => (v.includes("'") ? null : `'client_id' => 'acme_erp_integration_prod',\n'${k}' => '${v}',`),
  xml: (k, v) =>
    plainKey(k) && !/[<&]/.test(v)
      ? `<Request><ClientId>acme_erp_integration_prod</ClientId><${k}>${v}</${k}><CompanyId>1234567</CompanyId></Request>`
      : null,
  form: (k, v) => `grant_type=client_credentials&client_id=acme_erp_integration_prod&${enc(k)}=${enc(v)}&scope=api`,
  url: (k, v) => `GET https://api.example.com/controller/api/v1/customer?pageNumber=2&${enc(k)}=${enc(v)} HTTP/1.1`,
  header: (k, v) => (plainKey(k) ? `Content-Type: application/json\n${k}: ${v}\nipp-company-id: 1234567` : null),
  env: (k, v) =>
    plainKey(k) ? `API_BASE_URL=https://api.example.com\n${k.toUpperCase()}=${v}\nCOMPANY_ID=1234567` : null,
  yaml: (k, v) =>
    plainKey(k) && !v.includes('"')
      ? `erp:\n  client_id: acme_erp_integration_prod\n  ${k}: "${v}"\n  company: 1234567`
      : null,
  curlHeader: (k, v) =>
    plainKey(k)
      ? `curl -X POST https://api.example.com/v1/customer -H "${k}: ${v}" -H "ipp-company-id: 1234567"`
      : null,
  cliFlag: (k, v) =>
    plainKey(k) ? `erp-sync --company 1234567 --${k.toLowerCase().replace(/_/g, '-')} ${v} --verbose` : null,
  // `sig` is a URL parameter, not a word people write in a sentence.
  prose: (k, v, r) =>
    k === 'sig'
      ? null
      : `Hi, our ${k.replace(/[_-]/g, ' ')} ${r.pick(['is', 'is:', '=', ':'])} ${v} and we still get 401 for company 1234567.`,
  nextLine: (k, v) =>
    k === 'sig' ? null : `Client Id: acme_erp_integration_prod\n${k.replace(/[_-]/g, ' ')}\n${v}\nCompany 1234567`,
};

/** Shapes recognised by themselves: any context, any neighbouring key. */
const BARE: Record<string, Embed> = {
  bare: (_k, v) => `Client Id acme_erp_integration_prod, company 1234567. Using ${v} since Monday.`,
  json: (k, v) =>
    `{"clientId": "acme_erp_integration_prod", ${JSON.stringify(k)}: ${JSON.stringify(v)}, "companyId": 1234567}`,
  url: (_k, v) => (v.includes('\n') ? null : `https://api.example.com/v1/customer?companyId=1234567&value=${v}`),
  curl: (_k, v) =>
    v.includes('\n') ? null : `curl https://api.example.com/v1/customer -d "${v}" -H "ipp-company-id: 1234567"`,
  log: (_k, v) => `2026-11-26T08:14:04Z WARN company=1234567 credential rejected: ${v}`,
};

/** Command lines and URLs with credentials in them. */
const CREDENTIAL_LINES: Embed[] = [
  (_k, v) => `curl -u acme_user:${v} https://api.example.com/v1/customer?companyId=1234567`,
  (_k, v) => `curl --user "acme_user:${v}" https://api.example.com/v1/customer?companyId=1234567`,
  (_k, v) => `mysql -h db.example.com -u acme_user -p ${v} erp  # company 1234567`,
  (_k, v) => `postgres://acme_user:${enc(v)}@db.example.com:5432/erp?company=1234567`,
  (_k, v) => `https://acme_user:${v}@api.example.com/v1/customer?companyId=1234567`,
];

const SHAPES = Object.keys(SECRET_SHAPES) as SecretShape[];

function oneCase(r: Rand): { field: FieldId; input: string; secrets: string[]; how: string } {
  const shape = r.pick(SHAPES);
  const value = SECRET_SHAPES[shape](r);
  const keys = KEYED[shape];
  let input: string | null = null;
  let how = '';
  while (input === null) {
    if (shape === 'password' && r.next() < 0.3) {
      const i = r.int(CREDENTIAL_LINES.length);
      how = `credential line ${i}`;
      input = CREDENTIAL_LINES[i]!('', value, r);
    } else if (keys) {
      const ctx = r.pick(Object.keys(CONTEXTS));
      const key = r.pick(keys);
      how = `${ctx} under "${key}"`;
      input = CONTEXTS[ctx]!(key, value, r);
    } else {
      const ctx = r.pick(Object.keys(BARE));
      const key = r.pick(NEUTRAL_KEYS);
      how = `${ctx} (bare)`;
      input = BARE[ctx]!(key, shape === 'pemInJson' ? value : value, r);
    }
  }
  // Values travel URL-encoded in URLs and form bodies; neither spelling may survive.
  const secrets = secretParts(value)
    .flatMap((p) => [p, enc(p)])
    .filter((s, i, all) => all.indexOf(s) === i);
  const field = r.pick(FIELD_IDS.filter((f) => f !== 'method' && f !== 'status' && f !== 'time'));
  return { field, input, secrets, how: `${shape} in ${how}` };
}

const SEEDS = process.env.REDACT_SEED
  ? [Number(process.env.REDACT_SEED)]
  : Array.from({ length: 400 }, (_, i) => 1000 + i);

describe('property: no generated credential leaves the composer', () => {
  it(`holds for ${SEEDS.length} generated cases`, () => {
    const failures: string[] = [];
    for (const seed of SEEDS) {
      const { field, input, secrets, how } = oneCase(new Rand(seed));
      const draft = toDraft({
        endpoint: 'https://api.example.com/controller/api/v1/customer',
        method: 'POST',
        status: '401',
        [field]: input,
      });
      const composed = composeRequest(draft, 'Visma.net API');
      const mail = decodeURIComponent(
        buildMailto('support@example.com', composed.subject, composed.text, 100_000).href,
      );
      const outputs = {
        text: composed.text,
        mailto: mail,
        download: `Subject: ${composed.subject}\n\n${composed.text}\n`,
        localStorage: JSON.stringify(composed.safe),
      };
      for (const [where, out] of Object.entries(outputs)) {
        const leaked = secrets.find((s) => out.includes(s));
        if (leaked)
          failures.push(
            `seed ${seed}: ${how} in ${field}: "${leaked.slice(0, 24)}..." in the ${where}\n  input: ${input.slice(0, 200)}`,
          );
      }
      if (input.includes('1234567') && !composed.text.includes('1234567'))
        failures.push(`seed ${seed}: ${how}: the company number 1234567 was removed\n  input: ${input.slice(0, 200)}`);
      if (composed.removals.length === 0) failures.push(`seed ${seed}: ${how}: nothing reported as removed`);
    }
    expect(failures.slice(0, 30).join('\n')).toBe('');
  });
});
