import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildInputsDigest, glossaryRenderInputs } from '../../../src/lib/build-inputs.ts';

const root = mkdtempSync(join(tmpdir(), 'kb-inputs-'));
mkdirSync(join(root, 'content', 'glossary'), { recursive: true });
writeFileSync(join(root, 'content', 'glossary', 'dto.mdx'), 'DTO');
writeFileSync(join(root, 'astro.config.mjs'), 'export default {}');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('buildInputsDigest', () => {
  it('is the same for the same inputs and settings, and skips inputs that do not exist', () => {
    const once = buildInputsDigest(root, { base: '/' });
    expect(once).toMatch(/^[0-9a-f]{10}$/);
    expect(buildInputsDigest(root, { base: '/' })).toBe(once);
  });
  it('changes with a file’s content, a new file, a renamed file, and a setting', () => {
    const before = buildInputsDigest(root, { base: '/' });
    expect(buildInputsDigest(root, { base: '/docs/' })).not.toBe(before);
    writeFileSync(join(root, 'content', 'glossary', 'dto.mdx'), 'DTO, changed');
    const edited = buildInputsDigest(root, { base: '/' });
    expect(edited).not.toBe(before);
    writeFileSync(join(root, 'content', 'glossary', 'isv.mdx'), 'ISV');
    const added = buildInputsDigest(root, { base: '/' });
    expect(added).not.toBe(edited);
    rmSync(join(root, 'content', 'glossary', 'isv.mdx'));
    writeFileSync(join(root, 'content', 'glossary', 'isv2.mdx'), 'ISV');
    expect(buildInputsDigest(root, { base: '/' })).not.toBe(added);
  });
});

describe('glossaryRenderInputs', () => {
  const term = (slug: string, name: string, summary: string) => ({
    slug,
    term: name,
    aliases: [],
    formerSlugs: [],
    related: [],
    summary,
    file: `content/glossary/${slug}.mdx`,
  });
  const isv = term('isv', 'ISV', 'A vendor.');
  const dto = term('dto', 'DTO', 'A data object.');
  const linksIsv = 'An [[ISV]] writes software.';
  const linksNothing = 'Plain text.';
  it('changes for a definition when a term it links to changes, and only then', () => {
    const before = glossaryRenderInputs(root, [isv, dto]);
    const after = glossaryRenderInputs(root, [{ ...isv, summary: 'Another.' }, dto]);
    expect(after(linksIsv)).not.toBe(before(linksIsv));
    expect(after(linksNothing)).toBe(before(linksNothing));
    expect(glossaryRenderInputs(root, [isv, { ...dto, summary: 'Changed.' }])(linksIsv)).toBe(before(linksIsv));
    expect(glossaryRenderInputs(root, [{ ...isv, term: 'Isv vendor', aliases: ['ISV'] }, dto])(linksIsv)).not.toBe(
      before(linksIsv),
    );
  });
  it('changes for every definition with the code of the Markdown pipeline, and only with that code', () => {
    const write = (file: string, text: string) => {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), text);
    };
    write(
      'src/lib/markdown/remark-term-links.ts',
      "import { resolveTerm } from '../glossary/resolve.ts';\nexport default 1;",
    );
    write('src/lib/markdown/rehype-base-links.ts', 'export default 1;');
    write('src/lib/glossary/resolve.ts', "export { slugify } from '../util/slug.ts';");
    write('src/lib/util/slug.ts', 'export const slugify = 1;');
    write('src/lib/composer/redact.ts', 'export const redact = 1;');
    const inputs = () => glossaryRenderInputs(root, [isv])(linksNothing);
    const before = inputs();
    write('src/lib/composer/redact.ts', 'export const redact = 2;');
    expect(inputs(), 'the composer is not part of rendering Markdown').toBe(before);
    write('src/lib/util/slug.ts', 'export const slugify = 2;');
    const afterImported = inputs();
    expect(afterImported, 'a module the plugin imports through another').not.toBe(before);
    write(
      'src/lib/markdown/remark-term-links.ts',
      "import { resolveTerm } from '../glossary/resolve.ts';\nexport default 2;",
    );
    expect(inputs(), 'the plugin itself').not.toBe(afterImported);
  });
});
