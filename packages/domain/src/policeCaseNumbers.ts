/**
 * Police case numbers. No national text fixes them; the hub uses the common local shape
 * `A` + 12-digit agency code + YYYYMM (filing month) + 4-digit serial, e.g. A3703030000002017030012.
 */
import { MAX_CASE_YEAR, MIN_CASE_YEAR } from './courtCaseNumbers';

export interface PoliceCaseNumber {
  /** 12 digits: the handling agency's division code + 6 digits. */
  agencyCode: string;
  year: number;
  month: number;
  serial: number;
}

const POLICE_CASE_NUMBER = /^A(\d{12})(\d{4})(\d{2})(\d{4})$/;

export function parsePoliceCaseNumber(input: string): PoliceCaseNumber | null {
  const match = POLICE_CASE_NUMBER.exec(input.replace(/\s+/g, '').toUpperCase());
  if (!match) return null;
  const [, agencyCode, yearText, monthText, serialText] = match;
  const year = Number(yearText);
  const month = Number(monthText);
  const serial = Number(serialText);
  if (!agencyCode || year < MIN_CASE_YEAR || year > MAX_CASE_YEAR) return null;
  if (month < 1 || month > 12 || serial < 1) return null;
  return { agencyCode, year, month, serial };
}

/** Throws RangeError for values that have no spelling in this format (it is fixed-width). */
export function formatPoliceCaseNumber(n: PoliceCaseNumber): string {
  if (!/^\d{12}$/.test(n.agencyCode)) throw new RangeError('Expected a 12-digit agency code');
  if (!Number.isInteger(n.year) || n.year < MIN_CASE_YEAR || n.year > MAX_CASE_YEAR) {
    throw new RangeError(`Expected a year from ${MIN_CASE_YEAR} to ${MAX_CASE_YEAR}`);
  }
  if (!Number.isInteger(n.month) || n.month < 1 || n.month > 12) {
    throw new RangeError('Expected a month from 1 to 12');
  }
  if (!Number.isInteger(n.serial) || n.serial < 1 || n.serial > 9999) {
    throw new RangeError('Expected a serial from 1 to 9999');
  }
  const month = String(n.month).padStart(2, '0');
  return `A${n.agencyCode}${n.year}${month}${String(n.serial).padStart(4, '0')}`;
}
