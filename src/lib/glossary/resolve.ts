/**
 * Resolving a term reference ("[[Client ID]]", "[[user-financials-erp]]",
 * "[[User (Financials ERP)]]") to one glossary entry. Pure: it takes the glossary index
 * and the text an author wrote, and says which entry is meant, or why none can be
 * chosen, with the closest terms as suggestions.
 */
import { editDistance } from '../util/edit-distance.ts';
import { slugify } from '../util/slug.ts';

export interface IndexedTerm {
  slug: string;
  term: string;
  sense?: string | undefined;
  aliases: string[];
  formerSlugs: string[];
  summary: string;
  related: string[];
  /** The content file, for error messages: "content/glossary/client-id.mdx". */
  file: string;
}

export type Resolution =
  | { kind: 'found'; term: IndexedTerm }
  | { kind: 'ambiguous'; candidates: IndexedTerm[] }
  | { kind: 'unknown'; suggestions: IndexedTerm[] };

/** Compare names the way a reader does: case, spacing and accents do not matter. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** "User (Financials ERP)": the form that picks one sense of a word. */
export function senseLabel(t: { term: string; sense?: string | undefined }): string {
  return t.sense ? `${t.term} (${t.sense})` : t.term;
}

/** Every name a reader or author may use for a term, normalised. */
export function namesOf(t: IndexedTerm): string[] {
  return [t.term, senseLabel(t), ...t.aliases].map(normaliseName);
}

export function resolveTerm(reference: string, index: readonly IndexedTerm[]): Resolution {
  const wanted = normaliseName(reference);
  if (wanted === '') return { kind: 'unknown', suggestions: [] };
  // A slug (or a slug the term had before) names exactly one entry.
  const bySlug = index.find((t) => t.slug === wanted) ?? index.find((t) => t.formerSlugs.includes(wanted));
  if (bySlug) return { kind: 'found', term: bySlug };
  let matches = index.filter((t) => namesOf(t).includes(wanted));
  // "client id" and "Client-Id" are the same name written differently.
  if (matches.length === 0) {
    const asSlug = slugify(reference);
    matches = index.filter((t) => namesOf(t).some((n) => slugify(n) === asSlug));
  }
  if (matches.length === 1) return { kind: 'found', term: matches[0]! };
  if (matches.length > 1) return { kind: 'ambiguous', candidates: matches };
  return { kind: 'unknown', suggestions: suggestTerms(reference, index) };
}

/**
 * The terms whose names are closest to what the author wrote, best first. A name
 * counts as close when at most about a third of it has to change, when it starts
 * with something close to the reference, or when one contains the other ("secret"
 * and "Client Secret").
 */
export function suggestTerms(reference: string, index: readonly IndexedTerm[], max = 3): IndexedTerm[] {
  const wanted = normaliseName(reference);
  const scored: { term: IndexedTerm; score: number }[] = [];
  for (const term of index) {
    let best = Infinity;
    for (const name of [...namesOf(term), term.slug]) {
      const whole = editDistance(wanted, name);
      if (whole <= Math.max(2, Math.ceil(Math.max(wanted.length, name.length) / 3))) best = Math.min(best, whole);
      if (wanted.length < 3) continue;
      // A misspelt start of a longer name: "clint" for "Client Id".
      const start = editDistance(wanted, name.slice(0, wanted.length)) + 0.5;
      if (start <= Math.ceil(wanted.length / 3) + 0.5) best = Math.min(best, start + 1);
      if (name.includes(wanted) || wanted.includes(name))
        best = Math.min(best, Math.abs(name.length - wanted.length) / 2 + 1);
    }
    if (best < Infinity) scored.push({ term, score: best });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.term.slug.localeCompare(b.term.slug))
    .slice(0, max)
    .map((s) => s.term);
}

/** How to write a reference that picks this entry, for error messages: "[[User (Financials ERP)]]". */
export function referenceFor(t: IndexedTerm): string {
  return `[[${senseLabel(t)}]]`;
}

/** The message an author sees for a reference that does not resolve. */
export function describeFailure(
  reference: string,
  resolution: Exclude<Resolution, { kind: 'found' }>,
  unknownHint = ' Check the spelling, or add the term to content/glossary/.',
): string {
  if (resolution.kind === 'ambiguous') {
    return (
      `the glossary term "${reference}" has ${resolution.candidates.length} senses; pick one: ` +
      resolution.candidates.map((t) => `${referenceFor(t)} or [[${t.slug}]]`).join(', ') +
      '.'
    );
  }
  const hint = resolution.suggestions.length
    ? ` Did you mean ${resolution.suggestions.map((t) => `${referenceFor(t)} (${t.slug})`).join(', ')}?`
    : unknownHint;
  return `there is no glossary term "${reference}".${hint}`;
}
