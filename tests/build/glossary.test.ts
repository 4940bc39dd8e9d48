import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, html } from '../support/dist.ts';

const termFiles = readdirSync('content/glossary').filter((f) => f.endsWith('.mdx'));
const field = (text: string, name: string) => text.match(new RegExp(`^${name}:\\s*(.*)$`, 'm'))?.[1]?.trim();

beforeAll(assertBuilt);

describe('glossary A to Z', () => {
  it('has all 15 entries, each with its slug as anchor', () => {
    expect(termFiles).toHaveLength(15);
    const doc = html('glossary/index.html');
    for (const file of termFiles) {
      const slug = file.replace(/\.mdx$/, '');
      const text = readFileSync(`content/glossary/${file}`, 'utf8');
      const entry = doc.querySelector(`#${slug}`);
      expect(entry, slug).not.toBeNull();
      expect(entry!.querySelector('h3')!.text).toContain(field(text, 'term'));
      expect(entry!.text).toContain(field(text, 'summary'));
    }
  });

  it('keeps both senses of "User" as separate entries', () => {
    const doc = html('glossary/index.html');
    expect(doc.querySelector('#user-visma-net-integrations h3')?.text).toMatch(/User\s*\(Visma\.net Integrations\)/);
    expect(doc.querySelector('#user-financials-erp h3')?.text).toMatch(/User\s*\(Financials ERP\)/);
  });

  it('lists entries A to Z', () => {
    const terms = html('glossary/index.html')
      .querySelectorAll('article.term h3')
      .map((h) => h.text.trim().toLowerCase());
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b)));
  });

  it('has a letter index whose links reach letter sections, with empty letters not linked', () => {
    const doc = html('glossary/index.html');
    const links = doc.querySelectorAll('nav[aria-label="Glossary A to Z"] a');
    expect(links.map((a) => a.text)).toEqual(['A', 'C', 'D', 'E', 'F', 'H', 'I', 'J', 'R', 'U']);
    for (const a of links) expect(doc.querySelector(a.getAttribute('href')!)).not.toBeNull();
    expect(doc.querySelectorAll('nav[aria-label="Glossary A to Z"] span').map((s) => s.text)).toContain('B');
  });
});
