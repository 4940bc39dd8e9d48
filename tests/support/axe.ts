/** Run axe-core in a page and return its violations in a readable form. */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export interface Violation {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

export async function axeViolations(page: Page): Promise<Violation[]> {
  // Evaluated through the DevTools protocol, not an inline <script>: the site's CSP (rightly)
  // blocks injected inline scripts, and a test tool must not need the CSP relaxed.
  await page.evaluate(axe.source);
  const result = await page.evaluate(async () => {
    const w = window as unknown as { axe: typeof axe };
    return w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
  });
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}
