/**
 * Court case numbers (案号) under the Supreme People's Court rules (法〔2015〕137号, amended 2018):
 * `（2017）鲁03刑初12号` = year received, court code, case-type code, serial.
 */

/** Case-type codes by kind of case (DESIGN.md §3). */
export const CASE_TYPE_CODES = {
  criminal: ['刑初', '刑终', '刑监', '刑申', '刑抗', '刑再', '刑核', '刑更'],
  civil: ['民初', '民终', '民申', '民再', '民特', '民督', '民破'],
  administrative: ['行初', '行终', '行审'],
  enforcement: ['执', '执恢', '执保', '执异', '执复', '执监'],
  compensation: ['法赔', '委赔'],
} as const satisfies Record<string, readonly string[]>;

export const ALL_CASE_TYPE_CODES: readonly string[] = Object.values(CASE_TYPE_CODES).flat();

export interface CourtCaseNumber {
  year: number;
  /** 鲁 (high court), 鲁03 (intermediate), 鲁0303 (basic), 最高法 (Supreme People's Court). */
  courtCode: string;
  caseType: string;
  serial: number;
}

const PROVINCE_ABBREVIATIONS =
  '鲁津京沪渝冀豫云辽黑湘皖新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼港澳台';

// Longest codes first: 执恢 is tried before 执 (the anchored pattern would backtrack to it anyway).
const CASE_TYPE_ALTERNATIVES = [...ALL_CASE_TYPE_CODES].sort((a, b) => b.length - a.length).join('|');

const COURT_CASE_NUMBER = new RegExp(
  `^\\((\\d{4})\\)((?:最高法|[${PROVINCE_ABBREVIATIONS}])(?:\\d{4}|\\d{2})?)` +
    `(${CASE_TYPE_ALTERNATIVES})(?:字第)?(\\d{1,9})号$`,
);

export const MIN_CASE_YEAR = 1949;
export const MAX_CASE_YEAR = 2100;

/** Removes the variations people type: any whitespace, and full-width vs ASCII parentheses. */
function cleanCourtCaseNumber(input: string): string {
  return input.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
}

export function parseCourtCaseNumber(input: string): CourtCaseNumber | null {
  const match = COURT_CASE_NUMBER.exec(cleanCourtCaseNumber(input));
  if (!match) return null;
  const [, yearText, courtCode, caseType, serialText] = match;
  const year = Number(yearText);
  const serial = Number(serialText);
  if (!courtCode || !caseType) return null;
  if (year < MIN_CASE_YEAR || year > MAX_CASE_YEAR || serial < 1) return null;
  return { year, courtCode, caseType, serial };
}

/** The canonical spelling: full-width parentheses, no 字第, no leading zeros. */
export function formatCourtCaseNumber(n: CourtCaseNumber): string {
  return `（${n.year}）${n.courtCode}${n.caseType}${n.serial}号`;
}
