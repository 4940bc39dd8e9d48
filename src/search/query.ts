/**
 * What the reader typed, read once per keystroke into the one `Query` every source reads (none splits the text
 * again). Pagefind returns only pages holding every word, so filler words of a question are dropped.
 */
import { editDistance } from '../lib/util/edit-distance.ts';
import { SETTINGS } from './settings.ts';
import { stem } from './stem.ts';

/** One word the quick indexes match. */
export interface QueryWord {
  /** Lower case, as typed; a hyphenated word run together ("e-mail" -> "email"). */
  word: string;
  stem: string;
  /** The reader may still be typing it (the last word, no space after it): words that start with it match too. */
  prefix: boolean;
  /** How many slips of the keyboard it may carry and still be read as a known word. */
  slips: number;
}

export interface Query {
  /** The words worth searching for: without filler words, or all of them if only filler was typed. */
  terms: string[];
  /** The words the quick indexes match: no filler words, one per stem. Empty when only filler was typed. */
  words: QueryWord[];
  /** The query as a term name would be written (see searchableName): whole, and without filler words. */
  nameForms: string[];
  /** The words of `terms` as searchable names: where a term named inside a longer query may start. */
  nameWords: string[];
}

/** A word written with hyphens between letters ("e-mail", "third-party"). */
export const HYPHENATED = /^\p{L}+(?:-\p{L}+)+$/u;

/** A word: letters, digits and the characters of API names (_ . -), neither starting nor ending with . or -. */
export const WORD = /[\p{L}\p{N}_](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_])?/gu;

/** Lower-case words of a text (a query or a page). */
export function wordsOf(text: string): string[] {
  // An apostrophe joins its word: "what's" is one (filler) word, not "what" and "s".
  const joined = text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/(?<=\p{L})['’](?=\p{L})/gu, '');
  return joined.match(WORD) ?? [];
}

/**
 * A name as search compares names: lower case, every run of other characters than letters and digits one
 * space ("Client_ID" -> "client id"). Looser than the glossary's normaliseName, which resolves references.
 */
export function searchableName(text: string): string {
  const lower = text.normalize('NFKC').toLowerCase();
  return lower.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** How many slips a word of this length may carry and still be recognised (SETTINGS.slips). */
export function allowedSlips(length: number): number {
  return length < SETTINGS.slips.oneFrom ? 0 : length < SETTINGS.slips.twoFrom ? 1 : 2;
}

/** The known word `word` most likely meant: the closest within its slips, then the shorter, then A to Z. */
export function likelyMeant(word: string, known: Iterable<string>): string | undefined {
  const slips = allowedSlips(word.length);
  let best: { word: string; distance: number } | undefined;
  for (const candidate of known) {
    if (candidate === word || Math.abs(candidate.length - word.length) > slips || allowedSlips(candidate.length) === 0)
      continue;
    const distance = editDistance(word, candidate);
    if (distance > slips) continue;
    const order = best
      ? distance - best.distance || candidate.length - best.word.length || (candidate < best.word ? -1 : 1)
      : -1;
    if (order < 0) best = { word: candidate, distance };
  }
  return best?.word;
}

export function parseQuery(text: string): Query {
  const all = wordsOf(text);
  const content = all.filter((w) => !SETTINGS.stopWords.has(w));
  const terms = content.length > 0 ? content : all;
  const open = !/\s$/.test(text);
  const words: QueryWord[] = [];
  all.forEach((typed, i) => {
    if (SETTINGS.stopWords.has(typed)) return;
    const word = HYPHENATED.test(typed) ? typed.replaceAll('-', '') : typed;
    const prefix = open && i === all.length - 1;
    const same = words.find((q) => q.stem === stem(word));
    if (same) same.prefix ||= prefix;
    else words.push({ word, stem: stem(word), prefix, slips: allowedSlips(word.length) });
  });
  const nameWords = searchableName(terms.join(' '));
  return {
    terms,
    words,
    nameForms: [...new Set([searchableName(text), nameWords].filter(Boolean))],
    nameWords: nameWords.split(' ').filter(Boolean),
  };
}
