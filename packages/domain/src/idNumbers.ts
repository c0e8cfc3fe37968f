/**
 * Resident ID numbers (GB 11643-1999). They are personal data: nothing here logs them, and error
 * reasons describe what was expected without echoing the number.
 */
import { chinaDateParts } from './timeLimits';

const CHECK_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';
const ID_SHAPE = /^\d{17}[\dX]$/;
const EARLIEST_BIRTH_DATE = '19000101';

export type IdNumberValidation =
  | { ok: true; idNumber: string; divisionCode: string; birthDate: string; gender: 'MALE' | 'FEMALE' }
  | { ok: false; reason: string };

/** The 18th character for the given first 17 digits (ISO 7064 MOD 11-2). */
export function idCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('Expected exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < CHECK_WEIGHTS.length; i++) {
    sum += Number(first17[i]) * (CHECK_WEIGHTS[i] ?? 0);
  }
  return CHECK_CHARACTERS.charAt(sum % 11);
}

/** Builds a valid ID number; used by the seed generator and tests, never for real people. */
export function makeIdNumber(divisionCode: string, birthDate: string, order: number): string {
  if (!/^\d{6}$/.test(divisionCode)) throw new RangeError('Expected a 6-digit division code');
  if (!isRealCalendarDate(birthDate)) throw new RangeError('Expected a birth date as YYYYMMDD');
  if (!Number.isInteger(order) || order < 0 || order > 999) {
    throw new RangeError('Expected an order number from 0 to 999');
  }
  const first17 = `${divisionCode}${birthDate}${String(order).padStart(3, '0')}`;
  return first17 + idCheckCharacter(first17);
}

export function validateIdNumber(id: string): IdNumberValidation {
  const idNumber = id.trim().toUpperCase();
  if (idNumber.length !== 18) {
    return { ok: false, reason: `Expected 18 characters, got ${idNumber.length}` };
  }
  if (!ID_SHAPE.test(idNumber)) {
    return { ok: false, reason: 'Expected 17 digits followed by a digit or X' };
  }
  const birthDate = idNumber.slice(6, 14);
  if (!isRealCalendarDate(birthDate)) {
    return { ok: false, reason: 'Expected a real calendar date YYYYMMDD in characters 7-14' };
  }
  if (birthDate < EARLIEST_BIRTH_DATE) {
    return { ok: false, reason: 'Expected a birth date on or after 1900-01-01' };
  }
  if (birthDate > todayInChina()) {
    return { ok: false, reason: 'Expected a birth date that is not in the future' };
  }
  if (idCheckCharacter(idNumber.slice(0, 17)) !== idNumber.charAt(17)) {
    return { ok: false, reason: 'Expected a check character (18th) matching the first 17 digits' };
  }
  const orderDigit = Number(idNumber.charAt(16));
  return {
    ok: true,
    idNumber,
    divisionCode: idNumber.slice(0, 6),
    birthDate,
    gender: orderDigit % 2 === 1 ? 'MALE' : 'FEMALE',
  };
}

export function isValidIdNumber(id: string): boolean {
  return validateIdNumber(id).ok;
}

/**
 * `370303********123X`: the division and the last four stay visible so that officers can tell
 * people apart without seeing the birth date. Anything too short to mask that way is fully hidden.
 */
export function maskIdNumber(id: string): string {
  const text = id.trim().toUpperCase();
  if (text.length < 14) return '*'.repeat(text.length);
  return text.slice(0, 6) + '*'.repeat(text.length - 10) + text.slice(-4);
}

function isRealCalendarDate(yyyymmdd: string): boolean {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(yyyymmdd);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Birth dates are calendar dates in China, so "today" is China's date, not the server's. */
function todayInChina(): string {
  const { year, month, day } = chinaDateParts(new Date());
  return `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
}
