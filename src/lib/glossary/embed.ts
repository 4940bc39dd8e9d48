/**
 * Glossary previews for other sites, published as /glossary/embed.js (bundled by
 * src/integrations/partner-files.ts). Every link on the page to one of our term pages
 * (`/glossary/<slug>/`, a former slug, `/glossary/#<slug>`) gets the term's summary as its
 * description for screen readers and as a preview on hover and keyboard focus. The
 * summaries come from the preview files of the slugs the page links, nothing more.
 */
import { PREVIEWS_PATH, previewShard, type PreviewShard } from './previews.ts';
import { startPreviews } from './preview-tip.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DESCRIPTION_PREFIX = 'kb-glossary-term-';

function start(script: HTMLScriptElement): void {
  const root = new URL('./', script.src); // .../glossary/
  const folder = new URL(`.${PREVIEWS_PATH.slice('/glossary'.length)}`, root);
  const shards = new Map<string, Promise<PreviewShard['terms']>>();

  /** The slug a link points at, or null when it is not a link to one of our terms. */
  const slugOf = (a: HTMLAnchorElement): string | null => {
    let url: URL;
    try {
      url = new URL(a.href);
    } catch {
      return null;
    }
    if (url.origin !== root.origin || !url.pathname.startsWith(root.pathname)) return null;
    let rest = url.pathname.slice(root.pathname.length).replace(/\/(index\.html)?$/, '');
    // The A to Z page (and a letter page) with the term as anchor.
    if (rest === '' || rest === 'index.html' || /^letter\/[a-z]+$/.test(rest))
      rest = decodeURIComponent(url.hash.slice(1));
    return SLUG.test(rest) ? rest : null;
  };

  const linkFrom = (target: EventTarget | null): HTMLAnchorElement | null => {
    const a = target instanceof Element ? target.closest('a[href]') : null;
    return a instanceof HTMLAnchorElement && slugOf(a) ? a : null;
  };

  const shard = (slug: string): Promise<PreviewShard['terms']> => {
    const name = previewShard(slug);
    let loading = shards.get(name);
    if (!loading) {
      loading = fetch(new URL(`${name}.json`, folder).href, { credentials: 'omit' })
        .then((res) => (res.ok ? (res.json() as Promise<PreviewShard>) : null))
        .then((doc) => doc?.terms ?? {})
        .catch(() => ({}));
      shards.set(name, loading);
    }
    return loading;
  };

  /** A hidden description per term, referenced by aria-describedby from each of its links. */
  const describe = async (a: HTMLAnchorElement): Promise<string | null> => {
    const slug = slugOf(a);
    const entry = slug ? (await shard(slug))[slug] : undefined;
    if (!slug || !entry) return null;
    const id = DESCRIPTION_PREFIX + (entry.slug ?? slug);
    if (!document.getElementById(id)) {
      let holder = document.getElementById(`${DESCRIPTION_PREFIX}descriptions`);
      if (!holder) {
        holder = document.createElement('div');
        holder.id = `${DESCRIPTION_PREFIX}descriptions`;
        holder.hidden = true;
        document.body.appendChild(holder);
      }
      const span = document.createElement('span');
      span.id = id;
      span.textContent = entry.summary;
      holder.appendChild(span);
    }
    const ids = (a.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    if (!ids.includes(id)) a.setAttribute('aria-describedby', [...ids, id].join(' '));
    return entry.summary;
  };

  // Links on the page now, and links a client-side router adds later (Docusaurus, for one).
  const described = new WeakSet<HTMLAnchorElement>();
  const describeAll = () => {
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      if (!described.has(a) && slugOf(a)) {
        described.add(a);
        void describe(a);
      }
    }
  };
  describeAll();
  let queued = false;
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    setTimeout(() => {
      queued = false;
      describeAll();
    }, 100);
  }).observe(document.body, { childList: true, subtree: true });

  startPreviews({ linkFrom, summaryOf: describe });
}

const script = document.currentScript;
if (script instanceof HTMLScriptElement && script.src && 'fetch' in window) {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => start(script));
  else start(script);
}
