import path from 'node:path';
import { chinaIsoDate, courtByCode, EXPORT_FILES, maskName, type CourtCaseExport, type CourtDocumentExport } from '@hub/domain';
import { documentSha256, SEAL_FORMAT_VERSION, sealDocument } from '@hub/judgment-seal';
import { eventsFromExport, groupByCase, readDocs, upsertById, type Importer } from '@hub/subgraph-kit';
import { createModels, type CourtCaseDoc, type CourtFileDoc, type JudgmentDoc, type JudgmentIndexDoc } from './models';
import { toDefendantIndex } from './briberyFindings';
import { loadCourtSigning, signingKeyFor, type CourtSigning } from './signing';

const date = (iso: string | undefined) => (iso ? new Date(iso) : null);


/** A document as stored, without its seal yet. */
type UnsealedJudgment = Omit<JudgmentDoc, 'seal'>;

function toJudgment(record: CourtCaseExport, doc: CourtDocumentExport, supersededById: string | undefined): UnsealedJudgment {
  const issuedAt = new Date(doc.issuedAt);
  return {
    id: doc.documentId,
    caseId: record.caseId,
    courtCaseNumber: record.caseNumber,
    courtCode: record.courtCode,
    documentNumber: doc.documentNumber,
    kind: doc.kind,
    issuedAt,
    issuedOn: chinaIsoDate(issuedAt),
    // Outside the text, names are kept only in their masked form.
    parties: doc.parties.map((party) => ({ role: party.role, personId: party.personId, maskedName: maskName(party.name) })),
    prosecutor: doc.prosecutor ?? null,
    text: doc.text,
    textSha256: documentSha256(doc.text),
    supersedesId: doc.supersedesDocumentId ?? null,
    supersededById: supersededById ?? null,
    revocation: doc.revocation ? { revokedAt: new Date(doc.revocation.revokedAt), byId: doc.revocation.byDocumentId, reason: doc.revocation.reason } : null,
  };
}

/**
 * Signs a document with its court's key valid at the issue instant. Ed25519 is deterministic, so
 * importing the same document again yields the same code and the import writes nothing.
 */
async function seal(judgment: UnsealedJudgment, signing: CourtSigning): Promise<JudgmentDoc> {
  const key = signingKeyFor(signing, judgment.courtCode, judgment.issuedAt);
  const code = await sealDocument(
    {
      v: SEAL_FORMAT_VERSION,
      kid: key.kid,
      doc: judgment.id,
      no: judgment.courtCaseNumber,
      court: judgment.courtCode,
      kind: judgment.kind,
      issued: judgment.issuedOn,
      sha: judgment.textSha256,
    },
    key,
  );
  return { ...judgment, seal: { kid: key.kid, code } };
}

export async function toCourtCaseDoc(record: CourtCaseExport, signing: CourtSigning): Promise<CourtCaseDoc> {
  if (!courtByCode(record.courtCode)) throw new Error(`court case ${record.caseNumber} names an unknown court code ${record.courtCode}`);
  const { judgment } = record;
  const supersededBy = new Map(
    record.documents.filter((doc) => doc.supersedesDocumentId).map((doc) => [doc.supersedesDocumentId as string, doc.documentId]),
  );
  const documents: JudgmentDoc[] = [];
  for (const doc of record.documents) documents.push(await seal(toJudgment(record, doc, supersededBy.get(doc.documentId)), signing));
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
    documents,
  };
}

/** Groups the court cases of each matter into one court file, court cases in order of registration. */
export function toCourtFiles(courtCases: readonly CourtCaseDoc[]): CourtFileDoc[] {
  return groupByCase(courtCases, (c) => c.registeredAt).map(({ _id, parts, events }) => ({ _id, courtCases: parts, events }));
}

/** Every document's court file, so verification finds a scanned document by primary key. */
export function toJudgmentIndex(files: readonly CourtFileDoc[]): JudgmentIndexDoc[] {
  return files.flatMap((file) => file.courtCases.flatMap((courtCase) => courtCase.documents.map((doc) => ({ _id: doc.id, caseId: file._id }))));
}

/**
 * Loads court.jsonl (the courts' case management export) into the court database, signing every
 * decision document with its court's key.
 */
export function createCourtImporter(signing: CourtSigning): Importer {
  return async (database, exportDir, onProgress) => {
    const { CourtFile, JudgmentIndex, DefendantIndex } = createModels(database.connection);
    await CourtFile.createIndexes();
    const records = await readDocs(path.join(exportDir, EXPORT_FILES.court), (record: CourtCaseExport) => record);
    const courtCases: CourtCaseDoc[] = [];
    for (const record of records) courtCases.push(await toCourtCaseDoc(record, signing));
    const files = toCourtFiles(courtCases);
    const index = toJudgmentIndex(files);
    const defendants = toDefendantIndex(files);
    const total = files.length + index.length + defendants.length;
    // Files first: an index entry never points at a file that is not there yet.
    const written = await upsertById(CourtFile, files, (done) => onProgress(done, total));
    const indexed = await upsertById(JudgmentIndex, index, (done) => onProgress(files.length + done, total));
    const byDefendant = await upsertById(DefendantIndex, defendants, (done) => onProgress(files.length + index.length + done, total));
    return {
      written: written.written + indexed.written + byDefendant.written,
      inserted: written.inserted + indexed.inserted + byDefendant.inserted,
      replaced: written.replaced + indexed.replaced + byDefendant.replaced,
      unchanged: written.unchanged + indexed.unchanged + byDefendant.unchanged,
    };
  };
}

export const importCourtExport: Importer = (database, exportDir, onProgress) =>
  createCourtImporter(loadCourtSigning())(database, exportDir, onProgress);
