import path from 'node:path';
import { EXPORT_FILES, type ProsecutionExport } from '@hub/domain';
import { eventsFromExport, readDocs, upsertById, type Importer } from '@hub/subgraph-kit';
import { createModels, type ProsecutionDoc } from './models';
import { importProcuratorateServices } from './serviceImport';

const date = (iso: string | undefined) => (iso ? new Date(iso) : null);

export function toProsecutionDoc(record: ProsecutionExport): ProsecutionDoc {
  return {
    _id: record.caseId,
    number: record.caseNumber,
    procuratorateName: record.procuratorateName,
    divisionCode: record.divisionCode,
    status: record.status,
    arrestDecision: record.arrestDecision ? { ...record.arrestDecision, decidedAt: new Date(record.arrestDecision.decidedAt) } : null,
    reviewStartedAt: date(record.reviewStartedAt),
    supplementaryInvestigations: record.supplementaryInvestigations,
    indictment: record.indictment ? { ...record.indictment, indictedAt: new Date(record.indictment.indictedAt) } : null,
    nonProsecution: record.nonProsecution ? { ...record.nonProsecution, decidedAt: new Date(record.nonProsecution.decidedAt) } : null,
    protest: record.protest ? { ...record.protest, protestedAt: new Date(record.protest.protestedAt) } : null,
    events: eventsFromExport(record.events),
  };
}

/**
 * Loads procuratorate.jsonl (the procuratorate system's export) into the procuratorate database,
 * then the service files (serviceImport.ts) when the export has them.
 */
export const importProcuratorateExport: Importer = async (database, exportDir, onProgress) => {
  const { Prosecution } = createModels(database.connection);
  await Prosecution.createIndexes();
  const docs = await readDocs(path.join(exportDir, EXPORT_FILES.procuratorate), toProsecutionDoc);
  const cases = await upsertById(Prosecution, docs, (done, total) => onProgress(done, total));
  const services = await importProcuratorateServices(database, exportDir, (done, total) => onProgress(docs.length + done, docs.length + total));
  return {
    written: cases.written + services.written,
    inserted: cases.inserted + services.inserted,
    replaced: cases.replaced + services.replaced,
    unchanged: cases.unchanged + services.unchanged,
  };
};
