import { describe, expect, it } from 'vitest';
import { findMdxOnlySyntax } from '../../../../src/lib/markdown/folder-loader.ts';

describe('findMdxOnlySyntax', () => {
  it('accepts Markdown, term references, inline code and fenced code', () => {
    const body = [
      'A [[Client]] has a `<Client>` tag in code only.',
      '',
      '```tsx',
      'import x from "y";',
      '<Widget />',
      '```',
      '',
      'See <https://example.com> and a <br> tag.',
    ].join('\n');
    expect(findMdxOnlySyntax(body)).toBeNull();
  });
  it('finds a component or an import, with its line', () => {
    expect(findMdxOnlySyntax('Text.\n\n<Aside>Careful</Aside>\n')).toEqual({ line: 3, text: '<Aside>Careful</Aside>' });
    expect(findMdxOnlySyntax("import Note from '../../../x.astro';\n\nText.")).toEqual({
      line: 1,
      text: "import Note from '../../../x.astro';",
    });
  });
});
