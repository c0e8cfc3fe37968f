/** Export records of the justice services → database documents (dates as Dates, ids as `_id`). */
import type {
  CommunityCorrectionExport,
  JudicialOfficeExport,
  LegalAdviserExport,
  LegalAidExport,
  MediationCaseExport,
  MediationCommitteeExport,
} from '@hub/domain';
import { eventsFromExport } from '@hub/subgraph-kit';
import type { CorrectionDoc, JudicialOfficeDoc, LegalAdviserDoc, LegalAidDoc, MediationCaseDoc, MediationCommitteeDoc } from './serviceModels';

const date = (iso: string | undefined): Date | null => (iso ? new Date(iso) : null);

function toAdviserDoc(record: LegalAdviserExport): LegalAdviserDoc {
  return { ...record, villages: [...record.villages], since: new Date(record.since) };
}

/** An office with its town's advisers embedded; every village must have exactly one. */
export function toOfficeDoc(record: JudicialOfficeExport, advisers: readonly LegalAdviserExport[]): JudicialOfficeDoc {
  const adviserOf = new Map<string, string>();
  for (const adviser of advisers) {
    for (const village of adviser.villages) {
      if (adviserOf.has(village)) throw new Error(`${village} of ${record.officeId} has two legal advisers`);
      adviserOf.set(village, adviser.adviserId);
    }
  }
  const { officeId, star, villages, ...rest } = record;
  return {
    ...rest,
    _id: officeId,
    star: star ?? null,
    villages: villages.map((village) => {
      const adviserId = adviserOf.get(village.name);
      if (!adviserId) throw new Error(`${village.name} of ${officeId} has no legal adviser`);
      return { ...village, adviserId };
    }),
    advisers: advisers.map(toAdviserDoc),
  };
}

export function toCorrectionDoc(record: CommunityCorrectionExport): CorrectionDoc {
  const { correctionId, startedAt, plannedEndAt, endedAt, events, ...rest } = record;
  return {
    ...rest,
    _id: correctionId,
    startedAt: new Date(startedAt),
    plannedEndAt: new Date(plannedEndAt),
    endedAt: date(endedAt),
    events: events.map((event) => ({ ...event, at: new Date(event.at) })),
  };
}

export function toCommitteeDoc(record: MediationCommitteeExport): MediationCommitteeDoc {
  const { committeeId, officeId, stationedAt, mediators, ...rest } = record;
  return { ...rest, _id: committeeId, officeId: officeId ?? null, stationedAt: stationedAt ?? null, mediators: mediators.map((m) => ({ ...m })) };
}

export function toMediationCaseDoc(record: MediationCaseExport): MediationCaseDoc {
  const { mediationId, officeId, receivedAt, concludedAt, agreement, courtReferral, judicialConfirmation, ...rest } = record;
  if (!officeId) throw new Error(`mediation case ${mediationId} names no judicial office`);
  return {
    ...rest,
    _id: mediationId,
    officeId,
    receivedAt: new Date(receivedAt),
    concludedAt: date(concludedAt),
    agreement: agreement ? { ...agreement, signedAt: new Date(agreement.signedAt) } : null,
    courtReferral: courtReferral
      ? { ...courtReferral, referredAt: new Date(courtReferral.referredAt), returnedAt: date(courtReferral.returnedAt) }
      : null,
    judicialConfirmation: judicialConfirmation
      ? { ...judicialConfirmation, appliedAt: new Date(judicialConfirmation.appliedAt), decidedAt: date(judicialConfirmation.decidedAt) }
      : null,
  };
}

export function toLegalAidDoc(record: LegalAidExport): LegalAidDoc {
  const { appointmentId, appointedAt, events, lawyer, ...rest } = record;
  return { ...rest, id: appointmentId, lawyer: { ...lawyer }, appointedAt: new Date(appointedAt), events: eventsFromExport(events) };
}
