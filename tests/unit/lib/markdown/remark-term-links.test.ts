import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import remarkTermLinks, { previewPrefix } from '../../../../src/lib/markdown/remark-term-links.ts';

const dir = mkdtempSync(join(tmpdir(), 'kb-remark-'));
writeFileSync(
  join(dir, 'client-id.mdx'),
  '---\nterm: Client Id\naliases: [client_id]\nsummary: The id of a client.\n---\n',
);
writeFileSync(join(dir, 'user-a.mdx'), '---\nterm: User\nsense: A\nsummary: A user of A.\n---\n');
writeFileSync(join(dir, 'user-b.mdx'), '---\nterm: User\nsense: B\nsummary: A user of B.\n---\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Node = {
  type: string;
  value?: string;
  url?: string;
  children?: Node[];
  /** What remark-rehype reads: the element name and its attributes. */
  data?: { hName?: string; hProperties: Record<string, unknown> };
  position?: unknown;
};
const text = (value: string, line = 5, column = 1): Node => ({
  type: 'text',
  value,
  position: { start: { line, column } },
});
const run = (children: Node[], path = '/site/content/pages/scope.mdx') => {
  const tree: Node = { type: 'root', children: [{ type: 'paragraph', children }] };
  remarkTermLinks({ glossaryDir: dir })(tree, { path, cwd: '/site' });
  return tree.children![0]!.children!;
};

describe('remarkTermLinks', () => {
  it('turns [[Term]] into a link followed by its preview, keeping the text around it', () => {
    const out = run([text('Send your [[client_id]] first.')]);
    expect(out.map((n) => n.type)).toEqual(['text', 'link', 'emphasis', 'text']);
    expect(out[0]!.value).toBe('Send your ');
    expect(out[3]!.value).toBe(' first.');
    const [link, tip] = [out[1]!, out[2]!];
    expect(link.url).toBe('/glossary/client-id/');
    expect(link.children![0]!.value).toBe('client_id');
    expect(link.data!.hProperties).toEqual({
      className: ['term-link'],
      interestfor: 'tip-p-scope-1',
      ariaDescribedBy: 'tip-p-scope-1',
    });
    expect(tip.data!.hName).toBe('span');
    expect(tip.data!.hProperties).toMatchObject({ id: 'tip-p-scope-1', popover: 'hint', role: 'tooltip' });
    expect(tip.children![0]!.value).toBe('The id of a client.');
  });

  it('uses the link text after the bar, and numbers previews uniquely', () => {
    const out = run([text('[[Client Id|your id]] and [[User (B)]]')]);
    const links = out.filter((n) => n.type === 'link');
    expect(links.map((l) => [l.url, l.children![0]!.value, l.data!.hProperties.interestfor])).toEqual([
      ['/glossary/client-id/', 'your id', 'tip-p-scope-1'],
      ['/glossary/user-b/', 'User (B)', 'tip-p-scope-2'],
    ]);
  });

  it("sets the apostrophe right after a term link as a closing one (the [[Client Id]]'s value)", () => {
    const out = run([text("The [[Client Id]]'s value, and a 'quoted' word.")]);
    expect(out.at(-1)!.value).toBe("\u2019s value, and a 'quoted' word.");
    expect(run([text('The [[Client Id]]\u2018s value')]).at(-1)!.value).toBe('\u2019s value');
    expect(run([text("'Quoted' [[Client Id]]")])[0]!.value).toBe("'Quoted' ");
  });

  it('leaves references in code alone', () => {
    const out = run([{ type: 'inlineCode', value: '[[Client Id]]' }]);
    expect(out).toEqual([{ type: 'inlineCode', value: '[[Client Id]]' }]);
  });

  it('refuses references in headings and inside links, saying what to do', () => {
    const heading: Node = { type: 'heading', children: [text('About [[Client Id]]', 2, 4)] };
    const tree: Node = { type: 'root', children: [heading] };
    expect(() =>
      remarkTermLinks({ glossaryDir: dir })(tree, { path: '/site/content/pages/scope.mdx', cwd: '/site' }),
    ).toThrow(/scope\.mdx:2:10: \[\[Client Id\]\]: headings cannot hold term links/);
    const link: Node = { type: 'link', url: '/x/', children: [text('see [[Client Id]]')] };
    expect(() => run([link])).toThrow(/a link cannot hold another link; use \[\[Term\|link text\]\]/);
  });

  it('fails with file, line:column, the reference and suggestions for an unknown term', () => {
    expect(() => run([text('Line one\nand [[Clinet Id]] here', 7, 3)])).toThrow(
      /content\/pages\/scope\.mdx:8:5: \[\[Clinet Id\]\]: there is no glossary term "Clinet Id"\. Did you mean \[\[Client Id\]\] \(client-id\)\?/,
    );
  });

  it('fails for a word with several senses, listing each sense', () => {
    expect(() => run([text('A [[User]].', 3, 1)])).toThrow(
      /scope\.mdx:3:3: \[\[User\]\]: the glossary term "User" has 2 senses; pick one: \[\[User \(A\)\]\] or \[\[user-a\]\], \[\[User \(B\)\]\] or \[\[user-b\]\]/,
    );
  });

  it('gives previews in glossary and page files different id prefixes', () => {
    expect(previewPrefix('/x/content/glossary/api.mdx')).toBe('tip-g-api');
    expect(previewPrefix('/x/content/pages/api.mdx')).toBe('tip-p-api');
  });
});
