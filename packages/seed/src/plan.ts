/**
 * The first, cheap pass over all cases: when each case was filed, where, and for what. Cases are
 * numbered in filing order, so the unified case id and the police case number follow from here.
 */
import { OFFENCES, ZIBO_DIVISIONS, formatPoliceCaseNumber, type Division, type Offence } from '@hub/domain';
import { FILING_FROM, FILING_UNTIL, HOUR_MS, chinaMonth, chinaYear, type Ms } from './clock';
import { Rng, STREAMS, WeightedTable } from './random';
import { isDutyCrime } from './traits';

/** Relative caseload by district/county, following resident population (张店 largest, 高青 smallest). */
const DIVISION_WEIGHTS: Record<string, number> = {
  '370303': 23, // 张店区
  '370302': 16, // 淄川区
  '370305': 14, // 临淄区
  '370321': 11, // 桓台县
  '370304': 10, // 博山区
  '370306': 9, // 周村区
  '370323': 9, // 沂源县
  '370322': 8, // 高青县
};

/** Hour of filing: offices file by day, but drunk drivers and fights arrive in the evening. */
const HOUR_WEIGHTS = [1, 1, 1, 1, 1, 1, 2, 3, 6, 8, 8, 8, 6, 6, 8, 8, 8, 7, 5, 5, 5, 4, 3, 2];

const divisionTable = new WeightedTable(
  ZIBO_DIVISIONS.map((division, index) => [index, DIVISION_WEIGHTS[division.code] ?? 5] as const),
);
const offenceTable = new WeightedTable(OFFENCES.map((offence, index) => [index, offence.weight] as const));
const hourTable = new WeightedTable(HOUR_WEIGHTS.map((weight, hour) => [hour, weight] as const));

export interface CasePlan {
  readonly cases: number;
  readonly seed: number;
  /** Filing instants, ascending. */
  readonly filedAt: Float64Array;
  readonly division: Uint8Array;
  readonly offence: Uint8Array;
  readonly caseIds: readonly string[];
  readonly policeCaseNumbers: readonly string[];
}

export function planCases(cases: number, seed: number): CasePlan {
  const rng = Rng.derive(seed, 0, STREAMS.plan);
  const filedAt = filingInstants(rng, cases);
  const division = new Uint8Array(cases);
  const offence = new Uint8Array(cases);
  for (let i = 0; i < cases; i++) {
    division[i] = divisionTable.draw(rng);
    offence[i] = offenceTable.draw(rng);
  }
  return {
    cases,
    seed,
    filedAt,
    division,
    offence,
    caseIds: unifiedCaseIds(filedAt),
    policeCaseNumbers: policeCaseNumbers(filedAt, division, offence),
  };
}

function filingInstants(rng: Rng, cases: number): Float64Array {
  const days = Math.round((FILING_UNTIL - FILING_FROM) / (24 * HOUR_MS));
  const filedAt = new Float64Array(cases);
  for (let i = 0; i < cases; i++) {
    const day = rng.int(0, days - 1);
    const hour = hourTable.draw(rng);
    filedAt[i] = FILING_FROM + day * 24 * HOUR_MS + hour * HOUR_MS + rng.int(0, 59) * 60_000;
  }
  return filedAt.sort();
}

/** `ZB` + filing year + 6-digit sequence in filing order within that year. */
function unifiedCaseIds(filedAt: Float64Array): string[] {
  const ids: string[] = [];
  const perYear = new Map<number, number>();
  for (const at of filedAt) {
    const year = chinaYear(at);
    const sequence = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, sequence);
    ids.push(`ZB${year}${String(sequence).padStart(6, '0')}`);
  }
  return ids;
}

export function policeAgencyCode(division: Division): string {
  return `${division.code}000000`;
}

/** Serials restart per agency per filing month, in filing order; duty crimes never reach the police. */
function policeCaseNumbers(filedAt: Float64Array, division: Uint8Array, offence: Uint8Array): string[] {
  const numbers: string[] = [];
  const serials = new Map<string, number>();
  filedAt.forEach((at, i) => {
    if (isDutyCrime(OFFENCES[offence[i] ?? 0] as Offence)) {
      numbers.push('');
      return;
    }
    const agencyCode = policeAgencyCode(divisionAt(division, i));
    const year = chinaYear(at);
    const month = chinaMonth(at);
    const key = `${agencyCode}${year}${month}`;
    const serial = (serials.get(key) ?? 0) + 1;
    serials.set(key, serial);
    numbers.push(formatPoliceCaseNumber({ agencyCode, year, month, serial }));
  });
  return numbers;
}

export function divisionAt(division: Uint8Array, i: number): Division {
  return ZIBO_DIVISIONS[division[i] ?? 0] as Division;
}

export function caseDivision(plan: CasePlan, i: number): Division {
  return divisionAt(plan.division, i);
}

export function caseOffence(plan: CasePlan, i: number): Offence {
  return OFFENCES[plan.offence[i] ?? 0] as Offence;
}

export function filedAtOf(plan: CasePlan, i: number): Ms {
  return plan.filedAt[i] ?? 0;
}
