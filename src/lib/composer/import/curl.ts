/**
 * Reading a curl command as browsers, Postman and people write it: Chrome's and Firefox's
 * "Copy as cURL" for bash ('...', $'...' with \uXXXX, \xHH and \041 escapes, `\` line ends)
 * and for Windows cmd (^"...^" with ^-escapes, `^` line ends, \" inside; older Chrome wrote
 * "..." with "" and "%"), Postman's code export (--location, --header, --data, `\`, `^` or
 * backtick line ends) and hand-written commands. Credentials (-u, -b, --oauth2-bearer,
 * secret headers) are dropped here and named in `dropped`; nothing is run or fetched.
 */
import { emptyCall, headerValue, ImportError, type Header, type ImportedCall } from './call.ts';
import { cleanUrl, dropSecretHeaders } from './sensitive.ts';

export type Shell = 'bash' | 'cmd';

/** Text whose first command is curl: "curl ...", "curl.exe ...", "$ curl ...". */
export function looksLikeCurl(text: string): boolean {
  return /^\s*(?:[$>#%]\s*)?curl(?:\.exe)?(?:\s|$)/i.test(stripLeadingComments(text));
}

function stripLeadingComments(text: string): string {
  return text.replace(/^(?:\s*(?:#|\/\/|REM\s)[^\n]*\n)+/i, '');
}

/** Postman's cmd layout keeps bash's quoting: single-quoted words, \$ or \`, or a quoted string over several lines. */
function quotesForBash(text: string): boolean {
  if (/(?:^|\s)'/.test(text) || /\\[$`]/.test(text)) return true;
  return [...text.matchAll(/"(?:[^"\\]|\\[\s\S])*"/g)].some((m) => m[0].includes('\n'));
}

/**
 * cmd when the text uses cmd's escapes as cmd exports and people write them: ^" (Chrome and
 * Firefox), ^ before & | < > ^, "" inside a word (Chrome's older export), or ^ line ends
 * without bash's quoting (Postman's cmd and PowerShell layouts keep bash's: read as bash).
 */
export function detectShell(text: string): Shell {
  if (/(?:^|\s)\^"/.test(text)) return 'cmd';
  if (/\\\r?\n|\$'/.test(text)) return 'bash';
  const outsideSingleQuotes = text.replace(/'[^']*'/g, "''");
  if (/\^[&|<>^]/.test(outsideSingleQuotes) || /\S""\S/.test(outsideSingleQuotes)) return 'cmd';
  if (/[ \t]\^\r?\n/.test(text)) return quotesForBash(text) ? 'bash' : 'cmd';
  if (/^\s*curl\.exe\b/i.test(text) && /"/.test(text) && !/'/.test(text)) return 'cmd';
  return 'bash';
}

export interface Tokens {
  words: string[];
  /** True when a line end, `;`, `|` or `&` ended the first command and more text followed. */
  more: boolean;
}

const ANSI_C: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '?': '?',
};

/** Bash word splitting and quote removal for one command; no expansion ($VAR stays as written). */
export function splitBash(text: string): Tokens {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  const n = text.length;
  const end = () => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  while (i < n) {
    const c = text[i]!;
    if (c === '\\') {
      const next = text[i + 1];
      if (next === '\n') i += 2;
      else if (next === '\r' && text[i + 2] === '\n') i += 3;
      else if (next === undefined) i += 1;
      else {
        word += next;
        inWord = true;
        i += 2;
      }
    } else if ((c === '`' || c === '^') && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) {
      // The line ends of PowerShell and cmd, which Postman offers as export options with bash's quoting.
      i += text[i + 1] === '\n' ? 2 : 3;
    } else if (c === "'") {
      const close = text.indexOf("'", i + 1);
      if (close === -1)
        throw new ImportError("The curl command has a quote (') that is never closed. Copy the whole command again.");
      word += text.slice(i + 1, close);
      inWord = true;
      i = close + 1;
    } else if (c === '$' && text[i + 1] === "'") {
      i += 2;
      inWord = true;
      let closed = false;
      while (i < n) {
        const d = text[i]!;
        if (d === "'") {
          closed = true;
          i += 1;
          break;
        }
        if (d !== '\\') {
          word += d;
          i += 1;
          continue;
        }
        const e = text[i + 1] ?? '';
        const simple = ANSI_C[e];
        if (simple !== undefined) {
          word += simple;
          i += 2;
        } else if (e === 'x') {
          const hex = /^[0-9a-fA-F]{1,2}/.exec(text.slice(i + 2, i + 4))?.[0] ?? '';
          word += hex ? String.fromCharCode(parseInt(hex, 16)) : '\\x';
          i += 2 + hex.length;
        } else if (e === 'u' || e === 'U') {
          const hex = new RegExp(`^[0-9a-fA-F]{1,${e === 'u' ? 4 : 8}}`).exec(text.slice(i + 2, i + 10))?.[0] ?? '';
          word += hex ? String.fromCodePoint(parseInt(hex, 16)) : `\\${e}`;
          i += 2 + hex.length;
        } else if (/[0-7]/.test(e)) {
          const oct = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4))![0];
          word += String.fromCharCode(parseInt(oct, 8));
          i += 1 + oct.length;
        } else if (e === 'c' && text[i + 2]) {
          word += String.fromCharCode(text.charCodeAt(i + 2) & 0x1f);
          i += 3;
        } else {
          word += `\\${e}`;
          i += 2;
        }
      }
      if (!closed)
        throw new ImportError("The curl command has a $' quote that is never closed. Copy the whole command again.");
    } else if (c === '"') {
      i += 1;
      inWord = true;
      let closed = false;
      while (i < n) {
        const d = text[i]!;
        if (d === '"') {
          closed = true;
          i += 1;
          break;
        }
        if (d === '\\' && i + 1 < n) {
          const e = text[i + 1]!;
          if (e === '\n') i += 2;
          else if ('"\\$`'.includes(e)) {
            word += e;
            i += 2;
          } else {
            word += d;
            i += 1;
          }
          continue;
        }
        word += d;
        i += 1;
      }
      if (!closed)
        throw new ImportError('The curl command has a quote (") that is never closed. Copy the whole command again.');
    } else if (c === '\n' && (inWord || words.length > 0)) {
      // A line end without \ ends the command, as in bash.
      end();
      return { words, more: text.slice(i + 1).trim() !== '' };
    } else if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      end();
      i += 1;
    } else if (c === '#' && !inWord) {
      while (i < n && text[i] !== '\n') i += 1;
    } else if (c === ';' || c === '|' || c === '&') {
      end();
      return {
        words,
        more:
          text
            .slice(i + 1)
            .replace(/^[;|&]/, '')
            .trim() !== '',
      };
    } else {
      word += c;
      inWord = true;
      i += 1;
    }
  }
  end();
  return { words, more: false };
}

/**
 * cmd.exe, then the C runtime's argument parser, as curl.exe sees them. cmd: outside quotes `^`
 * takes the next character literally (a line end after `^` continues the line; `^` + line end +
 * line end is a literal line break) and `&` and `|` end the command; inside quotes both are
 * plain characters (exports write ^", which opens no quote for cmd). C runtime: "..." groups,
 * "" inside quotes is a quote, \" is a quote and \\ a backslash (both exports double every
 * backslash, so this undoes exactly what they do); a quote left open ends with the text.
 */
export function splitCmd(text: string): Tokens {
  // Pass 1: cmd.exe.
  let passed = '';
  let cmdQuoted = false;
  let more = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '^' && !cmdQuoted) {
      let j = i + 1;
      if (text[j] === '\r') j += 1;
      if (text[j] === '\n') {
        // Line continuation: the next character is taken literally, a second line end included.
        j += 1;
        if (text[j] === '\r') j += 1;
        if (text[j] === '\n') passed += '\n';
        else j -= 1;
        i = j;
        continue;
      }
      if (text[j] !== undefined) passed += text[j];
      i = j;
      continue;
    }
    if (c === '"') cmdQuoted = !cmdQuoted;
    if (!cmdQuoted && (c === '&' || c === '|')) {
      more =
        text
          .slice(i + 1)
          .replace(/^[&|]/, '')
          .trim() !== '';
      break;
    }
    passed += c;
  }
  // Pass 2: the C runtime's rules.
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quoted = false;
  for (let i = 0; i < passed.length; i++) {
    const c = passed[i]!;
    const next = passed[i + 1];
    if (c === '\\' && (next === '"' || next === '\\')) {
      word += next;
      inWord = true;
      i += 1;
    } else if (c === '"') {
      if (quoted && next === '"') {
        word += '"';
        i += 1;
      } else quoted = !quoted;
      inWord = true;
    } else if (!quoted && /\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return { words, more };
}

/** Options that take a value, long and short, so that the value is not read as the URL. */
const WITH_VALUE = new Set(
  (
    'request header data data-raw data-binary data-ascii data-urlencode json form form-string user cookie cookie-jar ' +
    'user-agent referer output max-time connect-timeout proxy proxy-user url upload-file cert key cacert capath config ' +
    'write-out retry range resolve connect-to oauth2-bearer aws-sigv4 limit-rate max-redirs interface noproxy ' +
    'proxy-header cert-type key-type pass dump-header trace trace-ascii stderr variable url-query tls-max ciphers ' +
    'dns-servers local-port continue-at ftp-port quote telnet-option unix-socket abstract-unix-socket hostpubmd5 ' +
    'sasl-authzid login-options krb delegation service-name proto proto-redir happy-eyeballs-timeout-ms ' +
    'keepalive-time expect100-timeout max-filesize speed-limit speed-time time-cond parallel-max retry-delay ' +
    'retry-max-time netrc-file output-dir preproxy proxy-cacert proxy-cert proxy-key proxy-pass socks4 socks4a ' +
    'socks5 socks5-hostname ech ip-tos create-file-mode etag-compare etag-save'
  ).split(' '),
);
const SHORT_WITH_VALUE = new Set('XHdFubcAeomxUTEKwrCyYzDPQtC'.split(''));
const SHORT_LONG: Record<string, string> = {
  X: 'request',
  H: 'header',
  d: 'data',
  F: 'form',
  u: 'user',
  b: 'cookie',
  A: 'user-agent',
  e: 'referer',
  T: 'upload-file',
  G: 'get',
  I: 'head',
  K: 'config',
};

interface Option {
  name: string;
  value: string;
}

/** The command's options in order (long names, `-d` -> `data`) and its positional words. */
function readOptions(words: string[]): { options: Option[]; positional: string[] } {
  const options: Option[] = [];
  const positional: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.startsWith('--') && w.length > 2) {
      const eq = w.indexOf('=');
      // curl has no --opt=value syntax, but people write it; accept it for options with values.
      const name = (eq > 0 ? w.slice(2, eq) : w.slice(2)).toLowerCase();
      if (WITH_VALUE.has(name)) {
        const value = eq > 0 ? w.slice(eq + 1) : (words[++i] ?? '');
        options.push({ name, value });
      } else options.push({ name, value: '' });
    } else if (w.startsWith('-') && w.length > 1) {
      for (let k = 1; k < w.length; k++) {
        const letter = w[k]!;
        const name = SHORT_LONG[letter] ?? letter;
        if (SHORT_WITH_VALUE.has(letter)) {
          const rest = w.slice(k + 1);
          options.push({ name, value: rest !== '' ? rest : (words[++i] ?? '') });
          break;
        }
        options.push({ name, value: '' });
      }
    } else positional.push(w);
  }
  return { options, positional };
}

function addQuery(url: string, query: string): string {
  if (!query) return url;
  const hash = url.indexOf('#');
  const base = hash === -1 ? url : url.slice(0, hash);
  const sep = base.includes('?') ? (/[?&]$/.test(base) ? '' : '&') : '?';
  return `${base}${sep}${query}${hash === -1 ? '' : url.slice(hash)}`;
}

/** curl --data-urlencode: "name=content" -> name=encoded content; "=content" and "content" -> encoded content. */
function urlencodeData(value: string, notes: string[]): string {
  const at = /^([^=@]*)@(.*)$/.exec(value);
  if (at) {
    notes.push(`A form field came from the file ${at[2]}, which the command does not contain.`);
    return at[1] ? `${at[1]}=` : '';
  }
  const eq = value.indexOf('=');
  if (eq === -1) return encodeURIComponent(value);
  const name = value.slice(0, eq);
  return `${name ? `${name}=` : ''}${encodeURIComponent(value.slice(eq + 1))}`;
}

export interface CurlOptions {
  /** Extra header names to drop as secrets (from content). */
  secretHeaders?: readonly string[];
}

/** The call a curl command makes. Throws ImportError, with a message for the reader, when it is not one. */
export function parseCurl(text: string, options: CurlOptions = {}): ImportedCall {
  const source = stripLeadingComments(text).replace(/^\s*[$>#%]\s*(?=curl)/i, '');
  const shell = detectShell(source);
  const { words, more } = shell === 'cmd' ? splitCmd(source) : splitBash(source);
  if (!words[0] || !/^curl(\.exe)?$/i.test(words[0])) {
    throw new ImportError('This does not start with curl. Paste the whole command, beginning with the word curl.');
  }
  const call = emptyCall();
  const { notes, dropped } = call;
  if (more) notes.push('The text holds more than one command; only the first curl command was read.');
  const { options: opts, positional } = readOptions(words.slice(1));

  let method = '';
  let url = '';
  const data: string[] = [];
  const form: string[] = [];
  let json = false;
  let get = false;
  let head = false;
  let upload = '';
  let headers: Header[] = [];
  const queries: string[] = [];

  for (const { name, value } of opts) {
    switch (name) {
      case 'request':
        method = value.toUpperCase();
        break;
      case 'url':
        url ||= value;
        break;
      case 'header': {
        if (value.startsWith('@')) {
          notes.push(`Headers came from the file ${value.slice(1)}, which the command does not contain.`);
          break;
        }
        const colon = value.indexOf(':');
        const semi = value.indexOf(';');
        if (colon > 0) {
          const v = value.slice(colon + 1).trim();
          // "Name:" with no value tells curl to leave the header out.
          if (v !== '') headers.push([value.slice(0, colon).trim(), v]);
        } else if (semi > 0 && value.slice(semi + 1).trim() === '') headers.push([value.slice(0, semi).trim(), '']);
        break;
      }
      case 'data':
      case 'data-ascii':
      case 'data-binary':
        if (value.startsWith('@')) {
          notes.push(
            `The request body came from the file ${value.slice(1)}, which the command does not contain: paste the body into “Request body” yourself.`,
          );
        } else data.push(value); // curl strips line breaks only from data it reads from a file
        break;
      case 'data-raw':
        data.push(value);
        break;
      case 'data-urlencode':
        data.push(urlencodeData(value, notes));
        break;
      case 'json':
        json = true;
        if (value.startsWith('@')) {
          notes.push(
            `The request body came from the file ${value.slice(1)}, which the command does not contain: paste the body into “Request body” yourself.`,
          );
        } else data.push(value);
        break;
      case 'form':
      case 'form-string': {
        const file = name === 'form' ? /^([^=]+)=[@<]("?)([^";]*)\2/.exec(value) : null;
        if (file) {
          form.push(`${file[1]}=(the file ${file[3]}, not included)`);
          notes.push(`The form field ${file[1]} is the file ${file[3]}, which the command does not contain.`);
        } else form.push(value.replace(/^([^=]+)="(.*)"$/s, '$1=$2'));
        break;
      }
      case 'upload-file':
        upload = value;
        notes.push(`The request body is the file ${value}, which the command does not contain.`);
        break;
      case 'get':
        get = true;
        break;
      case 'head':
        head = true;
        break;
      case 'url-query':
        queries.push(value.startsWith('+') ? value.slice(1) : urlencodeData(value, notes));
        break;
      case 'user':
        if (value) dropped.push(value.includes(':') ? 'the user name and password (-u)' : 'the user name (-u)');
        break;
      case 'proxy-user':
        if (value) dropped.push('the proxy user name and password (-U)');
        break;
      case 'oauth2-bearer':
        if (value) dropped.push('the bearer token (--oauth2-bearer)');
        break;
      case 'cookie':
        if (value.includes('=')) dropped.push('the cookies (-b)');
        else if (value) notes.push(`Cookies came from the file ${value}, which the command does not contain.`);
        break;
      case 'aws-sigv4':
        notes.push('The call is signed with AWS Signature Version 4; the signature is not part of the command.');
        break;
      case 'config':
        notes.push(`Options came from the file ${value}, which the command does not contain.`);
        break;
      default:
        break;
    }
  }

  url ||= positional.find((p) => /^[a-z][a-z0-9+.-]*:\/\//i.test(p) || /^[\w.-]+(:\d+)?(\/|$)/.test(p)) ?? '';
  if (!url)
    throw new ImportError('The curl command has no URL. Copy the whole command again, with the address it calls.');
  // Chrome escapes [ ] { } in URLs for curl's globbing; the URL itself has none of the backslashes.
  url = url.replace(/\\([[\]{}])/g, '$1');
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) url = `http://${url}`;

  const body = form.length ? form.join('\n') : data.join(json ? '' : '&');
  if (get || head) {
    url = addQuery(url, data.join('&'));
  } else if (body || form.length) {
    call.requestBody = body;
  }
  for (const q of queries) url = addQuery(url, q);
  if (json) {
    if (!headerValue(headers, 'content-type')) headers.push(['Content-Type', 'application/json']);
    if (!headerValue(headers, 'accept')) headers.push(['Accept', 'application/json']);
  }

  const implied = head ? 'HEAD' : upload ? 'PUT' : !get && (data.length || form.length) ? 'POST' : 'GET';
  call.method = method || implied;
  headers = dropSecretHeaders(headers, dropped, options.secretHeaders);
  call.requestHeaders = headers;
  call.url = cleanUrl(url, dropped);
  return call;
}
