/**
 * The composer's import step in the browser (the box and file input at the top of
 * src/components/Composer.astro): reads a pasted curl command or HTTP exchange, or a HAR
 * file (in a worker), lets the reader pick a call, and fills the fields with redacted
 * values, asking before it replaces anything the reader typed. Loaded by
 * src/lib/composer/page.ts only when the reader pastes, picks or drops something.
 */
import type { FieldId } from '../request.ts';
import { ImportError, type ImportedCall } from './call.ts';
import { fieldList, fillFromCall, planFill, type HeaderLists } from './fill.ts';
import type { CallSummary } from './har.ts';
import type { WorkerReply, WorkerRequest } from './har-messages.ts';
import { readText, FORMAT_NAMES, type Format } from './read.ts';

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export interface ComposerHooks {
  controls: Record<FieldId, Control>;
  /** Re-read the fields, refresh "Your request" and save the draft. */
  update: () => void;
  /** True when a field still holds what the page put there itself (the time starts as "now"). */
  untouched: (id: FieldId) => boolean;
}

/** Files over this size are refused before reading: a HAR that big holds far more than one failing call. */
export const FILE_LIMIT = 50 * 1024 * 1024;
/** Most calls listed; the failed ones come first, so the one wanted is nearly always among them. */
const LIST_LIMIT = 100;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function startImport(box: HTMLElement, hooks: ComposerHooks): (event: Event) => void {
  const $ = <T extends Element>(selector: string) => box.querySelector<T>(selector)!;
  const paste = $<HTMLTextAreaElement>('#c-paste');
  const file = $<HTMLInputElement>('#c-har');
  const status = $<HTMLElement>('#c-import-status');
  const picker = $<HTMLElement>('#c-import-calls');
  const list = $<HTMLUListElement>('#c-import-list');
  const confirm = $<HTMLElement>('#c-import-confirm');
  const confirmText = $<HTMLElement>('#c-import-confirm-text');
  const lists = JSON.parse(box.dataset.lists ?? '{}') as HeaderLists;
  /** What the import itself last wrote, per field: replacing that needs no asking. */
  const written: Partial<Record<FieldId, string>> = {};
  let pending: Partial<Record<FieldId, string>> = {};
  /** Where focus goes back to once the reader has answered "Replace?". */
  let returnFocus: HTMLElement = paste;
  let worker: Worker | null = null;

  const tell = (message: string, kind: 'info' | 'error' = 'info', source?: Control) => {
    status.dataset.kind = kind;
    // Cleared first so that the same message twice is announced twice.
    status.textContent = '';
    window.setTimeout(() => (status.textContent = message), 50);
    for (const input of [paste, file]) {
      if (kind === 'error' && input === source) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
  };

  const untouched = (id: FieldId) =>
    hooks.untouched(id) || (written[id] !== undefined && written[id] === hooks.controls[id].value);

  const write = (values: Partial<Record<FieldId, string>>) => {
    for (const [id, value] of Object.entries(values) as [FieldId, string][]) {
      hooks.controls[id].value = value;
      written[id] = hooks.controls[id].value;
    }
    hooks.update();
  };

  /** Fill from one call and say what happened, next to the input it came from. */
  const fill = (call: ImportedCall, format: Format, source: Control, focusAfter: HTMLElement = source) => {
    const filled = fillFromCall(call, lists);
    const current = Object.fromEntries(Object.entries(hooks.controls).map(([id, c]) => [id, c.value])) as Record<
      FieldId,
      string
    >;
    const plan = planFill(current, filled.values, untouched);
    write(plan.now);
    const filledIds = Object.keys(plan.now) as FieldId[];
    const parts = [
      filledIds.length
        ? `Filled in ${fieldList(filledIds)} from ${FORMAT_NAMES[format]}.`
        : `Nothing new to fill in from ${FORMAT_NAMES[format]}.`,
      filled.leftOut,
      filled.removed,
      ...filled.notes,
    ];
    if (source === paste && paste.value) {
      paste.value = '';
      parts.push('The pasted text was cleared from the box, as it may hold secrets.');
    }
    tell(parts.filter(Boolean).join(' '), 'info', source);
    pending = Object.fromEntries(plan.conflicts.map((id) => [id, filled.values[id]!]));
    confirm.hidden = plan.conflicts.length === 0;
    if (plan.conflicts.length) {
      const many = plan.conflicts.length > 1;
      confirmText.textContent = `You already wrote something else in ${fieldList(plan.conflicts)}. Replace ${many ? 'them' : 'it'} with what was imported?`;
      returnFocus = focusAfter;
      confirm.querySelector<HTMLButtonElement>('button')!.focus();
    }
  };

  const showCalls = (calls: CallSummary[], apiOnly: boolean, total: number) => {
    list.replaceChildren();
    for (const call of calls.slice(0, LIST_LIMIT)) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'secondary';
      button.dataset.callIndex = String(call.index);
      const time = /T(\d\d:\d\d:\d\d)/.exec(call.startedAt)?.[1];
      const outcome = call.status
        ? `${call.status} ${call.statusText}`.trim()
        : `no response${call.statusText ? ` (${call.statusText})` : ''}`;
      button.textContent = `${call.method} ${call.where} – ${outcome}${time ? ` – ${time}` : ''}`;
      if (call.failed) button.dataset.failed = '';
      const item = document.createElement('li');
      item.append(button);
      list.append(item);
    }
    picker.hidden = false;
    const failed = calls.filter((c) => c.failed).length;
    const what = apiOnly ? 'API calls' : 'calls';
    const shown = calls.length > LIST_LIMIT ? ` The first ${LIST_LIMIT} are listed.` : '';
    tell(
      `Found ${calls.length} ${what} in the HAR file (of ${total} requests), ${failed} failed. Pick one below to fill in the form.${shown}`,
      'info',
      file,
    );
    list.querySelector('button')?.focus();
  };

  /** One message to the worker and its answer; messages wait their turn, and a worker that failed is replaced. */
  let queue: Promise<unknown> = Promise.resolve();
  const send = (message: WorkerRequest): Promise<WorkerReply> =>
    new Promise((resolve) => {
      try {
        worker ??= new Worker(box.dataset['worker']!, { type: 'module' });
        worker.onmessage = (event: MessageEvent<WorkerReply>) => resolve(event.data);
        worker.onerror = () => {
          worker?.terminate();
          worker = null;
          resolve({ kind: 'error', message: 'This file could not be read in this browser.' });
        };
        worker.postMessage(message);
      } catch {
        resolve({
          kind: 'error',
          message: 'This browser cannot read files in the background; paste the call as text instead.',
        });
      }
    });
  const talk = (message: WorkerRequest): Promise<WorkerReply> => {
    const answer = queue.then(() => send(message));
    queue = answer;
    return answer;
  };

  const fromText = (text: string, source: Control) => {
    try {
      const reading = readText(text, { secretHeaders: [...lists.secret] });
      if (reading.format === 'har') {
        // A HAR pasted as text: hand it to the worker like a file, so that picking works the same way.
        void readHar({ kind: 'read', text }, source);
      } else fill(reading.call, reading.format, source);
    } catch (error) {
      tell(error instanceof ImportError ? error.message : 'This text could not be read.', 'error', source);
    }
  };

  const readHar = async (request: WorkerRequest, source: Control) => {
    tell('Reading the file…', 'info');
    const answer = await talk(request);
    if (answer.kind === 'error') return tell(answer.message, 'error', source);
    if (answer.kind === 'text') return fromText(answer.text, source);
    if (answer.kind !== 'list') return;
    if (source === paste) paste.value = '';
    if (answer.calls.length === 1) return pick(answer.calls[0]!.index, source);
    showCalls(answer.calls, answer.apiOnly, answer.total);
  };

  const pick = async (index: number, source: Control, focusAfter: HTMLElement = source) => {
    const answer = await talk({ kind: 'pick', index, secretHeaders: [...lists.secret] });
    if (answer.kind === 'call') fill(answer.call, 'har', source, focusAfter);
    else if (answer.kind === 'error') tell(answer.message, 'error', source);
  };

  const readFile = (chosen: File | undefined) => {
    if (!chosen) return;
    if (chosen.size > FILE_LIMIT) {
      return tell(
        `This file is ${mb(chosen.size)}; the limit is ${mb(FILE_LIMIT)}. Filter the Network panel to the failing calls, save again with “Save all as HAR”, and pick the smaller file.`,
        'error',
        file,
      );
    }
    void readHar({ kind: 'read', file: chosen }, file);
  };

  return (event: Event) => {
    const target = event.target as HTMLElement;
    if (event.type === 'paste' && target === paste) {
      // The pasted text lands in the box after this event.
      window.setTimeout(() => fromText(paste.value, paste), 0);
    } else if (event.type === 'change' && target === file) {
      readFile(file.files?.[0]);
      file.value = '';
    } else if (event.type === 'drop') {
      const dropped = (event as DragEvent).dataTransfer;
      if (dropped?.files.length) readFile(dropped.files[0]);
      else if (dropped?.getData('text')) {
        paste.value = dropped.getData('text');
        fromText(paste.value, paste);
      }
    } else if (event.type === 'click') {
      const button = target.closest<HTMLButtonElement>('button');
      if (!button) return;
      if (button.dataset.importAction === 'read') {
        // Pasting already read the call and emptied the box: say so rather than "nothing to read".
        if (!paste.value.trim() && Object.keys(written).length > 0)
          tell('The form was filled in when you pasted. Check the fields below, or paste another call here.');
        else fromText(paste.value, paste);
      } else if (button.dataset.callIndex) void pick(Number(button.dataset.callIndex), file, button);
      else if (button.dataset.importAction === 'replace' || button.dataset.importAction === 'keep') {
        const replace = button.dataset.importAction === 'replace';
        if (replace) write(pending);
        tell(replace ? `Replaced ${fieldList(Object.keys(pending) as FieldId[])}.` : 'Kept what you wrote.');
        pending = {};
        confirm.hidden = true;
        returnFocus.focus();
      }
    }
  };
}
