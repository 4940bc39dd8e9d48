/**
 * Slips of the keyboard in search queries. Readers arrive stuck, often on a phone, and type
 * "clinet", "recieve" or "redirct"; Pagefind has no typo tolerance of its own. These pure
 * functions find the known word (or glossary name) a query word most likely meant, so the
 * term index and the quick page index can answer anyway. Used only for a word that matches
 * nothing as typed.
 */
import { editDistance } from '../lib/util/edit-distance.ts';

/**
 * How many slips a word of this length may carry and still be recognised: none below four
 * letters (too many short words are one letter apart), one up to seven, two from eight.
 */
export function allowedSlips(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/**
 * The known words that `word` is within its allowed slips of, closest first (then the
 * shorter, then alphabetical), at most `max`. The word itself never counts as a slip.
 */
export function likelyMeant(word: string, known: Iterable<string>, max = 3): string[] {
  const slips = allowedSlips(word.length);
  if (slips === 0) return [];
  const found: { word: string; distance: number }[] = [];
  for (const candidate of known) {
    if (candidate === word || Math.abs(candidate.length - word.length) > slips || allowedSlips(candidate.length) === 0)
      continue;
    const distance = editDistance(word, candidate);
    if (distance <= slips) found.push({ word: candidate, distance });
  }
  return found
    .sort(
      (a, b) =>
        a.distance - b.distance || a.word.length - b.word.length || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0),
    )
    .slice(0, max)
    .map((f) => f.word);
}
