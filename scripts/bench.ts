/**
 * `npm run bench [-- --terms N] [-- --no-browser] [-- --json FILE]`
 *
 * Builds the site from a clean copy in a temporary folder (with N synthetic glossary
 * terms if asked), then measures: per page, the HTML, CSS and JS it needs (raw and gzip)
 * and its requests; JavaScript downloaded before any interaction (in Chromium); the
 * Pagefind index size; clean build time and peak memory; and search latency and transfer
 * in Chromium. Prints a table, writes JSON (.bench/results[-N].json), and exits non-zero
 * naming every budget in budgets.json that is broken.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { checkBudgets, type Budgets, type PageFigures, type RunFigures, type ScriptFigures } from './bench/budgets.ts';
import { gzipSize, pageWeight, scriptWithImports, type PageWeight } from './bench/page-weight.ts';
import { samplePeak } from './bench/proc-mem.ts';
import { copySite } from './site-copy.ts';
import { pagePathOfFile } from '../src/lib/publish/dist-pages.ts';
import { listFiles } from '../src/lib/util/files.ts';
import { syntheticTerms } from './bench/synthetic-terms.ts';
import { browserFigures, type BrowserFigures } from './bench/browser.ts';
import { partnerPageFigures } from './bench/partner-page.ts';
import { bigHar } from './bench/har.ts';

const ROOT = process.cwd();

const { values } = parseArgs({
  options: {
    terms: { type: 'string', default: '0' },
    'no-browser': { type: 'boolean', default: false },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const terms = Number(values.terms);
if (!Number.isInteger(terms) || terms < 0) throw new Error(`--terms must be a whole number, got "${values.terms}"`);

function prepare(): string {
  const { dir } = copySite(ROOT, `kb-bench-${terms}-`);
  for (const t of syntheticTerms(terms)) writeFileSync(join(dir, 'content', 'glossary', t.file), t.text);
  return dir;
}

async function build(dir: string): Promise<{ seconds: number; peakMB: number }> {
  const started = performance.now();
  const child = spawn('npm', ['run', '--silent', 'build'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const sampler = samplePeak(child.pid!);
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const code: number = await new Promise((ok) => child.on('close', ok));
  const peak = sampler.stop();
  if (code !== 0) {
    console.error(output);
    throw new Error(`build failed with exit code ${code}`);
  }
  return { seconds: (performance.now() - started) / 1000, peakMB: peak / 1024 / 1024 };
}

function sizeOf(dir: string): { bytes: number; files: number } {
  if (!existsSync(dir)) return { bytes: 0, files: 0 };
  const files = listFiles(dir);
  return { bytes: files.reduce((n, f) => n + statSync(join(dir, f)).size, 0), files: files.length };
}

const kb = (n: number) => (n / 1024).toFixed(1);

async function main() {
  const budgets = JSON.parse(readFileSync(join(ROOT, 'budgets.json'), 'utf8')) as Budgets;
  const dir = prepare();
  const dist = join(dir, 'dist');
  console.log(`bench: building with ${terms} synthetic terms in ${dir}`);
  const built = await build(dir);

  const htmlFiles = new Map(listFiles(dist, '.html').map((f) => [f, readFileSync(join(dist, f), 'utf8')] as const));
  const readAsset = (url: string) => {
    const file = join(dist, decodeURIComponent(url).replace(/^\/+/, ''));
    return existsSync(file) ? readFileSync(file, 'utf8') : null;
  };
  const weights: PageWeight[] = [...htmlFiles].map(([f, html]) => pageWeight(pagePathOfFile(f), html, readAsset));
  const redirects = new Set(
    [...htmlFiles].filter(([, html]) => /http-equiv="refresh"/i.test(html)).map(([f]) => pagePathOfFile(f)),
  );
  const pagefind = sizeOf(join(dist, 'pagefind'));
  // The glossary term index (one JSON shard per first character): its biggest shard, gzip.
  const termDir = readdirSync(join(dist, '_astro')).find((d) => d.startsWith('terms-'));
  const termShards = termDir
    ? readdirSync(join(dist, '_astro', termDir)).map((f) => ({
        file: f,
        gzip: gzipSize(readFileSync(join(dist, '_astro', termDir, f))),
      }))
    : [];
  const biggestShard = termShards.sort((a, b) => b.gzip - a.gzip)[0];
  // The quick page index (one JSON file of the content pages' sections): it must not grow with the glossary.
  const pageIndexFile = readdirSync(join(dist, '_astro')).find((f) => /^pages-[0-9a-f]+\.json$/.test(f));
  const pageIndex = pageIndexFile
    ? {
        file: pageIndexFile,
        bytes: statSync(join(dist, '_astro', pageIndexFile)).size,
        gzip: gzipSize(readFileSync(join(dist, '_astro', pageIndexFile))),
      }
    : null;
  const distSize = sizeOf(dist);

  let browser: BrowserFigures | null = null;
  if (!values['no-browser']) {
    // With many terms, load a sample of pages in the browser: every real page plus the heaviest ones.
    const heaviest = [...weights]
      .sort((a, b) => b.html.gzip - a.html.gzip)
      .slice(0, 5)
      .map((w) => w.path);
    const sample =
      terms === 0
        ? weights.map((w) => w.path)
        : [...new Set([...weights.filter((w) => !w.path.includes('synthetic')).map((w) => w.path), ...heaviest])];
    const har = terms === 0 && budgets.import ? bigHar(budgets.import.harFileBytes) : undefined;
    browser = await browserFigures(
      dist,
      sample.filter((p) => !redirects.has(p)),
      har,
    );
  }

  const partner = await partnerPageFigures(dist, !values['no-browser']);

  const pages: PageFigures[] = weights
    .filter((w) => !redirects.has(w.path))
    .map((w) => {
      const b = browser?.pages.get(w.path);
      return {
        path: w.path,
        htmlCssGzip: w.html.gzip + w.css.gzip,
        totalGzip: w.html.gzip + w.css.gzip + w.js.gzip,
        jsGzipBeforeInteraction: b ? b.jsBytes : w.js.gzip,
        requests: b ? b.requests : w.requests,
      };
    });
  // Named scripts with their own budget (the composer on /checklist/): the script and the chunks it imports.
  const scripts: ScriptFigures[] = Object.entries(budgets.featurePages).flatMap(([path, feature]) =>
    Object.keys(feature.scriptGzipBytes ?? {}).flatMap((name) => {
      const main = weights.find((w) => w.path === path)?.js.files.find((f) => f.split('/').pop()!.startsWith(name));
      if (!main) return [];
      const files = scriptWithImports(main, readAsset);
      return [{ page: path, name, files, gzip: files.reduce((n, f) => n + gzipSize(readAsset(f) ?? ''), 0) }];
    }),
  );
  const run: RunFigures = {
    terms,
    pages,
    scripts,
    buildSeconds: built.seconds,
    peakMemoryMB: built.peakMB,
    search: browser?.search ?? undefined,
    partnerPage: { measuredBytes: partner.measured?.bytes, worstThreeBytes: partner.worstThree },
    harImport: browser?.harImport ?? null,
  };

  // Report
  const shown =
    terms === 0
      ? weights.filter((w) => !redirects.has(w.path))
      : [...weights].sort((a, b) => b.html.gzip - a.html.gzip).slice(0, 8);
  console.log(
    `\n${terms === 0 ? 'Pages' : 'Heaviest pages'} (bytes; gzip in brackets; JS = downloaded before interaction)`,
  );
  console.log('page'.padEnd(34) + 'HTML'.padStart(16) + 'CSS'.padStart(16) + 'JS'.padStart(14) + '  req');
  for (const w of shown) {
    const p = pages.find((x) => x.path === w.path)!;
    const css = `${w.css.raw + w.css.inline}${w.css.inline ? 'i' : ''}`;
    console.log(
      w.path.padEnd(34) +
        `${w.html.raw} (${w.html.gzip})`.padStart(16) +
        `${css} (${w.css.gzip || 'in HTML'})`.padStart(16) +
        `${w.js.raw + w.js.inline} (${p.jsGzipBeforeInteraction})`.padStart(14) +
        String(p.requests).padStart(5),
    );
  }
  for (const s of scripts) console.log(`script ${s.name} on ${s.page}: ${s.gzip} B gzip in ${s.files.length} file(s)`);
  const heaviest = [...pages].sort((a, b) => b.totalGzip - a.totalGzip)[0]!;
  console.log('\nSite');
  console.log(`  pages                  ${pages.length} (+${redirects.size} redirect pages)`);
  console.log(
    `  clean build            ${built.seconds.toFixed(1)} s${terms ? `, ${((built.seconds * 1000) / terms).toFixed(2)} ms per term` : ''}`,
  );
  console.log(`  peak build memory      ${built.peakMB.toFixed(0)} MB`);
  console.log(`  dist size              ${kb(distSize.bytes)} KiB in ${distSize.files} files`);
  console.log(`  Pagefind index         ${kb(pagefind.bytes)} KiB in ${pagefind.files} files`);
  if (biggestShard)
    console.log(
      `  term index             ${termShards.length} shards, biggest ${biggestShard.file} ${kb(biggestShard.gzip)} KiB gzip`,
    );
  if (pageIndex)
    console.log(
      `  quick page index       ${pageIndex.file} ${kb(pageIndex.bytes)} KiB (${kb(pageIndex.gzip)} KiB gzip)`,
    );
  console.log(`  heaviest page          ${heaviest.path} ${kb(heaviest.totalGzip)} KiB gzip`);
  if (browser?.search) {
    console.log(
      `  search, first result   ${browser.search.firstResultMs.toFixed(0)} ms after the last keystroke (first query, cold); warm median ${browser.search.warmMedianMs.toFixed(0)} ms over ${browser.search.samples.length - 1} more`,
    );
    console.log(
      `  search, transferred    ${kb(browser.search.transferBytes)} KiB from opening search to the first result`,
    );
    const q = browser.search.question;
    if (q)
      console.log(
        `  search, a question     "${q.query}" (no term): first result ${q.firstResultMs.toFixed(0)} ms, ${kb(q.transferBytes)} KiB, in a fresh page`,
      );
  } else if (!values['no-browser']) {
    console.log('  search                 not measured (no search field on the page)');
  }
  const harFigures = browser?.harImport;
  if (harFigures) {
    console.log(
      `  HAR import             ${kb(harFigures.bytes)} KiB file: ${harFigures.calls} calls listed after ${harFigures.listMs.toFixed(0)} ms; longest main-thread task ${harFigures.longestTaskMs.toFixed(0)} ms`,
    );
  }

  console.log(
    `  partner page, 3 links  ${partner.measured ? `${kb(partner.measured.bytes)} KiB gzip in ${partner.measured.requests} files fetched (measured); ` : ''}` +
      `${kb(partner.fromFiles)} KiB from the files; at most ${kb(partner.worstThree)} KiB for any three links; ` +
      `embed.js aside (the whole glossary.json, which it used to fetch: ${kb(partner.wholeGlossary)} KiB)`,
  );

  const broken = checkBudgets(budgets, run);
  const out = {
    date: new Date().toISOString(),
    terms,
    buildSeconds: built.seconds,
    peakMemoryMB: built.peakMB,
    dist: distSize,
    pagefind,
    termIndex: { shards: termShards.length, biggest: biggestShard ?? null },
    pageIndex,
    heaviestPage: heaviest,
    scripts,
    search: browser?.search ?? null,
    partnerPage: partner,
    harImport: browser?.harImport ?? null,
    pages: pages.map((p) => ({ ...p, weight: weights.find((w) => w.path === p.path) })),
    broken,
  };
  const jsonPath = values.json ?? join(ROOT, '.bench', `results${terms ? `-${terms}` : ''}.json`);
  mkdirSync(join(jsonPath, '..'), { recursive: true });
  writeFileSync(jsonPath, JSON.stringify(out, null, 2));
  console.log(`\nwrote ${relative(ROOT, jsonPath)}`);
  if (!values.keep) rmSync(dir, { recursive: true, force: true });

  if (broken.length) {
    console.error(`\nBUDGETS BROKEN (${broken.length}):\n${broken.map((b) => `  - ${b}`).join('\n')}`);
    process.exit(1);
  }
  console.log('\nall budgets in budgets.json kept');
}

await main();
