/**
 * A tiny English stemmer for the quick page search, applied to page and query words alike, so a stem only has
 * to be the same for related forms ("issues", "issued", "issuing" -> "issu"): small and predictable, not Porter.
 */
const VOWEL = /[aeiouy]/;
/** A double consonant that is undone after removing -ed/-ing ("stopped" -> "stop"), not ll/ss/zz ("called"). */
const DOUBLE = /([bcdfghjkmnpqrtvwx])\1$/;

/** Remove `suffix` if what remains is at least `min` letters and has a vowel. */
function strip(word: string, suffix: string, min: number): string | undefined {
  if (!word.endsWith(suffix)) return undefined;
  const rest = word.slice(0, -suffix.length);
  return rest.length >= min && VOWEL.test(rest) ? rest : undefined;
}

/** The stem of one lower-case word. Words with digits or API punctuation (_ . -) are kept as they are. */
export function stem(word: string): string {
  if (word.length <= 3 || !/^\p{L}+$/u.test(word)) return word;
  // British and American spellings meet: "behaviour" -> "behavior", "authorisation" -> "authorization".
  let w = word.replace(/(?<=\p{L}{3})our(s?)$/u, 'or$1').replace(/(?<=\p{L}{3})is(e|es|ed|ing|ation|ations)$/u, 'iz$1');
  // Plurals and third person: "queries" -> "query", "issues" -> "issue", "clients" -> "client";
  // not "status", "basis", "access".
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  // Past and -ing forms: "issued", "issuing" -> "issu"; "replied" -> "reply"; "needed" -> "need".
  if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (!w.endsWith('eed')) {
    const rest = strip(w, 'ing', 3) ?? strip(w, 'ed', 3);
    if (rest) w = DOUBLE.test(rest) ? rest.slice(0, -1) : rest;
  }
  // Nouns of action: "configuration" -> "configur", "integration" -> "integr", "creation" -> "creat".
  const noun = strip(w, 'ation', 4) ?? strip(w, 'ition', 4);
  if (noun) w = noun;
  else if (w.endsWith('ation')) w = w.slice(0, -3);
  // A final e or "ate" goes, so "configure" meets "configur" and "integrate" meets "integr".
  const verb = w.length >= 8 ? strip(w, 'ate', 4) : undefined;
  if (verb) w = verb;
  else if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  else if (w.endsWith('at') && w.length >= 7) w = w.slice(0, -2);
  return w;
}
