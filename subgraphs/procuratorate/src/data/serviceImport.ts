/**
 * Imports the procuratorates' service files (service points, bribery-record checks, file reviews,
 * complaints) into the procuratorate database. Idempotent like every import: records are keyed,
 * unchanged ones are left alone, and what the hub itself recorded since (applications, replies made
 * through the API) is kept. A person subject's name and ID number are sealed on the way in; the
 * names of applicants and complainants are kept only masked.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  EXPORT_FILES,
  PROCURATORATE_SERVICE_EXPORT_FILES,
  complaintDeadlines,
  maskIdNumber,
  maskName,
  parseDocumentNumber,
  validateIdNumber,
  type BriberyRecordCheckExport,
  type ComplaintExport,
  type FileReviewExport,
  type ServicePointExport,
} from '@hub/domain';
import { canonicalJson, readDocs, upsertById, type Database, type UpsertResult } from '@hub/subgraph-kit';
import { createSealer, loadPersonalDataKey, type Sealer } from './sealer';
import {
  createServiceModels,
  EXPORT_META_ID,
  type BriberyCheckDoc,
  type ComplaintDoc,
  type FileReviewDoc,
  type FileReviewFileDoc,
  type LawyerDoc,
  type ServiceMetaDoc,
  type ServicePointDoc,
} from './serviceModels';
import { counterId } from './counters';

const date = (iso: string | undefined): Date | null => (iso ? new Date(iso) : null);

export function toServicePointDoc(record: ServicePointExport): ServicePointDoc {
  return {
    _id: record.servicePointId,
    kind: record.kind,
    name: record.name,
    procuratorateCode: record.procuratorateCode,
    divisionCode: record.divisionCode,
    town: record.town,
    address: record.address,
    location: { latitude: record.latitude, longitude: record.longitude },
    phone: record.phone,
    openingHours: record.openingHours,
    servedTowns: record.servedTowns,
  };
}

/** A person's name is personal data: outside the sealed copy it is kept only masked. */
function maskedParty(party: { kind: 'PERSON' | 'ORGANISATION'; name: string }): string {
  return party.kind === 'PERSON' ? maskName(party.name) : party.name;
}

export function toBriberyCheckDoc(record: BriberyRecordCheckExport, sealer: Sealer): BriberyCheckDoc {
  const { subject } = record;
  let personal: Pick<BriberyCheckDoc['subject'], 'maskedIdNumber' | 'sealedName' | 'sealedIdNumber'> = {};
  if (subject.kind === 'PERSON') {
    const check = validateIdNumber(subject.idNumber ?? '');
    // The reason says what is wrong, never the number itself.
    if (!check.ok) throw new Error(`check ${record.checkId} has an invalid subject ID number: ${check.reason}`);
    personal = { maskedIdNumber: maskIdNumber(check.idNumber), sealedName: sealer.seal(subject.name.trim()), sealedIdNumber: sealer.seal(check.idNumber) };
  }
  return {
    _id: record.checkId,
    procuratorateCode: record.procuratorateCode,
    servicePointId: record.servicePointId ?? null,
    channel: record.channel,
    appliedAt: new Date(record.appliedAt),
    applicant: { kind: record.applicant.kind, name: maskedParty(record.applicant), creditCode: record.applicant.creditCode ?? null },
    purpose: record.purpose,
    purposeDetail: record.purposeDetail,
    subject: { kind: subject.kind, name: maskedParty(subject), creditCode: subject.creditCode ?? null, ...personal },
    periodFrom: new Date(record.periodFrom),
    periodTo: new Date(record.periodTo),
    status: record.status,
    answeredAt: date(record.answeredAt),
    certificateNumber: record.certificateNumber ?? null,
    refusedAt: date(record.refusedAt),
    refusalReason: record.refusalReason ?? null,
  };
}

/** Seals differ at every sealing (fresh nonce): a check is unchanged when what is behind them is. */
export function sameCheck(sealer: Sealer) {
  return (stored: BriberyCheckDoc, incoming: BriberyCheckDoc): boolean => {
    const strip = (doc: BriberyCheckDoc) => ({ ...doc, subject: { ...doc.subject, sealedName: null, sealedIdNumber: null } });
    if (canonicalJson(strip(stored)) !== canonicalJson(strip(incoming))) return false;
    const open = (value: string | null | undefined) => (value ? sealer.open(value) : null);
    try {
      return open(stored.subject.sealedName) === open(incoming.subject.sealedName) && open(stored.subject.sealedIdNumber) === open(incoming.subject.sealedIdNumber);
    } catch {
      return false; // sealed under another key: write it again under the current one
    }
  };
}

export function toFileReviewDoc(record: FileReviewExport): FileReviewDoc {
  return {
    id: record.applicationId,
    caseId: record.caseId,
    procuratorateCode: record.procuratorateCode,
    lawyer: record.lawyer,
    clientPersonId: record.clientPersonId,
    appliedAt: new Date(record.appliedAt),
    status: record.status,
    decidedAt: date(record.decidedAt),
    refusalReason: record.refusalReason ?? null,
    appointment: record.appointment ? { ...record.appointment, at: new Date(record.appointment.at) } : null,
  };
}

/**
 * One document per case: the exported applications, plus those the hub recorded itself (not in the
 * export), in order of application.
 */
export function toFileReviewFiles(applications: readonly FileReviewDoc[], stored: ReadonlyMap<string, FileReviewFileDoc>): FileReviewFileDoc[] {
  const byCase = new Map<string, FileReviewDoc[]>();
  for (const application of applications) byCase.set(application.caseId, [...(byCase.get(application.caseId) ?? []), application]);
  for (const [caseId, file] of stored) {
    const exported = new Set((byCase.get(caseId) ?? []).map((a) => a.id));
    const own = file.applications.filter((a) => !exported.has(a.id));
    if (own.length > 0) byCase.set(caseId, [...(byCase.get(caseId) ?? []), ...own]);
  }
  return [...byCase].map(([caseId, list]) => ({
    _id: caseId,
    applications: [...list].sort((a, b) => a.appliedAt.getTime() - b.appliedAt.getTime() || (a.id < b.id ? -1 : 1)),
    revision: stored.get(caseId)?.revision ?? 0,
  }));
}

/** Every lawyer with the cases an approved application admitted them to, most recent first. */
export function toLawyerDocs(files: readonly FileReviewFileDoc[]): LawyerDoc[] {
  const lawyers = new Map<string, LawyerDoc>();
  for (const application of files.flatMap((file) => file.applications)) {
    const { lawyerId, name, lawFirm } = application.lawyer;
    const lawyer = lawyers.get(lawyerId) ?? { _id: lawyerId, name, lawFirm, admissions: [] };
    if (application.status === 'APPROVED' && application.decidedAt) {
      lawyer.admissions.push({ caseId: application.caseId, applicationId: application.id, admittedAt: application.decidedAt });
    }
    lawyers.set(lawyerId, lawyer);
  }
  for (const lawyer of lawyers.values()) {
    lawyer.admissions.sort((a, b) => b.admittedAt.getTime() - a.admittedAt.getTime() || (a.applicationId < b.applicationId ? 1 : -1));
  }
  return [...lawyers.values()];
}

export function toComplaintDoc(record: ComplaintExport): ComplaintDoc {
  const receivedAt = new Date(record.receivedAt);
  const { replyDueAt, resultDueAt } = complaintDeadlines(receivedAt);
  return {
    _id: record.complaintId,
    number: record.number,
    procuratorateCode: record.procuratorateCode,
    channel: record.channel,
    servicePointId: record.servicePointId ?? null,
    category: record.category,
    summary: record.summary,
    complainant: { kind: record.complainant.kind, name: maskedParty(record.complainant) },
    caseId: record.caseId ?? null,
    receivedAt,
    assignedDepartment: record.assignedDepartment,
    handler: record.handler,
    replyDueAt,
    repliedAt: date(record.repliedAt),
    resultDueAt,
    concludedAt: date(record.concludedAt),
    result: record.result ?? null,
    resultSummary: record.resultSummary ?? null,
  };
}

const SERIAL_ID = /^(XC|TS)(\d{6})(\d{4})(\d{5})$/;

/** The last serial the export used in each number series, so numbers the hub gives later follow on. */
export function exportedCounters(checks: readonly BriberyCheckDoc[], complaints: readonly ComplaintDoc[]): Map<string, number> {
  const counters = new Map<string, number>();
  const raise = (id: string, serial: number) => counters.set(id, Math.max(counters.get(id) ?? 0, serial));
  for (const id of [...checks.map((c) => c._id), ...complaints.map((c) => c._id)]) {
    const match = SERIAL_ID.exec(id);
    if (match) raise(counterId(match[1] as 'XC' | 'TS', match[2] as string, Number(match[3])), Number(match[4]));
  }
  for (const check of checks) {
    const number = check.certificateNumber ? parseDocumentNumber(check.certificateNumber) : null;
    if (number) raise(counterId('CERT', number.prefix, number.year), number.serial);
  }
  return counters;
}

/** An export made before the service files existed has none; its manifest says so. */
async function hasServiceFiles(exportDir: string): Promise<boolean> {
  const manifest = JSON.parse(await readFile(path.join(exportDir, EXPORT_FILES.manifest), 'utf8')) as { counts?: Record<string, unknown> };
  return typeof manifest.counts?.servicePoints === 'number';
}

async function exportAsOf(exportDir: string): Promise<Date | null> {
  const manifest = JSON.parse(await readFile(path.join(exportDir, EXPORT_FILES.manifest), 'utf8')) as { asOf?: string };
  const asOf = manifest.asOf ? new Date(manifest.asOf) : null;
  return asOf && !Number.isNaN(asOf.getTime()) ? asOf : null;
}

const NOTHING: UpsertResult = { written: 0, inserted: 0, replaced: 0, unchanged: 0 };

export async function importProcuratorateServices(
  database: Database,
  exportDir: string,
  onProgress: (written: number, total: number) => void,
): Promise<UpsertResult> {
  if (!(await hasServiceFiles(exportDir))) return NOTHING;
  const models = createServiceModels(database.connection);
  await Promise.all(Object.values(models).map((model) => model.createIndexes()));
  const files = PROCURATORATE_SERVICE_EXPORT_FILES;
  const file = (name: string) => path.join(exportDir, name);
  const sealer = createSealer(loadPersonalDataKey());

  const points = await readDocs(file(files.servicePoints), toServicePointDoc);
  const checks = await readDocs(file(files.briberyRecordChecks), (record: BriberyRecordCheckExport) => toBriberyCheckDoc(record, sealer));
  const applications = await readDocs(file(files.fileReviews), toFileReviewDoc);
  const complaints = await readDocs(file(files.complaints), toComplaintDoc);
  const storedFiles = new Map((await models.FileReviewFile.find({}).lean<FileReviewFileDoc[]>().exec()).map((doc) => [doc._id, doc]));
  const reviewFiles = toFileReviewFiles(applications, storedFiles);
  const lawyers = toLawyerDocs(reviewFiles);
  const storedMeta = new Map((await models.ServiceMeta.find({}).lean<ServiceMetaDoc[]>().exec()).map((doc) => [doc._id, doc]));
  const counters = [...exportedCounters(checks, complaints)].map(([id, seq]): ServiceMetaDoc => ({ _id: id, seq: Math.max(seq, storedMeta.get(id)?.seq ?? 0) }));
  const meta: ServiceMetaDoc[] = [{ _id: EXPORT_META_ID, asOf: await exportAsOf(exportDir) }, ...counters];

  const total = points.length + checks.length + reviewFiles.length + lawyers.length + complaints.length + meta.length;
  let before = 0;
  const results: UpsertResult[] = [];
  const step = async (write: (progress: (done: number) => void) => Promise<UpsertResult>, count: number) => {
    results.push(await write((done) => onProgress(before + done, total)));
    before += count;
  };
  await step((p) => upsertById(models.ServicePoint, points, p), points.length);
  await step((p) => upsertById(models.BriberyCheck, checks, p, sameCheck(sealer)), checks.length);
  // Applications before the lawyers' admissions: an admission never names an application not there yet.
  await step((p) => upsertById(models.FileReviewFile, reviewFiles, p), reviewFiles.length);
  await step((p) => upsertById(models.Lawyer, lawyers, p), lawyers.length);
  await step((p) => upsertById(models.Complaint, complaints, p), complaints.length);
  await step((p) => upsertById(models.ServiceMeta, meta, p), meta.length);
  return results.reduce((sum, r) => ({
    written: sum.written + r.written,
    inserted: sum.inserted + r.inserted,
    replaced: sum.replaced + r.replaced,
    unchanged: sum.unchanged + r.unchanged,
  }), NOTHING);
}
