/**
 * One HTTP call as read from a curl command, a raw HTTP exchange or a HAR entry, before
 * anything is filled in: the parsers produce it, src/lib/composer/import/fill.ts turns it
 * into field values. Pure data, so the parsers run in a worker and in unit tests alike.
 */

export type Header = [name: string, value: string];

export interface ImportedCall {
  method: string;
  /** As written: may still hold credentials or tokens; fill.ts removes them. */
  url: string;
  requestHeaders: Header[];
  requestBody: string;
  /** Null when the input held no response (a curl command, a request alone, a failed call). */
  status: number | null;
  statusText: string;
  responseHeaders: Header[];
  responseBody: string;
  /** When the call started, as written in the source (HAR startedDateTime), or "". */
  startedAt: string;
  /** Why the call got no response, when the source says (HAR `_error`), or "". */
  error: string;
  /** What the parser left out on purpose or could not read, in words for the reader. */
  notes: string[];
  /** Secrets the parser dropped before anything else saw them: "the Authorization header", "-u credentials". */
  dropped: string[];
}

export function emptyCall(): ImportedCall {
  return {
    method: '',
    url: '',
    requestHeaders: [],
    requestBody: '',
    status: null,
    statusText: '',
    responseHeaders: [],
    responseBody: '',
    startedAt: '',
    error: '',
    notes: [],
    dropped: [],
  };
}

/** The value of the first header with this name (any case), or undefined. */
export function headerValue(headers: Header[], name: string): string | undefined {
  const lower = name.toLowerCase();
  return headers.find(([n]) => n.toLowerCase() === lower)?.[1];
}

/** An input that is none of the formats, or is broken: the message is shown to the reader as is. */
export class ImportError extends Error {
  override name = 'ImportError';
}
