/**
 * The A to Z index of the glossary: terms sorted the way a reader expects and grouped
 * by their first letter, with every letter of the alphabet listed so the index keeps
 * its shape.
 */
export interface IndexableTerm {
  slug: string;
  term: string;
  sense?: string | undefined;
}

export interface LetterGroup<T extends IndexableTerm> {
  letter: string;
  /** The anchor id of the letter's section. */
  id: string;
  terms: T[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function compareTerms(a: IndexableTerm, b: IndexableTerm): number {
  return collator.compare(a.term, b.term) || collator.compare(a.sense ?? '', b.sense ?? '');
}

/** The letter a term is filed under: A to Z, or "#" for anything else. */
export function letterOf(term: string): string {
  const first = term
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .charAt(0)
    .toUpperCase();
  return first >= 'A' && first <= 'Z' ? first : '#';
}

export const ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#'];

export function letterId(letter: string): string {
  return letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`;
}

/** Group terms by letter. Letters with no terms are kept, with an empty list. */
export function groupByLetter<T extends IndexableTerm>(terms: T[]): LetterGroup<T>[] {
  const sorted = [...terms].sort(compareTerms);
  return ALPHABET.map((letter) => ({
    letter,
    id: letterId(letter),
    terms: sorted.filter((t) => letterOf(t.term) === letter),
  }));
}

/**
 * Up to this many terms the A to Z page holds every entry. Above it the A to Z page lists
 * the letters and each letter gets its own page, so no page grows without bound.
 */
export const SPLIT_AT = 300;

/** The page of one letter when the glossary is split: "/glossary/letter/a/". */
export function letterPagePath(letter: string): string {
  return `/glossary/letter/${letter === '#' ? 'other' : letter.toLowerCase()}/`;
}

export interface GlossaryLayout<T extends IndexableTerm> {
  split: boolean;
  groups: LetterGroup<T>[];
  /** Where a letter of the index links: its section on the A to Z page or its own page. */
  hrefFor(group: { letter: string; id: string }): string;
}

/** Does a glossary of this many terms split into letter pages? */
export function isSplit(termCount: number, splitAt = SPLIT_AT): boolean {
  return termCount > splitAt;
}

export function glossaryLayout<T extends IndexableTerm>(terms: T[], splitAt = SPLIT_AT): GlossaryLayout<T> {
  const split = isSplit(terms.length, splitAt);
  return {
    split,
    groups: groupByLetter(terms),
    hrefFor: (g) => (split ? letterPagePath(g.letter) : `#${g.id}`),
  };
}

/** Where a term's entry sits in the A to Z: "/glossary/#dto", or its letter page when split. */
export function entryAnchorPath(slug: string, term: string, split: boolean): string {
  return split ? `${letterPagePath(letterOf(term))}#${slug}` : `/glossary/#${slug}`;
}
