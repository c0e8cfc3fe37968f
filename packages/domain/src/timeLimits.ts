/**
 * Legal time limits of the Criminal Procedure Law (2018) used by the hub (DESIGN.md §2), and date
 * arithmetic in China time. China has used UTC+08:00 all year since 1991, so a fixed offset is exact
 * for the hub's dates and does not depend on the server's time zone.
 */
export const LEGAL_TIME_LIMITS = {
  arrestRequestDays: 3,
  arrestRequestExtendedDays: 7,
  /** Roaming, serial or gang crimes. */
  arrestRequestGangDays: 30,
  arrestDecisionDays: 7,
  custodyAfterArrestMonths: 2,
  custodyExtensionMonths: 1,
  /** Each of the two further extensions for grave, complex cases. */
  custodyGraveExtensionMonths: 2,
  prosecutionReviewMonths: 1,
  prosecutionReviewExtensionDays: 15,
  supplementaryInvestigationMonths: 1,
  maxSupplementaryInvestigations: 2,
  firstInstanceMonths: 2,
  firstInstanceMaxMonths: 3,
  summaryProcedureDays: 20,
  fastTrackDays: 10,
  appealJudgmentDays: 10,
  appealRulingDays: 5,
  secondInstanceMonths: 2,
  prisonDeliveryMonths: 1,
  correctionsReportDays: 10,
} as const;

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Fails loudly: an Invalid Date would otherwise turn into NaN deadlines far from its source. */
function instant(d: Date): number {
  const time = d.getTime();
  if (Number.isNaN(time)) throw new RangeError('Invalid Date');
  return time;
}

/** A Date whose UTC fields read as China's wall-clock time. */
function chinaWallClock(d: Date): Date {
  return new Date(instant(d) + CHINA_OFFSET_MS);
}

export function chinaDateParts(d: Date): { year: number; month: number; day: number } {
  const wall = chinaWallClock(d);
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/** YYYY-MM-DD of the China calendar date of an instant (what seals sign, what judgments are dated). */
export function chinaIsoDate(d: Date): string {
  const { year, month, day } = chinaDateParts(d);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The China calendar year of an instant. */
export function chinaYearOf(d: Date): number {
  return chinaDateParts(d).year;
}

/** Without DST every China day is 24 hours long, so days are plain milliseconds. */
export function addDays(d: Date, n: number): Date {
  return new Date(instant(d) + n * DAY_MS);
}

/** Calendar months at the same China wall-clock time; Jan 31 + 1 month is the last day of February. */
export function addMonths(d: Date, n: number): Date {
  const wall = chinaWallClock(d);
  const target = new Date(wall.getTime());
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + n);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(wall.getUTCDate(), lastDay));
  return new Date(target.getTime() - CHINA_OFFSET_MS);
}

/** e.g. `2017-03-04T09:30:00+08:00`, the form the agencies' systems exchange. */
export function toChinaIso(d: Date): string {
  return `${chinaWallClock(d).toISOString().slice(0, 19)}+08:00`;
}

/**
 * Calendar days in China from `a` to `b` (negative when b is earlier). The law counts periods in
 * days without the starting day, so detention on the 1st and a request on the 4th is 3 days.
 */
export function daysBetween(a: Date, b: Date): number {
  return Math.round((chinaMidnightUtc(b) - chinaMidnightUtc(a)) / DAY_MS);
}

function chinaMidnightUtc(d: Date): number {
  const { year, month, day } = chinaDateParts(d);
  return Date.UTC(year, month - 1, day);
}
