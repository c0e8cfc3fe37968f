/**
 * The courts' part: first instance at the district's basic court (grave cases at 鲁03), appeal or
 * protest to the next court up, the judgment taking effect, and delivery for execution.
 */
import {
  LEGAL_TIME_LIMITS,
  appealCourtFor,
  basicCourtForDivision,
  courtByCode,
  type Court,
  type Offence,
} from '@hub/domain';
import { DAY_MS, HOUR_MS, MINUTE_MS, chinaDay, dayStart, plusDays, plusMonths, sometime, type Ms } from './clock';
import { executeSentence } from './justice';
import { courtCaseNumber } from './numbering';
import { protest } from './procuratorate';
import { WeightedTable } from './random';
import { stage, type CaseBuilder, type CourtScript, type Procedure } from './script';
import { chooseSentence, closureFor, reviseSentence, type Sentence } from './sentence';
import { isDrunkDriving } from './traits';

const LIMITS = LEGAL_TIME_LIMITS;
const ON_THE_SPOT_RATE = 0.956;
const APPEAL_RATE = 0.095;
const PROTEST_RATE = 0.012;
const COURTROOMS = ['第一法庭', '第二法庭', '第三法庭', '第五法庭', '第六法庭', '科技法庭'];
const OUTCOMES = new WeightedTable<'UPHELD' | 'REVISED' | 'REMANDED'>([['UPHELD', 78], ['REVISED', 17], ['REMANDED', 5]]);

function court(code: string | undefined): Court {
  const found = code === undefined ? undefined : courtByCode(code);
  if (!found) throw new Error(`no court with code ${code ?? '(none)'}`);
  return found;
}

function trialCourt(b: CaseBuilder): Court {
  const { offence, division } = b.script;
  return offence.grave ? court('鲁03') : court(basicCourtForDivision(division.code)?.code);
}

/** 速裁 for light cases with a confession (drunk driving above all), 简易 for simple ones. */
export function chooseProcedure(b: CaseBuilder, offence: Offence, returns: number): Procedure {
  if (offence.grave) return 'ORDINARY';
  const light = offence.typicalTermMonths[1] <= 60;
  const fastTrack = returns > 0 || !light ? 0 : isDrunkDriving(offence) ? 0.7 : 0.26;
  const roll = b.rng.next();
  if (roll < fastTrack) return 'FAST_TRACK';
  return roll < fastTrack + (light ? 0.36 : 0.3) ? 'SUMMARY' : 'ORDINARY';
}

function register(b: CaseBuilder, where: Court, instance: 'FIRST' | 'SECOND', procedure: Procedure, after: Ms): CourtScript {
  const onTheSpot = b.rng.chance(ON_THE_SPOT_RATE);
  const registeredAt = onTheSpot
    ? sometime(b.rng, after + HOUR_MS, after + 3 * DAY_MS, { skew: 2 })
    : sometime(b.rng, after + 3 * DAY_MS, after + 7 * DAY_MS);
  const caseType = instance === 'FIRST' ? '刑初' : '刑终';
  const caseNumber = b.request(courtCaseNumber(where.code, caseType), registeredAt, 'COURT', 'COURT_CASE');
  const record: CourtScript = {
    courtCode: where.code,
    courtName: where.name,
    caseType,
    instance,
    procedure,
    registeredAt,
    onTheSpot,
    caseNumber,
    defendants: b.script.suspects,
    hearings: [],
    events: [{ at: registeredAt, type: instance === 'FIRST' ? 'FIRST_INSTANCE_REGISTERED' : 'SECOND_INSTANCE_REGISTERED' }],
  };
  b.script.courts.push(record);
  return record;
}

function hold(b: CaseBuilder, record: CourtScript, at: Ms): void {
  const courtroom = b.rng.pick(COURTROOMS);
  record.hearings.push({ at, courtroom });
  record.events.push({ at, type: 'HEARING_HELD' });
}

function judgmentDeadline(b: CaseBuilder, record: CourtScript): Ms {
  const from = record.registeredAt;
  if (record.procedure === 'FAST_TRACK') return plusDays(from, LIMITS.fastTrackDays);
  if (record.procedure === 'SUMMARY') return plusDays(from, LIMITS.summaryProcedureDays);
  return plusMonths(from, b.rng.chance(0.9) ? LIMITS.firstInstanceMonths : LIMITS.firstInstanceMaxMonths);
}

/** An earlier hearing, for ordinary cases that need two. */
function maybeEarlierHearing(b: CaseBuilder, record: CourtScript, before: Ms): void {
  const earliest = record.registeredAt + HOUR_MS;
  if (record.procedure === 'ORDINARY' && b.rng.chance(0.25) && before - earliest > 2 * DAY_MS) {
    hold(b, record, sometime(b.rng, earliest, before - DAY_MS));
  }
}

/**
 * Hearings and judgment. Light cases are mostly decided at the end of their hearing (当庭宣判);
 * other judgments are pronounced on a later day.
 */
function hearAndJudge(b: CaseBuilder, record: CourtScript): Ms {
  const deadline = judgmentDeadline(b, record);
  const skew = record.procedure === 'ORDINARY' ? 0.7 : 1;
  if (record.procedure !== 'ORDINARY' || b.rng.chance(0.5)) {
    const hearing = sometime(b.rng, record.registeredAt + DAY_MS, deadline - 3 * HOUR_MS, { skew });
    maybeEarlierHearing(b, record, hearing);
    hold(b, record, hearing);
    return Math.min(deadline, hearing + b.rng.int(40, 120) * MINUTE_MS);
  }
  const judgmentAt = sometime(b.rng, record.registeredAt + 2 * DAY_MS, deadline, { skew });
  const hearing = sometime(b.rng, record.registeredAt + HOUR_MS, judgmentAt - DAY_MS);
  maybeEarlierHearing(b, record, hearing);
  hold(b, record, hearing);
  return judgmentAt;
}

function firstInstance(b: CaseBuilder, where: Court, after: Ms, procedure: Procedure): CourtScript {
  const record = register(b, where, 'FIRST', procedure, after);
  const at = hearAndJudge(b, record);
  record.judgment = { at, kind: 'JUDGMENT', sentence: chooseSentence(b.rng, b.script.offence) };
  record.events.push({ at, type: 'FIRST_INSTANCE_JUDGMENT', document: record.caseNumber });
  return record;
}

type Challenge = 'APPEAL' | 'PROTEST' | null;

/** Defendants do not appeal an acquittal or exemption; the procuratorate may protest any judgment. */
function drawChallenge(b: CaseBuilder, sentence: Sentence): Challenge {
  const roll = b.rng.next();
  if (roll < PROTEST_RATE) return 'PROTEST';
  if (closureFor(sentence) === null && roll < PROTEST_RATE + APPEAL_RATE) return 'APPEAL';
  return null;
}

/** Effective at 00:00 on the day after the 10-day appeal window. */
function windowClosesAt(judgmentAt: Ms): Ms {
  return dayStart(chinaDay(judgmentAt) + LIMITS.appealJudgmentDays + 1);
}

function afterFirstInstance(b: CaseBuilder, record: CourtScript, mayBeChallenged: boolean): void {
  const judgment = record.judgment;
  if (!judgment) throw new Error('no judgment to follow');
  const challenge = mayBeChallenged ? drawChallenge(b, judgment.sentence) : null;
  if (!challenge) {
    takeEffect(b, record, windowClosesAt(judgment.at));
    return;
  }
  const lo = dayStart(chinaDay(judgment.at) + 1);
  const at = sometime(b.rng, lo, judgment.at + LIMITS.appealJudgmentDays * DAY_MS, { skew: 0.8 });
  record.challengedAt = at;
  if (challenge === 'APPEAL') record.events.push({ at, type: 'APPEAL_FILED', who: b.rng.pick(record.defendants) });
  else protest(b, at);
  stage(b, at, 'APPEAL');
  secondInstance(b, record, challenge, Math.max(at, windowClosesAt(judgment.at)));
}

function secondInstance(b: CaseBuilder, first: CourtScript, challenge: 'APPEAL' | 'PROTEST', after: Ms): void {
  const where = court(appealCourtFor(first.courtCode)?.code);
  const record = register(b, where, 'SECOND', 'ORDINARY', after);
  const at = sometime(b.rng, record.registeredAt + 7 * DAY_MS, plusMonths(record.registeredAt, LIMITS.secondInstanceMonths));
  if (b.rng.chance(0.4)) hold(b, record, sometime(b.rng, record.registeredAt + DAY_MS, at - HOUR_MS));
  const outcome = OUTCOMES.draw(b.rng);
  const original = first.judgment?.sentence ?? chooseSentence(b.rng, b.script.offence);
  const sentence = outcome === 'REVISED' ? reviseSentence(b.rng, b.script.offence, original, challenge === 'PROTEST') : original;
  record.judgment = { at, kind: outcome === 'REVISED' ? 'JUDGMENT' : 'RULING', sentence, appealOutcome: outcome };
  record.events.push({ at, type: 'SECOND_INSTANCE_JUDGMENT', document: record.caseNumber });
  if (outcome !== 'REMANDED') {
    takeEffect(b, record, at);
    return;
  }
  // 发回重审: a new first instance at the same court; kept simple, the retrial is not appealed.
  stage(b, at, 'TRIAL');
  const retrial = firstInstance(b, court(first.courtCode), at, 'ORDINARY');
  afterFirstInstance(b, retrial, false);
}

function takeEffect(b: CaseBuilder, record: CourtScript, at: Ms): void {
  const sentence = record.judgment?.sentence;
  if (!sentence) throw new Error('no judgment to take effect');
  record.effectiveAt = at;
  record.events.push({ at, type: 'JUDGMENT_EFFECTIVE' });
  const closure = closureFor(sentence);
  if (closure) {
    stage(b, at, 'CLOSED', closure);
    return;
  }
  stage(b, at, 'EXECUTION');
  const ends = record.defendants.map((person) => executeSentence(b, record, person, sentence, at));
  if (ends.every((end): end is Ms => end !== null)) stage(b, Math.max(...ends), 'CLOSED', 'SENTENCE_COMPLETED');
}

export function tryCase(b: CaseBuilder, indictedAt: Ms, procedure: Procedure): void {
  const record = firstInstance(b, trialCourt(b), indictedAt, procedure);
  afterFirstInstance(b, record, true);
}
