import path from 'node:path';
import { courtByCode, EXPORT_FILES, type CourtCaseExport } from '@hub/domain';
import { eventsFromExport, readJsonLines, upsertById, type Importer, type TimelineEventDoc } from '@hub/subgraph-kit';
import { createModels, type CourtCaseDoc, type CourtFileDoc } from './models';

const date = (iso: string | undefined) => (iso ? new Date(iso) : null);

export function toCourtCaseDoc(record: CourtCaseExport): CourtCaseDoc {
  if (!courtByCode(record.courtCode)) throw new Error(`court case ${record.caseNumber} names an unknown court code ${record.courtCode}`);
  const { judgment } = record;
  return {
    caseId: record.caseId,
    number: record.caseNumber,
    courtCode: record.courtCode,
    caseType: record.caseType,
    instance: record.instance,
    procedure: record.procedure,
    registeredAt: new Date(record.registeredAt),
    registeredOnTheSpot: record.registeredOnTheSpot,
    defendantIds: record.defendantIds,
    hearings: record.hearings.map((h) => ({ at: new Date(h.at), courtroom: h.courtroom })),
    verdict: judgment
      ? {
          documentNumber: judgment.documentNumber,
          kind: judgment.kind,
          issuedAt: new Date(judgment.issuedAt),
          outcome: judgment.verdict,
          termMonths: judgment.termMonths ?? null,
          suspended: judgment.suspended,
          probationMonths: judgment.probationMonths ?? null,
          fineYuan: judgment.fineYuan ?? null,
          charges: judgment.charges,
          appealOutcome: judgment.appealOutcome ?? null,
        }
      : null,
    effectiveAt: date(record.effectiveAt),
    deliveredForExecutionAt: date(record.deliveredForExecutionAt),
    status: record.status,
    events: eventsFromExport(record.events),
  };
}

/** Groups the court cases of each matter into one court file, court cases in order of registration. */
export function toCourtFiles(courtCases: readonly CourtCaseDoc[]): CourtFileDoc[] {
  const files = new Map<string, CourtCaseDoc[]>();
  for (const courtCase of courtCases) files.set(courtCase.caseId, [...(files.get(courtCase.caseId) ?? []), courtCase]);
  return [...files].map(([caseId, cases]) => {
    const ordered = [...cases].sort((a, b) => a.registeredAt.getTime() - b.registeredAt.getTime());
    const events: TimelineEventDoc[] = ordered.flatMap((c) => c.events).sort((a, b) => a.at.getTime() - b.at.getTime());
    return { _id: caseId, courtCases: ordered, events };
  });
}

/** Loads court.jsonl (the courts' case management export) into the court database. */
export const importCourtExport: Importer = async (database, exportDir, onProgress) => {
  const { CourtFile } = createModels(database.connection);
  await CourtFile.createIndexes();
  const courtCases: CourtCaseDoc[] = [];
  for await (const record of readJsonLines<CourtCaseExport>(path.join(exportDir, EXPORT_FILES.court))) {
    courtCases.push(toCourtCaseDoc(record));
  }
  return upsertById(CourtFile, toCourtFiles(courtCases), onProgress);
};
