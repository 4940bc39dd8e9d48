/**
 * From an imported call to the composer's field values: which fields it fills, with every
 * value passed through the composer's redaction first, and what the reader is told (what
 * was filled, what was left out, what was removed). Also the merge with what the reader
 * already typed: their text is never replaced without asking.
 */
import { describeRemovals, redactFields } from '../redact.ts';
import { FIELD_LABELS, HTTP_METHODS, utcNow, type Draft, type FieldId } from '../request.ts';
import { headerValue, type Header, type ImportedCall } from './call.ts';

/** The header names from content/import-headers.yaml. */
export interface HeaderLists {
  /** Response (then request) headers that carry a request or correlation id, in order of preference. */
  correlationId: readonly string[];
  /** Request headers that name the company or tenant the call ran against. */
  company: readonly string[];
  /** Extra header names to drop as secrets, besides the built-in ones. */
  secret: readonly string[];
}

/** Longer bodies are cut: the composer redacts every field on each keystroke, and e-mails stay readable. */
export const BODY_LIMIT = 20_000;

function cutBody(body: string, label: string, notes: string[]): string {
  if (body.length <= BODY_LIMIT) return body;
  notes.push(
    `The ${label.toLowerCase()} is ${body.length.toLocaleString('en')} characters long; the first ${BODY_LIMIT.toLocaleString('en')} were kept.`,
  );
  return `${body.slice(0, BODY_LIMIT)}\n[… ${(body.length - BODY_LIMIT).toLocaleString('en')} more characters cut]`;
}

const ISO = /^(\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?)(Z|[+-]\d\d:?\d\d)$/i;

/**
 * The time of the call in UTC, ISO 8601 to the second, noting the original when it was
 * written in another zone: "2026-11-29T14:02:03Z (recorded as 2026-11-29T15:02:03+01:00)".
 */
export function callTime(startedAt: string, dateHeader: string | undefined): string {
  const iso = ISO.exec(startedAt.trim());
  if (iso) {
    const date = new Date(startedAt.trim());
    if (!Number.isNaN(date.getTime())) {
      const zone = iso[2]!.toUpperCase();
      const utc = utcNow(date);
      return zone === 'Z' || /^[+-]00:?00$/.test(zone)
        ? utc
        : `${utc} (recorded as ${iso[1]!.replace(/\.\d+$/, '')}${zone})`;
    }
  }
  if (dateHeader) {
    const date = new Date(dateHeader);
    if (!Number.isNaN(date.getTime())) return `${utcNow(date)} (from the response’s Date header)`;
  }
  return '';
}

function firstHeader(lists: readonly string[], ...sources: Header[][]): string {
  for (const name of lists) {
    for (const headers of sources) {
      const value = headerValue(headers, name)?.trim();
      if (value) return value;
    }
  }
  return '';
}

export interface Filled {
  /** Redacted values for the fields the call fills. */
  values: Partial<Draft>;
  /** "Left out: the Authorization header and the cookies (-b)." or "". */
  leftOut: string;
  /** "Removed: 1 client secret in Request body." or "". */
  removed: string;
  notes: string[];
}

function list(items: string[]): string {
  const unique = [...new Set(items)];
  return unique.length <= 1 ? (unique[0] ?? '') : `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}`;
}

/** The field values an imported call gives, redacted, and what to tell the reader about them. */
export function fillFromCall(call: ImportedCall, lists: HeaderLists): Filled {
  const notes = [...call.notes];
  const raw: Partial<Draft> = {};
  if (call.url) raw.endpoint = call.url;
  const method = call.method.toUpperCase();
  if ((HTTP_METHODS as readonly string[]).includes(method)) raw.method = method;
  else if (method)
    notes.push(
      `The method ${method} is not in the list: choose the nearest one or write it in “What have you tried?”.`,
    );
  if (call.status !== null) raw.status = String(call.status);
  if (call.responseBody) raw.responseBody = cutBody(call.responseBody, FIELD_LABELS.responseBody, notes);
  else if (call.status === null && call.error) raw.responseBody = `No response: ${call.error}`;
  if (call.requestBody) raw.requestBody = cutBody(call.requestBody, FIELD_LABELS.requestBody, notes);
  const time = callTime(call.startedAt, headerValue(call.responseHeaders, 'date'));
  if (time) raw.time = time;
  const correlation = firstHeader(lists.correlationId, call.responseHeaders, call.requestHeaders);
  if (correlation) raw.correlationId = correlation;
  const company = firstHeader(lists.company, call.requestHeaders);
  if (company) raw.company = company;

  const labels = FIELD_LABELS as Record<keyof Partial<Draft>, string>;
  const { values, removals } = redactFields(raw as Record<string, string>, labels);
  return {
    values: values as Partial<Draft>,
    leftOut: call.dropped.length ? `Left out: ${list(call.dropped)}.` : '',
    removed: describeRemovals(removals),
    notes,
  };
}

export interface FillPlan {
  /** Values to write now: fields that are empty, still hold the value the page put there, or already agree. */
  now: Partial<Draft>;
  /** Fields where the reader typed something else: replaced only if they say so. */
  conflicts: FieldId[];
}

/**
 * Split the imported values into those that can be written at once and those that would
 * replace what the reader typed. `untouched(id)` says a field still holds what the page
 * filled in itself (the time of the call starts as "now").
 */
export function planFill(current: Draft, values: Partial<Draft>, untouched: (id: FieldId) => boolean): FillPlan {
  const now: Partial<Draft> = {};
  const conflicts: FieldId[] = [];
  for (const [id, value] of Object.entries(values) as [FieldId, string][]) {
    const mine = current[id].trim();
    if (mine === '' || untouched(id) || mine === value.trim()) now[id] = value;
    else conflicts.push(id);
  }
  return { now, conflicts };
}

/** "Endpoint URL, HTTP method and Response body" for the fields given. */
export function fieldList(ids: FieldId[]): string {
  return list(ids.map((id) => FIELD_LABELS[id]));
}
