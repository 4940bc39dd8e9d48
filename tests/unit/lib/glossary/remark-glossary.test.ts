import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import remarkGlossary from '../../../../src/lib/glossary/remark-glossary.ts';

const dir = mkdtempSync(join(tmpdir(), 'kb-remark-glossary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const term = (slug: string, name: string, extra: Record<string, unknown> = {}) => ({
  slug,
  term: name,
  sense: null,
  aliases: [],
  summary: `About ${name}.`,
  definition: `About ${name}.`,
  url: `https://support.example.org/glossary/${slug}/`,
  related: [],
  formerSlugs: [],
  updated: '2021-10-02',
  ...extra,
});
const glossary = {
  version: 1,
  name: 'Test glossary',
  url: 'https://support.example.org/glossary/',
  terms: [
    term('client-id', 'Client Id', { aliases: ['client_id'], formerSlugs: ['clientid'] }),
    term('user-a', 'User', { sense: 'A' }),
    term('user-b', 'User', { sense: 'B' }),
  ],
};
const file = join(dir, 'glossary.json');
writeFileSync(file, JSON.stringify(glossary));

type Node = { type: string; value?: string; url?: string; children?: Node[]; position?: unknown };
const text = (value: string, line = 3, column = 1): Node => ({
  type: 'text',
  value,
  position: { start: { line, column } },
});
async function run(children: Node[], location: string = file) {
  const tree: Node = { type: 'root', children: [{ type: 'paragraph', children }] };
  await remarkGlossary({ glossary: location })(tree, { path: '/partner/docs/setup.md', cwd: '/partner' });
  return tree.children![0]!.children!;
}

describe('remark-glossary (the plugin partners vendor)', () => {
  it('links names, aliases, senses and former slugs to the absolute term page', async () => {
    const out = await run([text('Send [[client_id]], [[clientid|the old one]] and [[User (B)]].')]);
    const links = out.filter((n) => n.type === 'link').map((n) => [n.url, n.children![0]!.value]);
    expect(links).toEqual([
      ['https://support.example.org/glossary/client-id/', 'client_id'],
      ['https://support.example.org/glossary/client-id/', 'the old one'],
      ['https://support.example.org/glossary/user-b/', 'User (B)'],
    ]);
  });

  it('fails on an unknown term with the file, line, column and the closest term', async () => {
    await expect(run([text('Send the [[Clinet Id]] first.', 7, 3)])).rejects.toThrow(
      /docs\/setup\.md:7:12: \[\[Clinet Id\]\]: there is no glossary term "Clinet Id"\. Did you mean \[\[Client Id\]\] \(client-id\)\?/,
    );
  });

  it('fails on a word with several senses, naming them', async () => {
    await expect(run([text('[[User]]')])).rejects.toThrow(
      /\[\[User \(A\)\]\] or \[\[user-a\]\], \[\[User \(B\)\]\] or \[\[user-b\]\]/,
    );
  });

  it('reads glossary.json from a URL, once per build', async () => {
    let requests = 0;
    const { createServer: http } = await import('node:http');
    const server = http((_, res) => {
      requests++;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(glossary));
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/glossary.json`;
    try {
      expect((await run([text('[[Client Id]]')], url)).find((n) => n.type === 'link')?.url).toBe(
        'https://support.example.org/glossary/client-id/',
      );
      await run([text('[[client id]]')], url);
      expect(requests).toBe(1);
    } finally {
      server.close();
    }
  });

  it('says clearly when the glossary cannot be read', async () => {
    const port = await new Promise<number>((ok) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => ok(p));
      });
    });
    await expect(run([text('[[x]]')], `http://127.0.0.1:${port}/glossary.json`)).rejects.toThrow(
      new RegExp(
        `remark-glossary: could not fetch the glossary from http://127\\.0\\.0\\.1:${port}/glossary\\.json \\(ECONNREFUSED\\)`,
      ),
    );
    await expect(run([text('[[x]]')], 'https://')).rejects.toThrow(/remark-glossary: "https:\/\/" is not a valid URL/);
    await expect(run([text('[[x]]')], join(dir, 'missing.json'))).rejects.toThrow(
      /remark-glossary: there is no file at .*missing\.json/,
    );
    writeFileSync(join(dir, 'page.html'), '<!doctype html><title>Not found</title>');
    await expect(run([text('[[x]]')], join(dir, 'page.html'))).rejects.toThrow(
      /remark-glossary: .*page\.html is not JSON/,
    );
    writeFileSync(join(dir, 'v2.json'), JSON.stringify({ ...glossary, version: 2 }));
    await expect(run([text('[[x]]')], join(dir, 'v2.json'))).rejects.toThrow(/version 2; this plugin reads version 1/);
    expect(() => remarkGlossary({} as never)).toThrow(/the `glossary` option is missing/);
  });
});
