import path from 'node:path';
import { courtByCode, EXPORT_FILES, type CourtCaseExport } from '@hub/domain';
import { eventsFromExport, groupByCase, readDocs, upsertById, type Importer } from '@hub/subgraph-kit';
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
  return groupByCase(courtCases, (c) => c.registeredAt).map(({ _id, parts, events }) => ({ _id, courtCases: parts, events }));
}

/** Loads court.jsonl (the courts' case management export) into the court database. */
export const importCourtExport: Importer = async (database, exportDir, onProgress) => {
  const { CourtFile } = createModels(database.connection);
  await CourtFile.createIndexes();
  const courtCases = await readDocs(path.join(exportDir, EXPORT_FILES.court), toCourtCaseDoc);
  return upsertById(CourtFile, toCourtFiles(courtCases), onProgress);
};
