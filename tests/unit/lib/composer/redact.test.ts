import { describe, expect, it } from 'vitest';
import {
  PLACEHOLDER,
  countLabel,
  describeRemovals,
  redact,
  redactFields,
  secretKeyKind,
} from '../../../../src/lib/composer/redact.ts';
import { Rand, SECRET_SHAPES as SHAPES } from '../../../support/secrets.ts';

const SECRET_GUID = '284baba4-7a8d-4e14-2247-957812ac9ec';
const JWT =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ2aXNtYV90ZXN0X2NsaWVudF8xMjM0IiwiZXhwIjoxNzAwMDAwMDAwfQ.c2lnbmF0dXJlLXBhcnQtMTIzNDU2Nzg5MA';

/** The text must lose `secret`, keep everything in `kept`, and report `kinds`. */
function expectRemoved(input: string, secret: string | string[], kinds: string[], kept: string[] = []) {
  const { text, removed } = redact(input);
  for (const s of [secret].flat()) expect(text, `still contains ${s}`).not.toContain(s);
  for (const k of kept) expect(text).toContain(k);
  expect(text).toContain(PLACEHOLDER);
  expect(removed).toEqual(kinds);
  return text;
}

function expectKept(input: string) {
  const { text, removed } = redact(input);
  expect(removed).toEqual([]);
  expect(text).toBe(input);
}

describe('redact: client secrets and other secret keys', () => {
  it('JSON client_secret, keeping the client id next to it', () => {
    const out = expectRemoved(
      `{"client_id": "visma_test_client_1234", "client_secret": "${SECRET_GUID}", "grant_type": "client_credentials"}`,
      SECRET_GUID,
      ['client secret'],
      ['visma_test_client_1234', 'client_credentials'],
    );
    expect(JSON.parse(out).client_secret).toBe(PLACEHOLDER);
  });

  it('JSON that stays valid JSON, with camelCase and PascalCase keys', () => {
    const input = JSON.stringify(
      { ClientSecret: 'abc', userPassword: 'hunter2', nested: { accessToken: 'tok123456' } },
      null,
      2,
    );
    const out = expectRemoved(input, ['"abc"', 'hunter2', 'tok123456'], ['client secret', 'password', 'access token']);
    expect(JSON.parse(out)).toEqual({
      ClientSecret: PLACEHOLDER,
      userPassword: PLACEHOLDER,
      nested: { accessToken: PLACEHOLDER },
    });
  });

  it('numbers as JSON values of secret keys', () => {
    expectRemoved('{"password": 123456}', '123456', ['password']);
  });

  it('form-encoded bodies', () => {
    expectRemoved(
      'grant_type=refresh_token&client_id=visma_test_client_1234&client_secret=s3cr%2Bet&refresh_token=rt-998877',
      ['s3cr%2Bet', 'rt-998877'],
      ['client secret', 'refresh token'],
      ['grant_type=refresh_token', 'client_id=visma_test_client_1234'],
    );
  });

  it('query strings, including an authorization code sent to a redirect URI', () => {
    expectRemoved(
      'https://app.example.com/callback?code=SplxlOBeZQQYbYS6WxSbIA&state=xyz',
      'SplxlOBeZQQYbYS6WxSbIA',
      ['authorization code'],
      ['state=xyz'],
    );
    expectRemoved(
      'GET /api/v1/customer?access_token=abcdef123&pageSize=10',
      'abcdef123',
      ['access token'],
      ['pageSize=10'],
    );
  });

  it('header-like and YAML-like key: value lines', () => {
    expectRemoved(
      'Content-Type: application/json\nclient_secret: abc-def\nX-Api-Key: k-12345\nipp-company-id: 1234567',
      ['abc-def', 'k-12345'],
      ['client secret', 'API key'],
      ['Content-Type: application/json', 'ipp-company-id: 1234567'],
    );
  });

  it('JSON escaped inside a string in code', () => {
    const input = 'var body = "{\\"client_id\\":\\"visma_test_client_1234\\",\\"client_secret\\":\\"s3cr3t-value\\"}";';
    expectRemoved(input, 's3cr3t-value', ['client secret'], ['visma_test_client_1234']);
  });

  it('XML and SOAP elements', () => {
    expectRemoved(
      '<Login><UserName>anna</UserName><Password>hunter2</Password><ns:client_secret a="1">abc</ns:client_secret></Login>',
      ['hunter2', '>abc<'],
      ['password', 'client secret'],
      ['<UserName>anna</UserName>', '<ns:client_secret a="1">'],
    );
  });

  it('PEM private key blocks', () => {
    expectRemoved(
      '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\nabc\n-----END RSA PRIVATE KEY-----',
      ['MIIEowIBAAKCAQEA', 'abc'],
      ['private key'],
    );
  });

  it('an access token in a URL fragment (implicit flow)', () => {
    expectRemoved(
      'https://app.example.com/cb#access_token=ya29abc123&token_type=bearer',
      'ya29abc123',
      ['access token'],
      ['token_type=bearer'],
    );
  });

  it('secrets named in prose', () => {
    expectRemoved(
      'I tried with client secret: abc123xyz and it failed',
      'abc123xyz',
      ['client secret'],
      ['and it failed'],
    );
    expectRemoved('The password = hunter2, I think', 'hunter2', ['password'], ['I think']);
    expectRemoved('my access token is ab12cd34ef56 since Monday', 'ab12cd34ef56', ['access token'], ['since Monday']);
  });

  it('cookies and private keys', () => {
    expectRemoved(
      'Cookie: session=abc123; theme=dark\nSet-Cookie: sid=xyz789; HttpOnly',
      ['abc123', 'xyz789'],
      ['cookie', 'cookie'],
    );
    expectRemoved('{"private_key": "-----BEGIN KEY-----MIIE"}', 'MIIE', ['private key']);
  });

  it('quoted assignments in code', () => {
    expectRemoved(
      'var clientSecret = "xyz987";\nconst opts = { password: \'pa55\', user: "bob" };',
      ['xyz987', 'pa55'],
      ['client secret', 'password'],
      ['user: "bob"'],
    );
  });

  it('a GUID written right after the word "secret" in prose', () => {
    expectRemoved(
      `My client secret is ${SECRET_GUID}, please check it.`,
      SECRET_GUID,
      ['client secret'],
      ['please check it'],
    );
    expectRemoved(`Secret ${SECRET_GUID.toUpperCase()}`, SECRET_GUID.toUpperCase(), ['client secret']);
  });
});

describe('redact: tokens, headers and URLs', () => {
  it('Authorization header values of any scheme, counted once', () => {
    expectRemoved(
      'Authorization: Basic dXNlcjpwYXNz\nAccept: */*',
      'dXNlcjpwYXNz',
      ['Authorization header'],
      ['Accept: */*'],
    );
    expectRemoved(`authorization: Bearer ${JWT}`, JWT, ['Authorization header']);
  });

  it('an Authorization header inside a curl command', () => {
    expectRemoved(
      `curl -H "Authorization: Bearer abc123def456" -H "Accept: application/json" https://api.example.com/v1`,
      'abc123def456',
      ['Authorization header'],
      ['Accept: application/json', 'https://api.example.com/v1'],
    );
  });

  it('bearer tokens outside a header', () => {
    expectRemoved(
      'I sent Bearer 0a1b2c3d4e5f6a7b8c9d and got 401',
      '0a1b2c3d4e5f6a7b8c9d',
      ['bearer token'],
      ['got 401'],
    );
  });

  it('JWTs anywhere, including unsigned ones', () => {
    expectRemoved(`The token ${JWT} expired`, JWT, ['JWT'], ['The token', 'expired']);
    expectRemoved('eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.', 'eyJhbGciOiJub25lIn0', ['JWT']);
  });

  it('an access token that is a JWT is reported once, as an access token', () => {
    expectRemoved(
      `{"access_token":"${JWT}","token_type":"Bearer","expires_in":3600}`,
      JWT,
      ['access token'],
      ['"token_type":"Bearer"', '3600'],
    );
  });

  it('credentials in URLs', () => {
    expectRemoved(
      'https://user:p%40ss@integration.visma.net/API/controller/api/v1/customer',
      ['user:', 'p%40ss'],
      ['URL credentials'],
      ['@integration.visma.net/API/controller/api/v1/customer'],
    );
    expectRemoved('ftp://token123@files.example.com', 'token123', ['URL credentials']);
  });

  it('several secrets in one text are all listed', () => {
    const { removed } = redact(`{"client_secret":"a1","password":"b2"}\nAuthorization: Bearer zz99zz99zz\n${JWT}`);
    expect(removed).toEqual(['Authorization header', 'client secret', 'password', 'JWT']);
  });

  it('is idempotent: redacting a redacted text removes nothing more', () => {
    const once = redact(`client_secret=abc&x=1\nAuthorization: Bearer ${JWT}\nhttps://a:b@h.com`).text;
    expect(redact(once)).toEqual({ text: once, removed: [] });
  });
});

describe('redact: what must NOT be removed', () => {
  it('a Client Id', () => {
    expectKept('visma_test_client_1234');
    expectKept('{"client_id": "visma_test_client_1234"}');
    expectKept('client_id=visma_test_client_1234');
    expectKept('Client Id: visma_test_client_1234');
  });

  it('ordinary GUIDs such as correlation ids', () => {
    expectKept('Request id: 0f8fad5b-d9cb-469f-a165-70867728950e');
    expectKept(
      '{"correlationId": "0f8fad5b-d9cb-469f-a165-70867728950e", "customerId": "7c9e6679-7425-40de-944b-e07fc1f90ae7"}',
    );
    expectKept('X-Correlation-Id: 0f8fad5b-d9cb-469f-a165-70867728950e');
  });

  it('words that contain a secret-like name', () => {
    expectKept('Our codebase calls the endpoint twice.');
    expectKept('{"postalCode": "0150", "countryCode": "NO", "code_list": "x1y2z3w4v5"}');
    expectKept('postalCode=0150&passwordless=yes');
    expectKept('zipcode: 12345abcde');
  });

  it('error codes in responses under a "code" key', () => {
    expectKept('{"code": 400, "message": "Bad request"}');
    expectKept('{"error": {"code": "invalid_grant", "message": "The grant has expired"}}');
    expectKept('code: NotFound');
  });

  it('talk about secrets that contains none', () => {
    expectKept('I am sure the client secret is correct and the password was reset.');
    expectKept('clientSecret = config["ClientSecret"]; password = GetPassword();');
    expectKept('<ErrorCode>12022</ErrorCode><Code>400</Code>');
  });

  it('flags and empty values next to secret keys', () => {
    expectKept('{"passwordExpired": true, "secret": null, "password": ""}');
  });

  it('the words bearer and authorization in prose', () => {
    expectKept('We use Bearer authentication and the token_type is Bearer.');
    expectKept('The authorization flow worked yesterday.');
  });

  it('plain URLs and e-mail addresses', () => {
    expectKept('https://integration.visma.net/API/controller/api/v1/customer?pageNumber=2');
    expectKept('Contact VNI-Support@visma.com or see https://example.com/@team/page');
  });

  it('text with no secrets at all, character for character', () => {
    expectKept(
      '{\n  "ExceptionType": "IPPException",\n  "ExceptionMessage": "Customer 10001 not found",\n  "ExceptionFaultCode": "12022"\n}',
    );
  });
});

describe('redact: large input', () => {
  it('handles a 1 MB response body quickly', () => {
    const big = JSON.stringify(
      Array.from({ length: 8000 }, (_, i) => ({ id: i, postalCode: '0150', note: 'x'.repeat(80), code: 400 })),
    );
    const input = `${big}\n{"client_secret": "abc"}`;
    const started = performance.now();
    const { text, removed } = redact(input);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(removed).toEqual(['client secret']);
    expect(text.length).toBe(input.length - 'abc'.length + PLACEHOLDER.length);
  });
});

describe('secretKeyKind', () => {
  it('matches whole keys whatever their case and separators', () => {
    expect(secretKeyKind('client_secret')).toBe('client secret');
    expect(secretKeyKind('Client-Secret')).toBe('client secret');
    expect(secretKeyKind('x_client_secret')).toBe('client secret');
    expect(secretKeyKind('REFRESH_TOKEN')).toBe('refresh token');
    expect(secretKeyKind('code')).toBe('authorization code');
    expect(secretKeyKind('postalCode')).toBeNull();
    expect(secretKeyKind('client_id')).toBeNull();
    expect(secretKeyKind('token_type')).toBeNull();
    expect(secretKeyKind('')).toBeNull();
  });
});

describe('reporting what was removed', () => {
  it('groups removals by field and kind, in field order', () => {
    const { values, removals } = redactFields(
      { req: `{"client_secret":"${SECRET_GUID}"}`, res: `token ${JWT} and ${JWT}`, id: 'visma_test_client_1234' },
      { req: 'Request body', res: 'Response body', id: 'Client Id' },
    );
    expect(values.id).toBe('visma_test_client_1234');
    expect(values.res).not.toContain('eyJ');
    expect(describeRemovals(removals)).toBe('Removed: 1 client secret in Request body, 2 JWTs in Response body.');
  });

  it('says nothing when nothing was removed', () => {
    expect(describeRemovals([])).toBe('');
  });

  it('counts in plain English', () => {
    expect(countLabel('password', 1)).toBe('1 password');
    expect(countLabel('password', 3)).toBe('3 passwords');
    expect(countLabel('Authorization header', 2)).toBe('2 Authorization header values');
    expect(countLabel('URL credentials', 1)).toBe('1 URL credentials');
  });
});

describe('redact: only the secret values, each counted', () => {
  it('a connection string loses its secrets and keeps the rest', () => {
    const { text, removed } = redact('ClientSecret=abc;Password=xyz;Server=s');
    expect(text).toBe(`ClientSecret=${PLACEHOLDER};Password=${PLACEHOLDER};Server=s`);
    expect(removed).toEqual(['client secret', 'password']);
  });

  it('an Azure storage and a Service Bus connection string keep their names and endpoints', () => {
    const r = new Rand(1);
    const key = SHAPES.azureAccountKey(r);
    expectRemoved(
      `DefaultEndpointsProtocol=https;AccountName=acmestore;AccountKey=${key};EndpointSuffix=core.windows.net`,
      key,
      ['access key'],
      ['AccountName=acmestore;', ';EndpointSuffix=core.windows.net'],
    );
    expectRemoved(
      `Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${key}`,
      key,
      ['access key'],
      ['SharedAccessKeyName=RootManageSharedAccessKey;'],
    );
  });
});

describe('redact: provider tokens by their shape', () => {
  const r = new Rand(2);
  it.each([
    ['GitHub', SHAPES.githubToken(r)],
    ['GitHub fine-grained', SHAPES.githubFineGrained(r)],
    ['Slack', SHAPES.slackToken(r)],
    ['Stripe', SHAPES.stripeKey(r)],
    ['Google', SHAPES.googleApiKey(r)],
    ['npm', SHAPES.npmToken(r)],
    ['OpenAI', SHAPES.openaiKey(r)],
    ['SendGrid', SHAPES.sendgridKey(r)],
    ['GitLab', SHAPES.gitlabToken(r)],
  ])('%s, bare, in a sentence, in JSON and in a URL', (_name, token) => {
    expectRemoved(token, token, ['token']);
    expectRemoved(`I generated ${token} this morning and get 401.`, token, ['token'], ['and get 401.']);
    expectRemoved(`{"data": "${token}", "code": 400}`, token, ['token'], ['"code": 400']);
    expectRemoved(
      `https://api.example.com/v1/hook?value=${token}&companyId=1234567`,
      token,
      ['token'],
      ['companyId=1234567'],
    );
  });

  it('an AWS access key id, and the secret access key written after it', () => {
    const id = SHAPES.awsAccessKeyId(r);
    const secret = SHAPES.awsSecretAccessKey(r);
    expectRemoved(`Key id ${id}\nand the secret: ${secret}`, [id, secret], ['access key', 'access key']);
    expectRemoved(
      `[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${secret}\nregion = eu-north-1`,
      [id, secret],
      ['access key', 'access key'],
      ['region = eu-north-1'],
    );
  });

  it('names that only look like prefixes stay', () => {
    expectKept('npm_package_json_version and ops-team-notifications-channel');
    expectKept('Idempotency-Key: 8e03978e-40d5-43e8-bc93-6894a57f9324');
  });
});

describe('redact: signed URLs, command lines and prose', () => {
  it('shared access and AWS signatures in URLs, keeping the other parameters', () => {
    expectRemoved(
      'https://acme.blob.core.windows.net/x.csv?sv=2022-11-02&sp=r&se=2026-12-01T00:00:00Z&sig=abcDEF123%2Bxyz%3D',
      'abcDEF123',
      ['signature'],
      ['sv=2022-11-02&sp=r&se=2026-12-01T00:00:00Z&sig='],
    );
    expectRemoved(
      'https://b.s3.amazonaws.com/r.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20261126T081404Z&X-Amz-Signature=3f2a9c0d8e7b6a5f4e3d2c1b0a9f8e7d',
      '3f2a9c0d8e7b6a5f4e3d2c1b0a9f8e7d',
      ['signature'],
      ['X-Amz-Date=20261126T081404Z'],
    );
  });

  it('basic auth and passwords on command lines, not ports or paths', () => {
    expectRemoved(
      'curl -u erp_user:Fjord2024! https://api.example.com/v1',
      'Fjord2024!',
      ['password'],
      ['-u erp_user:', 'https://api.example.com/v1'],
    );
    expectRemoved('mysql -h db -u report -p Vinter1999# erp', 'Vinter1999#', ['password'], ['-u report']);
    expectRemoved(
      'erp-sync --client-secret s3cr3tValue99 --company 1234567',
      's3cr3tValue99',
      ['client secret'],
      ['--company 1234567'],
    );
    expectKept('ssh -p 2222 deploy@host && docker run -p 8080:80 -u 1000 img');
  });

  it('passwords and secrets in prose, also on the line after their label', () => {
    expectRemoved(
      'The password for the ERP user is Tulipan2021% and nothing else changed.',
      'Tulipan2021%',
      ['password'],
      ['and nothing else changed.'],
    );
    expectRemoved('my client secret is: abcDEF123456ghi', 'abcDEF123456ghi', ['client secret']);
    expectRemoved(
      `Client secret\n${SECRET_GUID}\nCompany 1234567`,
      SECRET_GUID,
      ['client secret'],
      ['Company 1234567'],
    );
  });

  it('key names in Norwegian, Swedish, Danish, Finnish and Dutch', () => {
    expectRemoved('Brukernavn: erp, passord: Kaffe2020!', 'Kaffe2020!', ['password'], ['Brukernavn: erp']);
    expectRemoved('lösenord: Lakris1998?', 'Lakris1998?', ['password']);
    expectRemoved('Adgangskode er Sommer2001& hvis I skal teste.', 'Sommer2001&', ['password'], ['hvis I skal teste.']);
    expectRemoved('Käyttäjä api, salasana on Revontuli2024#', 'Revontuli2024#', ['password']);
    expectRemoved('{"wachtwoord": "Harbour2019!"}', 'Harbour2019!', ['password']);
    expectKept('Passordet er tilbakestilt. Het wachtwoord is correct.');
  });

  it('the syntaxes of PHP, YAML, Ruby and C#', () => {
    expectRemoved("'client_secret' => 'php-secret-1',", 'php-secret-1', ['client secret']);
    expectRemoved('  client_secret: "yaml-secret-2"', 'yaml-secret-2', ['client secret']);
    expectRemoved(
      'Client.new(client_id: "x", client_secret: "ruby-secret-3")',
      'ruby-secret-3',
      ['client secret'],
      ['client_id: "x"'],
    );
    expectRemoved('ClientSecret = "cs-secret-4",', 'cs-secret-4', ['client secret']);
    expectRemoved(
      '<add key="ClientSecret" value="net-secret-5" />',
      'net-secret-5',
      ['client secret'],
      ['<add key="ClientSecret" value="'],
    );
  });

  it('private keys of every PEM type, also cut off before their END line', () => {
    for (const label of [
      'RSA PRIVATE KEY',
      'EC PRIVATE KEY',
      'OPENSSH PRIVATE KEY',
      'ENCRYPTED PRIVATE KEY',
      'PRIVATE KEY',
      'PGP PRIVATE KEY BLOCK',
    ]) {
      expectRemoved(
        `-----BEGIN ${label}-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n-----END ${label}-----`,
        'MIIBOgIBAAJB',
        ['private key'],
      );
    }
    expectRemoved(
      '-----BEGIN PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu',
      'MIIBOgIBAAJB',
      ['private key'],
    );
  });
});
