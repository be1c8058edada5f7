/**
 * What the 三会一课 page reads from its address besides the organization and the tab: the year of the
 * 合规 table (?tab=compliance&year=2025, as 总览 links it for a past period). Pure.
 */

const YEAR = /^\d{4}$/;

/** The year in the address, or the fallback (this year) when it is absent or not a plausible year. */
export function yearFromParam(value: string | null, fallback: number): number {
  if (value === null || !YEAR.test(value)) return fallback;
  const year = Number(value);
  return year >= 2000 && year <= 2100 ? year : fallback;
}
