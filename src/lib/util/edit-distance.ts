/**
 * How far apart two words are, in slips of the keyboard, and the nearest of several. Shared by
 * the author errors ("did you mean [[Client Id]]?") and search's reading of typing slips.
 */

/** How many slips (a letter added, dropped, changed, or two neighbours swapped) turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  // Optimal string alignment: an insertion, a deletion, a substitution or a swap of two
  // neighbouring letters ("clinet" for "client") each count as one slip.
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        current[j] = Math.min(current[j]!, before[j - 2]! + 1);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate nearest to `value`, if it is near enough to be what was meant: at most two
 * slips, or a third of the word for longer ones. The first of equally near candidates wins.
 */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(value, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}
