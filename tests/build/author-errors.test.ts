/**
 * What an author sees when content is wrong: the build fails and names the file and the
 * field. Each case builds a copy of the site with one file changed.
 */
import { describe, it } from 'vitest';
import { expectBuildFailure, originalContent } from '../support/fixture-build.ts';

const original = originalContent;

describe('author errors fail the build with the file and the field', () => {
  it('a page without a title', () => {
    expectBuildFailure(
      { 'pages/channels.mdx': original('pages/channels.mdx').replace(/^title:.*\n/m, '') },
      /pages → channels/,
      /content\/pages\/channels\.mdx/,
      /title: `title` is missing/,
    );
  });

  it('a term with a misspelt field', () => {
    expectBuildFailure(
      { 'glossary/dto.mdx': original('glossary/dto.mdx').replace(/^summary:/m, 'sumary:') },
      /content\/glossary\/dto\.mdx/,
      /Unknown field `sumary`/,
      /`summary` is missing/,
    );
  });

  it('a page with a date that is not a date', () => {
    expectBuildFailure(
      { 'pages/scope.mdx': original('pages/scope.mdx').replace(/^updated:.*$/m, 'updated: last tuesday') },
      /content\/pages\/scope\.mdx/,
      /updated/,
    );
  });

  it('two terms with the same slug', () => {
    expectBuildFailure(
      {
        'glossary/data-transfer-object.mdx': original('glossary/dto.mdx').replace(
          /^term: DTO$/m,
          'term: DTO\nslug: dto',
        ),
      },
      /the slug "dto" is already used by content\/glossary\/(dto|data-transfer-object)\.mdx/,
    );
  });

  it('a link to a page that does not exist', () => {
    expectBuildFailure(
      { 'pages/channels.mdx': `${original('pages/channels.mdx')}\nSee [the fees](/fees/).\n` },
      /\/channels\/: link "\/fees\/" is broken/,
    );
  });
});
