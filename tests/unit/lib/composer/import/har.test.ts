/**
 * The HAR reader against a file Chromium recorded (tests/fixtures/import/chromium.har,
 * made by tests/support/stub-api.ts: a page calling a stub API) and against the shapes
 * Firefox and Safari use where they differ (offsets in startedDateTime, status 0 with no
 * _resourceType, base64 bodies).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { harCall, isApiCall, listCalls, parseHar, type HarEntry } from '../../../../../src/lib/composer/import/har.ts';
import { STUB } from '../../../../support/stub-api.ts';

const recorded = readFileSync('tests/fixtures/import/chromium.har', 'utf8');

describe('parseHar and listCalls: a HAR recorded by Chromium', () => {
  const har = parseHar(recorded);

  it('lists the three API calls, the failed ones first, never the page, its stylesheet or its image', () => {
    const { calls, apiOnly } = listCalls(har);
    expect(apiOnly).toBe(true);
    expect(calls.map((c) => [c.method, c.where.replace(/^[\d.:]+/, ''), c.status, c.failed])).toEqual([
      ['POST', '/controller/api/v1/salesorder', 400, true],
      ['GET', '/controller/api/v1/unreachable', 0, true],
      ['GET', '/controller/api/v1/customer/10001', 200, false],
    ]);
    // The list never shows query strings: they may hold tokens.
    expect(JSON.stringify(calls)).not.toContain(STUB.queryToken);
    expect(calls[1]!.statusText).toBe('net::ERR_EMPTY_RESPONSE');
  });

  it('reads the failed call: body, status, correlation id header; drops the token, cookies and Authorization', () => {
    const index = listCalls(har).calls[0]!.index;
    const call = harCall(har.entries[index]!);
    expect(call.method).toBe('POST');
    expect(call.url).toMatch(/\/controller\/api\/v1\/salesorder\?expand=lines&access_token=\[REMOVED\]$/);
    expect(call.status).toBe(400);
    expect(call.responseBody).toBe(STUB.errorBody);
    expect(JSON.parse(call.requestBody)).toMatchObject({ orderType: 'SO', client_secret: STUB.clientSecret });
    expect(call.responseHeaders).toContainEqual(['x-correlation-id', STUB.correlationId]);
    expect(call.requestHeaders).toContainEqual(['ipp-company-id', STUB.company]);
    expect(call.startedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z$/);
    const headers = JSON.stringify([call.requestHeaders, call.responseHeaders, call.url]);
    for (const secret of [STUB.jwt, STUB.cookie, STUB.queryToken]) expect(headers).not.toContain(secret);
    expect(call.dropped).toEqual([
      'the access_token value in the query string',
      'the Authorization header',
      'the Cookie header',
    ]);
  });

  it('reads a call that got no response: no status, the reason kept', () => {
    const index = listCalls(har).calls[1]!.index;
    expect(harCall(har.entries[index]!)).toMatchObject({
      status: null,
      error: 'net::ERR_EMPTY_RESPONSE',
      responseBody: '',
    });
  });
});

describe('HAR shapes from other browsers', () => {
  const entry = (over: Partial<HarEntry>): HarEntry => ({
    startedDateTime: '2026-11-29T15:02:03.123+01:00',
    request: { method: 'GET', url: 'https://api.example.com/controller/api/v1/customer', headers: [] },
    response: { status: 200, statusText: 'OK', headers: [], content: { mimeType: 'application/json', text: '[]' } },
    ...over,
  });

  it('Firefox: no _resourceType; API calls told apart by content type and path; status 0 is failed', () => {
    expect(isApiCall(entry({}))).toBe(true);
    expect(
      isApiCall(
        entry({
          request: { method: 'GET', url: 'https://cdn.example.com/app.js' },
          response: { content: { mimeType: 'text/javascript' } },
        }),
      ),
    ).toBe(false);
    const har = parseHar(
      JSON.stringify({
        log: {
          creator: { name: 'Firefox', version: '133.0' },
          entries: [entry({}), entry({ response: { status: 0, statusText: '', content: { mimeType: '', text: '' } } })],
        },
      }),
    );
    expect(har.creator).toBe('Firefox 133.0');
    expect(listCalls(har).calls.map((c) => [c.index, c.failed])).toEqual([
      [1, true],
      [0, false],
    ]);
  });

  it('a base64 text body is decoded; a binary one is left out with a note', () => {
    const text = harCall(
      entry({
        response: {
          status: 400,
          content: { mimeType: 'application/problem+json', encoding: 'base64', text: btoa('{"title":"Bad"}') },
        },
      }),
    );
    expect(text.responseBody).toBe('{"title":"Bad"}');
    const binary = harCall(
      entry({
        response: { status: 200, content: { mimeType: 'application/pdf', encoding: 'base64', text: 'JVBERi0=' } },
      }),
    );
    expect(binary.responseBody).toBe('');
    expect(binary.notes[0]).toMatch(/binary \(application\/pdf\)/);
  });

  it('form posts without text list their fields; files are named, not included', () => {
    const call = harCall(
      entry({
        request: {
          method: 'POST',
          url: 'https://x.test/v1',
          postData: {
            mimeType: 'multipart/form-data',
            params: [
              { name: 'note', value: 'Invoice 42' },
              { name: 'file', fileName: 'scan.pdf' },
            ],
          },
        },
      }),
    );
    expect(call.requestBody).toBe('note=Invoice 42\nfile=(the file scan.pdf, not included)');
  });

  it('when no call looks like an API call, every call is offered', () => {
    const har = parseHar(
      JSON.stringify({
        log: { entries: [entry({ _resourceType: 'document', request: { method: 'GET', url: 'https://x.test/' } })] },
      }),
    );
    expect(listCalls(har)).toMatchObject({ apiOnly: false, calls: [{ index: 0 }] });
  });
});

describe('parseHar: bad input', () => {
  it('names a file that is not JSON, with where it breaks', () => {
    expect(() => parseHar('{"log": {"entries": [')).toThrow(/not valid JSON/);
  });
  it('names JSON that is not a HAR', () => {
    expect(() => parseHar('{"orders": []}')).toThrow(/not a HAR file/);
  });
  it('names a HAR without calls', () => {
    expect(() => parseHar('{"log": {"version": "1.2", "entries": []}}')).toThrow(/holds no calls/);
  });
});
