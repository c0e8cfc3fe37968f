/**
 * What the justice services take from the files the case simulation already wrote: the
 * executions, the court cases, the case index and the people. Reading the written files (rather
 * than the simulation) keeps every link consistent with what the other agencies exported.
 */
import { join } from 'node:path';
import {
  EXPORT_FILES,
  type CaseIndexExport,
  type CourtCaseExport,
  type ExecutionExport,
  type PersonExport,
  type SentenceKind,
} from '@hub/domain';
import { readJsonLines } from '@hub/workspace';

/** A court case, without the documents' texts. */
export interface CourtCaseFacts {
  caseId: string;
  caseNumber: string;
  courtCode: string;
  instance: 'FIRST' | 'SECOND';
  registeredAt: number;
  firstHearingAt?: number;
  decidedAt?: number;
  effective: boolean;
  verdict?: SentenceKind;
  defendantIds: string[];
  /** The decision document (not a correction ruling), once there is one. */
  judgmentId?: string;
}

export interface CaseFacts {
  offence: string;
  /** Suspects then victims, as the case index lists them: the order masked labels follow. */
  partyIds: string[];
}

export interface Sources {
  corrections: ExecutionExport[];
  courtCases: CourtCaseFacts[];
  cases: Map<string, CaseFacts>;
  persons: Map<string, { name: string; birthDate: string }>;
}

async function each<T>(dir: string, file: string, use: (record: T) => void): Promise<void> {
  for await (const record of readJsonLines<T>(join(dir, file))) use(record);
}

function courtFacts(record: CourtCaseExport): CourtCaseFacts {
  const main = record.documents.find((doc) => doc.kind !== 'CORRECTION_RULING');
  const firstHearing = record.hearings[0];
  return {
    caseId: record.caseId,
    caseNumber: record.caseNumber,
    courtCode: record.courtCode,
    instance: record.instance,
    registeredAt: Date.parse(record.registeredAt),
    firstHearingAt: firstHearing ? Date.parse(firstHearing.at) : undefined,
    decidedAt: record.judgment ? Date.parse(record.judgment.issuedAt) : undefined,
    effective: record.effectiveAt !== undefined,
    verdict: record.judgment?.verdict,
    defendantIds: record.defendantIds,
    judgmentId: main?.documentId,
  };
}

export async function readSources(dir: string): Promise<Sources> {
  const sources: Sources = { corrections: [], courtCases: [], cases: new Map(), persons: new Map() };
  await each<ExecutionExport>(dir, EXPORT_FILES.justice, (record) => {
    if (record.kind === 'COMMUNITY_CORRECTIONS') sources.corrections.push(record);
  });
  await each<CourtCaseExport>(dir, EXPORT_FILES.court, (record) => sources.courtCases.push(courtFacts(record)));
  await each<CaseIndexExport>(dir, EXPORT_FILES.cases, (record) => {
    const suspects = record.parties.filter((p) => p.role !== 'VICTIM' && p.role !== 'WITNESS');
    const victims = record.parties.filter((p) => p.role === 'VICTIM');
    sources.cases.set(record.caseId, { offence: record.offence, partyIds: [...suspects, ...victims].map((p) => p.personId) });
  });
  await each<PersonExport>(dir, EXPORT_FILES.persons, (record) => {
    sources.persons.set(record.personId, { name: record.name, birthDate: record.idNumber.slice(6, 14) });
  });
  return sources;
}
