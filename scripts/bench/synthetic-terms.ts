/**
 * Deterministic synthetic glossary terms for scale benchmarks. The same count always
 * gives the same files, spread over the whole alphabet like real terms.
 */
export interface SyntheticTerm {
  slug: string;
  file: string;
  text: string;
}

/** A small seeded PRNG (mulberry32): the same seed gives the same sequence everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ne',
  'tor',
  'vex',
  'ra',
  'qui',
  'zen',
  'dal',
  'bo',
  'fi',
  'gu',
  'hy',
  'jo',
  'ux',
  'yl',
  'sa',
  'pe',
  'wo',
  'ci',
  'ek',
  'in',
  'ob',
];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function word(rand: () => number, first: string): string {
  let w = first;
  const n = 2 + Math.floor(rand() * 3);
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return w;
}

export function syntheticTerms(count: number, seed = 42): SyntheticTerm[] {
  const rand = prng(seed);
  const out: SyntheticTerm[] = [];
  for (let i = 0; i < count; i++) {
    const first = LETTERS[i % LETTERS.length]!;
    const name = `${word(rand, first)} ${word(rand, LETTERS[Math.floor(rand() * 26)]!)}`;
    const term = name.charAt(0).toUpperCase() + name.slice(1);
    const slug = `synthetic-${String(i + 1).padStart(5, '0')}`;
    const related = count > 1 ? [`synthetic-${String(((i + 1) % count) + 1).padStart(5, '0')}`] : [];
    const text = [
      '---',
      `term: ${term}`,
      `summary: A generated term number ${i + 1} used to measure how the site scales.`,
      `aliases: [${term.split(' ')[0]} ${i + 1}]`,
      `related: [${related.join(', ')}]`,
      'updated: 2021-10-02',
      '---',
      '',
      `${term} is a synthetic entry. It exists so that the benchmark can measure build time, memory,`,
      'page weight and search speed with many terms. It has a second sentence so that the',
      `definition has a realistic length, and mentions the number ${i + 1} for search.`,
      '',
    ].join('\n');
    out.push({ slug, file: `${slug}.mdx`, text });
  }
  return out;
}
