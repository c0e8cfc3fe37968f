import path from 'node:path';
import { EXPORT_FILES, type ExecutionExport } from '@hub/domain';

/** Exports write life imprisonment's open end as the last representable day. */
const NO_END_YEAR = '9999';
import { eventsFromExport, groupByCase, readDocs, upsertById, type Importer } from '@hub/subgraph-kit';
import { createModels, type ExecutionDoc, type ExecutionFileDoc } from './models';

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

/** Groups the executions of each case into one file, in order of their start. */
export function toExecutionFiles(executions: readonly ExecutionDoc[]): ExecutionFileDoc[] {
  return groupByCase(executions, (e) => e.startedAt).map(({ _id, parts, events }) => ({ _id, executions: parts, events }));
}

/** Loads justice.jsonl (prisons' and judicial offices' export) into the justice database. */
export const importJusticeExport: Importer = async (database, exportDir, onProgress) => {
  const { ExecutionFile } = createModels(database.connection);
  await ExecutionFile.createIndexes();
  const executions = await readDocs(path.join(exportDir, EXPORT_FILES.justice), toExecutionDoc);
  return upsertById(ExecutionFile, toExecutionFiles(executions), onProgress);
};
