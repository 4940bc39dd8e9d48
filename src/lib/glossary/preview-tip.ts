/**
 * Term previews drawn by script, for pages where the browser cannot open them itself:
 * partner sites (through embed.js) and this site in browsers without interest invokers
 * (through the fallback module). One behaviour for both: the summary shows on hover
 * (after a short delay) and at once on keyboard focus, beside the link and inside the
 * viewport; Escape, blur and moving away hide it. Touch gets no preview: a tap follows
 * the link and a long press opens the browser's own menu, as on any link.
 *
 * Screen readers get the summary from the link's `aria-describedby`, never from the
 * drawn box, which is aria-hidden. No dependencies: this runs on other people's pages.
 */

export interface PreviewLinks {
  /** The term link an event happened in, or null when it is not in one. */
  linkFrom(target: EventTarget | null): HTMLAnchorElement | null;
  /** The summary of a link's term, or null when there is none (an unknown term). */
  summaryOf(link: HTMLAnchorElement): string | null | Promise<string | null>;
}

/** How long a pointer rests on a link before its preview opens, as with native previews. */
const HOVER_DELAY_MS = 300;
const GAP = 6;
const EDGE = 8;

export function startPreviews(links: PreviewLinks, className = 'kb-glossary-preview'): void {
  let tip: HTMLElement | null = null;
  /** The link whose preview is open. */
  let current: HTMLAnchorElement | null = null;
  /** The link the reader is pointing at or focused, whose preview may open. */
  let wanted: HTMLAnchorElement | null = null;
  /** A link whose preview Escape closed: it stays closed until the reader leaves it. */
  let dismissed: HTMLAnchorElement | null = null;
  let timer = 0;

  const box = (): HTMLElement => {
    if (tip) return tip;
    tip = document.createElement('div');
    tip.className = className;
    tip.setAttribute('aria-hidden', 'true');
    // Set through the CSSOM, which a strict Content Security Policy allows (style attributes it does not).
    const s = tip.style;
    s.position = 'fixed';
    s.zIndex = '2147483647';
    s.boxSizing = 'border-box';
    s.maxWidth = `min(22rem, calc(100vw - ${2 * EDGE}px))`;
    s.padding = '0.5rem 0.75rem';
    s.background = 'Canvas';
    s.color = 'CanvasText';
    s.border = '1px solid GrayText';
    s.borderRadius = '6px';
    s.boxShadow = '0 4px 14px rgba(0,0,0,.18)';
    s.font = '400 0.92rem/1.45 system-ui, sans-serif';
    s.textAlign = 'start';
    s.pointerEvents = 'none';
    s.display = 'none';
    document.body.appendChild(tip);
    return tip;
  };

  const place = () => {
    if (!tip || !current) return;
    const r = current.getBoundingClientRect();
    const { offsetWidth: w, offsetHeight: h } = tip;
    let top = r.bottom + GAP;
    if (top + h > window.innerHeight - EDGE && r.top - h - GAP > EDGE) top = r.top - h - GAP;
    tip.style.top = `${top}px`;
    tip.style.left = `${Math.max(EDGE, Math.min(r.left, window.innerWidth - w - EDGE))}px`;
  };

  const hide = () => {
    clearTimeout(timer);
    if (tip) tip.style.display = 'none';
    current = null;
  };

  const show = (link: HTMLAnchorElement, summary: string) => {
    const el = box();
    el.textContent = summary;
    el.style.display = 'block';
    current = link;
    place();
  };

  const interest = (link: HTMLAnchorElement, delay: number) => {
    if (link === current || link === dismissed) return;
    clearTimeout(timer);
    wanted = link;
    void Promise.resolve(links.summaryOf(link)).then((summary) => {
      if (wanted !== link || !summary) return;
      clearTimeout(timer);
      timer = window.setTimeout(() => wanted === link && show(link, summary), delay);
    });
  };

  const loseInterest = (link: HTMLAnchorElement, related: EventTarget | null) => {
    if (related instanceof Node && link.contains(related)) return;
    if (wanted === link) wanted = null;
    if (dismissed === link) dismissed = null;
    if (current === link) hide();
    else clearTimeout(timer);
  };

  document.addEventListener('pointerover', (e) => {
    const link = e.pointerType === 'touch' ? null : links.linkFrom(e.target);
    if (link) interest(link, HOVER_DELAY_MS);
  });
  document.addEventListener('pointerout', (e) => {
    const link = links.linkFrom(e.target);
    if (link) loseInterest(link, e.relatedTarget);
  });
  document.addEventListener('focusin', (e) => {
    const link = links.linkFrom(e.target);
    if (link) interest(link, 0);
  });
  document.addEventListener('focusout', (e) => {
    const link = links.linkFrom(e.target);
    if (link) loseInterest(link, e.relatedTarget);
  });
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !current) return;
    dismissed = current;
    wanted = null;
    hide();
  });
  // A press anywhere else (a touch, a click elsewhere) closes the preview.
  document.addEventListener('pointerdown', (e) => {
    if (current && links.linkFrom(e.target) !== current) hide();
  });
  window.addEventListener('scroll', place, { passive: true, capture: true });
  window.addEventListener('resize', place, { passive: true });
}
