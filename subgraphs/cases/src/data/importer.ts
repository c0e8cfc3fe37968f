import path from 'node:path';
import {
  EXPORT_FILES,
  maskIdNumber,
  maskName,
  normalizeCaseNumber,
  validateIdNumber,
  type CaseIndexExport,
  type PersonExport,
} from '@hub/domain';
import { canonicalJson, readDocs, upsertById, type Importer, type UpsertResult } from '@hub/subgraph-kit';
import { createModels, type CaseDoc, type CaseNumberDoc, type PersonDigestDoc, type PersonDoc } from './models';
import { createProtector, loadPersonalDataKey, type PersonalDataProtector } from '@hub/subgraph-kit';

export function toCaseDoc(record: CaseIndexExport): CaseDoc {
  return {
    _id: record.caseId,
    stage: record.stage,
    closureReason: record.closureReason ?? null,
    offence: record.offence,
    divisionCode: record.divisionCode,
    filedAt: new Date(record.filedAt),
    courtCodes: record.courtCodes,
    numbers: record.numbers,
    parties: record.parties,
  };
}

/** One entry per normalised number; a number shared by two cases is an export error, not a guess. */
export function toCaseNumberDocs(cases: readonly CaseIndexExport[]): CaseNumberDoc[] {
  const byKey = new Map<string, CaseNumberDoc>();
  for (const record of cases) {
    for (const { agency, kind, number } of record.numbers) {
      const { key, canonical } = normalizeCaseNumber(number);
      const existing = byKey.get(key);
      if (existing && existing.caseId !== record.caseId) {
        throw new Error(`number ${canonical} belongs to both ${existing.caseId} and ${record.caseId}; fix the export`);
      }
      if (!existing) byKey.set(key, { _id: key, caseId: record.caseId, agency, kind, number });
    }
  }
  return [...byKey.values()];
}

export function toPersonDocs(
  persons: readonly PersonExport[],
  cases: readonly CaseIndexExport[],
  protector: PersonalDataProtector,
): PersonDoc[] {
  const newestFirst = [...cases].sort((a, b) => Date.parse(b.filedAt) - Date.parse(a.filedAt) || (a.caseId < b.caseId ? 1 : -1));
  const casesOf = new Map<string, PersonDoc['cases']>();
  for (const record of newestFirst) {
    for (const { personId, role } of record.parties) casesOf.set(personId, [...(casesOf.get(personId) ?? []), { caseId: record.caseId, role }]);
  }
  return persons.map((person) => {
    const check = validateIdNumber(person.idNumber);
    // The reason names what is wrong, never the number itself.
    if (!check.ok) throw new Error(`person ${person.personId} has an invalid resident ID number: ${check.reason}`);
    return {
      _id: person.personId,
      maskedName: maskName(person.name),
      maskedIdNumber: maskIdNumber(check.idNumber),
      gender: check.gender,
      sealedName: protector.seal(person.name),
      sealedIdNumber: protector.seal(check.idNumber),
      idNumberDigest: protector.idNumberDigest(check.idNumber),
      cases: casesOf.get(person.personId) ?? [],
    };
  });
}

/** The ID-number digest index of the persons (see PersonDigestDoc). */
export function toPersonDigestDocs(persons: readonly PersonDoc[]): PersonDigestDoc[] {
  return persons.map((person) => ({ _id: person.idNumberDigest, personId: person._id }));
}

/**
 * Sealing uses a fresh nonce each time, so two sealings of the same name differ: a person is
 * unchanged when the plain values behind the seals and everything else are the same.
 */
export function samePerson(protector: PersonalDataProtector) {
  return (stored: PersonDoc, incoming: PersonDoc): boolean => {
    const { sealedName: storedName, sealedIdNumber: storedId, ...storedRest } = stored;
    const { sealedName: incomingName, sealedIdNumber: incomingId, ...incomingRest } = incoming;
    if (canonicalJson(storedRest) !== canonicalJson(incomingRest)) return false;
    try {
      return protector.open(storedName) === protector.open(incomingName) && protector.open(storedId) === protector.open(incomingId);
    } catch {
      return false; // sealed under another key: write it again under the current one
    }
  };
}

/** Loads the hub's own index export (cases.jsonl, persons.jsonl) into the cases database. */
export const importCasesExport: Importer = async (database, exportDir, onProgress) => {
  const models = createModels(database.connection);
  await Promise.all([models.Case.createIndexes(), models.CaseNumber.createIndexes(), models.Person.createIndexes()]);
  const cases = await readDocs(path.join(exportDir, EXPORT_FILES.cases), (record: CaseIndexExport) => record);
  const persons = await readDocs(path.join(exportDir, EXPORT_FILES.persons), (record: PersonExport) => record);
  const protector = createProtector(loadPersonalDataKey());

  const caseDocs = cases.map(toCaseDoc);
  const numberDocs = toCaseNumberDocs(cases);
  const personDocs = toPersonDocs(persons, cases, protector);
  const total = caseDocs.length + numberDocs.length + 2 * personDocs.length;
  let before = 0;
  const progress = (written: number) => onProgress(before + written, total);
  const results: UpsertResult[] = [];
  results.push(await upsertById(models.Case, caseDocs, progress));
  before += caseDocs.length;
  results.push(await upsertById(models.CaseNumber, numberDocs, progress));
  before += numberDocs.length;
  results.push(await upsertById(models.Person, personDocs, progress, samePerson(protector)));
  // After the persons: a digest never leads to a person not there yet.
  before += personDocs.length;
  results.push(await upsertById(models.PersonDigest, toPersonDigestDocs(personDocs), progress));
  return results.reduce((sum, r) => ({
    written: sum.written + r.written,
    inserted: sum.inserted + r.inserted,
    replaced: sum.replaced + r.replaced,
    unchanged: sum.unchanged + r.unchanged,
  }));
};
