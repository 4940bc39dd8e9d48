/**
 * Browser wiring for the composer on /checklist/ (src/components/Composer.astro). Reads
 * the fields, runs the pure functions from src/lib, and shows, copies, mails, downloads
 * and stores only the redacted text. Nothing is sent to any server.
 */
import {
  FIELD_IDS,
  buildMailto,
  completenessMessage,
  composeRequest,
  downloadName,
  statusCodeError,
  toDraft,
  utcNow,
  type ComposedRequest,
  type Draft,
  type FieldId,
} from './request.ts';

import type * as ImportModule from './import/ui.ts';

const STORAGE_KEY = 'api-support-kb:request-draft';

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function loadDraft(): Draft | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    return raw ? toDraft(JSON.parse(raw)) : null;
  } catch {
    return null;
  }
}

function saveDraft(draft: Draft): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(draft));
  } catch {
    /* storage full or disabled: the draft simply does not survive a reload */
  }
}

function forgetDraft(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    /* nothing stored */
  }
}

export function startComposer(): void {
  const root = document.querySelector<HTMLElement>('[data-composer]');
  if (!root) return;
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const form = $<HTMLFormElement>('form');
  const controls = Object.fromEntries(FIELD_IDS.map((id) => [id, $<Control>(`[name="${id}"]`)])) as Record<
    FieldId,
    Control
  >;
  const missing = $<HTMLElement>('#c-missing');
  const removed = $<HTMLElement>('#c-removed');
  const subject = $<HTMLElement>('#c-subject');
  const output = $<HTMLElement>('#c-output');
  const mail = $<HTMLAnchorElement>('#c-mail');
  const mailNote = $<HTMLElement>('#c-mail-note');
  const feedback = $<HTMLElement>('#c-feedback');
  const statusError = $<HTMLElement>('#c-status-error');
  const address = root.dataset.supportEmail ?? '';
  const product = root.dataset.product ?? '';
  let current: ComposedRequest;
  let statusTouched = false;
  /** The time the page filled in itself: an import may replace it without asking. */
  let autoTime = '';

  const read = (): Draft => toDraft(Object.fromEntries(FIELD_IDS.map((id) => [id, controls[id].value])));
  const fill = (draft: Draft) => {
    for (const id of FIELD_IDS) controls[id].value = draft[id];
  };
  const setText = (el: HTMLElement, text: string) => {
    if (el.textContent !== text) el.textContent = text;
  };

  const region = $<HTMLElement>('[role="region"]');
  let idle = 0;
  /** While the reader types, mark the live region busy so screen readers wait for a pause. */
  const typing = () => {
    region.setAttribute('aria-busy', 'true');
    window.clearTimeout(idle);
    idle = window.setTimeout(() => region.removeAttribute('aria-busy'), 700);
  };

  const update = (save = true) => {
    current = composeRequest(read(), product);
    setText(missing, completenessMessage(current.missing));
    missing.dataset.complete = String(current.missing.length === 0);
    setText(removed, current.removedMessage);
    setText(subject, current.subject);
    setText(output, current.text || 'Nothing yet: fill in the fields above.');
    const link = buildMailto(address, current.subject, current.text);
    mail.href = link.href;
    setText(
      mailNote,
      link.truncated
        ? 'Your request is too long for an e-mail link: the e-mail gets a shortened text. Use “Copy” and paste the full text into it.'
        : '',
    );
    const error = statusTouched ? statusCodeError(controls.status.value) : null;
    setText(statusError, error ?? '');
    if (error) controls.status.setAttribute('aria-invalid', 'true');
    else controls.status.removeAttribute('aria-invalid');
    if (save) saveDraft(current.safe);
  };

  const say = (message: string) => {
    // Clear first so that the same message twice is announced twice.
    feedback.textContent = '';
    window.setTimeout(() => (feedback.textContent = message), 50);
  };

  const fileText = () => `Subject: ${current.subject}\n\n${current.text}\n`;

  const actions: Record<string, () => void | Promise<void>> = {
    async copy() {
      if (!current.text) return say('Nothing to copy yet: fill in the fields first.');
      try {
        await navigator.clipboard.writeText(current.text);
        say('Copied your request to the clipboard, with secrets removed.');
      } catch {
        const range = document.createRange();
        range.selectNodeContents(output);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        say('Copying was blocked by the browser. The text is selected: press Ctrl+C (or ⌘C) to copy it.');
      }
    },
    download() {
      if (!current.text) return say('Nothing to download yet: fill in the fields first.');
      const url = URL.createObjectURL(new Blob([fileText()], { type: 'text/plain;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = downloadName();
      document.body.append(a);
      a.click();
      a.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
      say(`Downloaded ${a.download}.`);
    },
    clear() {
      forgetDraft();
      fill(toDraft({ time: (autoTime = utcNow()) }));
      statusTouched = false;
      update(false);
      say('Draft cleared.');
      controls.endpoint.focus();
    },
  };

  const saved = loadDraft();
  fill(saved ?? toDraft({}));
  if (!controls.time.value) controls.time.value = autoTime = utcNow();
  statusTouched = controls.status.value !== '';

  // The import step: its parsers load only when the reader pastes, picks or drops something.
  const box = $<HTMLElement>('[data-import]');
  let handler: Promise<(event: Event) => void> | undefined;
  const hooks = { controls, update, untouched: (id: FieldId) => id === 'time' && controls.time.value === autoTime };
  const forward = (event: Event) => {
    if (event.type === 'dragover' || event.type === 'drop') event.preventDefault();
    if (event.type === 'dragover') return;
    const target = event.target as Element;
    if (event.type === 'click' && !target.closest('button[data-import-action], button[data-call-index]')) return;
    if (event.type === 'change' && target.getAttribute('type') !== 'file') return;
    // By URL (src/integrations/lazy-modules.ts), so this page-load script carries no bundler preload helper.
    handler ??= (import(/* @vite-ignore */ box.dataset['import']!) as Promise<typeof ImportModule>).then((m) =>
      m.startImport(box, hooks),
    );
    void handler.then(
      (handle) => handle(event),
      () => {
        // Offline, or the module is gone after a deploy: say so, and try again next time.
        handler = undefined;
        $<HTMLElement>('#c-import-status').textContent =
          'The import could not load. Check your connection and try again, or fill in the fields yourself.';
      },
    );
  };
  for (const type of ['paste', 'change', 'dragover', 'drop', 'click']) box.addEventListener(type, forward);

  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', () => {
    typing();
    update();
  });
  form.addEventListener('change', () => update());
  controls.status.addEventListener('blur', () => {
    statusTouched = controls.status.value !== '' || statusTouched;
    update();
  });
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    const action = button && actions[button.dataset.action ?? ''];
    if (action) void action();
  });

  update(false);
  root.hidden = false;
}
