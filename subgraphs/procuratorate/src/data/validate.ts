/** Checks of what service staff enter; each failure says what is expected and never echoes personal data. */
import { isValidCreditCode, validateIdNumber } from '@hub/domain';
import { badUserInput } from '@hub/subgraph-kit';

const CONTROL = /[\p{C}]/u;

/** Trimmed text of 1..max characters without control characters. */
export function text(value: string | null | undefined, argument: string, max: number): string {
  const trimmed = (value ?? '').trim();
  if (trimmed.length === 0 || Array.from(trimmed).length > max || CONTROL.test(trimmed)) {
    throw badUserInput(`${argument} must be 1 to ${max} characters of text, without line breaks or control characters.`, { argument });
  }
  return trimmed;
}

export function optionalText(value: string | null | undefined, argument: string, max: number): string | null {
  return value == null || value.trim() === '' ? null : text(value, argument, max);
}

/** A person's name as on the ID card: 2 to 20 Han characters (and the middle dot of minority names). */
export function personName(value: string, argument: string): string {
  const trimmed = value.trim();
  if (!/^[\p{Script=Han}·]{2,20}$/u.test(trimmed)) {
    throw badUserInput(`${argument} must be a person's name as on the resident ID card: 2 to 20 Chinese characters.`, { argument });
  }
  return trimmed;
}

export function idNumber(value: string | null | undefined, argument: string): string {
  const check = validateIdNumber(value ?? '');
  if (!check.ok) {
    // The reason names what is wrong with the number, never the number.
    throw badUserInput(`${argument} must be an 18-character resident ID number (GB 11643): ${check.reason}.`, { argument });
  }
  return check.idNumber;
}

export function creditCode(value: string | null | undefined, argument: string): string | null {
  if (value == null || value.trim() === '') return null;
  const code = value.trim().toUpperCase();
  if (!isValidCreditCode(code)) {
    throw badUserInput(`${argument} must be an 18-character unified social credit code (GB 32100) with a valid check character.`, { argument });
  }
  return code;
}

export function integerInRange(value: number | null | undefined, argument: string, min: number, max: number, fallback: number): number {
  const chosen = value ?? fallback;
  if (!Number.isInteger(chosen) || chosen < min || chosen > max) throw badUserInput(`${argument} must be an integer from ${min} to ${max}.`, { argument });
  return chosen;
}

export const CASE_ID = /^ZB\d{10}$/;
export const PERSON_ID = /^P\d{8}$/;
export const CHECK_ID = /^XC\d{15}$/;
export const COMPLAINT_ID = /^TS\d{15}$/;
export const APPLICATION_ID = /^(ZB\d{10})-R\d{1,3}$/;

export function matching(value: string, pattern: RegExp, argument: string, example: string): string {
  if (!pattern.test(value)) throw badUserInput(`${argument} must look like "${example}".`, { argument });
  return value;
}
