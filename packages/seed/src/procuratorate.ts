/**
 * The procuratorate's part: arrest review, prosecution review with returns for supplementary
 * investigation, then indictment or non-prosecution; protests against judgments.
 */
import { LEGAL_TIME_LIMITS, ZIBO_CITY } from '@hub/domain';
import { DAY_MS, HOUR_MS, MINUTE_MS, plusDays, plusMonths, sometime, type Ms } from './clock';
import { procuratorateDocument } from './numbering';
import { WeightedTable } from './random';
import { stage, type CaseBuilder, type NonProsecutionGround, type Procedure, type ProsecutionScript } from './script';

const LIMITS = LEGAL_TIME_LIMITS;
const CITY_PROCURATORATE = { name: '淄博市人民检察院', divisionCode: ZIBO_CITY.code, documentBase: '淄检' };

const RETURNS = new WeightedTable<number>([[0, 85], [1, 12], [2, 3]]);
const GROUNDS = new WeightedTable<NonProsecutionGround>([
  ['DISCRETIONARY', 60],
  ['INSUFFICIENT_EVIDENCE', 30],
  ['STATUTORY', 10],
]);

/** Grave cases go to the intermediate court, so the city procuratorate prosecutes them. */
function procuratorate(b: CaseBuilder): Pick<ProsecutionScript, 'name' | 'divisionCode' | 'documentBase'> {
  const { division, offence } = b.script;
  if (offence.grave) return CITY_PROCURATORATE;
  return { name: division.procuratorate, divisionCode: division.code, documentBase: `淄${division.shortName}检` };
}

function doc(b: CaseBuilder, type: string, at: Ms, indexKind: string): number {
  const base = record(b, at).documentBase;
  return b.request(procuratorateDocument(base, type), at, 'PROCURATORATE', indexKind);
}

/** The record opens with the first papers the procuratorate receives: `淄张检刑受〔2017〕45号`. */
function record(b: CaseBuilder, at: Ms): ProsecutionScript {
  if (b.script.prosecution) return b.script.prosecution;
  const agency = procuratorate(b);
  const caseNumber = b.request(procuratorateDocument(agency.documentBase, '受'), at, 'PROCURATORATE', 'PROCURATORATE_CASE');
  const created: ProsecutionScript = { ...agency, caseNumber, startedAt: at, reviewStarts: [], returns: [], events: [] };
  b.script.prosecution = created;
  return created;
}

export function reviewArrest(b: CaseBuilder, requestAt: Ms): { approved: boolean; at: Ms } {
  const prosecution = record(b, requestAt);
  const at = sometime(b.rng, requestAt + 2 * HOUR_MS, requestAt + LIMITS.arrestDecisionDays * DAY_MS, { skew: 1.5 });
  const serious = b.script.offence.typicalTermMonths[1] > 60;
  const approved = b.rng.chance(serious ? 0.97 : 0.8);
  const number = doc(b, approved ? '批捕' : '不捕', at, approved ? 'ARREST_APPROVAL' : 'ARREST_DENIAL');
  prosecution.arrestDecision = { approved, at, document: number };
  prosecution.events.push({ at, type: approved ? 'ARREST_APPROVED' : 'ARREST_DENIED', document: number });
  return { approved, at };
}

export function drawReturns(b: CaseBuilder): number {
  return RETURNS.draw(b.rng);
}

/** 1 month, sometimes extended by 15 days; fast-track cases are decided within 10 days. */
function reviewDeadline(b: CaseBuilder, start: Ms, procedure: Procedure): Ms {
  if (procedure === 'FAST_TRACK') return plusDays(start, 10);
  const month = plusMonths(start, LIMITS.prosecutionReviewMonths);
  return b.rng.chance(0.75) ? month : plusDays(month, LIMITS.prosecutionReviewExtensionDays);
}

function startReview(b: CaseBuilder, after: Ms): ProsecutionScript {
  const at = sometime(b.rng, after + 10 * MINUTE_MS, after + DAY_MS, { skew: 3 });
  const prosecution = record(b, at);
  prosecution.reviewStarts.push(at);
  prosecution.events.push({ at, type: 'PROSECUTION_REVIEW_STARTED' });
  return prosecution;
}

/** The police answer with SUPPLEMENTARY_INVESTIGATION_RETURNED through `resubmit`. */
export type Resubmit = (b: CaseBuilder, at: Ms) => void;

function returnForInvestigation(b: CaseBuilder, prosecution: ProsecutionScript, at: Ms, resubmit: Resubmit): Ms {
  prosecution.returns.push(at);
  const number = doc(b, '退查', at, 'SUPPLEMENTARY_INVESTIGATION_RETURN');
  prosecution.events.push({ at, type: 'RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION', document: number });
  const back = sometime(b.rng, at + 3 * DAY_MS, plusMonths(at, LIMITS.supplementaryInvestigationMonths), { skew: 0.7 });
  resubmit(b, back);
  return back;
}

function notProsecute(b: CaseBuilder, prosecution: ProsecutionScript, at: Ms, returns: number): void {
  const ground = returns > 0 && b.rng.chance(0.7) ? 'INSUFFICIENT_EVIDENCE' : GROUNDS.draw(b.rng);
  const number = doc(b, '不诉', at, 'NON_PROSECUTION');
  prosecution.nonProsecution = { at, document: number, ground };
  prosecution.events.push({ at, type: 'NOT_PROSECUTED', document: number });
  stage(b, at, 'CLOSED', 'NOT_PROSECUTED');
}

function indict(b: CaseBuilder, prosecution: ProsecutionScript, at: Ms): void {
  const number = doc(b, '诉', at, 'INDICTMENT');
  prosecution.indictment = { at, document: number };
  prosecution.events.push({ at, type: 'INDICTED', document: number });
  b.script.indictedAt = at;
  stage(b, at, 'TRIAL');
}

/** Reviews a transferred case; returns the indictment instant, or undefined when not prosecuted. */
export function reviewProsecution(
  b: CaseBuilder,
  transferredAt: Ms,
  plan: { returns: number; procedure: Procedure; resubmit: Resubmit },
): Ms | undefined {
  const { returns, procedure } = plan;
  let after = transferredAt;
  for (let period = 0; ; period++) {
    const prosecution = startReview(b, after);
    const start = prosecution.reviewStarts[period] as Ms;
    const minimum = procedure === 'FAST_TRACK' ? DAY_MS : 5 * DAY_MS;
    const decidedAt = sometime(b.rng, start + minimum, reviewDeadline(b, start, procedure), { skew: 0.6 });
    if (period < returns) {
      after = returnForInvestigation(b, prosecution, decidedAt, plan.resubmit);
      continue;
    }
    const share = [0.068, 0.1, 0.3][returns] ?? 0.3;
    if (b.rng.chance(share)) {
      notProsecute(b, prosecution, decidedAt, returns);
      return undefined;
    }
    indict(b, prosecution, decidedAt);
    return decidedAt;
  }
}

/** 抗诉 against a first-instance judgment, within the 10-day appeal window. */
export function protest(b: CaseBuilder, at: Ms): void {
  const prosecution = record(b, at);
  const number = doc(b, '抗', at, 'PROTEST');
  prosecution.protest = { at, document: number };
  prosecution.events.push({ at, type: 'PROTESTED', document: number });
}
