/** Working days and arrival counts for the service generators. */
import { AS_OF, DAY_MS, FILING_FROM, chinaDay, chinaYear, dayStart, type Ms } from '../../clock';
import type { Rng } from '../../random';

/** Services in the demo data run from the first filing day up to the export instant. */
export const SERVICES_FROM: Ms = FILING_FROM;

export function isWorkingDay(day: number): boolean {
  const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  return weekday !== 0 && weekday !== 6;
}

/** China days from `from` to the day of AS_OF, both included. */
export function daysUntilAsOf(from: Ms = SERVICES_FROM): number[] {
  const days: number[] = [];
  for (let day = chinaDay(from); day <= chinaDay(AS_OF); day++) days.push(day);
  return days;
}

/** A Poisson draw (Knuth), for the small daily rates used here. */
export function poisson(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  const limit = Math.exp(-mean);
  let count = 0;
  let product = rng.next();
  while (product > limit) {
    count++;
    product *= rng.next();
  }
  return count;
}

/** An instant in office hours (08:30–17:30) of a China day. */
export function officeTime(rng: Rng, day: number): Ms {
  return dayStart(day) + rng.int(510, 1050) * 60_000;
}

/** The next working day at or after `day`. */
export function workingDayFrom(day: number): number {
  let next = day;
  while (!isWorkingDay(next)) next++;
  return next;
}

export function plusWorkingDays(at: Ms, days: number): Ms {
  let day = chinaDay(at);
  for (let left = days; left > 0; ) {
    day++;
    if (isWorkingDay(day)) left--;
  }
  return at + (day - chinaDay(at)) * DAY_MS;
}

/**
 * Serials per series (issuer and year), in the order of `at`: what numbering offices hand out.
 * Returns the serial of each item, index-aligned with `items`.
 */
export function serialsInOrder<T>(items: readonly T[], at: (item: T) => Ms, series: (item: T) => string): number[] {
  const order = items.map((_, k) => k).sort((a, b) => at(items[a] as T) - at(items[b] as T) || a - b);
  const next = new Map<string, number>();
  const serials: number[] = new Array<number>(items.length).fill(0);
  for (const k of order) {
    const item = items[k] as T;
    const key = `${series(item)}|${chinaYear(at(item))}`;
    const serial = (next.get(key) ?? 0) + 1;
    next.set(key, serial);
    serials[k] = serial;
  }
  return serials;
}
