import path from 'node:path';
import { EXPORT_FILES, type PoliceCaseExport } from '@hub/domain';
import { eventsFromExport, readDocs, upsertById, type Importer } from '@hub/subgraph-kit';
import { createModels, type PoliceCaseDoc } from './models';

export function toPoliceCaseDoc(record: PoliceCaseExport): PoliceCaseDoc {
  return {
    _id: record.caseId,
    number: record.caseNumber,
    agencyCode: record.agencyCode,
    agencyName: record.agencyName,
    divisionCode: record.divisionCode,
    offence: record.offence,
    reportedAt: new Date(record.reportedAt),
    filedAt: new Date(record.filedAt),
    status: record.status,
    suspects: record.suspects.map((s) => ({
      personId: s.personId,
      measure: s.measure,
      detainedAt: s.detainedAt ? new Date(s.detainedAt) : null,
      arrestedAt: s.arrestedAt ? new Date(s.arrestedAt) : null,
    })),
    victimIds: record.victimIds,
    events: eventsFromExport(record.events),
  };
}

/** Loads police.jsonl (the police system's export) into the police database. */
export const importPoliceExport: Importer = async (database, exportDir, onProgress) => {
  const { PoliceCase } = createModels(database.connection);
  await PoliceCase.createIndexes();
  const docs = await readDocs(path.join(exportDir, EXPORT_FILES.police), toPoliceCaseDoc);
  return upsertById(PoliceCase, docs, onProgress);
};
