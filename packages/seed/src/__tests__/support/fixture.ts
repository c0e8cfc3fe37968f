/** Generates a real export into a temporary folder and reads it back the way importers will. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  EXPORT_FILES,
  type CaseIndexExport,
  type CourtCaseExport,
  type ExecutionExport,
  type ExportManifest,
  type PersonExport,
  type PoliceCaseExport,
  type ProsecutionExport,
} from '@hub/domain';
import { generateExport, readExportManifest, readJsonLines } from '../../index';

export interface CaseBundle {
  index: CaseIndexExport;
  police?: PoliceCaseExport;
  prosecution?: ProsecutionExport;
  courts: CourtCaseExport[];
  executions: ExecutionExport[];
}

export interface LoadedExport {
  dir: string;
  manifest: ExportManifest;
  police: PoliceCaseExport[];
  procuratorate: ProsecutionExport[];
  court: CourtCaseExport[];
  justice: ExecutionExport[];
  cases: CaseIndexExport[];
  persons: PersonExport[];
  bundles: CaseBundle[];
  cleanup(): Promise<void>;
}

export async function readAll<T>(file: string): Promise<T[]> {
  const rows: T[] = [];
  for await (const row of readJsonLines<T>(file)) rows.push(row);
  return rows;
}

export async function temporaryDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'hub-seed-test-'));
}

function bundle(
  cases: CaseIndexExport[],
  police: PoliceCaseExport[],
  procuratorate: ProsecutionExport[],
  court: CourtCaseExport[],
  justice: ExecutionExport[],
): CaseBundle[] {
  const byId = new Map<string, CaseBundle>(cases.map((index) => [index.caseId, { index, courts: [], executions: [] }]));
  const of = (caseId: string): CaseBundle => {
    const found = byId.get(caseId);
    if (!found) throw new Error(`record for unknown case ${caseId}`);
    return found;
  };
  police.forEach((record) => (of(record.caseId).police = record));
  procuratorate.forEach((record) => (of(record.caseId).prosecution = record));
  court.forEach((record) => of(record.caseId).courts.push(record));
  justice.forEach((record) => of(record.caseId).executions.push(record));
  return [...byId.values()];
}

export async function loadExport(dir: string): Promise<Omit<LoadedExport, 'cleanup'>> {
  const file = (name: string): string => join(dir, name);
  const [police, procuratorate, court, justice, cases, persons] = await Promise.all([
    readAll<PoliceCaseExport>(file(EXPORT_FILES.police)),
    readAll<ProsecutionExport>(file(EXPORT_FILES.procuratorate)),
    readAll<CourtCaseExport>(file(EXPORT_FILES.court)),
    readAll<ExecutionExport>(file(EXPORT_FILES.justice)),
    readAll<CaseIndexExport>(file(EXPORT_FILES.cases)),
    readAll<PersonExport>(file(EXPORT_FILES.persons)),
  ]);
  const manifest = await readExportManifest(dir);
  return {
    dir, manifest, police, procuratorate, court, justice, cases, persons,
    bundles: bundle(cases, police, procuratorate, court, justice),
  };
}

export async function freshExport(cases: number, seed: number): Promise<LoadedExport> {
  const root = await temporaryDir();
  const dir = join(root, 'export');
  await generateExport({ cases, seed, outDir: dir });
  const loaded = await loadExport(dir);
  return { ...loaded, cleanup: () => rm(root, { recursive: true, force: true }) };
}

export function ms(iso: string): number {
  return Date.parse(iso);
}
