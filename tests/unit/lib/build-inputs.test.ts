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
  it('changes for every definition with the code of the Markdown pipeline', () => {
    mkdirSync(join(root, 'src', 'lib'), { recursive: true });
    writeFileSync(join(root, 'src', 'lib', 'remark-term-links.ts'), 'export default 1');
    const before = glossaryRenderInputs(root, [isv])(linksNothing);
    writeFileSync(join(root, 'src', 'lib', 'remark-term-links.ts'), 'export default 2');
    expect(glossaryRenderInputs(root, [isv])(linksNothing)).not.toBe(before);
  });
});
