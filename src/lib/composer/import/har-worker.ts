/**
 * Reads a HAR file off the page's main thread: a 10 MB file takes a JSON.parse that would
 * otherwise freeze typing and scrolling. Keeps the parsed file and answers with the list of
 * calls, then with the one call the reader picks. Text that is not JSON (a .txt holding a
 * curl command) goes back to the page to be read there.
 */
import { ImportError } from './call.ts';
import { harCall, listCalls, parseHar, type Har } from './har.ts';
import type { WorkerReply, WorkerRequest } from './har-messages.ts';

const scope = self as unknown as {
  postMessage(message: WorkerReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
};

let har: Har | null = null;

scope.addEventListener('message', async ({ data }) => {
  try {
    if (data.kind === 'read') {
      const text = data.file ? await data.file.text() : (data.text ?? '');
      if (!text.trimStart().startsWith('{')) return scope.postMessage({ kind: 'text', text });
      har = parseHar(text);
      const { calls, apiOnly } = listCalls(har);
      scope.postMessage({ kind: 'list', calls, apiOnly, total: har.entries.length });
    } else {
      const entry = har?.entries[data.index];
      if (!entry) throw new ImportError('That call is no longer loaded: pick the HAR file again.');
      scope.postMessage({ kind: 'call', call: harCall(entry, { secretHeaders: data.secretHeaders }) });
    }
  } catch (error) {
    scope.postMessage({ kind: 'error', message: error instanceof ImportError ? error.message : READ_FAILED });
  }
});

const READ_FAILED =
  'This file could not be read. Save it again from the browser’s Network panel and pick the new file.';
