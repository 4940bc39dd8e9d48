import { describe, expect, it } from 'vitest';
import {
  indexUrlFor,
  isIndexedPage,
  pagefindPlan,
  searchableHtml,
  searchSection,
} from '../../../../src/search/build/pagefind-pages.ts';
import { SETTINGS } from '../../../../src/search/settings.ts';

const SUMMARY_WEIGHT = SETTINGS.summaryWeight;

describe('search index files', () => {
  it('indexes content pages and leaves out the not-found and search pages', () => {
    expect(isIndexedPage('index.html')).toBe(true);
    expect(isIndexedPage('glossary/client-id/index.html')).toBe(true);
    expect(isIndexedPage('404.html')).toBe(false);
    expect(isIndexedPage('search/index.html')).toBe(false);
    expect(isIndexedPage('favicon.svg')).toBe(false);
  });
  it('gives each page its site URL without the base path', () => {
    expect(indexUrlFor('index.html')).toBe('/');
    expect(indexUrlFor('scope/index.html')).toBe('/scope/');
    expect(indexUrlFor('glossary/client-id/index.html')).toBe('/glossary/client-id/');
    expect(indexUrlFor('plain.html')).toBe('/plain.html');
  });
});

describe('pagefindPlan', () => {
  const files = [
    '404.html',
    'index.html',
    'scope/index.html',
    'glossary/index.html',
    'glossary/client-id/index.html',
    'changes/index.html',
    'search/index.html',
    'a{b}/index.html',
    'x:y/index.html',
  ];
  it('hands Pagefind the folders at once, and summary pages, their folder and top-level pages one by one', () => {
    const plan = pagefindPlan(files);
    expect(plan.glob).toBe('{scope,glossary}/**/*.html');
    expect(plan.singles).toEqual(['index.html', 'changes/index.html', 'a{b}/index.html', 'x:y/index.html']);
    expect(plan.searchable).toBe(7);
  });
  it('indexes every searchable page exactly once', () => {
    const plan = pagefindPlan(files);
    const viaGlob = files.filter((f) => /^(scope|glossary)\//.test(f));
    expect([...viaGlob, ...plan.singles].sort()).toEqual(files.filter(isIndexedPage).sort());
  });
});

describe('searchSection', () => {
  it('names the section after the first part of the path', () => {
    expect(searchSection('/')).toBe('Home');
    expect(searchSection('/policy/')).toBe('Policy');
    expect(searchSection('/glossary/')).toBe('Glossary');
    expect(searchSection('/glossary/client-id/')).toBe('Glossary');
    expect(searchSection('/glossary/#client-id')).toBe('Glossary');
    expect(searchSection('/getting-started/')).toBe('Getting started');
  });
  it('files the policy change log under Policy', () => {
    expect(searchSection('/changes/')).toBe('Policy');
  });
});

describe('searchableHtml', () => {
  it('weights the home page low in the index, headings included, and leaves other pages alone', async () => {
    const home =
      '<main id="main" data-pagefind-body><h1>Help</h1><h2 id="a">Client</h2><h3 data-pagefind-weight="9">X</h3></main>';
    const out = searchableHtml('index.html', home);
    expect(out).toContain(`<main data-pagefind-weight="${SUMMARY_WEIGHT}" id="main"`);
    expect(out).toContain(`<h1 data-pagefind-weight="${SUMMARY_WEIGHT}">Help</h1>`);
    expect(out).toContain(`<h2 data-pagefind-weight="${SUMMARY_WEIGHT}" id="a">`);
    expect(out).toContain('<h3 data-pagefind-weight="9">');
    expect(searchableHtml('scope/index.html', home)).toBe(home);
  });
  it('weights the change log low too: its entries only sum up the policy', async () => {
    expect(searchableHtml('changes/index.html', '<main data-pagefind-body><h2 id="a">A</h2></main>')).toContain(
      `<main data-pagefind-weight="${SUMMARY_WEIGHT}"`,
    );
  });
});
