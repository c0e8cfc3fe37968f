/**
 * The procuratorates' public services in the demo data (see @hub/domain procuratorateServices.ts):
 * service points, bribery-record checks, lawyers' file reviews, complaints and hotline tickets.
 *
 * Everything here draws from its own random streams (SERVICE_STREAMS), never from the streams of
 * the cases, so adding the services changed none of the other export files. The generator watches
 * each case as pass 2 writes it (its rendered records, cut at the export instant) and writes its
 * four files at the end.
 */
import { join } from 'node:path';
import {
  PROCURATORATE_SERVICE_EXPORT_FILES,
  maskName,
  offenceByName,
  type CourtCaseExport,
  type FileReviewExport,
  type ServicePointExport,
} from '@hub/domain';
import { DAY_MS, sometime, type Ms } from '../../clock';
import type { Person, PersonRegistry } from '../../people';
import type { CasePlan } from '../../plan';
import { chineseName } from '../../names';
import { Rng } from '../../random';
import type { RenderedCase } from '../../render';
import type { CaseScript } from '../../script';
import { JsonLinesWriter } from '../../writer';
import { BriberyCheckGenerator } from './checks';
import { ComplaintGenerator, type ComplaintDraft } from './complaints';
import { fileReviewsOfCase } from './fileReviews';
import { makeLawyers, type Lawyer } from './people';
import { servicePoints } from './places';

/** Stream numbers of the services, far from the cases' own (random.ts STREAMS). */
export const SERVICE_STREAMS = { places: 201, lawyers: 202, checks: 203, complaints: 204, perCase: 205 } as const;

export type ProcuratorateServiceCounts = Record<keyof typeof PROCURATORATE_SERVICE_EXPORT_FILES, number>;

/** The demo data set's size is 2,000 cases; service volumes scale with the number of cases. */
const REFERENCE_CASES = 2000;
const VIOLENT = new Set(['故意伤害罪', '交通肇事罪', '故意杀人罪', '抢劫罪', '强奸罪']);

function isBriberyConviction(court: CourtCaseExport): boolean {
  const judgment = court.judgment;
  if (!court.effectiveAt || !judgment || judgment.verdict === 'ACQUITTED') return false;
  return judgment.charges.some((charge) => offenceByName(charge)?.briberyFamily === true);
}

export class ProcuratorateServicesGenerator {
  private readonly seed: number;
  private readonly points: ServicePointExport[];
  private readonly lawyers: Lawyer[];
  private readonly checks: BriberyCheckGenerator;
  private readonly complaints: ComplaintGenerator;
  private readonly fileReviews: FileReviewExport[] = [];

  constructor(plan: CasePlan) {
    const scale = plan.cases / REFERENCE_CASES;
    this.seed = plan.seed;
    this.points = servicePoints(Rng.derive(plan.seed, 0, SERVICE_STREAMS.places));
    this.lawyers = makeLawyers(Rng.derive(plan.seed, 0, SERVICE_STREAMS.lawyers), Math.min(400, Math.max(20, Math.round(plan.cases / 10))));
    this.checks = new BriberyCheckGenerator(Rng.derive(plan.seed, 0, SERVICE_STREAMS.checks), scale);
    this.complaints = new ComplaintGenerator(Rng.derive(plan.seed, 0, SERVICE_STREAMS.complaints), scale, this.points);
  }

  /** Called for each case in order, with what pass 2 rendered of it. */
  observe(script: CaseScript, rendered: RenderedCase, registry: PersonRegistry): void {
    const rng = Rng.derive(this.seed, script.index, SERVICE_STREAMS.perCase);
    const procuratorateCode = rendered.prosecution?.divisionCode ?? script.division.code;
    const convictedAt = new Map<string, Ms>();
    for (const court of rendered.courts.filter(isBriberyConviction)) {
      for (const personId of court.defendantIds) convictedAt.set(personId, Date.parse(court.effectiveAt as string));
    }
    const firstSeen = registry.firstIndex[script.index] ?? 0;
    for (const person of [...script.suspects, ...script.victims].filter((p) => p.index >= firstSeen)) {
      const identity = { name: person.name, idNumber: registry.idNumber(person) };
      this.checks.casePerson({ identity, since: script.filedAt, procuratorateCode, convictedAt: convictedAt.get(person.personId) });
    }
    const reviews = rendered.prosecution ? fileReviewsOfCase(rng, rendered.prosecution, script.offence, script.suspects, this.lawyers) : [];
    this.fileReviews.push(...reviews);
    for (const draft of caseComplaints(rng, script, rendered, reviews)) this.complaints.add(draft);
  }

  /** Writes the four files into the export folder being filled; returns their line counts. */
  async write(dir: string): Promise<ProcuratorateServiceCounts> {
    this.checks.generateRoutine();
    this.complaints.generateRoutine();
    const files = PROCURATORATE_SERVICE_EXPORT_FILES;
    const counts: ProcuratorateServiceCounts = {
      servicePoints: await writeLines(join(dir, files.servicePoints), this.points),
      briberyRecordChecks: await writeLines(join(dir, files.briberyRecordChecks), this.checks.records()),
      fileReviews: await writeLines(join(dir, files.fileReviews), this.fileReviews),
      complaints: await writeLines(join(dir, files.complaints), this.complaints.records()),
    };
    return counts;
  }
}

async function writeLines(file: string, records: readonly unknown[]): Promise<number> {
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

const at = (iso: string | undefined): Ms | undefined => (iso === undefined ? undefined : Date.parse(iso));

/** Complaints that concern this case: contested decisions, custody reviews, aid, lawyers' rights. */
function caseComplaints(rng: Rng, script: CaseScript, rendered: RenderedCase, reviews: readonly FileReviewExport[]): ComplaintDraft[] {
  const drafts: ComplaintDraft[] = [];
  const { caseId } = script;
  const prosecution = rendered.prosecution;
  const localCode = prosecution?.divisionCode ?? script.division.code;
  const victim: Person | undefined = script.victims[0];
  const person = (p: Person) => ({ kind: 'PERSON' as const, name: p.name });
  const draft = (fields: Omit<ComplaintDraft, 'caseId'>) => drafts.push({ ...fields, caseId });

  const nonProsecution = prosecution?.nonProsecution;
  // A victim contests a district's decision not to prosecute before the city procuratorate, within
  // 7 days (the city's own decisions go to the provincial procuratorate, which the hub does not hold).
  if (nonProsecution && victim && localCode !== '370300' && rng.chance(0.3)) {
    const decided = Date.parse(nonProsecution.decidedAt);
    draft({
      procuratorateCode: '370300',
      category: 'COMPLAINT',
      channel: rng.chance(0.6) ? 'SERVICE_HALL' : 'LETTER',
      summary: `被害人${maskName(victim.name)}不服${nonProsecution.documentNumber}不起诉决定，向上一级人民检察院申诉`,
      complainant: person(victim),
      receivedAt: sometime(rng, decided + DAY_MS, decided + 7 * DAY_MS),
    });
  }
  const withdrawn = at(rendered.police?.events.find((e) => e.type === 'CASE_WITHDRAWN')?.at);
  if (withdrawn !== undefined && victim && rng.chance(0.2)) {
    draft({
      procuratorateCode: script.division.code,
      category: 'ACCUSATION',
      summary: `被害人${maskName(victim.name)}不服公安机关撤销案件决定，请求检察机关立案监督`,
      complainant: person(victim),
      receivedAt: sometime(rng, withdrawn + 3 * DAY_MS, withdrawn + 60 * DAY_MS),
    });
  }
  const arrested = rendered.police?.suspects.find((s) => s.arrestedAt);
  const arrestedPerson = script.suspects.find((p) => p.personId === arrested?.personId);
  if (arrested?.arrestedAt && arrestedPerson && rng.chance(0.04)) {
    const since = Date.parse(arrested.arrestedAt);
    draft({
      procuratorateCode: localCode,
      category: 'COMPLAINT',
      summary: `犯罪嫌疑人${maskName(arrestedPerson.name)}的近亲属申请羁押必要性审查`,
      complainant: { kind: 'PERSON', name: chineseName(rng, rng.chance(0.5)) },
      receivedAt: sometime(rng, since + 10 * DAY_MS, since + 40 * DAY_MS),
    });
  }
  const effective = rendered.courts.find((c) => c.effectiveAt && c.judgment && c.judgment.verdict !== 'ACQUITTED');
  const convicted = script.suspects.find((p) => effective?.defendantIds.includes(p.personId));
  if (effective?.effectiveAt && convicted && rng.chance(0.015)) {
    const from = Date.parse(effective.effectiveAt);
    draft({
      procuratorateCode: effective.courtCode === '鲁03' ? '370300' : localCode,
      category: 'COMPLAINT',
      summary: `${maskName(convicted.name)}不服${effective.caseNumber}生效裁判，提出刑事申诉`,
      complainant: person(convicted),
      receivedAt: sometime(rng, from + 30 * DAY_MS, from + 400 * DAY_MS),
    });
  }
  const indicted = at(prosecution?.indictment?.indictedAt);
  if (indicted !== undefined && victim && VIOLENT.has(script.offence.name) && rng.chance(0.06)) {
    draft({
      procuratorateCode: localCode,
      category: 'JUDICIAL_AID',
      summary: `被害人${maskName(victim.name)}因遭受犯罪侵害致生活困难，申请国家司法救助`,
      complainant: person(victim),
      receivedAt: sometime(rng, indicted + 5 * DAY_MS, indicted + 90 * DAY_MS),
    });
  }
  for (const review of reviews.filter((r) => r.status === 'REFUSED')) {
    if (!rng.chance(0.3)) continue;
    const refused = Date.parse(review.decidedAt as string);
    draft({
      procuratorateCode: review.procuratorateCode,
      category: 'LAWYER_RIGHTS',
      channel: 'SERVICE_HALL',
      summary: `辩护律师${maskName(review.lawyer.name)}反映阅卷申请未获准许，申请权利救济`,
      complainant: { kind: 'PERSON', name: review.lawyer.name },
      receivedAt: sometime(rng, refused + DAY_MS, refused + 5 * DAY_MS),
    });
  }
  return drafts;
}
