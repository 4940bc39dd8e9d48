/**
 * Writing the support request from the checklist's fields: which required details are
 * missing, the plain text to paste, and a mailto: link that mail clients accept. Pure
 * functions; secrets are removed (src/lib/composer/redact.ts) before any text is produced.
 */
import { describeRemovals, redactFields, type FieldRemoval } from './redact.ts';

export const FIELD_IDS = [
  'endpoint',
  'method',
  'status',
  'responseBody',
  'requestBody',
  'time',
  'clientId',
  'company',
  'correlationId',
  'expected',
  'tried',
  'outside',
] as const;

export type FieldId = (typeof FIELD_IDS)[number];
export type Draft = Record<FieldId, string>;

/** The labels readers see, also used in the composed text and the removal report. */
export const FIELD_LABELS: Record<FieldId, string> = {
  endpoint: 'Endpoint URL',
  method: 'HTTP method',
  status: 'HTTP status code',
  responseBody: 'Response body',
  requestBody: 'Request body',
  time: 'Time of the call',
  clientId: 'Client Id',
  company: 'Company or tenant',
  correlationId: 'Request or correlation id',
  expected: 'What did you expect?',
  tried: 'What have you tried?',
  outside: 'Does it happen outside your application?',
};

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

export function emptyDraft(): Draft {
  return Object.fromEntries(FIELD_IDS.map((id) => [id, ''])) as Draft;
}

/** A draft from anything (e.g. parsed localStorage): unknown keys dropped, non-strings emptied. */
export function toDraft(data: unknown): Draft {
  const draft = emptyDraft();
  if (typeof data !== 'object' || data === null) return draft;
  for (const id of FIELD_IDS) {
    const value = (data as Record<string, unknown>)[id];
    if (typeof value === 'string') draft[id] = value;
  }
  return draft;
}

/** The current time in UTC, ISO 8601, to the second: "2026-11-26T01:30:00Z". */
export function utcNow(now: Date = new Date()): string {
  return `${now.toISOString().slice(0, 19)}Z`;
}

/** Why a status code is not valid, or null when it is (or is still empty). */
export function statusCodeError(status: string): string | null {
  const s = status.trim();
  if (s === '') return null;
  if (!/^\d{3}$/.test(s) || Number(s) < 100 || Number(s) > 599) {
    return `"${s}" is not an HTTP status code. Write the three digits you got back, for example 400 or 500.`;
  }
  return null;
}

/** The required details still missing, named as readers see them. */
export function missingRequired(draft: Draft): string[] {
  const missing: string[] = [];
  const url = draft.endpoint.trim();
  const method = draft.method.trim();
  if (!url && !method) missing.push('Endpoint URL and HTTP method');
  else if (!url) missing.push('Endpoint URL');
  else if (!method) missing.push('HTTP method');
  if (!draft.status.trim() || statusCodeError(draft.status)) missing.push('HTTP status code');
  if (!draft.responseBody.trim()) missing.push('Response body');
  return missing;
}

/** "Still missing: HTTP status code and Response body." or the all-clear. */
export function completenessMessage(missing: string[]): string {
  if (missing.length === 0)
    return 'The three required details are there: endpoint and method, status code and response body.';
  const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}`;
  return `Still missing: ${list}.`;
}

/** The path of an endpoint URL, for a short subject line; the text itself when it is not a URL. */
function shortEndpoint(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname;
  } catch {
    return url;
  }
}

/** The e-mail subject: what failed and how, from the (redacted) draft; `product` from content/site.json. */
export function subjectLine(draft: Draft, product: string): string {
  const call = [draft.method.trim(), shortEndpoint(draft.endpoint.trim())].filter(Boolean).join(' ');
  const status = draft.status.trim();
  if (!call && !status) return `${product}: problem with an API call`;
  if (!status) return `${product}: ${call} fails`;
  if (!call) return `${product}: call returns HTTP ${status}`;
  return `${product}: ${call} returns HTTP ${status}`;
}

function block(label: string, value: string): string {
  return `${label}\n${value.replace(/\s+$/, '')}`;
}

/** The plain-text request, in the checklist's order, leaving out empty fields. */
export function composeText(draft: Draft): string {
  const d = Object.fromEntries(FIELD_IDS.map((id) => [id, draft[id].trim()])) as Draft;
  const lines: string[] = [];
  const call = [d.method, d.endpoint].filter(Boolean).join(' ');
  if (call) lines.push(`Endpoint URL and HTTP method: ${call}`);
  if (d.status) lines.push(`HTTP status code: ${d.status}`);
  if (d.time) lines.push(`${FIELD_LABELS.time}: ${d.time}`);
  if (d.clientId) lines.push(`${FIELD_LABELS.clientId}: ${d.clientId}`);
  if (d.company) lines.push(`${FIELD_LABELS.company}: ${d.company}`);
  if (d.correlationId) lines.push(`${FIELD_LABELS.correlationId}: ${d.correlationId}`);
  const sections: string[] = [];
  if (lines.length) sections.push(lines.join('\n'));
  if (d.responseBody) sections.push(block('Response body:', d.responseBody));
  if (d.requestBody) sections.push(block('Request body (secrets removed):', d.requestBody));
  if (d.expected) sections.push(block('What I expected:', d.expected));
  if (d.tried) sections.push(block('What I have tried:', d.tried));
  if (d.outside) sections.push(block('Does it happen outside my application?', d.outside));
  return sections.join('\n\n');
}

export interface ComposedRequest {
  /** The draft with every secret removed: the only version shown, copied, mailed or stored. */
  safe: Draft;
  removals: FieldRemoval[];
  /** "Removed: ..." or "" when nothing was removed. */
  removedMessage: string;
  missing: string[];
  subject: string;
  text: string;
}

/** Everything the composer shows, from what the reader typed. */
export function composeRequest(draft: Draft, product: string): ComposedRequest {
  const { values: safe, removals } = redactFields(draft, FIELD_LABELS);
  return {
    safe,
    removals,
    removedMessage: describeRemovals(removals),
    missing: missingRequired(safe),
    subject: subjectLine(safe, product),
    text: composeText(safe),
  };
}

/** Mail clients and browsers reject long mailto: links; stay well under 2,000 characters. */
export const MAILTO_LIMIT = 1800;

export const TRUNCATION_NOTE =
  '[The request was shortened to fit in an e-mail link. Use "Copy" on the checklist page and paste the full text here.]';

function mailtoUrl(address: string, subject: string, body: string): string {
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** Cut a string to n UTF-16 units without splitting a surrogate pair. */
function cut(text: string, n: number): string {
  let end = Math.max(0, Math.min(n, text.length));
  const code = text.charCodeAt(end - 1);
  if (end > 0 && code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

export interface Mailto {
  href: string;
  truncated: boolean;
}

/**
 * A mailto: link with subject and body, at most `limit` characters long. A body that
 * does not fit is cut at a line break where possible and ends with a note asking the
 * reader to paste the full text.
 */
export function buildMailto(address: string, subject: string, body: string, limit = MAILTO_LIMIT): Mailto {
  const full = mailtoUrl(address, subject, body);
  if (full.length <= limit) return { href: full, truncated: false };
  const withBody = (n: number) => {
    let part = cut(body, n);
    const lineBreak = part.lastIndexOf('\n');
    if (lineBreak > n * 0.75) part = part.slice(0, lineBreak);
    return `${part.replace(/\s+$/, '')}\n\n${TRUNCATION_NOTE}`;
  };
  // The longest body prefix that fits, by binary search on its length.
  let lo = 0;
  let hi = body.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (mailtoUrl(address, subject, withBody(mid)).length <= limit) lo = mid;
    else hi = mid - 1;
  }
  const href = mailtoUrl(address, subject, withBody(lo));
  if (href.length > limit) {
    // Even the note alone does not fit (a very long subject): send the note only.
    return { href: mailtoUrl(address, cut(subject, 200), TRUNCATION_NOTE), truncated: true };
  }
  return { href, truncated: true };
}

/** A file name for the downloaded text: "api-support-request-2026-11-26T0130Z.txt". */
export function downloadName(now: Date = new Date()): string {
  const stamp = now.toISOString().slice(0, 16).replace(':', '');
  return `api-support-request-${stamp}Z.txt`;
}
