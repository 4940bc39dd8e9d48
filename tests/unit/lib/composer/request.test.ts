import { describe, expect, it } from 'vitest';
import {
  MAILTO_LIMIT,
  TRUNCATION_NOTE,
  buildMailto,
  completenessMessage,
  composeRequest,
  composeText,
  downloadName,
  emptyDraft,
  missingRequired,
  statusCodeError,
  subjectLine,
  toDraft,
  utcNow,
  type Draft,
} from '../../../../src/lib/composer/request.ts';

/** The product name comes from content/site.json; any name will do here. */
const PRODUCT = 'Example API';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk';

function draft(fields: Partial<Draft>): Draft {
  return { ...emptyDraft(), ...fields };
}

const complete = draft({
  endpoint: 'https://integration.visma.net/API/controller/api/v1/customer',
  method: 'POST',
  status: '400',
  responseBody: '{"message": "Customer number is missing"}',
});

describe('completeness of the three required details', () => {
  it('names all three when nothing is filled in', () => {
    expect(missingRequired(emptyDraft())).toEqual([
      'Endpoint URL and HTTP method',
      'HTTP status code',
      'Response body',
    ]);
  });

  it('names only the half of the first item that is missing', () => {
    expect(missingRequired(draft({ ...complete, method: '' }))).toEqual(['HTTP method']);
    expect(missingRequired(draft({ ...complete, endpoint: '  ' }))).toEqual(['Endpoint URL']);
  });

  it('treats an invalid status code as missing', () => {
    expect(missingRequired(draft({ ...complete, status: '4000' }))).toEqual(['HTTP status code']);
  });

  it('is complete when the three are there', () => {
    expect(missingRequired(complete)).toEqual([]);
  });

  it('says what is still missing in one sentence', () => {
    expect(completenessMessage(['HTTP status code'])).toBe('Still missing: HTTP status code.');
    expect(completenessMessage(['A', 'B', 'C'])).toBe('Still missing: A, B and C.');
    expect(completenessMessage([])).toMatch(/^The three required details are there/);
  });
});

describe('status code check', () => {
  it('accepts three-digit HTTP codes and an empty field', () => {
    for (const ok of ['200', '400', ' 503 ', '']) expect(statusCodeError(ok)).toBeNull();
  });
  it('explains what is wrong with anything else', () => {
    expect(statusCodeError('40')).toMatch(/"40" is not an HTTP status code.*for example 400/);
    expect(statusCodeError('abc')).not.toBeNull();
    expect(statusCodeError('999')).not.toBeNull();
    expect(statusCodeError('099')).not.toBeNull();
  });
});

describe('the composed text', () => {
  it('follows the checklist order and leaves out empty fields', () => {
    const text = composeText(
      draft({
        ...complete,
        time: '2026-11-26T01:30:00Z',
        clientId: 'visma_test_client_1234',
        tried: 'Retried with Postman.',
      }),
    );
    expect(text).toBe(
      [
        'Endpoint URL and HTTP method: POST https://integration.visma.net/API/controller/api/v1/customer',
        'HTTP status code: 400',
        'Time of the call: 2026-11-26T01:30:00Z',
        'Client Id: visma_test_client_1234',
        '',
        'Response body:',
        '{"message": "Customer number is missing"}',
        '',
        'What I have tried:',
        'Retried with Postman.',
      ].join('\n'),
    );
    expect(text).not.toMatch(/Company|Request body|expected/);
  });

  it('is empty for an empty draft', () => {
    expect(composeText(emptyDraft())).toBe('');
  });

  it('composeRequest removes secrets from every field before composing, and says what it removed', () => {
    const result = composeRequest(
      draft({
        ...complete,
        endpoint: 'https://user:pw@integration.visma.net/API/controller/api/v1/customer?access_token=abc123456',
        requestBody: '{"client_secret": "284baba4-7a8d-4e14-2247-957812ac9ec", "name": "Acme"}',
        responseBody: `{"token": "x"} ${JWT}`,
        tried: 'curl -H "Authorization: Bearer abc123def456ghi"',
        clientId: 'visma_test_client_1234',
        correlationId: '0f8fad5b-d9cb-469f-a165-70867728950e',
      }),
      PRODUCT,
    );
    for (const secret of ['pw@', 'abc123456', '284baba4', JWT, 'abc123def456ghi']) {
      expect(result.text).not.toContain(secret);
      expect(JSON.stringify(result.safe)).not.toContain(secret);
    }
    expect(result.text).toContain('visma_test_client_1234');
    expect(result.text).toContain('0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(result.text).toContain('"name": "Acme"');
    expect(result.removedMessage).toBe(
      'Removed: 1 URL credentials in Endpoint URL, 1 access token in Endpoint URL, 1 token in Response body, 1 JWT in Response body, ' +
        '1 client secret in Request body, 1 Authorization header value in What have you tried?.',
    );
    expect(result.missing).toEqual([]);
    expect(result.subject).toBe('Example API: POST /API/controller/api/v1/customer returns HTTP 400');
  });

  it('reports nothing removed when there was nothing to remove', () => {
    expect(composeRequest(complete, PRODUCT).removedMessage).toBe('');
  });
});

describe('subject line', () => {
  it('names the call and the status, with the path only', () => {
    expect(subjectLine(complete, PRODUCT)).toBe('Example API: POST /API/controller/api/v1/customer returns HTTP 400');
    expect(subjectLine(draft({ method: 'GET', endpoint: 'not a url' }), PRODUCT)).toBe(
      'Example API: GET not a url fails',
    );
    expect(subjectLine(draft({ status: '500' }), PRODUCT)).toBe('Example API: call returns HTTP 500');
    expect(subjectLine(emptyDraft(), PRODUCT)).toBe('Example API: problem with an API call');
  });
});

describe('mailto: link', () => {
  const address = 'VNI-Support@visma.com';

  it('carries the subject and body, encoded', () => {
    const { href, truncated } = buildMailto(address, 'A & B', 'line 1\nline 2 ✓');
    expect(truncated).toBe(false);
    expect(href).toBe('mailto:VNI-Support@visma.com?subject=A%20%26%20B&body=line%201%0Aline%202%20%E2%9C%93');
    const url = new URL(href);
    expect(url.searchParams.get('body')).toBe('line 1\nline 2 ✓');
  });

  it('stays under the limit by cutting a long body and saying so', () => {
    const body = Array.from({ length: 200 }, (_, i) => `line ${i}: {"value": "ÆØÅ ${'x'.repeat(20)}"}`).join('\n');
    const { href, truncated } = buildMailto(address, 'Subject', body);
    expect(truncated).toBe(true);
    expect(href.length).toBeLessThanOrEqual(MAILTO_LIMIT);
    expect(href.length).toBeGreaterThan(MAILTO_LIMIT - 200);
    const sent = new URL(href).searchParams.get('body') ?? '';
    expect(sent.endsWith(TRUNCATION_NOTE)).toBe(true);
    expect(body.startsWith(sent.slice(0, sent.indexOf('\n\n[')))).toBe(true);
    // Cut at a line break, not in the middle of a line.
    expect(sent.slice(0, sent.indexOf('\n\n['))).toMatch(/"}$/);
  });

  it('never splits an emoji (a surrogate pair) when cutting', () => {
    const body = '😀'.repeat(2000);
    const { href } = buildMailto(address, 'S', body, 600);
    expect(href.length).toBeLessThanOrEqual(600);
    expect(() => decodeURIComponent(href)).not.toThrow();
  });

  it('sends only the note when even that would not fit with the subject', () => {
    const { href, truncated } = buildMailto(address, 'S'.repeat(3000), 'body', MAILTO_LIMIT);
    expect(truncated).toBe(true);
    expect(new URL(href).searchParams.get('body')).toBe(TRUNCATION_NOTE);
  });
});

describe('drafts, time and file names', () => {
  it('toDraft keeps only known string fields', () => {
    expect(toDraft({ endpoint: 'x', status: 400, other: 'y' })).toEqual({ ...emptyDraft(), endpoint: 'x' });
    expect(toDraft(null)).toEqual(emptyDraft());
    expect(toDraft('nonsense')).toEqual(emptyDraft());
  });

  it('utcNow is ISO 8601 in UTC, to the second', () => {
    expect(utcNow(new Date(Date.UTC(2026, 10, 26, 1, 30, 5, 999)))).toBe('2026-11-26T01:30:05Z');
  });

  it('downloadName is a dated .txt file name without colons', () => {
    expect(downloadName(new Date(Date.UTC(2026, 10, 26, 1, 30)))).toBe('api-support-request-2026-11-26T0130Z.txt');
  });
});
