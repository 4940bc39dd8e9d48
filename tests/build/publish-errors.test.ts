/**
 * Content that must not be published: each case builds a copy of the site with one file
 * changed and expects the build to fail with the file, the line where known and the fix,
 * and to publish nothing.
 */
import { describe, it } from 'vitest';
import { expectBuildFailure, originalContent } from '../support/fixture-build.ts';

const original = originalContent;
/** The 1-based line of the first line containing `needle` in a text. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('content that does not resolve fails the build with file, line and fix', () => {
  it('a link to a glossary term that is not defined', () => {
    const text = `${original('pages/channels.mdx')}\nKeep your [access token](/glossary/#acess-token) safe.\n`;
    expectBuildFailure(
      { 'pages/channels.mdx': text },
      new RegExp(
        `content/pages/channels\\.mdx:${lineOf(text, 'acess-token')}: the link "/glossary/#acess-token" points to the glossary term "acess-token", which is not defined`,
      ),
      /define the term in content\/glossary\/acess-token\.mdx/,
    );
  });

  it('a term page link to a misspelt term, with a suggestion', () => {
    const text = `${original('pages/scope.mdx')}\nSee [the client id](/glossary/client-ids/).\n`;
    expectBuildFailure(
      { 'pages/scope.mdx': text },
      new RegExp(
        `content/pages/scope\\.mdx:${lineOf(text, 'client-ids')}: .*"client-ids", which is not defined\\. Did you mean "client-id"\\?`,
      ),
    );
  });

  it('a related slug that is not a term', () => {
    const text = original('glossary/client-id.mdx').replace(/^related: \[/m, 'related: [client-secrets, ');
    expectBuildFailure(
      { 'glossary/client-id.mdx': text },
      new RegExp(
        `content/glossary/client-id\\.mdx:${lineOf(text, 'related:')}: \`related\` lists "client-secrets", which is not a glossary term\\. Did you mean "client-secret"\\?`,
      ),
    );
  });

  it('a change about a page that does not exist', () => {
    expectBuildFailure(
      {
        'changes/2021-10-02-support-policy.mdx': original('changes/2021-10-02-support-policy.mdx').replace(
          /^page: policy$/m,
          'page: polcy',
        ),
      },
      /content\/changes\/2021-10-02-support-policy\.mdx:5: `page` is "polcy", which is not a page\. Did you mean "policy"\?/,
    );
  });
});

describe('pages without what readers and search engines need fail the build', () => {
  it('a page without a description', () => {
    expectBuildFailure(
      { 'pages/scope.mdx': original('pages/scope.mdx').replace(/^description:.*\n/m, '') },
      /content\/pages\/scope\.mdx/,
      /description: `description` is missing\. Add one or two sentences for search results and link previews\./,
    );
  });

  it('a page with an empty title', () => {
    expectBuildFailure(
      { 'pages/channels.mdx': original('pages/channels.mdx').replace(/^title:.*$/m, 'title: "  "') },
      /content\/pages\/channels\.mdx/,
      /`title` is empty\. Every page needs a title/,
    );
  });

  it('a change without a date', () => {
    expectBuildFailure(
      {
        'changes/2021-10-02-support-policy.mdx': original('changes/2021-10-02-support-policy.mdx').replace(
          /^date:.*\n/m,
          '',
        ),
      },
      /content\/changes\/2021-10-02-support-policy\.mdx/,
      /`date` is missing\. Write the date of the change as YYYY-MM-DD/,
    );
  });

  it('an inline script that Astro did not hash, which the Content Security Policy would block', () => {
    expectBuildFailure(
      { 'pages/channels.mdx': `${original('pages/channels.mdx')}\n<script>{'document.title = "changed";'}</script>\n` },
      /channels\/index\.html: an inline <script> starting "document\.title = "changed";" is not in the page's CSP, so browsers will block it\. Remove `is:inline`/,
    );
  });

  it('an inline event handler that the Content Security Policy would block', () => {
    expectBuildFailure(
      {
        'pages/channels.mdx': `${original('pages/channels.mdx')}\n<button type="button" onclick="alert(1)">Copy</button>\n`,
      },
      /channels\/index\.html: <button onclick="\.\.\."> is an inline event handler, which the CSP blocks\. Attach the handler with addEventListener/,
    );
  });
});
