/**
 * Executing a sentence: prison (admission, commutation, parole, release), a detention house for
 * criminal detention and short remainders (no justice-administration record), or community
 * corrections at the judicial office of the town where the person lives.
 */
import { LEGAL_TIME_LIMITS } from '@hub/domain';
import { DAY_MS, HOUR_MS, chinaDay, dayStart, plusMonths, sometime, type Ms } from './clock';
import { PRISONER_NUMBER, correctionsFile, courtCaseNumber } from './numbering';
import type { Person } from './people';
import { WeightedTable } from './random';
import type { CaseBuilder, CourtScript, ExecutionScript } from './script';
import { isCommunity, type Sentence } from './sentence';

const LIMITS = LEGAL_TIME_LIMITS;
/** A remainder of at most 3 months is served in the detention house (CPL art. 264). */
const DETENTION_HOUSE_REMAINDER_MS = 92 * DAY_MS;

type Prison = readonly [name: string, divisionCode: string];
const MEN_PRISONS = new WeightedTable<Prison>([
  [['山东省淄博监狱', '370300'], 45],
  [['山东省鲁中监狱', '370300'], 40],
  [['山东省潍北监狱', '370700'], 15],
]);
/** Of prisoners who have served long enough; about a fifth of all prisoners show a commutation. */
const COMMUTATION_RATE = 0.65;
const PAROLE_RATE = 0.08;
const WOMEN_PRISON: Prison = ['山东省女子监狱', '370100'];

/** Events of the day a term ends happen at 09:00. */
function morningOf(at: Ms): Ms {
  return dayStart(chinaDay(at)) + 9 * HOUR_MS;
}

function deliver(record: CourtScript, person: Person, at: Ms): void {
  record.events.push({ at, type: 'DELIVERED_FOR_EXECUTION', who: person });
  record.deliveredAt = Math.min(record.deliveredAt ?? at, at);
}

/** Returns when the corrections term ends. */
function communityCorrections(b: CaseBuilder, record: CourtScript, person: Person, sentence: Sentence, effectiveAt: Ms): Ms {
  const deliveredAt = sometime(b.rng, effectiveAt + HOUR_MS, effectiveAt + 5 * DAY_MS, { skew: 1.5 });
  deliver(record, person, deliveredAt);
  const intakeAt = sometime(b.rng, deliveredAt + HOUR_MS, effectiveAt + LIMITS.correctionsReportDays * DAY_MS, { skew: 1.3 });
  const months = sentence.suspended ? (sentence.probationMonths ?? 12) : (sentence.termMonths ?? 6);
  const plannedEndAt = dayStart(chinaDay(plusMonths(sentence.suspended ? effectiveAt : intakeAt, months)));
  const endedAt = morningOf(plannedEndAt);
  const { division, town } = person.residence;
  b.script.executions.push({
    person,
    kind: 'COMMUNITY_CORRECTIONS',
    recordNumber: b.request(correctionsFile(division), intakeAt, 'JUSTICE', 'CORRECTIONS'),
    institutionName: `${division.justiceBureau}${town}司法所`,
    divisionCode: division.code,
    startedAt: intakeAt,
    plannedEndAt,
    endedAt,
    events: [
      { at: intakeAt, type: 'CORRECTIONS_INTAKE', who: person },
      { at: endedAt, type: 'CORRECTIONS_ENDED', who: person },
    ],
  });
  return endedAt;
}

/** 减刑 by the intermediate court's 刑更 ruling, after a year (18 months for long terms) served. */
function commute(b: CaseBuilder, prison: ExecutionScript, servedFrom: Ms, term: number): void {
  const end = prison.plannedEndAt;
  if (end === null || term < 12 || !b.rng.chance(COMMUTATION_RATE)) return;
  const months = b.rng.int(3, Math.min(12, Math.max(3, Math.floor(term / 6))));
  const earliest = Math.max(plusMonths(prison.startedAt, 3), plusMonths(servedFrom, term >= 60 ? 18 : 12));
  const latest = plusMonths(end, -(months + 3));
  if (earliest >= latest) return;
  const at = sometime(b.rng, earliest, Math.min(latest, plusMonths(earliest, 12)));
  prison.commutation = { at, endAt: plusMonths(end, -months) };
  const ruling = b.request(courtCaseNumber('鲁03', '刑更'), at, 'COURT', 'COMMUTATION_RULING');
  prison.events.push({ at, type: 'SENTENCE_COMMUTED', who: prison.person, document: ruling });
}

/** 假释 after half the term; the rest is served outside. */
function parole(b: CaseBuilder, prison: ExecutionScript, servedFrom: Ms, end: Ms): boolean {
  if (!b.rng.chance(PAROLE_RATE)) return false;
  const earliest = Math.max(plusMonths(prison.startedAt, 2), servedFrom + (end - servedFrom) / 2);
  const latest = plusMonths(end, -3);
  const after = prison.commutation?.at ?? 0;
  if (Math.max(earliest, after + 30 * DAY_MS) >= latest) return false;
  const at = sometime(b.rng, Math.max(earliest, after + 30 * DAY_MS), latest);
  prison.paroledAt = at;
  const ruling = b.request(courtCaseNumber('鲁03', '刑更'), at, 'COURT', 'PAROLE_RULING');
  prison.events.push({ at, type: 'PAROLED', who: prison.person, document: ruling });
  return true;
}

/** Returns when the sentence is over (null for life). */
function prison(b: CaseBuilder, record: CourtScript, person: Person, servedFrom: Ms, termEnd: Ms | null, effectiveAt: Ms): Ms | null {
  const deliveredAt = sometime(b.rng, effectiveAt + HOUR_MS, plusMonths(effectiveAt, LIMITS.prisonDeliveryMonths), { skew: 1.5 });
  deliver(record, person, deliveredAt);
  const admittedAt = sometime(b.rng, deliveredAt + HOUR_MS, plusMonths(deliveredAt, LIMITS.prisonDeliveryMonths), { skew: 2 });
  const [institutionName, divisionCode] = person.male ? MEN_PRISONS.draw(b.rng) : WOMEN_PRISON;
  const script: ExecutionScript = {
    person,
    kind: 'PRISON',
    recordNumber: b.request(PRISONER_NUMBER, admittedAt, 'JUSTICE', 'PRISONER'),
    institutionName,
    divisionCode,
    startedAt: admittedAt,
    plannedEndAt: termEnd,
    events: [{ at: admittedAt, type: 'PRISON_ADMITTED', who: person }],
  };
  b.script.executions.push(script);
  if (termEnd === null) return null;
  const term = Math.round((termEnd - servedFrom) / (30.44 * DAY_MS));
  commute(b, script, servedFrom, term);
  const end = script.commutation?.endAt ?? termEnd;
  if (parole(b, script, servedFrom, end)) return morningOf(end);
  script.endedAt = morningOf(end);
  script.events.push({ at: script.endedAt, type: 'RELEASED', who: person });
  return script.endedAt;
}

/** Criminal detention, or a remainder too short for prison: the police's detention house. */
function detentionHouse(b: CaseBuilder, record: CourtScript, person: Person, termEnd: Ms, effectiveAt: Ms): Ms {
  if (termEnd <= effectiveAt + DAY_MS) return effectiveAt; // the term was served in pre-trial custody
  deliver(record, person, sometime(b.rng, effectiveAt + HOUR_MS, Math.min(termEnd, effectiveAt + 7 * DAY_MS), { skew: 2 }));
  return morningOf(termEnd);
}

/**
 * Executes the sentence of one defendant; returns when it is completely served, or null for life.
 * Pre-trial custody counts towards the term (羁押一日折抵刑期一日).
 */
export function executeSentence(b: CaseBuilder, record: CourtScript, person: Person, sentence: Sentence, effectiveAt: Ms): Ms | null {
  if (isCommunity(sentence)) return communityCorrections(b, record, person, sentence, effectiveAt);
  const servedFrom = b.custodySince.get(person.index) ?? effectiveAt;
  if (sentence.verdict === 'LIFE_IMPRISONMENT') return prison(b, record, person, servedFrom, null, effectiveAt);
  const termEnd = dayStart(chinaDay(plusMonths(servedFrom, sentence.termMonths ?? 1)));
  const remainder = termEnd - effectiveAt;
  if (sentence.verdict === 'CRIMINAL_DETENTION' || remainder <= DETENTION_HOUSE_REMAINDER_MS) {
    return detentionHouse(b, record, person, termEnd, effectiveAt);
  }
  return prison(b, record, person, servedFrom, termEnd, effectiveAt);
}
