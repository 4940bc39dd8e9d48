/*!
 * Glossary previews for other sites. Include this script from the glossary's own
 * origin and every link on your page to one of its terms shows the term's one-sentence
 * summary on hover and keyboard focus (Escape hides it), and screen readers get the
 * summary as the link's description. No dependencies; links keep working without it.
 *
 *   <script src="https://SUPPORT-SITE/glossary/embed.js" defer></script>
 *
 * It reads https://SUPPORT-SITE/glossary.json (the host must allow cross-origin reads
 * of that file) and only touches links to that origin's /glossary/ pages.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src || !window.fetch) return;
  var root = new URL('./', script.src); // .../glossary/
  var dataUrl = new URL(script.getAttribute('data-glossary') || '../glossary.json', script.src);
  var PREFIX = 'kb-glossary-term-';
  var bySlug = null;
  var loading = null;
  var tip = null;
  var current = null;
  var timer = 0;

  /** The slug a link points at, or null when it is not one of our term links. */
  function slugOf(a) {
    if (!a || !a.href) return null;
    var url;
    try {
      url = new URL(a.href);
    } catch (e) {
      return null;
    }
    if (url.origin !== root.origin || url.pathname.indexOf(root.pathname) !== 0) return null;
    var rest = url.pathname.slice(root.pathname.length).replace(/\/$/, '');
    if (rest === '' || rest === 'index.html') rest = decodeURIComponent(url.hash.slice(1));
    return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(rest) ? rest : null;
  }

  function linkFrom(target) {
    var a = target && target.closest ? target.closest('a[href*="/glossary/"]') : null;
    return a && slugOf(a) ? a : null;
  }

  function load() {
    if (!loading) {
      loading = fetch(dataUrl.href, { credentials: 'omit' })
        .then(function (res) {
          if (!res.ok) throw new Error('HTTP ' + res.status);
          return res.json();
        })
        .then(function (doc) {
          bySlug = {};
          (doc.terms || []).forEach(function (t) {
            bySlug[t.slug] = t;
            (t.formerSlugs || []).forEach(function (s) {
              if (!bySlug[s]) bySlug[s] = t;
            });
          });
          describeAll();
        })
        .catch(function () {
          bySlug = {};
        });
    }
    return loading;
  }

  /** A hidden description per term, referenced by aria-describedby from each link. */
  function describe(a) {
    var term = bySlug && bySlug[slugOf(a)];
    if (!term) return null;
    var id = PREFIX + term.slug;
    if (!document.getElementById(id)) {
      var box = document.getElementById(PREFIX + 'descriptions');
      if (!box) {
        box = document.createElement('div');
        box.id = PREFIX + 'descriptions';
        box.hidden = true;
        document.body.appendChild(box);
      }
      var span = document.createElement('span');
      span.id = id;
      span.textContent = term.summary;
      box.appendChild(span);
    }
    var ids = (a.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
    if (ids.indexOf(id) < 0) a.setAttribute('aria-describedby', ids.concat(id).join(' '));
    return term;
  }

  function describeAll() {
    var links = document.querySelectorAll('a[href*="/glossary/"]');
    for (var i = 0; i < links.length; i++) if (slugOf(links[i])) describe(links[i]);
  }

  function tipElement() {
    if (tip) return tip;
    tip = document.createElement('div');
    tip.className = 'kb-glossary-preview';
    tip.setAttribute('aria-hidden', 'true'); // screen readers get the description instead
    var s = tip.style;
    s.position = 'fixed';
    s.zIndex = '2147483647';
    s.maxWidth = 'min(22rem, calc(100vw - 16px))';
    s.padding = '0.5rem 0.75rem';
    s.background = 'Canvas';
    s.color = 'CanvasText';
    s.border = '1px solid GrayText';
    s.borderRadius = '6px';
    s.boxShadow = '0 4px 14px rgba(0,0,0,.18)';
    s.font = '400 0.92rem/1.45 system-ui, sans-serif';
    s.pointerEvents = 'none';
    s.display = 'none';
    document.body.appendChild(tip);
    return tip;
  }

  function show(a) {
    var term = describe(a);
    if (!term) return;
    var el = tipElement();
    el.textContent = term.summary;
    el.style.display = 'block';
    var r = a.getBoundingClientRect();
    var w = el.offsetWidth;
    var h = el.offsetHeight;
    var top = r.bottom + 6;
    if (top + h > window.innerHeight && r.top - h - 6 > 0) top = r.top - h - 6;
    el.style.top = top + 'px';
    el.style.left = Math.max(8, Math.min(r.left, window.innerWidth - w - 8)) + 'px';
    current = a;
  }

  function hide() {
    clearTimeout(timer);
    if (tip) tip.style.display = 'none';
    current = null;
  }

  function interest(event, delay) {
    var a = linkFrom(event.target);
    if (!a || a === current) return;
    clearTimeout(timer);
    load().then(function () {
      timer = setTimeout(function () {
        show(a);
      }, delay);
    });
  }

  function loseInterest(event) {
    var a = linkFrom(event.target);
    if (a && a === current && !(event.relatedTarget && a.contains(event.relatedTarget))) hide();
    else if (a) clearTimeout(timer);
  }

  document.addEventListener('mouseover', function (e) {
    interest(e, 250);
  });
  document.addEventListener('mouseout', loseInterest);
  document.addEventListener('focusin', function (e) {
    interest(e, 0);
  });
  document.addEventListener('focusout', loseInterest);
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && current) hide();
  });
  window.addEventListener('scroll', hide, { passive: true });

  // Descriptions for screen readers are set up front when the page has term links.
  function start() {
    var links = document.querySelectorAll('a[href*="/glossary/"]');
    for (var i = 0; i < links.length; i++) {
      if (slugOf(links[i])) {
        load();
        return;
      }
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
