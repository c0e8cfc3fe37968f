/**
 * The justice administration's service files, written after the case files of the same export
 * (whose executions and court cases they link to): judicial offices and legal advisers,
 * community corrections, mediation committees and disputes, legal aid. Their randomness comes
 * from streams of their own (see ./random.ts), so the other files are the same with or without them.
 */
import { join } from 'node:path';
import { JUSTICE_SERVICE_EXPORT_FILES } from '@hub/domain';
import { JsonLinesWriter } from '../../writer';
import { buildCommittees } from './committees';
import { draftCorrection } from './corrections';
import { draftLegalAid } from './legalAid';
import { draftMediations, indexCommittees } from './mediation';
import { buildOrganisation } from './offices';
import { assignSerials } from './serials';
import { readSources, type CourtCaseFacts } from './sources';

export type JusticeServiceCounts = Record<keyof typeof JUSTICE_SERVICE_EXPORT_FILES, number>;

async function writeAll(file: string, records: readonly unknown[]): Promise<number> {
  const writer = JsonLinesWriter.open(file);
  try {
    for (const record of records) await writer.write(record);
    await writer.close();
  } catch (error) {
    writer.abort();
    throw error;
  }
  return writer.count;
}

/** The first first-instance court case of each case, where legal aid is appointed. */
function firstTrials(courtCases: readonly CourtCaseFacts[]): CourtCaseFacts[] {
  const seen = new Set<string>();
  return courtCases.filter((courtCase) => {
    if (courtCase.instance !== 'FIRST' || seen.has(courtCase.caseId)) return false;
    seen.add(courtCase.caseId);
    return true;
  });
}

export async function writeJusticeServices(dir: string, options: { seed: number; cases: number }): Promise<JusticeServiceCounts> {
  const { seed, cases } = options;
  const sources = await readSources(dir);
  const organisation = buildOrganisation(seed);
  const offices = new Map(organisation.offices.map((office) => [office.officeId, office]));
  const committees = buildCommittees(seed);

  const courtCasesByCase = new Map<string, CourtCaseFacts[]>();
  for (const courtCase of sources.courtCases) courtCasesByCase.set(courtCase.caseId, [...(courtCasesByCase.get(courtCase.caseId) ?? []), courtCase]);
  const corrections = sources.corrections.map((execution) => draftCorrection(seed, execution, courtCasesByCase.get(execution.caseId) ?? [], offices));
  const legalAid = firstTrials(sources.courtCases).flatMap((courtCase) => draftLegalAid(seed, courtCase, sources, organisation.lawyersByDivision));
  const mediations = draftMediations(seed, cases, indexCommittees(committees));
  assignSerials([
    ...corrections.flatMap((draft) => draft.numbered),
    ...legalAid.map((draft) => draft.numbered),
    ...mediations.flatMap((draft) => draft.numbered),
  ]);

  const file = (key: keyof typeof JUSTICE_SERVICE_EXPORT_FILES) => join(dir, JUSTICE_SERVICE_EXPORT_FILES[key]);
  return {
    judicialOffices: await writeAll(file('judicialOffices'), organisation.offices),
    legalAdvisers: await writeAll(file('legalAdvisers'), organisation.advisers),
    communityCorrections: await writeAll(file('communityCorrections'), corrections.map((draft) => draft.record)),
    mediationCommittees: await writeAll(file('mediationCommittees'), committees),
    mediationCases: await writeAll(file('mediationCases'), mediations.map((draft) => draft.record)),
    legalAid: await writeAll(file('legalAid'), legalAid.map((draft) => draft.record)),
  };
}
