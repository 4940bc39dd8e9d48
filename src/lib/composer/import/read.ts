/**
 * Which format a pasted text is in, and the call (or, for a HAR, the calls) it holds.
 * The one entry point for the composer's import step; it loads with the parsers, only
 * when the reader pastes or picks a file.
 */
import { ImportError, type ImportedCall } from './call.ts';
import { looksLikeCurl, parseCurl } from './curl.ts';
import { harCall, listCalls, parseHar, type CallSummary, type Har } from './har.ts';
import { looksLikeHttp, parseHttp } from './http.ts';

export type Format = 'curl' | 'http' | 'har';

export const FORMAT_NAMES: Record<Format, string> = {
  curl: 'the curl command',
  http: 'the HTTP exchange',
  har: 'the HAR file',
};

export type Reading =
  { format: 'curl' | 'http'; call: ImportedCall } | { format: 'har'; har: Har; calls: CallSummary[]; apiOnly: boolean };

export interface ReadOptions {
  secretHeaders?: readonly string[];
}

/** The call or calls in a pasted text. Throws ImportError with a message for the reader. */
export function readText(text: string, options: ReadOptions = {}): Reading {
  const trimmed = text.trim();
  if (trimmed === '')
    throw new ImportError('Nothing to read: paste a curl command, an HTTP request and response, or a HAR file.');
  if (trimmed.startsWith('{')) {
    const har = parseHar(trimmed);
    return { format: 'har', har, ...listCalls(har) };
  }
  if (looksLikeCurl(trimmed)) return { format: 'curl', call: parseCurl(trimmed, options) };
  if (looksLikeHttp(trimmed)) return { format: 'http', call: parseHttp(trimmed, options) };
  throw new ImportError(
    'This is not a curl command, an HTTP request or response, or a HAR file, so nothing was filled in. Paste a command that starts with “curl”, a request that starts with a line like “POST /path HTTP/1.1”, or pick a .har file.',
  );
}

export { harCall };
