/**
 * From an imported call to field values: what is filled, redacted before it is filled,
 * and what the reader is told; and the merge that never replaces typed text unasked.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  callTime,
  fieldList,
  fillFromCall,
  planFill,
  type HeaderLists,
} from '../../../../../src/lib/composer/import/fill.ts';
import { parseCurl } from '../../../../../src/lib/composer/import/curl.ts';
import { harCall, listCalls, parseHar } from '../../../../../src/lib/composer/import/har.ts';
import { parseHttp } from '../../../../../src/lib/composer/import/http.ts';
import { emptyCall } from '../../../../../src/lib/composer/import/call.ts';
import { toDraft } from '../../../../../src/lib/composer/request.ts';
import { STUB } from '../../../../support/stub-api.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/import/${name}`, 'utf8');
const LISTS: HeaderLists = {
  correlationId: ['x-correlation-id', 'x-request-id', 'request-id', 'traceparent'],
  company: ['ipp-company-id', 'x-tenant-id'],
  secret: [],
};

describe('fillFromCall', () => {
  it('a Chrome curl command fills endpoint, method, company and request body, the client secret redacted', () => {
    const filled = fillFromCall(parseCurl(fixture('chrome-cmd.txt')), LISTS);
    expect(filled.values).toMatchObject({
      endpoint: 'https://api.example.com/controller/api/v1/salesorder?expand=lines&access_token=[REMOVED]',
      method: 'POST',
      company: '1234567',
    });
    expect(filled.values.requestBody).toContain('"client_secret": "[REMOVED]"');
    expect(filled.values.requestBody).toContain("O'Brien & Sons – 100% paid!");
    expect(filled.values).not.toHaveProperty('status');
    expect(filled.leftOut).toBe(
      'Left out: the cookies (-b), the Authorization header and the access_token value in the query string.',
    );
    expect(filled.removed).toBe('Removed: 1 client secret in Request body.');
  });

  it('the HAR recorded by Chromium fills the failed call, its time in UTC and its correlation id', () => {
    const har = parseHar(fixture('chromium.har'));
    const entry = har.entries[listCalls(har).calls[0]!.index]!;
    const filled = fillFromCall(harCall(entry), LISTS);
    expect(filled.values).toMatchObject({
      method: 'POST',
      status: '400',
      responseBody: STUB.errorBody,
      correlationId: STUB.correlationId,
      company: STUB.company,
    });
    expect(filled.values.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(JSON.stringify(filled.values)).not.toContain(STUB.clientSecret);
  });

  it('a raw exchange takes the time from the Date header', () => {
    const filled = fillFromCall(parseHttp(fixture('raw-exchange.txt')), LISTS);
    expect(filled.values.time).toBe('2026-11-29T15:00:39Z (from the response’s Date header)');
    expect(filled.values.correlationId).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
  });

  it('the first header in the list wins; request headers count when the response has none', () => {
    const call = {
      ...emptyCall(),
      responseHeaders: [
        ['traceparent', '00-abc-def-01'],
        ['X-Request-Id', 'req-42'],
      ] as [string, string][],
    };
    expect(fillFromCall(call, LISTS).values.correlationId).toBe('req-42');
    const sent = { ...emptyCall(), requestHeaders: [['x-correlation-id', 'mine-1']] as [string, string][] };
    expect(fillFromCall(sent, LISTS).values.correlationId).toBe('mine-1');
  });

  it('a call with no response says why in the response body', () => {
    const call = { ...emptyCall(), method: 'GET', url: 'https://x.test/v1', error: 'net::ERR_CONNECTION_REFUSED' };
    expect(fillFromCall(call, LISTS).values.responseBody).toBe('No response: net::ERR_CONNECTION_REFUSED');
  });

  it('cuts a very long body and says so; a method outside the list is noted, not filled', () => {
    const call = { ...emptyCall(), method: 'PROPFIND', responseBody: 'x'.repeat(25_000) };
    const filled = fillFromCall(call, LISTS);
    expect(filled.values.responseBody!.length).toBeLessThan(20_100);
    expect(filled.values.responseBody).toMatch(/\[… 5,000 more characters cut\]$/);
    expect(filled.values.method).toBeUndefined();
    expect(filled.notes.join(' ')).toMatch(/PROPFIND is not in the list/);
  });
});

describe('callTime', () => {
  it('converts to UTC and notes the original offset', () => {
    expect(callTime('2026-11-29T15:02:03.123+01:00', undefined)).toBe(
      '2026-11-29T14:02:03Z (recorded as 2026-11-29T15:02:03+01:00)',
    );
    expect(callTime('2026-11-29T14:02:03.123Z', undefined)).toBe('2026-11-29T14:02:03Z');
    expect(callTime('', 'Sun, 29 Nov 2026 14:02:03 GMT')).toBe(
      '2026-11-29T14:02:03Z (from the response’s Date header)',
    );
    expect(callTime('yesterday', 'not a date')).toBe('');
  });
});

describe('planFill', () => {
  it('fills empty fields and the untouched time at once; asks before replacing what the reader typed', () => {
    const current = toDraft({
      endpoint: 'https://x.test/v1/a',
      status: '500',
      time: '2026-11-29T10:00:00Z',
      tried: 'Retried twice.',
    });
    const plan = planFill(
      current,
      { endpoint: 'https://x.test/v1/a', status: '400', time: '2026-11-29T09:00:00Z', responseBody: '{}' },
      (id) => id === 'time',
    );
    expect(plan.now).toEqual({ endpoint: 'https://x.test/v1/a', time: '2026-11-29T09:00:00Z', responseBody: '{}' });
    expect(plan.conflicts).toEqual(['status']);
    expect(fieldList(['endpoint', 'status', 'responseBody'])).toBe('Endpoint URL, HTTP status code and Response body');
  });
});
