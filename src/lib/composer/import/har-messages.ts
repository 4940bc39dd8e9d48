/** Messages between the page and the HAR worker (src/lib/composer/import/har-worker.ts). */
import type { ImportedCall } from './call.ts';
import type { CallSummary } from './har.ts';

export type WorkerRequest =
  { kind: 'read'; file?: File; text?: string } | { kind: 'pick'; index: number; secretHeaders: string[] };

export type WorkerReply =
  | { kind: 'list'; calls: CallSummary[]; apiOnly: boolean; total: number }
  | { kind: 'call'; call: ImportedCall }
  | { kind: 'text'; text: string }
  | { kind: 'error'; message: string };
