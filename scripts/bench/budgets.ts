/**
 * Budgets live in budgets.json at the repository root; this checks figures against them
 * and names every budget that is broken.
 */
export interface Budgets {
  contentPage: { htmlCssGzipBytes: number; jsBytesBeforeInteraction: number; requests: number };
  featurePages: Record<
    string,
    {
      jsGzipBytesBeforeInteraction: number;
      /** One script's budget, by the name its file starts with ("Composer"), with the chunks it imports. */
      scriptGzipBytes?: Record<string, number>;
    }
  >;
  anyPageGzipBytes: number;
  search: { firstResultMs: number; transferBytes: number };
  scale: { buildSeconds: Record<string, number>; peakMemoryMB: number };
  /** A partner's page with three links to our terms and embed.js: what it fetches from us besides embed.js. */
  partnerPage?: { gzipBytes: number };
  /** The composer's import step: a HAR file of `harFileBytes` read and its calls listed. */
  import?: { harFileBytes: number; harListMs: number; longestTaskMs: number };
}

export interface PageFigures {
  path: string;
  htmlCssGzip: number;
  totalGzip: number;
  jsGzipBeforeInteraction: number;
  requests: number;
}

/** The gzip size of one named script on a page, with the chunks it imports. */
export interface ScriptFigures {
  page: string;
  name: string;
  gzip: number;
  files: string[];
}

export interface RunFigures {
  terms: number;
  harImport?: { bytes: number; listMs: number; longestTaskMs: number } | null | undefined;
  pages: PageFigures[];
  scripts?: ScriptFigures[] | undefined;
  buildSeconds: number;
  peakMemoryMB: number;
  /** Bytes a three-link partner page fetches (measured), and the most any three links can cost. */
  partnerPage?: { measuredBytes?: number | undefined; worstThreeBytes: number } | undefined;
  search?:
    | {
        firstResultMs: number;
        transferBytes: number;
        /** The same figures for a question that names no glossary term: the budget holds for it too. */
        question?: { query: string; firstResultMs: number; transferBytes: number } | undefined;
      }
    | undefined;
}

export function checkBudgets(b: Budgets, run: RunFigures): string[] {
  const broken = checkPagesAndScale(b, run);
  const har = run.harImport;
  if (b.import && har) {
    const size = `${(har.bytes / 1024 / 1024).toFixed(1)} MB`;
    if (har.listMs > b.import.harListMs) {
      broken.push(
        `import.harListMs: a ${size} HAR file took ${har.listMs.toFixed(0)} ms to its list of calls, budget ${b.import.harListMs} ms`,
      );
    }
    if (har.longestTaskMs > b.import.longestTaskMs) {
      broken.push(
        `import.longestTaskMs: reading a ${size} HAR file blocked the page for ${har.longestTaskMs.toFixed(0)} ms at once, budget ${b.import.longestTaskMs} ms`,
      );
    }
  }
  return broken;
}

function checkPagesAndScale(b: Budgets, run: RunFigures): string[] {
  const broken: string[] = [];
  const scale = run.terms > 0;
  for (const p of run.pages) {
    if (p.totalGzip > b.anyPageGzipBytes) {
      broken.push(`anyPageGzipBytes: ${p.path} is ${p.totalGzip} B gzip, budget ${b.anyPageGzipBytes} B`);
    }
    if (scale) continue; // synthetic runs check scale budgets only
    if (p.htmlCssGzip > b.contentPage.htmlCssGzipBytes) {
      broken.push(
        `contentPage.htmlCssGzipBytes: ${p.path} renders from ${p.htmlCssGzip} B gzip of HTML+CSS, budget ${b.contentPage.htmlCssGzipBytes} B`,
      );
    }
    if (p.requests > b.contentPage.requests) {
      broken.push(`contentPage.requests: ${p.path} makes ${p.requests} requests, budget ${b.contentPage.requests}`);
    }
    const feature = b.featurePages[p.path];
    const jsBudget = feature ? feature.jsGzipBytesBeforeInteraction : b.contentPage.jsBytesBeforeInteraction;
    const jsName = feature
      ? `featurePages["${p.path}"].jsGzipBytesBeforeInteraction`
      : 'contentPage.jsBytesBeforeInteraction';
    if (p.jsGzipBeforeInteraction > jsBudget) {
      broken.push(
        `${jsName}: ${p.path} downloads ${p.jsGzipBeforeInteraction} B of JavaScript before interaction, budget ${jsBudget} B`,
      );
    }
  }
  for (const [path, feature] of Object.entries(b.featurePages)) {
    if (scale) break;
    for (const [name, budget] of Object.entries(feature.scriptGzipBytes ?? {})) {
      const found = run.scripts?.find((s) => s.page === path && s.name === name);
      const where = `featurePages["${path}"].scriptGzipBytes["${name}"]`;
      if (!found) broken.push(`${where}: no script named ${name}* on ${path}; rename the budget or the script`);
      else if (found.gzip > budget)
        broken.push(
          `${where}: ${name} on ${path} is ${found.gzip} B gzip (${found.files.join(', ')}), budget ${budget} B`,
        );
    }
  }
  const buildBudget = b.scale.buildSeconds[String(run.terms)];
  if (buildBudget !== undefined && run.buildSeconds > buildBudget) {
    broken.push(
      `scale.buildSeconds["${run.terms}"]: build took ${run.buildSeconds.toFixed(1)} s, budget ${buildBudget} s`,
    );
  }
  if (run.peakMemoryMB > b.scale.peakMemoryMB) {
    broken.push(
      `scale.peakMemoryMB: build peaked at ${run.peakMemoryMB.toFixed(0)} MB, budget ${b.scale.peakMemoryMB} MB`,
    );
  }
  const partner = run.partnerPage;
  if (partner && b.partnerPage) {
    const budget = b.partnerPage.gzipBytes;
    if (partner.measuredBytes !== undefined && partner.measuredBytes > budget) {
      broken.push(
        `partnerPage.gzipBytes: a three-link partner page fetched ${partner.measuredBytes} B gzip, budget ${budget} B`,
      );
    }
    if (partner.worstThreeBytes > budget) {
      broken.push(
        `partnerPage.gzipBytes: the three biggest preview files are ${partner.worstThreeBytes} B gzip, budget ${budget} B`,
      );
    }
  }
  if (run.search) {
    if (run.search.firstResultMs > b.search.firstResultMs) {
      broken.push(
        `search.firstResultMs: first result after ${run.search.firstResultMs.toFixed(0)} ms, budget ${b.search.firstResultMs} ms`,
      );
    }
    if (run.search.transferBytes > b.search.transferBytes) {
      broken.push(
        `search.transferBytes: ${run.search.transferBytes} B transferred to the first result, budget ${b.search.transferBytes} B`,
      );
    }
    const q = run.search.question;
    if (q && q.firstResultMs > b.search.firstResultMs) {
      broken.push(
        `search.firstResultMs (question): first result for "${q.query}" after ${q.firstResultMs.toFixed(0)} ms, budget ${b.search.firstResultMs} ms`,
      );
    }
    if (q && q.transferBytes > b.search.transferBytes) {
      broken.push(
        `search.transferBytes (question): ${q.transferBytes} B transferred to the first result for "${q.query}", budget ${b.search.transferBytes} B`,
      );
    }
  }
  return broken;
}
