/**
 * An independent reading of the legal time limits (DESIGN.md §2) over one case's exported
 * records. Returns what is wrong, in words; an empty list means the case keeps every limit.
 */
import {
  LEGAL_TIME_LIMITS as L,
  addDays,
  addMonths,
  daysBetween,
  type CourtCaseExport,
  type ExportEvent,
  type TimelineEventType,
} from '@hub/domain';
import type { CaseBundle } from './fixture';

const GANG_TYPE = new Set(['诈骗罪', '帮助信息网络犯罪活动罪', '开设赌场罪', '寻衅滋事罪', '贩卖毒品罪', '抢劫罪']);

const date = (iso: string): Date => new Date(iso);
const named = (event: ExportEvent): string => /（(.+)）$/.exec(event.title)?.[1] ?? '';

function ofType(events: readonly ExportEvent[], ...types: TimelineEventType[]): ExportEvent[] {
  return events.filter((event) => types.includes(event.type));
}

class Checker {
  readonly problems: string[] = [];
  constructor(private readonly caseId: string) {}

  /** `later` must fall in [earlier, limit]. */
  within(what: string, earlier: string | undefined, later: string | undefined, limit: (from: Date) => Date): void {
    if (earlier === undefined || later === undefined) return;
    if (date(later) < date(earlier)) this.problems.push(`${this.caseId}: ${what} before its start (${earlier} → ${later})`);
    if (date(later) > limit(date(earlier))) this.problems.push(`${this.caseId}: ${what} too late (${earlier} → ${later})`);
  }

  require(condition: boolean, what: string): void {
    if (!condition) this.problems.push(`${this.caseId}: ${what}`);
  }
}

function checkOrder(c: Checker, bundle: CaseBundle, asOf: string): void {
  const records = [bundle.police, bundle.prosecution, ...bundle.courts, ...bundle.executions];
  for (const record of records) {
    const times = (record?.events ?? []).map((event) => date(event.at).getTime());
    c.require(times.every((time, k) => k === 0 || time >= (times[k - 1] as number)), 'events not sorted oldest first');
    c.require(times.every((time) => time <= date(asOf).getTime()), 'event after the export instant');
  }
}

function checkPolice(c: Checker, bundle: CaseBundle, asOf: string): void {
  const police = bundle.police;
  if (!police) return;
  const events = police.events;
  c.within('filing after report', police.reportedAt, police.filedAt, (d) => addDays(d, 10));
  const detentions = ofType(events, 'DETAINED');
  const request = ofType(events, 'ARREST_REQUESTED')[0];
  const firstDetention = detentions[0]?.at;
  const days = GANG_TYPE.has(police.offence) ? L.arrestRequestGangDays : L.arrestRequestExtendedDays;
  if (request) {
    c.within('arrest request after detention', firstDetention, request.at, (d) => addDays(d, days));
    const decision = ofType(bundle.prosecution?.events ?? [], 'ARREST_APPROVED', 'ARREST_DENIED')[0];
    c.within('arrest decision', request.at, decision?.at, (d) => addDays(d, L.arrestDecisionDays));
    for (const arrest of ofType(events, 'ARREST_EXECUTED')) c.within('arrest after approval', decision?.at, arrest.at, (d) => addDays(d, 1));
  } else {
    // Without an arrest request a detained suspect is released on bail within the 3 days,
    // unless the export was taken while the request could still come.
    for (const detention of detentions) {
      const bail = ofType(events, 'BAIL_GRANTED').find((event) => named(event) === named(detention) && event.at >= detention.at);
      const pending = addDays(date(detention.at), days) > date(asOf);
      if (bail || !pending) c.within('bail after detention', detention.at, bail?.at ?? '9999', (d) => addDays(d, L.arrestRequestDays));
    }
  }
  const firstArrest = ofType(events, 'ARREST_EXECUTED')[0]?.at;
  const transfer = ofType(events, 'TRANSFERRED_FOR_PROSECUTION')[0]?.at;
  c.within('transfer within custody limit', firstArrest, transfer, (d) => addMonths(d, L.custodyAfterArrestMonths + L.custodyExtensionMonths));
}

function checkReview(c: Checker, bundle: CaseBundle): void {
  const events = bundle.prosecution?.events ?? [];
  const returns = ofType(events, 'RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION');
  const resubmissions = ofType(bundle.police?.events ?? [], 'SUPPLEMENTARY_INVESTIGATION_RETURNED');
  c.require(returns.length <= L.maxSupplementaryInvestigations, 'more than two supplementary investigations');
  c.require(bundle.prosecution?.supplementaryInvestigations === undefined || bundle.prosecution.supplementaryInvestigations === returns.length, 'supplementaryInvestigations does not count the returns');
  returns.forEach((back, k) => c.within('supplementary investigation', back.at, resubmissions[k]?.at, (d) => addMonths(d, L.supplementaryInvestigationMonths)));
  const starts = ofType(events, 'PROSECUTION_REVIEW_STARTED');
  const decisions = ofType(events, 'RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION', 'INDICTED', 'NOT_PROSECUTED');
  const transfer = ofType(bundle.police?.events ?? [], 'TRANSFERRED_FOR_PROSECUTION')[0];
  c.within('review start after transfer', transfer?.at, starts[0]?.at, (d) => addDays(d, 1));
  starts.forEach((start, k) => {
    c.within('prosecution review', start.at, decisions[k]?.at, (d) => addDays(addMonths(d, L.prosecutionReviewMonths), L.prosecutionReviewExtensionDays));
  });
}

function judgmentLimit(record: CourtCaseExport): (from: Date) => Date {
  if (record.instance === 'SECOND') return (d) => addMonths(d, L.secondInstanceMonths);
  if (record.procedure === 'FAST_TRACK') return (d) => addDays(d, L.fastTrackDays);
  if (record.procedure === 'SUMMARY') return (d) => addDays(d, L.summaryProcedureDays);
  return (d) => addMonths(d, L.firstInstanceMaxMonths);
}

function checkCourt(c: Checker, bundle: CaseBundle, record: CourtCaseExport): void {
  const judgment = record.judgment;
  c.within(`judgment of ${record.caseNumber}`, record.registeredAt, judgment?.issuedAt, judgmentLimit(record));
  for (const hearing of record.hearings) c.within('hearing', record.registeredAt, hearing.at, () => date(judgment?.issuedAt ?? '9999'));
  const challenges = [...ofType(record.events, 'APPEAL_FILED'), ...ofType(bundle.prosecution?.events ?? [], 'PROTESTED')];
  if (record.instance === 'FIRST' && judgment) {
    for (const challenge of challenges.filter((event) => event.at >= judgment.issuedAt && record.status === 'APPEALED')) {
      c.require(daysBetween(date(judgment.issuedAt), date(challenge.at)) <= L.appealJudgmentDays, 'appeal after the 10-day window');
    }
    if (record.effectiveAt) {
      c.require(daysBetween(date(judgment.issuedAt), date(record.effectiveAt)) > L.appealJudgmentDays, 'effective inside the appeal window');
    }
  }
  if (record.instance === 'SECOND' && record.effectiveAt) c.require(record.effectiveAt === judgment?.issuedAt, 'second instance effective on a different day');
  for (const delivery of ofType(record.events, 'DELIVERED_FOR_EXECUTION')) {
    c.within('delivery for execution', record.effectiveAt, delivery.at, (d) => addMonths(d, L.prisonDeliveryMonths));
  }
}

function checkCourts(c: Checker, bundle: CaseBundle): void {
  const indicted = bundle.prosecution?.indictment?.indictedAt;
  const first = bundle.courts[0];
  c.within('registration after indictment', indicted, first?.registeredAt, (d) => addDays(d, 7));
  for (const record of bundle.courts) checkCourt(c, bundle, record);
  for (const record of bundle.courts.filter((court) => court.instance === 'SECOND')) {
    const appealed = bundle.courts.find((court) => court.status === 'APPEALED' && court.registeredAt < record.registeredAt);
    c.require(appealed !== undefined, `${record.caseNumber} without an appealed first instance`);
  }
}

function checkExecution(c: Checker, bundle: CaseBundle): void {
  const effective = bundle.courts.find((record) => record.status === 'EFFECTIVE');
  const deliveries = bundle.courts.flatMap((record) => ofType(record.events, 'DELIVERED_FOR_EXECUTION'));
  for (const record of bundle.executions) {
    const admission = record.events[0];
    c.require(admission !== undefined && admission.at === record.startedAt, 'execution record does not start with its first event');
    c.require(effective !== undefined, 'execution without an effective judgment');
    if (!admission || !effective) continue;
    c.require(record.plannedEndAt > record.startedAt, 'planned end before start');
    if (record.kind === 'COMMUNITY_CORRECTIONS') {
      c.within('corrections intake', effective.effectiveAt, admission.at, (d) => addDays(d, L.correctionsReportDays));
      continue;
    }
    const delivery = deliveries.find((event) => named(event) === named(admission) && event.at <= admission.at);
    c.within('prison admission', delivery?.at ?? '9999', admission.at, (d) => addMonths(d, L.prisonDeliveryMonths));
  }
}

export function checkTimeLimits(bundle: CaseBundle, asOf: string): string[] {
  const c = new Checker(bundle.index.caseId);
  checkOrder(c, bundle, asOf);
  checkPolice(c, bundle, asOf);
  checkReview(c, bundle);
  checkCourts(c, bundle);
  checkExecution(c, bundle);
  return c.problems;
}
