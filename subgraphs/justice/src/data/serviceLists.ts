/** The justice services' lists and their input checks: bad input is BAD_USER_INPUT saying what is expected. */
import type { QueryFilter } from 'mongoose';
import { DISPUTE_KINDS, MEDIATION_COMMITTEE_KINDS, MEDIATION_OUTCOMES, ZIBO_CITY, ZIBO_DIVISIONS, type DisputeKind, type MediationCommitteeKind, type MediationOutcome } from '@hub/domain';
import { badUserInput } from '@hub/subgraph-kit';
import type { JusticeModels } from './models';
import { pageByDateDesc, pageById, type PageArgs } from './paging';
import type { CorrectionDoc, JudicialOfficeDoc, MediationCaseDoc, MediationCommitteeDoc } from './serviceModels';

const DIVISION_CODES = ZIBO_DIVISIONS.map((division) => division.code);

/** A district or county of Zibo; with `allowCity`, also 370300 for the whole city. */
export function checkDivisionCode(code: string, argument: string, allowCity: boolean): string {
  const accepted = allowCity ? [...DIVISION_CODES, ZIBO_CITY.code] : DIVISION_CODES;
  if (!accepted.includes(code)) {
    const what = allowCity ? `one of Zibo's districts and counties or ${ZIBO_CITY.code} for the city` : "one of Zibo's districts and counties";
    throw badUserInput(`${argument} must be the 6-digit GB/T 2260 code of ${what} (${accepted.join(', ')}), e.g. "370303"; got "${code.slice(0, 20)}".`, {
      argument,
      acceptedValues: accepted,
    });
  }
  return code;
}

/** Years the hub can hold figures for. */
export function checkYear(year: number): number {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badUserInput(`year must be a calendar year from 2000 to 2100, e.g. 2018; got ${year}.`, { argument: 'year' });
  return year;
}

function checkEnum<T extends string>(value: T, allowed: readonly string[], argument: string): T {
  if (!allowed.includes(value)) throw badUserInput(`${argument} must be one of ${allowed.join(', ')}.`, { argument });
  return value;
}

export function listOffices(models: JusticeModels, args: PageArgs & { divisionCode?: string | null }) {
  const filter: QueryFilter<JudicialOfficeDoc> = {};
  if (args.divisionCode != null) filter.divisionCode = checkDivisionCode(args.divisionCode, 'divisionCode', false);
  return pageById(models.JudicialOffice, 'justice.offices.v1', filter, args);
}

export function listCommittees(models: JusticeModels, args: PageArgs & { divisionCode?: string | null; kind?: MediationCommitteeKind | null }) {
  const filter: QueryFilter<MediationCommitteeDoc> = {};
  if (args.divisionCode != null) filter.divisionCode = checkDivisionCode(args.divisionCode, 'divisionCode', true);
  if (args.kind != null) filter.kind = checkEnum(args.kind, MEDIATION_COMMITTEE_KINDS, 'kind');
  return pageById(models.MediationCommittee, 'justice.committees.v1', filter, args);
}

export function listCorrections(models: JusticeModels, officeId: string, args: PageArgs & { status?: CorrectionDoc['status'] | null }) {
  const filter: QueryFilter<CorrectionDoc> = { officeId };
  if (args.status != null) filter.status = checkEnum(args.status, ['UNDER_CORRECTIONS', 'ENDED'], 'status');
  return pageByDateDesc(models.Correction, `justice.corrections.v1.${officeId}`, 'startedAt', filter, args);
}

export interface MediationCaseFilterInput {
  divisionCode?: string | null;
  kind?: DisputeKind | null;
  outcome?: MediationOutcome | null;
  courtReferred?: boolean | null;
}

/** Mediation cases of the whole city, of an office's town or of a committee, newest first. */
export function listMediationCases(
  models: JusticeModels,
  scope: { officeId?: string; committeeId?: string },
  args: PageArgs & { filter?: MediationCaseFilterInput | null },
) {
  const filter: QueryFilter<MediationCaseDoc> = {};
  if (scope.officeId) filter.officeId = scope.officeId;
  if (scope.committeeId) filter.committeeId = scope.committeeId;
  const given = args.filter;
  if (given?.divisionCode != null) filter.divisionCode = checkDivisionCode(given.divisionCode, 'filter.divisionCode', false);
  if (given?.kind != null) filter.kind = checkEnum(given.kind, DISPUTE_KINDS, 'filter.kind');
  if (given?.outcome != null) filter.outcome = checkEnum(given.outcome, MEDIATION_OUTCOMES, 'filter.outcome');
  // Stored as a subdocument or null: plain values only, no operator from input.
  if (given?.courtReferred === true) filter.courtReferral = { $ne: null };
  if (given?.courtReferred === false) filter.courtReferral = null;
  const kind = `justice.mediations.v1.${scope.officeId ?? scope.committeeId ?? 'all'}`;
  return pageByDateDesc(models.MediationCase, kind, 'receivedAt', filter, args);
}
