/**
 * Reading a raw HTTP/1.x exchange as logs, debugging proxies (Fiddler, Burp, mitmproxy,
 * Charles) and `curl -v` transcripts print it: the request line, headers, a blank line and
 * the body, then optionally the response's status line, headers and body. A response alone
 * is read too. Secret headers are dropped here and named in `dropped`.
 */
import { emptyCall, headerValue, ImportError, type Header, type ImportedCall } from './call.ts';
import { cleanUrl, dropSecretHeaders } from './sensitive.ts';

const METHODS = 'GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE|CONNECT|PROPFIND|MERGE';
const REQUEST_LINE = new RegExp(`^(${METHODS}) +(\\S+)(?: +(HTTP/\\d(?:\\.\\d)?))? *$`, 'i');
const STATUS_LINE = /^HTTP\/\d(?:\.\d)? +(\d{3})(?: +(.*))?$/;

/** `curl -v` prefixes: "> " for what was sent, "< " for what came back, "* " for its own notes. */
function stripVerbosePrefixes(text: string): string {
  if (!/^[<>] /m.test(text)) return text;
  return text
    .split('\n')
    .filter((line) => !/^\* /.test(line) && !/^\{ \[|^} \[/.test(line))
    .map((line) => line.replace(/^[<>] ?/, ''))
    .join('\n');
}

/** `curl -v` shows "} [101 bytes data]" where the request body went out. */
function unshownRequestBody(text: string): number {
  return Number(/^\} \[(\d+) bytes data\]/m.exec(text)?.[1] ?? 0);
}

/** Text that starts with a request line or a status line. */
export function looksLikeHttp(text: string): boolean {
  const first = stripVerbosePrefixes(text.replace(/^\s+/, '')).split('\n', 1)[0]!.trim();
  return REQUEST_LINE.test(first) || STATUS_LINE.test(first);
}

interface Message {
  start: string;
  headers: Header[];
  body: string;
}

/** Header lines up to the first blank line; folded lines (leading space) continue the previous header. */
function readHead(lines: string[], from: number): { start: string; headers: Header[]; next: number } {
  const start = lines[from]!.trim();
  const headers: Header[] = [];
  let i = from + 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      i += 1;
      break;
    }
    if (/^[ \t]/.test(line) && headers.length) {
      const last = headers[headers.length - 1]!;
      last[1] = `${last[1]} ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    // HTTP/2 pseudo-headers as some tools print them (":authority: host") keep their leading colon.
    const at = colon === 0 ? line.indexOf(':', 1) : colon;
    if (at <= 0) {
      // Not a header: the head ended without a blank line (a pasted fragment); the rest is body.
      break;
    }
    headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
  }
  return { start, headers, next: i };
}

/**
 * Undo Transfer-Encoding: chunked when the body is laid out in chunks; otherwise leave it.
 * Sizes count bytes and line ends were CRLF on the wire, so a chunk is taken line by line
 * until its UTF-8 length (line ends counted as one or two bytes) reaches the size.
 */
function unchunk(body: string): string {
  const lines = body.split('\n');
  const bytes = (line: string) => new TextEncoder().encode(line).length;
  const parts: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const size = /^([0-9a-fA-F]+)(?:;.*)?$/.exec(lines[i]!.trim());
    if (!size) return body;
    const n = parseInt(size[1]!, 16);
    i += 1;
    if (n === 0) return parts.join('');
    const chunk: string[] = [];
    let length = -1;
    while (i < lines.length && length < n - chunk.length) {
      chunk.push(lines[i]!);
      length += bytes(lines[i]!) + 1;
      i += 1;
    }
    parts.push(chunk.join('\n'));
  }
  return parts.join('');
}

function readMessage(lines: string[], from: number, until: number): Message {
  const { start, headers, next } = readHead(lines.slice(0, until), from);
  let body = lines.slice(next, until).join('\n').replace(/\s+$/, '');
  if (/chunked/i.test(headerValue(headers, 'transfer-encoding') ?? '')) body = unchunk(body);
  return { start, headers, body };
}

export interface HttpOptions {
  secretHeaders?: readonly string[];
}

/** The call in a raw HTTP exchange. Throws ImportError, with a message for the reader, when it is not one. */
export function parseHttp(text: string, options: HttpOptions = {}): ImportedCall {
  const lines = stripVerbosePrefixes(text.replace(/^\s+/, '')).replace(/\r\n?/g, '\n').split('\n');
  const call = emptyCall();
  const first = lines[0]!.trim();
  const request = REQUEST_LINE.exec(first);
  let responseAt = -1;
  if (request) {
    // The response starts at the first status line after the request's head.
    const head = readHead(lines, 0);
    for (let i = head.next - 1; i < lines.length; i++) {
      if (i > 0 && STATUS_LINE.test(lines[i]!.trim())) {
        responseAt = i;
        break;
      }
    }
    const message = readMessage(lines, 0, responseAt === -1 ? lines.length : responseAt);
    call.method = request[1]!.toUpperCase();
    const target = request[2]!;
    const host = headerValue(message.headers, 'host') ?? headerValue(message.headers, ':authority');
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) call.url = target;
    else if (host) {
      const scheme = headerValue(message.headers, ':scheme') ?? (/:80$/.test(host) ? 'http' : 'https');
      call.url = `${scheme}://${host.replace(/:(443|80)$/, '')}${target.startsWith('/') ? target : `/${target}`}`;
    } else {
      call.url = target;
      call.notes.push('The request has no Host header, so the URL is only the path: add the host in “Endpoint URL”.');
    }
    call.requestHeaders = dropSecretHeaders(
      message.headers.filter(([n]) => !n.startsWith(':')),
      call.dropped,
      options.secretHeaders,
    );
    call.requestBody = message.body;
    const unshown = unshownRequestBody(text);
    if (unshown && !message.body) {
      call.notes.push(
        `The transcript does not show the request body (${unshown} bytes): paste it into “Request body” yourself.`,
      );
    }
    call.url = cleanUrl(call.url, call.dropped);
  } else if (STATUS_LINE.test(first)) {
    responseAt = 0;
    call.notes.push('Only a response was pasted: add the endpoint URL and method yourself.');
  } else {
    throw new ImportError(
      'This is not an HTTP request or response: the first line should look like “POST /path HTTP/1.1” or “HTTP/1.1 400 Bad Request”.',
    );
  }
  if (responseAt !== -1) {
    const response = readMessage(lines, responseAt, lines.length);
    const status = STATUS_LINE.exec(response.start)!;
    call.status = Number(status[1]);
    call.statusText = (status[2] ?? '').trim();
    call.responseHeaders = dropSecretHeaders(response.headers, call.dropped, options.secretHeaders);
    call.responseBody = response.body;
  }
  return call;
}
