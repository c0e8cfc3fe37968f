/**
 * Time inside the generator: instants are epoch milliseconds, China days are whole days in
 * UTC+08:00. Month arithmetic and formatting go through @hub/domain so that the generator and the
 * deadline checks agree on what "one month later" means.
 */
import { addMonths, chinaDateParts, toChinaIso } from '@hub/domain';
import type { Rng } from './random';

export type Ms = number;

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
const CHINA_OFFSET_MS = 8 * HOUR_MS;

export function chinaInstant(year: number, month: number, day: number, hour = 0, minute = 0): Ms {
  return Date.UTC(year, month - 1, day, hour, minute) - CHINA_OFFSET_MS;
}

/** Cases are filed from 2016-01-01 up to the end of 2018. */
export const FILING_FROM: Ms = chinaInstant(2016, 1, 1);
export const FILING_UNTIL: Ms = chinaInstant(2019, 1, 1);
/** The export is taken at this instant: nothing in the files happens after it. */
export const AS_OF: Ms = chinaInstant(2019, 6, 30, 18, 0);

/** Days since 1970-01-01 on China's calendar. */
export function chinaDay(at: Ms): number {
  return Math.floor((at + CHINA_OFFSET_MS) / DAY_MS);
}

/** Midnight in China at the start of the given China day. */
export function dayStart(day: number): Ms {
  return day * DAY_MS - CHINA_OFFSET_MS;
}

export function plusDays(at: Ms, days: number): Ms {
  return at + days * DAY_MS;
}

export function plusMonths(at: Ms, months: number): Ms {
  return addMonths(new Date(at), months).getTime();
}

export function iso(at: Ms): string {
  return toChinaIso(new Date(at));
}

export function chinaYear(at: Ms): number {
  return chinaDateParts(new Date(at)).year;
}

export function chinaMonth(at: Ms): number {
  return chinaDateParts(new Date(at)).month;
}

/** YYYYMMDD of the China date of an instant. */
export function chinaDateDigits(at: Ms): string {
  const { year, month, day } = chinaDateParts(new Date(at));
  return `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
}

function isWeekend(day: number): boolean {
  const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  return weekday === 0 || weekday === 6;
}

/** Moves a weekend day to the nearest working day inside [first, last], when there is one. */
function workingDay(day: number, first: number, last: number): number {
  for (const shift of [0, 1, -1, 2, -2]) {
    const candidate = day + shift;
    if (candidate >= first && candidate <= last && !isWeekend(candidate)) return candidate;
  }
  return day;
}

export interface WindowOptions {
  /** > 1 favours the first days of the window, < 1 the last ones. */
  skew?: number;
  /** Agencies' offices work on weekdays from 08:30 to 17:30; the police and the sick do not. */
  office?: boolean;
}

/**
 * An instant in [lo, hi]: a day drawn from the window, at a plausible time of that day, clamped
 * into the window so that a limit counted in days or in instants holds either way.
 */
export function sometime(rng: Rng, lo: Ms, hi: Ms, options: WindowOptions = {}): Ms {
  if (hi <= lo) return lo;
  const first = chinaDay(lo);
  const last = chinaDay(hi);
  let day = first + Math.floor((last - first + 1) * rng.next() ** (options.skew ?? 1));
  const office = options.office ?? true;
  if (office) day = workingDay(day, first, last);
  const minutes = office ? rng.int(510, 1050) : rng.int(420, 1380);
  let at = dayStart(day) + minutes * MINUTE_MS;
  // Too early on the first day: the same hour of the next day, if the window has one.
  if (at < lo && day < last) at += DAY_MS;
  return Math.min(hi, Math.max(lo, at));
}
