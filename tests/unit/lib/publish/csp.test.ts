import { describe, expect, it } from 'vitest';
import {
  CSP_DIRECTIVES,
  allowsInline,
  blockedAttributes,
  formatCsp,
  headerPolicy,
  parseCsp,
  sha256Source,
  unionPolicies,
} from '../../../../src/lib/publish/csp.ts';
import { scanTags } from '../../../../src/lib/publish/html-scan.ts';

describe('parseCsp / formatCsp', () => {
  it('reads directives and their sources, with or without spaces after ";"', () => {
    const p = parseCsp("default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-a'");
    expect([...p]).toEqual([
      ['default-src', ["'self'"]],
      ['img-src', ["'self'", 'data:']],
      ['script-src', ["'self'", "'sha256-a'"]],
    ]);
    expect(formatCsp(p)).toBe("default-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-a'");
  });

  it('keeps the first of a repeated directive, as browsers do', () => {
    expect(parseCsp("script-src 'self'; script-src *").get('script-src')).toEqual(["'self'"]);
  });
});

describe('unionPolicies', () => {
  it('allows what any page allows: the union of each directive', () => {
    const merged = unionPolicies([
      parseCsp("script-src 'self' 'sha256-a'"),
      parseCsp("script-src 'self' 'sha256-b'; style-src 'self'"),
    ]);
    expect(formatCsp(merged)).toBe("script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'");
  });
});

describe('headerPolicy', () => {
  const header = headerPolicy([
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-one'; style-src 'self' 'sha256-css'",
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-two'; style-src 'self' 'sha256-css'",
  ]);
  const parsed = parseCsp(header);

  it('carries every page hash and the shared directives', () => {
    expect(parsed.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-one'", "'sha256-two'"]);
    expect(parsed.get('style-src')).toEqual(["'self'", "'sha256-css'"]);
    for (const directive of CSP_DIRECTIVES) expect(header).toContain(directive);
  });

  it("adds frame-ancestors 'none', which only works in a header", () => {
    expect(parsed.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('never allows inline scripts without a hash, or eval', () => {
    expect(header).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });
});

describe('allowsInline', () => {
  const code = 'document.body.dataset.ready = "1";';
  it('allows an inline script whose hash is in script-src-elem or script-src', () => {
    expect(allowsInline(parseCsp(`script-src 'self' ${sha256Source(code)}`), 'script', code)).toBe(true);
    expect(allowsInline(parseCsp(`script-src 'self'; script-src-elem ${sha256Source(code)}`), 'script', code)).toBe(
      true,
    );
  });
  it('blocks one that is not hashed, even a single character different', () => {
    expect(allowsInline(parseCsp(`script-src 'self' ${sha256Source(code)}`), 'script', `${code} `)).toBe(false);
    expect(allowsInline(parseCsp("default-src 'self'"), 'style', 'p{color:red}')).toBe(false);
  });
  it("knows that a hash switches 'unsafe-inline' off", () => {
    expect(allowsInline(parseCsp("style-src 'unsafe-inline'"), 'style', 'p{}')).toBe(true);
    expect(allowsInline(parseCsp(`style-src 'unsafe-inline' ${sha256Source('a{}')}`), 'style', 'p{}')).toBe(false);
  });
  it('matches the hash format browsers use (base64 SHA-256)', () => {
    expect(sha256Source('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});

describe('blockedAttributes', () => {
  const blocked = (html: string) => blockedAttributes(scanTags(html));

  it('finds inline handlers and style attributes, with their tag', () => {
    expect(
      blocked('<p>Hi</p><button type="button" onclick="go()">Go</button><div style="color:red" ONMouseOver=x>'),
    ).toEqual([
      { tag: 'button', attr: 'onclick' },
      { tag: 'div', attr: 'style' },
      { tag: 'div', attr: 'onmouseover' },
    ]);
  });
  it('ignores text, quoted values, scripts and styles that merely mention them', () => {
    const html =
      '<p data-note="onclick=x style=y">Write onclick="x" in text</p>' +
      '<script>el.setAttribute("style", "a"); const x = "<a onclick=1>";</script><style>a[style]{}</style>' +
      '<a href="/on/" class="online">x</a><input name="style">';
    expect(blocked(html)).toEqual([]);
  });
  it('ignores markup quoted in an attribute: a term summary about <img onerror=...> in the page head', () => {
    // The head of a term page whose summary names the attack, as Astro writes it: attribute
    // values keep "<" and ">" as they are.
    const summary =
      'Cross-site scripting: a page runs script it did not write, e.g. from <img src=x onerror=alert(1)>.';
    const html =
      `<head><meta name="description" content="${summary}">` +
      `<meta property="og:description" content="${summary}"></head>` +
      `<body><p>${summary.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p></body>`;
    expect(blocked(html)).toEqual([]);
  });
});
