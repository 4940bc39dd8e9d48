/**
 * The curl reader against commands as Chrome and Firefox export them (files in
 * tests/fixtures/import/, laid out by each exporter's quoting rules for bash and cmd; Postman's
 * own generator is in curl-postman.test.ts) and
 * against bash itself: for bash-quoted commands, the words the reader sees must be the
 * words bash hands to curl.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bashArgv, hasBash } from '../../../../support/bash.ts';
import { ImportError } from '../../../../../src/lib/composer/import/call.ts';
import {
  detectShell,
  looksLikeCurl,
  parseCurl,
  splitBash,
  splitCmd,
} from '../../../../../src/lib/composer/import/curl.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/import/${name}`, 'utf8');
const BODY = fixture('request-body.json');
const JWT_PART = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9';

describe('parseCurl: "Copy as cURL" and code exports', () => {
  const exports = [
    ['Chrome, bash', 'chrome-bash.txt', 'bash'],
    ['Chrome, cmd', 'chrome-cmd.txt', 'cmd'],
    ['Firefox, bash', 'firefox-bash.txt', 'bash'],
    ['Firefox, cmd (curl.exe)', 'firefox-cmd.txt', 'cmd'],
  ] as const;

  for (const [name, file, shell] of exports) {
    it(`${name}: method, URL without the token, headers and the exact body; secrets dropped and named`, () => {
      const text = fixture(file);
      expect(looksLikeCurl(text)).toBe(true);
      expect(detectShell(text)).toBe(shell);
      const call = parseCurl(text);
      expect(call.method).toBe('POST');
      expect(call.url).toBe('https://api.example.com/controller/api/v1/salesorder?expand=lines&access_token=[REMOVED]');
      expect(call.requestBody).toBe(BODY);
      expect(call.requestHeaders.find(([n]) => n.toLowerCase() === 'ipp-company-id')?.[1]).toBe('1234567');
      const kept = JSON.stringify(call.requestHeaders);
      for (const secret of [JWT_PART, 'CfDJ8SESSIONVALUE42', 'a1b2c3d4e5', 'QSTOKEN'])
        expect(kept + call.url).not.toContain(secret);
      expect(call.dropped).toContain('the Authorization header');
      expect(call.dropped).toContain('the access_token value in the query string');
      expect(call.dropped.some((d) => /cookie/i.test(d))).toBe(true);
    });
  }

  it.skipIf(!hasBash)('reads bash-quoted exports into exactly the words bash gives curl', () => {
    for (const file of ['chrome-bash.txt']) {
      const text = fixture(file);
      expect(['curl', ...splitBash(text).words.slice(1)]).toEqual(['curl', ...bashArgv(text)]);
    }
  });
});

describe('splitBash: quoting edge cases, checked against bash', () => {
  const cases = [
    `curl 'https://x.test/a?b=1&c=2' -H 'X-Note: it'\\''s fine'`,
    `curl $'line\\none\\ttab \\'q\\' \\u00e5 \\x41 \\101 \\041' -d "a \\"b\\" \\$HOME \\\\ c"`,
    `curl -d"joined"'words'$'\\n' https://x.test`,
    `curl https://x.test \\\n  -H "A: 1" \\\n  -H 'B: 2'`,
    `curl "https://x.test/p?q=[1]" -d ''`,
  ];
  for (const command of cases) {
    it.skipIf(!hasBash)(JSON.stringify(command), () => {
      expect(splitBash(command).words.slice(1)).toEqual(bashArgv(command));
    });
  }

  it('stops at the end of the first command and says more followed', () => {
    const tokens = splitBash(`curl 'https://x.test/one' ;\ncurl 'https://x.test/two'`);
    expect(tokens).toEqual({ words: ['curl', 'https://x.test/one'], more: true });
  });

  it('throws a reader-facing error for a quote that is never closed', () => {
    expect(() => splitBash(`curl 'https://x.test' -H 'A: 1`)).toThrow(ImportError);
    expect(() => splitBash(`curl "https://x.test`)).toThrow(/never closed/);
  });
});

describe('splitCmd: Windows cmd quoting', () => {
  it('reads ^-escapes, \\" quotes, doubled backslashes and ^ line continuations', () => {
    const text =
      'curl ^"https://x.test/a?b=1^&c=2^" ^\n  -H ^"X-Q: say ^\\^"hi^\\^"^" ^\n  --data-raw ^"^{^\\^"path^\\^":^\\^"C:^\\^\\^\\^\\temp^\\^"^}^"';
    expect(splitCmd(text).words).toEqual([
      'curl',
      'https://x.test/a?b=1&c=2',
      '-H',
      'X-Q: say "hi"',
      '--data-raw',
      '{"path":"C:\\\\temp"}',
    ]);
  });

  it('reads a line break written as ^ and two line ends', () => {
    expect(splitCmd('curl.exe ^"https://x.test^" --data-raw ^"a^\n\nb^"').words).toEqual([
      'curl.exe',
      'https://x.test',
      '--data-raw',
      'a\nb',
    ]);
  });

  it('reads the older export with "" for a quote and "%" for a percent sign', () => {
    expect(splitCmd('curl "https://x.test/?a=1&b=2" --data-binary "{""a"":""100"%"""}" --compressed').words).toEqual([
      'curl',
      'https://x.test/?a=1&b=2',
      '--data-binary',
      '{"a":"100%"}',
      '--compressed',
    ]);
  });

  it('stops at & between two commands ("Copy all as cURL (cmd)")', () => {
    expect(splitCmd('curl ^"https://x.test/1^" &\r\ncurl ^"https://x.test/2^"')).toEqual({
      words: ['curl', 'https://x.test/1'],
      more: true,
    });
  });
});

describe('parseCurl: options as people write them', () => {
  it('-XPOST and -H glued to their values, -d implies nothing more than its body', () => {
    const call = parseCurl(`curl -sS -XPUT -H'Content-Type: application/json' -d '{"a":1}' https://x.test/v1/a`);
    expect(call.method).toBe('PUT');
    expect(call.requestBody).toBe('{"a":1}');
    expect(call.requestHeaders).toEqual([['Content-Type', 'application/json']]);
  });

  it('a body implies POST; several -d are joined with &', () => {
    const call = parseCurl('curl https://x.test/token -d grant_type=client_credentials -d scope=api');
    expect(call.method).toBe('POST');
    expect(call.requestBody).toBe('grant_type=client_credentials&scope=api');
  });

  it('-G moves the data into the query string and keeps GET', () => {
    const call = parseCurl('curl -G https://x.test/v1/customer -d pageSize=10 --data-urlencode "name=Åsa Öberg"');
    expect(call.method).toBe('GET');
    expect(call.url).toBe('https://x.test/v1/customer?pageSize=10&name=%C3%85sa%20%C3%96berg');
    expect(call.requestBody).toBe('');
  });

  it('-I is HEAD, --json is POST with a JSON content type', () => {
    expect(parseCurl('curl -I https://x.test').method).toBe('HEAD');
    const call = parseCurl(`curl --json '{"a":1}' https://x.test/v1`);
    expect(call.method).toBe('POST');
    expect(call.requestHeaders).toContainEqual(['Content-Type', 'application/json']);
  });

  it('a body from a file is noted as not included', () => {
    const call = parseCurl('curl -X POST https://x.test/v1 --data-binary @order.json');
    expect(call.requestBody).toBe('');
    expect(call.notes.join(' ')).toMatch(/file order\.json, which the command does not contain/);
  });

  it('form fields are listed, files named as not included', () => {
    const call = parseCurl(`curl https://x.test/v1/attachment -F 'note=Invoice 42' -F 'file=@"scan 1.pdf"'`);
    expect(call.method).toBe('POST');
    expect(call.requestBody).toBe('note=Invoice 42\nfile=(the file scan 1.pdf, not included)');
  });

  it('-u, --oauth2-bearer, cookies and credentials in the URL never reach the call', () => {
    const call = parseCurl(
      `curl -u visma_test_client_1234:S3cr3tPa55 --oauth2-bearer abc.def.ghi -b 'sid=xyz123' 'https://me:pw123@x.test/v1?api_key=K3Y&page=2' -H 'X-Api-Key: K3Y2' -H 'x-auth-token: T0K3N'`,
    );
    const everything = JSON.stringify(call);
    for (const secret of ['S3cr3tPa55', 'abc.def.ghi', 'xyz123', 'pw123', 'K3Y', 'T0K3N'])
      expect(everything).not.toContain(secret);
    expect(call.url).toBe('https://x.test/v1?api_key=[REMOVED]&page=2');
    expect(call.dropped).toEqual([
      'the user name and password (-u)',
      'the bearer token (--oauth2-bearer)',
      'the cookies (-b)',
      'the X-Api-Key header',
      'the x-auth-token header',
      'the user name and password in the URL',
      'the api_key value in the query string',
    ]);
  });

  it('a URL without a scheme gets http://, as curl does; a shell prompt is ignored', () => {
    expect(parseCurl('$ curl x.test/v1').url).toBe('http://x.test/v1');
  });

  it("Chrome's escaped brackets in the URL are unescaped", () => {
    expect(parseCurl(`curl 'https://x.test/v1?filter\\[a\\]=1'`).url).toBe('https://x.test/v1?filter[a]=1');
  });

  it('says so when there was more than one command', () => {
    expect(parseCurl(`curl 'https://x.test/one' ;\ncurl 'https://x.test/two'`).notes[0]).toMatch(/only the first/);
  });

  it('rejects text that is not a curl command, or has no URL, with a message for the reader', () => {
    expect(() => parseCurl('wget https://x.test')).toThrow(/does not start with curl/);
    expect(() => parseCurl('curl -X POST -H "A: 1"')).toThrow(/has no URL/);
  });
});

describe('commands as people write them, read as their shell would', () => {
  it('a hand-written cmd command with ^ line ends and \\" in its body', () => {
    const command =
      'curl -X POST https://x.test/a ^\n  -H "Content-Type: application/json" ^\n  -d "{\\"q\\":\\"fish\\"}"';
    expect(detectShell(command)).toBe('cmd');
    expect(parseCurl(command).requestBody).toBe('{"q":"fish"}');
  });

  it('cmd ends the command at an & its quotes do not hide, as cmd.exe does', () => {
    const call = parseCurl('curl -X POST https://x.test/a ^\n  -d "{\\"q\\":\\"fish&chips\\"}"');
    expect(call.requestBody).toBe('{"q":"fish');
    expect(call.notes.join(' ')).toMatch(/more than one command/);
  });

  it('cmd: "" is a quote inside quotes, an apostrophe is a plain character, a Windows path keeps its backslashes', () => {
    expect(parseCurl('curl https://x.test/a ^\n  -d "{""name"":""O\'Brien""}"').requestBody).toBe(
      '{"name":"O\'Brien"}',
    );
    expect(parseCurl('curl https://x.test/a ^\n  -d @C:\\tmp\\body.json').notes.join(' ')).toContain(
      'C:\\tmp\\body.json',
    );
    expect(parseCurl('curl "https://x.test/?a=1&b=2" --data-binary "{""a"":""100"%"""}"').requestBody).toBe(
      '{"a":"100%"}',
    );
  });

  it('cmd leaves ^ alone inside quotes: curl.exe gets what was typed', () => {
    expect(parseCurl('curl "https://x.test/a?b=1^&c=2" ^\n  -H "A: 1"').url).toBe('https://x.test/a?b=1^&c=2');
  });

  it.skipIf(!hasBash)('bash: ^ and | inside single quotes are text, and a line end without \\ ends the command', () => {
    for (const command of [
      `curl 'https://x.test/api' \\\n  --data-raw '{"sep":"^"}'`,
      `curl 'https://x.test/api' --data-raw '{"pattern":"^|x"}'`,
      `curl https://a.test/v1/orders -H 'X-Id: 1'\ncurl -X DELETE https://b.test/v1/orders/7 -d 'x=1'`,
    ]) {
      expect(detectShell(command), command).toBe('bash');
      expect(splitBash(command).words.slice(1), command).toEqual(bashArgv(command.split(/\n(?=curl)/)[0]!));
    }
    const call = parseCurl(
      `curl https://a.test/v1/orders -H 'X-Id: 1'\ncurl -X DELETE https://b.test/v1/orders/7 -d 'x=1'`,
    );
    expect([call.method, call.url, call.requestBody]).toEqual(['GET', 'https://a.test/v1/orders', '']);
    expect(call.notes.join(' ')).toMatch(/more than one command/);
  });
});
