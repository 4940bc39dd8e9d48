/**
 * A small static server for the built site: `npm start` uses it, and so do the browser
 * tests and the benchmark. It serves `dist/` under the configured base path, answers
 * unknown paths with the site's 404 page, and listens on a free port when asked for 0
 * or when the preferred one is taken.
 */
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { normaliseBase } from '../src/lib/util/urls.ts';
import { headersFor, parseHeadersFile } from '../src/lib/publish/headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

export interface ServeOptions {
  root: string;
  base?: string | undefined;
  port?: number | undefined;
  host?: string | undefined;
  /** Extra headers for every response, e.g. from a parsed `_headers` file. */
  headersFor?: ((pathname: string) => Record<string, string>) | undefined;
}

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

async function fileAt(path: string): Promise<string | null> {
  try {
    const s = await stat(path);
    if (s.isFile()) return path;
    if (s.isDirectory()) {
      const index = join(path, 'index.html');
      return (await stat(index).catch(() => null))?.isFile() ? index : null;
    }
  } catch {
    /* not found */
  }
  return null;
}

export function createSiteServer(options: ServeOptions): Server {
  const root = resolve(options.root);
  const base = normaliseBase(options.base);
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    const extra = options.headersFor?.(pathname) ?? {};
    const send = async (status: number, file: string) => {
      const body = await readFile(file);
      res.writeHead(status, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'no-cache',
        ...extra,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (base !== '/' && pathname === base.slice(0, -1)) {
      res.writeHead(301, { location: base }).end();
      return;
    }
    // Static hosts read _headers and _redirects; they never serve them.
    const hidden = /^_(headers|redirects)$/.test(pathname.slice(base.length));
    if (pathname.startsWith(base) && !hidden) {
      const rel = normalize(pathname.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
      const target = join(root, rel);
      if (target.startsWith(root)) {
        const file = await fileAt(target);
        if (file) {
          // Directory URLs without a trailing slash redirect, like common static hosts.
          if (file.endsWith('index.html') && !pathname.endsWith('/') && !pathname.endsWith('.html')) {
            res.writeHead(301, { location: `${pathname}/${url.search}` }).end();
            return;
          }
          await send(200, file);
          return;
        }
      }
    }
    const notFound = await fileAt(join(root, '404.html'));
    if (notFound) await send(404, notFound);
    else res.writeHead(404).end('Not found');
  });
}

/**
 * The response headers a static host would add from `<root>/_headers` (HEADERS=1 or
 * `--headers`), so the security headers and CSP can be checked locally.
 */
export async function headersFromFile(root: string): Promise<(pathname: string) => Record<string, string>> {
  const file = join(resolve(root), '_headers');
  const rules = parseHeadersFile(await readFile(file, 'utf8'), file);
  return (pathname) => headersFor(rules, pathname);
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      const address = server.address();
      ok(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/** Start serving. Port 0 (the default) picks a free port; a taken preferred port falls back to a free one. */
export async function serveSite(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createSiteServer(options);
  let port: number;
  try {
    port = await listen(server, options.port ?? 0, host);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    port = await listen(server, 0, host);
  }
  const base = normaliseBase(options.base);
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${base}`,
    port,
    server,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

if (import.meta.main) {
  const root = process.env.DIST_DIR ?? 'dist';
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`No built site in ${root}/: run \`npm run build\` first, or \`npm start\` to build and serve.`);
    process.exit(1);
  }
  const withHeaders = process.env.HEADERS === '1' || process.argv.includes('--headers');
  const running = await serveSite({
    root,
    headersFor: withHeaders ? await headersFromFile(root) : undefined,
    base: process.env.BASE_PATH,
    port: Number(process.env.PORT ?? 4321),
    host: process.env.HOST ?? '127.0.0.1',
  });
  console.log(
    `\n  Support site ready: ${running.url}\n  (serving ${root}/` +
      `${withHeaders ? ` with the headers in ${root}/_headers` : '; HEADERS=1 applies its _headers file'}; press Ctrl+C to stop)\n`,
  );
}
