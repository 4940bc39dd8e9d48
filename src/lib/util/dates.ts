/** Dates as readers see them: "2 October 2021", and machine-readable "2021-10-02". */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

// One formatter for the whole build: creating one per call costs more than the formatting.
const HUMAN = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function humanDate(date: Date): string {
  return HUMAN.format(date);
}

/** The most recent of several dates, for a page whose content comes from many files. */
export function latest(dates: Date[]): Date {
  if (dates.length === 0) throw new Error('latest() needs at least one date');
  return dates.reduce((a, b) => (b.getTime() > a.getTime() ? b : a));
}
