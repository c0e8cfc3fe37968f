/**
 * The generator: plan all cases, simulate each once to collect numbering requests (pass 1), assign
 * serials in chronological order, then simulate each again and write it (pass 2). Nothing but the
 * plan and the numbering is held for all cases at once, so memory stays bounded.
 */
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { EXPORT_FILES, type ExportManifest } from '@hub/domain';
import { simulateCase } from './case';
import { AS_OF, iso } from './clock';
import { Numbering } from './numbering';
import { PersonRegistry, peopleLayout } from './people';
import { planCases, type CasePlan } from './plan';
import { renderCase } from './render';
import { writeJusticeServices, type JusticeServiceCounts } from './services/justice';
import { ProcuratorateServicesGenerator, type ProcuratorateServiceCounts } from './services/procuratorate';
import { JsonLinesWriter, writeAtomically } from './writer';

export const GENERATOR = '@hub/seed 0.1.0';
export const MAX_CASES = 200_000;
export const MAX_SEED = 0xffffffff;

export interface GenerateOptions {
  cases: number;
  seed: number;
  outDir: string;
  onProgress?: (done: number, total: number) => void;
}

/** The case files, written case by case; the agencies' service files are written after them. */
type Writers = Record<'police' | 'procuratorate' | 'court' | 'justice' | 'cases' | 'persons', JsonLinesWriter>;

/** Pass 1 takes about a third of the time; progress counts it as such. */
const PASS_ONE_SHARE = 0.3;

function validate({ cases, seed }: GenerateOptions): void {
  if (!Number.isInteger(cases) || cases < 1 || cases > MAX_CASES) {
    throw new RangeError(`cases must be an integer from 1 to ${MAX_CASES}`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new RangeError(`seed must be an integer from 0 to ${MAX_SEED}`);
  }
}

function progressReporter(total: number, report?: (done: number, total: number) => void): (fraction: number) => void {
  let last = -1;
  return (fraction) => {
    const done = Math.min(total, Math.floor(fraction * total));
    if (!report || done === last || (done - last < total / 100 && done !== total)) return;
    last = done;
    report(done, total);
  };
}

function collectNumbers(plan: CasePlan, registry: PersonRegistry, progress: (fraction: number) => void): Numbering {
  const numbering = new Numbering(plan.cases);
  for (let i = 0; i < plan.cases; i++) {
    const layout = peopleLayout(plan, i);
    registry.register(plan, i, layout);
    numbering.collect(i, simulateCase(plan, registry, i, layout).requests);
    progress(((i + 1) / plan.cases) * PASS_ONE_SHARE);
  }
  registry.seal();
  numbering.assign();
  return numbering;
}

function openWriters(dir: string): Writers {
  const open = (name: string): JsonLinesWriter => JsonLinesWriter.open(join(dir, name));
  return {
    police: open(EXPORT_FILES.police),
    procuratorate: open(EXPORT_FILES.procuratorate),
    court: open(EXPORT_FILES.court),
    justice: open(EXPORT_FILES.justice),
    cases: open(EXPORT_FILES.cases),
    persons: open(EXPORT_FILES.persons),
  };
}

async function writeCase(
  plan: CasePlan,
  registry: PersonRegistry,
  numbering: Numbering,
  writers: Writers,
  procuratorateServices: ProcuratorateServicesGenerator,
  i: number,
): Promise<void> {
  const layout = peopleLayout(plan, i);
  const script = simulateCase(plan, registry, i, layout);
  const rendered = renderCase(script, (k) => numbering.number(i, k, script.requests[k] ?? fail(i, k)));
  const people = [...script.suspects, ...script.victims].filter((person) => person.index >= (registry.firstIndex[i] ?? 0));
  for (const person of people.sort((a, b) => a.index - b.index)) {
    const gender = person.male ? 'MALE' : 'FEMALE';
    await writers.persons.write({ personId: person.personId, name: person.name, idNumber: registry.idNumber(person), gender });
  }
  if (rendered.police) await writers.police.write(rendered.police);
  if (rendered.prosecution) await writers.procuratorate.write(rendered.prosecution);
  for (const court of rendered.courts) await writers.court.write(court);
  for (const execution of rendered.executions) await writers.justice.write(execution);
  await writers.cases.write(rendered.index);
  procuratorateServices.observe(script, rendered, registry);
}

function fail(i: number, k: number): never {
  throw new Error(`case ${i} has no numbering request ${k}`);
}

function countsOf(writers: Writers, justiceServices: JusticeServiceCounts, procuratorateServices: ProcuratorateServiceCounts): ExportManifest['counts'] {
  return {
    police: writers.police.count,
    procuratorate: writers.procuratorate.count,
    court: writers.court.count,
    justice: writers.justice.count,
    cases: writers.cases.count,
    persons: writers.persons.count,
    ...justiceServices,
    ...procuratorateServices,
  };
}

async function writeAll(dir: string, options: GenerateOptions, progress: (fraction: number) => void): Promise<ExportManifest> {
  const { cases, seed } = options;
  const plan = planCases(cases, seed);
  const registry = new PersonRegistry(cases);
  const numbering = collectNumbers(plan, registry, progress);
  const writers = openWriters(dir);
  const procuratorateServices = new ProcuratorateServicesGenerator(plan);
  try {
    for (let i = 0; i < cases; i++) {
      await writeCase(plan, registry, numbering, writers, procuratorateServices, i);
      progress(PASS_ONE_SHARE + ((i + 1) / cases) * (1 - PASS_ONE_SHARE));
    }
    await Promise.all(Object.values(writers).map((writer) => writer.close()));
  } catch (error) {
    Object.values(writers).forEach((writer) => writer.abort());
    throw error;
  }
  const justiceServices = await writeJusticeServices(dir, { seed, cases });
  const procuratorateServiceCounts = await procuratorateServices.write(dir);
  const counts = countsOf(writers, justiceServices, procuratorateServiceCounts);
  const manifest: ExportManifest = { formatVersion: 1, generator: GENERATOR, seed, cases, asOf: iso(AS_OF), counts };
  await writeFile(join(dir, EXPORT_FILES.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

export async function generateExport(options: GenerateOptions): Promise<ExportManifest> {
  validate(options);
  const progress = progressReporter(options.cases, options.onProgress);
  // All work happens inside the atomic write, so that an unusable target fails before it starts.
  return writeAtomically(options.outDir, (dir) => writeAll(dir, options, progress));
}
