import { describe, expect, it } from 'vitest';
import { checkBudgets, type Budgets, type RunFigures } from '../../../../scripts/bench/budgets.ts';

const budgets: Budgets = {
  contentPage: { htmlCssGzipBytes: 14336, jsBytesBeforeInteraction: 0, requests: 3 },
  featurePages: { '/checklist/': { jsGzipBytesBeforeInteraction: 12288, scriptGzipBytes: { Composer: 6144 } } },
  anyPageGzipBytes: 102400,
  search: { firstResultMs: 150, transferBytes: 51200 },
  scale: { buildSeconds: { '0': 20, '10000': 60 }, peakMemoryMB: 2048 },
  partnerPage: { gzipBytes: 10240 },
};

const run = (over: Partial<RunFigures> = {}): RunFigures => ({
  terms: 0,
  buildSeconds: 5,
  peakMemoryMB: 600,
  pages: [
    { path: '/', htmlCssGzip: 3000, totalGzip: 3000, jsGzipBeforeInteraction: 0, requests: 2 },
    { path: '/checklist/', htmlCssGzip: 4000, totalGzip: 4000, jsGzipBeforeInteraction: 6000, requests: 3 },
  ],
  search: { firstResultMs: 80, transferBytes: 30000 },
  scripts: [{ page: '/checklist/', name: 'Composer', gzip: 5400, files: ['/_astro/Composer.abc.js'] }],
  ...over,
});

describe('checkBudgets', () => {
  it('passes a site within every budget', () => {
    expect(checkBudgets(budgets, run())).toEqual([]);
  });

  it('names the budget, the page and the figures when a page is too heavy', () => {
    const broken = checkBudgets(
      budgets,
      run({
        pages: [{ path: '/scope/', htmlCssGzip: 15000, totalGzip: 15000, jsGzipBeforeInteraction: 0, requests: 2 }],
      }),
    );
    expect(broken).toEqual([
      'contentPage.htmlCssGzipBytes: /scope/ renders from 15000 B gzip of HTML+CSS, budget 14336 B',
    ]);
  });

  it('allows JavaScript only on feature pages, within their own budget', () => {
    const pages = [
      { path: '/scope/', htmlCssGzip: 3000, totalGzip: 3500, jsGzipBeforeInteraction: 500, requests: 3 },
      { path: '/checklist/', htmlCssGzip: 3000, totalGzip: 16000, jsGzipBeforeInteraction: 13000, requests: 3 },
    ];
    const broken = checkBudgets(budgets, run({ pages }));
    expect(broken).toHaveLength(2);
    expect(broken[0]).toMatch(/^contentPage\.jsBytesBeforeInteraction: \/scope\/ downloads 500 B/);
    expect(broken[1]).toMatch(/^featurePages\["\/checklist\/"\]\.jsGzipBytesBeforeInteraction/);
  });

  it('checks requests, search and scale', () => {
    const broken = checkBudgets(
      budgets,
      run({
        terms: 10000,
        buildSeconds: 75,
        peakMemoryMB: 2500,
        search: {
          firstResultMs: 200,
          transferBytes: 60000,
          question: { query: 'production client', firstResultMs: 120, transferBytes: 101000 },
        },
        pages: [
          { path: '/glossary/a/', htmlCssGzip: 120000, totalGzip: 120000, jsGzipBeforeInteraction: 0, requests: 9 },
        ],
      }),
    );
    expect(broken.map((b) => b.split(':')[0])).toEqual([
      'anyPageGzipBytes',
      'scale.buildSeconds["10000"]',
      'scale.peakMemoryMB',
      'search.firstResultMs',
      'search.transferBytes',
      'search.transferBytes (question)',
    ]);
  });

  it('holds a three-link partner page, as measured and at worst, to its budget', () => {
    expect(checkBudgets(budgets, run({ partnerPage: { measuredBytes: 1500, worstThreeBytes: 4000 } }))).toEqual([]);
    expect(checkBudgets(budgets, run({ partnerPage: { measuredBytes: 65000, worstThreeBytes: 12000 } }))).toEqual([
      'partnerPage.gzipBytes: a three-link partner page fetched 65000 B gzip, budget 10240 B',
      'partnerPage.gzipBytes: the three biggest preview files are 12000 B gzip, budget 10240 B',
    ]);
  });

  it('holds a named script on a feature page to its own budget, and says when the script is gone', () => {
    const heavy = checkBudgets(
      budgets,
      run({
        scripts: [
          {
            page: '/checklist/',
            name: 'Composer',
            gzip: 6500,
            files: ['/_astro/Composer.abc.js', '/_astro/request.def.js'],
          },
        ],
      }),
    );
    expect(heavy).toEqual([
      'featurePages["/checklist/"].scriptGzipBytes["Composer"]: Composer on /checklist/ is 6500 B gzip (/_astro/Composer.abc.js, /_astro/request.def.js), budget 6144 B',
    ]);
    const gone = checkBudgets(budgets, run({ scripts: [] }));
    expect(gone).toEqual([
      'featurePages["/checklist/"].scriptGzipBytes["Composer"]: no script named Composer* on /checklist/; rename the budget or the script',
    ]);
  });

  it('checks the HAR import: time to the list of calls and the longest main-thread task', () => {
    const withImport: Budgets = { ...budgets, import: { harFileBytes: 10485760, harListMs: 1000, longestTaskMs: 200 } };
    expect(checkBudgets(withImport, run({ harImport: { bytes: 10485760, listMs: 640, longestTaskMs: 60 } }))).toEqual(
      [],
    );
    expect(checkBudgets(withImport, run({ harImport: { bytes: 10485760, listMs: 1400, longestTaskMs: 900 } }))).toEqual(
      [
        'import.harListMs: a 10.0 MB HAR file took 1400 ms to its list of calls, budget 1000 ms',
        'import.longestTaskMs: reading a 10.0 MB HAR file blocked the page for 900 ms at once, budget 200 ms',
      ],
    );
  });
});
