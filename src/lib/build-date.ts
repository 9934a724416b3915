/**
 * The date validation takes as "today", and the years a civil-affairs report can carry.
 *
 * Only validation depends on it (a fact dated after it is impossible); nothing built does,
 * so the same input still builds the same bytes on any day.
 */

/** The People's Republic and its civil-affairs administration date from 1949. */
export const FIRST_YEAR = 1949;

const DAY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * `ANNALS_BUILD_DATE` (YYYY-MM-DD) when set, for tests and for re-checking an old site as of
 * its day; else today's date in UTC. Returns `{ error }` with the text found when the
 * variable is set but is not a date.
 */
export function buildDate(env: { ANNALS_BUILD_DATE?: string | undefined } = process.env, now: Date = new Date()): { date: string } | { error: string } {
  const given = env.ANNALS_BUILD_DATE?.trim();
  if (!given) return { date: now.toISOString().slice(0, 10) };
  return DAY.test(given) ? { date: given } : { error: given };
}

/** The latest year any fact may carry: the year after the build date (a report may be filed early). */
export function lastYear(date: string): number {
  return Number(date.slice(0, 4)) + 1;
}

/**
 * Whether one partial date ("2023", "2023-06", "2023-06-30") lies wholly after another,
 * compared at the precision both state: "2023" is not after 2023-03-17 (the year has
 * begun), "2023-04" is; "2023-03-20" is not after "2023-03".
 */
export function isAfter(date: string, other: string): boolean {
  const length = Math.min(date.length, other.length);
  return date.slice(0, length) > other.slice(0, length);
}
