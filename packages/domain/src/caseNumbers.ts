/**
 * Every number an agency gives a case or its documents, and the one lookup key each reduces to,
 * so that `(2017)鲁0303刑初字第012号` and `（2017）鲁0303刑初12号` find the same case.
 */
import { formatCourtCaseNumber, parseCourtCaseNumber } from './courtCaseNumbers';
import { formatDocumentNumber, parseDocumentNumber } from './documentNumbers';
import { maskIdNumber } from './idNumbers';
import { formatPoliceCaseNumber, parsePoliceCaseNumber } from './policeCaseNumbers';

export * from './courtCaseNumbers';
export * from './documentNumbers';
export * from './policeCaseNumbers';

export interface NormalizedCaseNumber {
  kind: 'COURT_CASE' | 'POLICE_CASE' | 'PRISONER' | 'DOCUMENT';
  /** Identical for every accepted spelling of the same number. */
  key: string;
  /** The form to display. */
  canonical: string;
}

export const MAX_CASE_NUMBER_LENGTH = 64;

/** The hub's prisoner number: prison administration code (3703 for Zibo's prisons) + 6-digit serial. */
const PRISONER_NUMBER = /^(\d{10})$/;

/** Shown to users when their input matches none of these (e.g. in GraphQL errors). */
export const ACCEPTED_CASE_NUMBER_FORMATS: readonly string[] = [
  'court case number (案号): (year) + court code + case type + serial + 号, e.g. （2017）鲁0303刑初12号; ' +
    'ASCII parentheses (2017)鲁03刑终5号 and the older form （2016）津0116刑初字第8号 are accepted too',
  'police case number: A + 12-digit agency code + YYYYMM + 4-digit serial, e.g. A3703030000002017030012',
  'prisoner number (罪犯编号, the hub\'s own format): 4-digit prison administration code + 6-digit serial, e.g. 3703171234',
  'document number (文书编号): 2-12 Chinese characters + year in 〔〕, （）, (), [] or 【】 + serial + 号, ' +
    'e.g. 淄张检刑诉〔2017〕123号 or 淄公张立字（2017）00951号',
];

export class CaseNumberFormatError extends Error {
  readonly acceptedFormats: readonly string[] = ACCEPTED_CASE_NUMBER_FORMATS;

  constructor(input: string) {
    super(`${describeProblem(input)} Accepted formats: ${ACCEPTED_CASE_NUMBER_FORMATS.join('; or ')}.`);
    this.name = 'CaseNumberFormatError';
  }
}

export function normalizeCaseNumber(input: string): NormalizedCaseNumber {
  if (input.trim() === '' || input.length > MAX_CASE_NUMBER_LENGTH) {
    throw new CaseNumberFormatError(input);
  }
  const court = parseCourtCaseNumber(input);
  if (court) {
    const { courtCode, year, caseType, serial } = court;
    return {
      kind: 'COURT_CASE',
      key: `COURT:${courtCode}:${year}:${caseType}:${serial}`,
      canonical: formatCourtCaseNumber(court),
    };
  }
  const police = parsePoliceCaseNumber(input);
  if (police) {
    const canonical = formatPoliceCaseNumber(police);
    return { kind: 'POLICE_CASE', key: `POLICE:${canonical}`, canonical };
  }
  const prisoner = PRISONER_NUMBER.exec(input.trim());
  if (prisoner) return { kind: 'PRISONER', key: `PRISONER:${prisoner[1]}`, canonical: prisoner[1]! };
  const document = parseDocumentNumber(input);
  if (document) {
    const { prefix, year, serial } = document;
    return { kind: 'DOCUMENT', key: `DOC:${prefix}:${year}:${serial}`, canonical: formatDocumentNumber(document) };
  }
  throw new CaseNumberFormatError(input);
}

function describeProblem(input: string): string {
  if (input.trim() === '') return 'Expected a case number, got an empty string.';
  if (input.length > MAX_CASE_NUMBER_LENGTH) {
    return `Expected a case number of at most ${MAX_CASE_NUMBER_LENGTH} characters, got ${input.length}.`;
  }
  return `Expected a case number, got ${JSON.stringify(hidePersonalData(input))}.`;
}

/** People paste ID numbers into search boxes; error messages end up in logs, so mask long digit runs. */
function hidePersonalData(input: string): string {
  return input.replace(/\d{15,}[Xx]?/g, (digits) => maskIdNumber(digits));
}
