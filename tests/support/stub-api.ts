/**
 * A small API to fail against, for recording real HAR files with Chromium: a page that
 * calls it with a bearer token, a company header, a cookie and a client secret in the
 * body; one call succeeds, one answers 400 with a JSON error and a correlation id, one
 * gets no response at all. Also a stylesheet and an image, which are not API calls.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { LAUNCH_ARGS, findChrome } from '../../scripts/chrome.ts';

export const STUB = {
  jwt: 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJjbGllbnRfaWQiOiJ2aXNtYV90ZXN0X2NsaWVudF8xMjM0In0.c2lnbmF0dXJlLXBhcnQtMTIzNDU2Nzg5MA',
  clientSecret: '284baba4-7a8d-4e14-2247-957812ac9ec',
  queryToken: 'QSTOKEN9f8e7d6c5b4a',
  cookie: 'CfDJ8SESSIONVALUE42',
  correlationId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  company: '1234567',
  errorBody: '{"message":"The customer 10001 does not exist.","errorCode":"CUSTOMER_NOT_FOUND"}',
} as const;

const PAGE = `<!doctype html><html><head><title>Orders</title><link rel="stylesheet" href="/app/style.css"></head>
<body><img src="/app/logo.png" alt=""><script>
const auth = { Authorization: 'Bearer ${STUB.jwt}', 'ipp-company-id': '${STUB.company}' };
(async () => {
  await fetch('/controller/api/v1/customer/10001', { headers: auth });
  await fetch('/controller/api/v1/salesorder?expand=lines&access_token=${STUB.queryToken}', {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ orderType: 'SO', customer: { value: '10001' }, client_secret: '${STUB.clientSecret}' }),
  });
  await fetch('/controller/api/v1/unreachable').catch(() => {});
  document.title = 'done';
})();
</script></body></html>`;

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

export async function startStubApi(): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    req.resume();
    req.on('end', () => {
      if (path === '/app/') {
        res.writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          'Set-Cookie': `.AspNetCore.Session=${STUB.cookie}; Path=/; HttpOnly`,
        });
        res.end(PAGE);
      } else if (path === '/app/style.css') {
        res.writeHead(200, { 'Content-Type': 'text/css' });
        res.end('body { font-family: sans-serif; }');
      } else if (path === '/app/logo.png') {
        res.writeHead(200, { 'Content-Type': 'image/png' });
        res.end(PNG);
      } else if (path === '/controller/api/v1/customer/10001') {
        res.writeHead(200, {
          'Content-Type': 'application/json; charset=utf-8',
          'x-correlation-id': 'a1a2a3a4-0000-4000-8000-000000000001',
        });
        res.end('{"number":"10001","name":"Demo customer"}');
      } else if (path === '/controller/api/v1/salesorder') {
        res.writeHead(400, {
          'Content-Type': 'application/json; charset=utf-8',
          'x-correlation-id': STUB.correlationId,
        });
        res.end(STUB.errorBody);
      } else if (path === '/controller/api/v1/unreachable') {
        req.socket.destroy();
      } else {
        res.writeHead(404).end();
      }
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/app/`,
    server,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** Record a HAR with Chromium while the stub page makes its calls; returns the file's text. */
export async function recordStubHar(path: string): Promise<void> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('Recording a HAR needs Chromium (set CHROME_PATH or install chromium).');
  const stub = await startStubApi();
  const browser = await chromium.launch({ executablePath, headless: true, args: LAUNCH_ARGS });
  try {
    const context = await browser.newContext({ recordHar: { path, content: 'embed' } });
    const page = await context.newPage();
    await page.goto(stub.url);
    await page.waitForFunction(() => document.title === 'done');
    await context.close();
  } finally {
    await browser.close();
    await stub.close();
  }
}
