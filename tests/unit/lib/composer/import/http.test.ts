/**
 * The raw HTTP reader against real wire bytes (curl talking to a stub API through a tap,
 * tests/fixtures/import/raw-exchange.txt) and a real `curl -v` transcript.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeHttp, parseHttp } from '../../../../../src/lib/composer/import/http.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/import/${name}`, 'utf8');
const ERROR_BODY =
  '{"message":"The customer 10001 does not exist.","errorCode":"CUSTOMER_NOT_FOUND","traceId":"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"}';

describe('parseHttp', () => {
  it('reads a request and its chunked response off the wire, dropping credentials', () => {
    const text = fixture('raw-exchange.txt');
    expect(looksLikeHttp(text)).toBe(true);
    const call = parseHttp(text);
    expect(call.method).toBe('POST');
    expect(call.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/controller\/api\/v1\/salesorder\?access_token=\[REMOVED\]$/);
    expect(call.requestBody).toContain('"orderType":"SO"');
    expect(call.status).toBe(400);
    expect(call.statusText).toBe('Bad Request');
    expect(call.responseBody).toBe(ERROR_BODY);
    expect(call.responseHeaders).toContainEqual(['x-correlation-id', '0f8fad5b-d9cb-469f-a165-70867728950e']);
    expect(call.requestHeaders).toContainEqual(['ipp-company-id', '1234567']);
    const everything = JSON.stringify(call);
    for (const secret of ['QSTOKEN', 'eyJzdWIiOiJ4In0', 'a1b2c3d4e5', 'ZZsetcookieZZ'])
      expect(everything).not.toContain(secret);
    expect(call.dropped).toEqual([
      'the Cookie header',
      'the Authorization header',
      'the access_token value in the query string',
      'the Set-Cookie header',
    ]);
  });

  it('reads a curl -v transcript: > and < prefixes, * notes, the body after them', () => {
    const call = parseHttp(fixture('curl-verbose.txt'));
    expect(call.method).toBe('POST');
    expect(call.status).toBe(400);
    expect(call.responseBody).toBe(ERROR_BODY);
    expect(call.responseHeaders.map(([n]) => n)).toContain('Date');
    expect(call.notes.join(' ')).toMatch(/does not show the request body \(101 bytes\)/);
  });

  it('reads a request with LF line ends and no response; the Host header makes the URL', () => {
    const call = parseHttp(
      'GET /controller/api/v1/customer/10001 HTTP/1.1\nHost: api.example.com\nAccept: application/json\n',
    );
    expect(call).toMatchObject({
      method: 'GET',
      url: 'https://api.example.com/controller/api/v1/customer/10001',
      status: null,
      responseBody: '',
    });
  });

  it('keeps an absolute URL in the request line (proxy form); port 80 means http', () => {
    expect(parseHttp('DELETE http://x.test/v1/a/1 HTTP/1.1\r\nHost: x.test\r\n\r\n').url).toBe('http://x.test/v1/a/1');
    expect(parseHttp('GET /v1 HTTP/1.1\r\nHost: x.test:80\r\n\r\n').url).toBe('http://x.test/v1');
  });

  it('reads a response alone and says the request is missing', () => {
    const call = parseHttp(
      'HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer error="invalid_token"\r\n\r\n{"error":"invalid_token"}',
    );
    expect(call).toMatchObject({ method: '', status: 401, responseBody: '{"error":"invalid_token"}' });
    expect(call.responseHeaders).toEqual([['WWW-Authenticate', 'Bearer error="invalid_token"']]);
    expect(call.notes[0]).toMatch(/Only a response/);
  });

  it('joins folded header lines and notes a request without a Host', () => {
    const call = parseHttp('POST /v1/a HTTP/1.1\r\nX-Long: one\r\n two\r\n\r\nbody');
    expect(call.requestHeaders).toEqual([['X-Long', 'one two']]);
    expect(call.url).toBe('/v1/a');
    expect(call.notes[0]).toMatch(/no Host header/);
  });

  it('rejects text that is no HTTP message', () => {
    expect(looksLikeHttp('Hello support, my call fails')).toBe(false);
    expect(() => parseHttp('Hello support')).toThrow(/not an HTTP request or response/);
  });
});
