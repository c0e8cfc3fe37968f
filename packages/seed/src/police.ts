/**
 * The police part of a case: report, filing, detention, the arrest request and its outcome,
 * then transfer for prosecution within the custody limit, or withdrawal.
 */
import { LEGAL_TIME_LIMITS } from '@hub/domain';
import { DAY_MS, HOUR_MS, MINUTE_MS, plusMonths, sometime, type Ms } from './clock';
import { policeDocument } from './numbering';
import { policeAgencyCode } from './plan';
import { reviewArrest } from './procuratorate';
import { stage, type CaseBuilder, type PoliceScript, type ScriptEvent, type SuspectScript } from './script';
import { isDrunkDriving, isGangType } from './traits';

const WITHDRAWAL_RATE = 0.055;
const LIMITS = LEGAL_TIME_LIMITS;

function doc(b: CaseBuilder, type: string, at: Ms, indexKind: string): number {
  return b.request(policeDocument(b.script.division, type), at, 'POLICE', indexKind);
}

function record(b: CaseBuilder): PoliceScript {
  if (!b.script.police) throw new Error('police record not opened');
  return b.script.police;
}

function push(b: CaseBuilder, event: ScriptEvent): void {
  record(b).events.push(event);
}

function open(b: CaseBuilder): void {
  const { script, rng } = b;
  const reportedAt = sometime(rng, script.filedAt - 10 * DAY_MS, script.filedAt - 30 * MINUTE_MS, {
    skew: 0.25,
    office: false,
  });
  script.police = {
    agencyCode: policeAgencyCode(script.division),
    agencyName: script.division.policeBureau,
    caseNumber: script.policeCaseNumber,
    reportedAt,
    suspects: script.suspects.map((person) => ({ person })),
    events: [],
  };
  push(b, { at: reportedAt, type: 'REPORTED' });
  const filing = doc(b, '立', script.filedAt, 'FILING_DECISION');
  push(b, { at: script.filedAt, type: 'CASE_FILED', document: filing });
}

function detain(b: CaseBuilder, suspect: SuspectScript, at: Ms): void {
  suspect.detainedAt = at;
  b.custodySince.set(suspect.person.index, at);
  push(b, { at, type: 'DETAINED', who: suspect.person, document: doc(b, '拘', at, 'DETENTION_WARRANT') });
}

function bail(b: CaseBuilder, suspect: SuspectScript, at: Ms): void {
  suspect.bailedAt = at;
  b.custodySince.delete(suspect.person.index);
  push(b, { at, type: 'BAIL_GRANTED', who: suspect.person, document: doc(b, '保', at, 'BAIL_DECISION') });
}

function arrest(b: CaseBuilder, suspect: SuspectScript, at: Ms): void {
  suspect.arrestedAt = at;
  push(b, { at, type: 'ARREST_EXECUTED', who: suspect.person, document: doc(b, '捕', at, 'ARREST_WARRANT') });
}

/** Released on bail before the 3-day detention runs out (no arrest request). */
function bailWithinDetention(b: CaseBuilder, suspect: SuspectScript): Ms {
  const from = suspect.detainedAt ?? b.script.filedAt;
  const at = sometime(b.rng, from + 2 * HOUR_MS, from + LIMITS.arrestRequestDays * DAY_MS, { skew: 1.5 });
  bail(b, suspect, at);
  return at;
}

function detentionRate(b: CaseBuilder): number {
  const { offence } = b.script;
  if (isDrunkDriving(offence)) return 0.25;
  return offence.name === '交通肇事罪' ? 0.6 : 0.9;
}

/**
 * When the suspects are caught: most at the scene or within days, some only once the case is
 * solved weeks or months later. Drunk drivers are caught at the checkpoint.
 */
function caughtAt(b: CaseBuilder): Ms {
  const { rng, script } = b;
  const roll = isDrunkDriving(script.offence) ? 0 : rng.next();
  const days = roll < 0.72 ? 1 : roll < 0.86 ? 30 : 330;
  return sometime(rng, script.filedAt + 10 * MINUTE_MS, script.filedAt + days * DAY_MS, { skew: days === 1 ? 2 : 1, office: false });
}

/** Detains or bails every suspect; returns those detained. */
function takeSuspects(b: CaseBuilder, suspects: SuspectScript[]): SuspectScript[] {
  const { rng } = b;
  const first = caughtAt(b);
  const detained: SuspectScript[] = [];
  for (const suspect of suspects) {
    if (rng.chance(detentionRate(b))) {
      const at = detained.length === 0 ? first : sometime(rng, first, first + 2 * DAY_MS, { office: false });
      detain(b, suspect, at);
      detained.push(suspect);
    } else {
      bail(b, suspect, sometime(rng, first, first + 2 * DAY_MS, { skew: 2 }));
    }
  }
  return detained;
}

function requestLimitDays(b: CaseBuilder): number {
  if (b.rng.chance(0.7)) return LIMITS.arrestRequestDays;
  return isGangType(b.script.offence) && b.rng.chance(0.6) ? LIMITS.arrestRequestGangDays : LIMITS.arrestRequestExtendedDays;
}

/** 提请批准逮捕 for all detained suspects together; the procuratorate's answer decides arrest or bail. */
function requestArrest(b: CaseBuilder, detained: SuspectScript[]): void {
  const times = detained.map((suspect) => suspect.detainedAt ?? b.script.filedAt);
  const earliest = Math.min(...times);
  const latest = Math.max(...times);
  const requestAt = sometime(b.rng, latest + HOUR_MS, earliest + requestLimitDays(b) * DAY_MS, { skew: 1.5 });
  push(b, { at: requestAt, type: 'ARREST_REQUESTED', document: doc(b, '提捕', requestAt, 'ARREST_REQUEST') });
  const decision = reviewArrest(b, requestAt);
  for (const suspect of detained) {
    const at = sometime(b.rng, decision.at + 30 * MINUTE_MS, decision.at + DAY_MS, { skew: 2, office: false });
    if (decision.approved) arrest(b, suspect, at);
    else bail(b, suspect, at);
  }
}

function lastEventAt(b: CaseBuilder): Ms {
  return Math.max(...record(b).events.map((event) => event.at));
}

/** Within the custody limit after arrest (2 months, sometimes extended by 1); bail allows longer. */
function transfer(b: CaseBuilder): Ms {
  const { rng, script } = b;
  const police = record(b);
  const arrests = police.suspects.flatMap((suspect) => (suspect.arrestedAt === undefined ? [] : [suspect.arrestedAt]));
  const after = lastEventAt(b);
  let at: Ms;
  if (arrests.length > 0) {
    const months = LIMITS.custodyAfterArrestMonths + (rng.chance(0.1) ? LIMITS.custodyExtensionMonths : 0);
    at = sometime(rng, after + 5 * DAY_MS, plusMonths(Math.min(...arrests), months), { skew: 0.5 });
  } else {
    // On bail the investigation may take up to the 12 months bail lasts.
    const months = isDrunkDriving(script.offence) ? (rng.chance(0.8) ? 2 : 4) : rng.chance(0.5) ? 5 : 11;
    at = sometime(rng, after + 7 * DAY_MS, plusMonths(after, months), { skew: 0.8 });
  }
  police.transferredAt = at;
  push(b, { at, type: 'TRANSFERRED_FOR_PROSECUTION', document: doc(b, '起诉', at, 'PROSECUTION_OPINION') });
  return at;
}

function withdraw(b: CaseBuilder): void {
  const police = record(b);
  for (const suspect of police.suspects) {
    if (!b.rng.chance(0.4)) continue;
    detain(b, suspect, sometime(b.rng, b.script.filedAt + 10 * MINUTE_MS, b.script.filedAt + 2 * DAY_MS, { skew: 2, office: false }));
    bailWithinDetention(b, suspect);
  }
  const at = sometime(b.rng, lastEventAt(b) + 15 * DAY_MS, plusMonths(b.script.filedAt, 8), { skew: 1.3 });
  police.withdrawnAt = at;
  push(b, { at, type: 'CASE_WITHDRAWN', document: doc(b, '撤案', at, 'WITHDRAWAL_DECISION') });
  stage(b, at, 'CLOSED', 'WITHDRAWN');
}

/** Runs the investigation; returns when the case went to the procuratorate, or undefined if withdrawn. */
export function investigate(b: CaseBuilder): Ms | undefined {
  open(b);
  if (b.rng.chance(WITHDRAWAL_RATE)) {
    withdraw(b);
    return undefined;
  }
  const detained = takeSuspects(b, record(b).suspects);
  if (isDrunkDriving(b.script.offence)) detained.forEach((suspect) => bailWithinDetention(b, suspect));
  else if (detained.length > 0) requestArrest(b, detained);
  return transfer(b);
}

/** After a return for supplementary investigation: the police hand the case back. */
export function resubmit(b: CaseBuilder, at: Ms): void {
  push(b, {
    at,
    type: 'SUPPLEMENTARY_INVESTIGATION_RETURNED',
    document: doc(b, '补侦', at, 'SUPPLEMENTARY_INVESTIGATION_REPORT'),
  });
}
