/**
 * The city's yearly figures (`Query.metrics`): one entity, `CityMetrics @key(fields: "year divisionCode")`,
 * that every agency's subgraph extends with the figures it alone can count, so the gateway answers
 * the whole dashboard in one query and each definition lives beside its data.
 */
import { chinaYearOf, divisionByCode, ZIBO_CITY } from '@hub/domain';
import { badUserInput } from './errors';

export interface MetricsKey {
  year: number;
  /** A district or county code, or 370300 for the whole city. */
  divisionCode: string;
}

export const CITY_DIVISION_CODE = ZIBO_CITY.code;

/** Checks the arguments of `metrics(year, division)`; bad values are the caller's error. */
export function metricsKey(year: number, division: string | null | undefined): MetricsKey {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badUserInput('year must be a calendar year such as 2017.', { argument: 'year' });
  const divisionCode = division ?? CITY_DIVISION_CODE;
  if (divisionCode !== CITY_DIVISION_CODE && !divisionByCode(divisionCode)) {
    throw badUserInput(`division must be the 6-digit code of one of Zibo's districts or counties (e.g. 370303), or ${CITY_DIVISION_CODE} for the whole city.`, { argument: 'division' });
  }
  return { year, divisionCode };
}

export function inYear(at: Date | null | undefined, year: number): boolean {
  return !!at && chinaYearOf(at) === year;
}

export function inDivision(divisionCode: string, key: MetricsKey): boolean {
  return key.divisionCode === CITY_DIVISION_CODE || divisionCode === key.divisionCode;
}

/** A share from 0 to 1 rounded to four places, or null when there is nothing to divide by. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

/**
 * Figures are computed by reading a whole collection (the embedded engine has no other index), so
 * each subgraph keeps them for a while per year and division. The data changes on import and,
 * for the procuratorate's services, through its mutations: figures may lag those by `ttlMs`.
 */
export function memoizeMetrics<T>(compute: (key: MetricsKey) => Promise<T>, ttlMs = 5 * 60_000): (key: MetricsKey) => Promise<T> {
  const cache = new Map<string, { at: number; value: Promise<T> }>();
  return (key) => {
    const id = `${key.year}:${key.divisionCode}`;
    const hit = cache.get(id);
    if (hit && Date.now() - hit.at < ttlMs) return hit.value;
    const value = compute(key);
    cache.set(id, { at: Date.now(), value });
    value.catch(() => cache.delete(id));
    return value;
  };
}
