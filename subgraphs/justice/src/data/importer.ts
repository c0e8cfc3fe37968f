import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  EXPORT_FILES,
  type CommunityCorrectionExport,
  type ExecutionExport,
  type JudicialOfficeExport,
  type LegalAdviserExport,
  type LegalAidExport,
  type MediationCaseExport,
  type MediationCommitteeExport,
} from '@hub/domain';
import { eventsFromExport, groupByCase, readDocs, upsertById, type Importer, type UpsertResult } from '@hub/subgraph-kit';
import { createModels, type ExecutionDoc, type ExecutionFileDoc, type JusticeModels } from './models';
import { toCommitteeDoc, toCorrectionDoc, toLegalAidDoc, toMediationCaseDoc, toOfficeDoc } from './serviceDocs';
import type { LegalAidDoc } from './serviceModels';
import { computeStatistics } from './statistics';

/** Exports write life imprisonment's open end as the last representable day. */
const NO_END_YEAR = '9999';

export function toExecutionDoc(record: ExecutionExport): ExecutionDoc {
  return {
    caseId: record.caseId,
    personId: record.personId,
    kind: record.kind,
    recordNumber: record.recordNumber,
    institutionName: record.institutionName,
    divisionCode: record.divisionCode,
    startedAt: new Date(record.startedAt),
    plannedEndAt: record.plannedEndAt.startsWith(NO_END_YEAR) ? null : new Date(record.plannedEndAt),
    endedAt: record.endedAt ? new Date(record.endedAt) : null,
    status: record.status,
    events: eventsFromExport(record.events),
  };
}

/**
 * Groups the executions and legal-aid appointments of each case into one file: executions in order
 * of their start, appointments in order of appointment, all their events merged oldest first.
 */
export function toExecutionFiles(executions: readonly ExecutionDoc[], legalAid: readonly LegalAidDoc[] = []): ExecutionFileDoc[] {
  const files = new Map<string, ExecutionFileDoc>();
  for (const { _id, parts, events } of groupByCase(executions, (e) => e.startedAt)) files.set(_id, { _id, executions: parts, legalAid: [], events });
  for (const { _id, parts, events } of groupByCase(legalAid, (a) => a.appointedAt)) {
    const file = files.get(_id) ?? { _id, executions: [], legalAid: [], events: [] };
    // Stable: at an equal instant the execution's event stays first.
    files.set(_id, { ...file, legalAid: parts, events: [...file.events, ...events].sort((a, b) => a.at.getTime() - b.at.getTime()) });
  }
  return [...files.values()];
}

/** Reads one of the justice administration's service files, which exports made before them lack. */
async function readServiceFile<TRecord, TDoc>(exportDir: string, file: string, toDoc: (record: TRecord) => TDoc): Promise<TDoc[]> {
  const full = path.join(exportDir, file);
  if (!existsSync(full)) {
    throw new Error(`${file} is missing from ${exportDir}: the export predates the justice services; generate it again with "npm run seed"`);
  }
  return readDocs(full, toDoc);
}

async function readOffices(exportDir: string) {
  const advisers = await readServiceFile(exportDir, EXPORT_FILES.legalAdvisers, (record: LegalAdviserExport) => record);
  const byOffice = new Map<string, LegalAdviserExport[]>();
  for (const adviser of advisers) byOffice.set(adviser.officeId, [...(byOffice.get(adviser.officeId) ?? []), adviser]);
  return readServiceFile(exportDir, EXPORT_FILES.judicialOffices, (record: JudicialOfficeExport) => toOfficeDoc(record, byOffice.get(record.officeId) ?? []));
}

/** Upserts collection after collection, reporting progress over all of them. */
async function upsertAll(steps: ReadonlyArray<(onProgress: (done: number) => void) => Promise<UpsertResult>>, sizes: readonly number[], onProgress: (done: number, total: number) => void): Promise<UpsertResult> {
  const total = sizes.reduce((a, b) => a + b, 0);
  const sum: UpsertResult = { written: 0, inserted: 0, replaced: 0, unchanged: 0 };
  let before = 0;
  for (const [k, step] of steps.entries()) {
    const result = await step((done) => onProgress(before + done, total));
    before += sizes[k] ?? 0;
    sum.written += result.written;
    sum.inserted += result.inserted;
    sum.replaced += result.replaced;
    sum.unchanged += result.unchanged;
  }
  return sum;
}

async function createIndexes(models: JusticeModels): Promise<void> {
  for (const model of Object.values(models)) await model.createIndexes();
}

/**
 * Loads justice.jsonl (prisons' and judicial offices' executions) and the justice services' files
 * (offices, legal advisers, community corrections, mediation, legal aid) into the justice database,
 * then the yearly statistics computed from them. Importing the same export again writes nothing.
 */
export const importJusticeExport: Importer = async (database, exportDir, onProgress) => {
  const models = createModels(database.connection);
  await createIndexes(models);
  const executions = await readDocs(path.join(exportDir, EXPORT_FILES.justice), toExecutionDoc);
  const legalAid = await readServiceFile(exportDir, EXPORT_FILES.legalAid, (record: LegalAidExport) => toLegalAidDoc(record));
  const files = toExecutionFiles(executions, legalAid);
  const offices = await readOffices(exportDir);
  const corrections = await readServiceFile(exportDir, EXPORT_FILES.communityCorrections, (record: CommunityCorrectionExport) => toCorrectionDoc(record));
  const committees = await readServiceFile(exportDir, EXPORT_FILES.mediationCommittees, (record: MediationCommitteeExport) => toCommitteeDoc(record));
  const mediationCases = await readServiceFile(exportDir, EXPORT_FILES.mediationCases, (record: MediationCaseExport) => toMediationCaseDoc(record));
  const statistics = computeStatistics({ offices, corrections, mediationCases, legalAid });
  const all = [files, offices, corrections, committees, mediationCases, statistics] as const;
  return upsertAll(
    [
      (report) => upsertById(models.ExecutionFile, files, report),
      (report) => upsertById(models.JudicialOffice, offices, report),
      (report) => upsertById(models.Correction, corrections, report),
      (report) => upsertById(models.MediationCommittee, committees, report),
      (report) => upsertById(models.MediationCase, mediationCases, report),
      (report) => upsertById(models.Statistics, statistics, report),
    ],
    all.map((docs) => docs.length),
    onProgress,
  );
};
