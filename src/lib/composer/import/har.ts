/**
 * Reading HAR 1.2 files as Chrome, Edge, Firefox and Safari save them from their network
 * panels: the calls to API hosts (not the page's scripts, styles and images), failed ones
 * first, for the reader to pick; then the one picked as an ImportedCall. Runs in a worker
 * for big files (src/lib/composer/import/har-worker.ts), so it touches no DOM.
 */
import { emptyCall, ImportError, type Header, type ImportedCall } from './call.ts';
import { cleanUrl, dropSecretHeaders } from './sensitive.ts';

interface HarHeader {
  name?: unknown;
  value?: unknown;
}

export interface HarEntry {
  startedDateTime?: unknown;
  _resourceType?: unknown;
  request?: {
    method?: unknown;
    url?: unknown;
    headers?: HarHeader[];
    postData?: {
      mimeType?: unknown;
      text?: unknown;
      params?: { name?: unknown; value?: unknown; fileName?: unknown }[];
    };
  };
  response?: {
    status?: unknown;
    statusText?: unknown;
    headers?: HarHeader[];
    content?: { mimeType?: unknown; text?: unknown; encoding?: unknown };
    /** Chrome DevTools writes why a call failed here; Playwright's recorder writes _failureText. */
    _error?: unknown;
    _failureText?: unknown;
  };
}

export interface Har {
  entries: HarEntry[];
  /** "Chromium 131.0", "Firefox 133.0", "WebKit Web Inspector", or "". */
  creator: string;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** The HAR in a text. Throws ImportError with the reason when it is not JSON or not a HAR with calls. */
export function parseHar(text: string): Har {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const where = /position (\d+)/.exec((error as Error).message)?.[1];
    throw new ImportError(
      `This HAR file is not valid JSON${where ? ` (it breaks at character ${where})` : ''}. Save it again from the browser’s Network panel (“Save all as HAR”) and pick the new file.`,
    );
  }
  const log = (data as { log?: { entries?: unknown; creator?: { name?: unknown; version?: unknown } } } | null)?.log;
  if (!log || typeof log !== 'object' || !Array.isArray(log.entries)) {
    throw new ImportError(
      'This JSON file is not a HAR file: it has no “log” with “entries”. Save the calls from the browser’s Network panel with “Save all as HAR”.',
    );
  }
  const entries = (log.entries as unknown[]).filter(
    (e): e is HarEntry => typeof e === 'object' && e !== null && typeof (e as HarEntry).request === 'object',
  );
  if (entries.length === 0) {
    throw new ImportError(
      'This HAR file holds no calls. Keep the Network panel open while the call fails, then save it again.',
    );
  }
  const creator = [str(log.creator?.name), str(log.creator?.version)].filter(Boolean).join(' ');
  return { entries, creator };
}

const STATIC_TYPES = new Set([
  'stylesheet',
  'script',
  'image',
  'font',
  'media',
  'manifest',
  'texttrack',
  'document',
  'ping',
  'websocket',
  'preflight',
]);
const STATIC_EXTENSIONS =
  /\.(?:js|mjs|css|png|jpe?g|gif|svg|webp|avif|ico|woff2?|ttf|otf|eot|map|mp4|webm|mp3|wasm|html?)$/i;
const STATIC_MIME =
  /^(?:text\/(?:css|javascript|html)|application\/(?:x-)?javascript|image\/|font\/|audio\/|video\/|application\/font|application\/wasm)/i;

function failure(entry: HarEntry): string {
  return str(entry.response?._error) || str(entry.response?._failureText);
}

function statusOf(entry: HarEntry): number {
  const s = Number(entry.response?.status);
  return Number.isFinite(s) && s > 0 ? s : 0;
}

/** A call to an API rather than one of the page's own files: by resource type, content type, then method. */
export function isApiCall(entry: HarEntry): boolean {
  const url = str(entry.request?.url);
  if (!/^https?:/i.test(url)) return false;
  const type = str(entry._resourceType).toLowerCase();
  if (type === 'xhr' || type === 'fetch') return true;
  if (STATIC_TYPES.has(type)) return false;
  const mime = str(entry.response?.content?.mimeType);
  if (/json|xml/i.test(mime)) return true;
  if (STATIC_MIME.test(mime)) return false;
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    /* keep the whole text */
  }
  if (STATIC_EXTENSIONS.test(path)) return false;
  return str(entry.request?.method).toUpperCase() !== 'GET' || /\/api\//i.test(path) || mime === '';
}

export interface CallSummary {
  /** Index into the HAR's entries. */
  index: number;
  method: string;
  /** Origin and path only: query strings may hold tokens and are never shown in the list. */
  where: string;
  status: number;
  statusText: string;
  failed: boolean;
  startedAt: string;
}

/** What the list shows for one entry. */
export function summarise(entry: HarEntry, index: number): CallSummary {
  const url = str(entry.request?.url);
  let where = url.split(/[?#]/)[0]!;
  try {
    const u = new URL(url);
    where = `${u.host}${u.pathname}`;
  } catch {
    /* not a URL: shown up to its query */
  }
  const status = statusOf(entry);
  return {
    index,
    method: str(entry.request?.method).toUpperCase() || 'GET',
    where,
    status,
    statusText: str(entry.response?.statusText) || failure(entry),
    failed: status === 0 || status >= 400,
    startedAt: str(entry.startedDateTime),
  };
}

/**
 * The calls to offer: API calls when there are any (else every call), failed ones first,
 * each group in the order they were made.
 */
export function listCalls(har: Har): { calls: CallSummary[]; apiOnly: boolean } {
  const all = har.entries.map(summarise);
  const api = all.filter((_, i) => isApiCall(har.entries[i]!));
  const chosen = api.length ? api : all;
  const failed = chosen.filter((c) => c.failed);
  const rest = chosen.filter((c) => !c.failed);
  return { calls: [...failed, ...rest], apiOnly: api.length > 0 };
}

function headersOf(list: HarHeader[] | undefined): Header[] {
  if (!Array.isArray(list)) return [];
  // HTTP/2 pseudo-headers (:authority, :path) repeat the URL and method.
  return list.map((h): Header => [str(h.name), str(h.value)]).filter(([n]) => n !== '' && !n.startsWith(':'));
}

const TEXT_MIME = /^(?:text\/|application\/(?:[\w.+-]*\+)?(?:json|xml|x-www-form-urlencoded|javascript|graphql)|$)/i;

function decodeBase64(text: string): string {
  const bytes = Uint8Array.from(atob(text.replace(/\s+/g, '')), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

export interface HarOptions {
  secretHeaders?: readonly string[];
}

/** One HAR entry as an ImportedCall, with secret headers, cookies and URL credentials dropped. */
export function harCall(entry: HarEntry, options: HarOptions = {}): ImportedCall {
  const call = emptyCall();
  const request = entry.request ?? {};
  const response = entry.response ?? {};
  call.method = str(request.method).toUpperCase() || 'GET';
  call.url = cleanUrl(str(request.url), call.dropped);
  call.requestHeaders = dropSecretHeaders(headersOf(request.headers), call.dropped, options.secretHeaders);
  const post = request.postData;
  if (post) {
    const text = str(post.text);
    if (text) call.requestBody = text;
    else if (Array.isArray(post.params)) {
      call.requestBody = post.params
        .map((p) =>
          str(p.fileName)
            ? `${str(p.name)}=(the file ${str(p.fileName)}, not included)`
            : `${str(p.name)}=${str(p.value)}`,
        )
        .join('\n');
    }
  }
  call.status = statusOf(entry) || null;
  call.statusText = str(response.statusText);
  call.error = failure(entry);
  call.responseHeaders = dropSecretHeaders(headersOf(response.headers), call.dropped, options.secretHeaders);
  const content = response.content;
  const body = str(content?.text);
  const mime = str(content?.mimeType);
  if (body && str(content?.encoding) === 'base64') {
    if (TEXT_MIME.test(mime)) {
      try {
        call.responseBody = decodeBase64(body);
      } catch {
        call.notes.push('The response body in the HAR file is damaged (bad base64) and was left out.');
      }
    } else call.notes.push(`The response body is binary (${mime}) and was left out.`);
  } else call.responseBody = body;
  if (!body && call.status !== null && call.status !== 204 && call.method !== 'HEAD') {
    call.notes.push(
      'The HAR file has no response body for this call: save it with content (“Save all as HAR with content”), or paste the body yourself.',
    );
  }
  call.startedAt = str(entry.startedDateTime);
  return call;
}
