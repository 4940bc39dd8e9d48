/**
 * A big HAR file for the benchmark: the calls of the HAR Chromium recorded against the
 * stub API (tests/fixtures/import/chromium.har), repeated with JSON bodies of a few KB
 * until the file reaches the size asked for, as a long debugging session would save.
 */
import { readFileSync } from 'node:fs';

export function bigHar(bytes: number, fixture = 'tests/fixtures/import/chromium.har'): Buffer {
  const har = JSON.parse(readFileSync(fixture, 'utf8')) as { log: { entries: Record<string, unknown>[] } };
  const templates = har.log.entries;
  const row = (i: number) => ({
    id: i,
    number: `SO${String(i).padStart(6, '0')}`,
    description: 'Order line for the benchmark',
    amount: i * 1.25,
  });
  const body = JSON.stringify(Array.from({ length: 40 }, (_, i) => row(i)));
  const entries: unknown[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const entry = structuredClone(templates[i % templates.length]!) as {
      request: { url: string };
      response: { content: { text?: string; encoding?: string } };
    };
    entry.request.url = `${entry.request.url.split('?')[0]}?page=${i}`;
    if (!entry.response.content.encoding) entry.response.content.text = body;
    const text = JSON.stringify(entry);
    size += text.length + 1;
    entries.push(entry);
  }
  return Buffer.from(JSON.stringify({ log: { ...har.log, entries } }));
}
