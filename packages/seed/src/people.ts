/**
 * The people in the cases. Each person's identity is a pure function of (seed, case, slot), so a
 * recidivist met again in a later case is regenerated rather than remembered; only the person
 * numbering and the rare ID-number collisions are kept between the two passes.
 */
import {
  OTHER_DIVISION_CODES,
  ZIBO_DIVISIONS,
  divisionByCode,
  makeIdNumber,
  type Division,
} from '@hub/domain';
import { DAY_MS, chinaDateDigits, plusMonths, type Ms } from './clock';
import { chineseName } from './names';
import { caseDivision, caseOffence, filedAtOf, type CasePlan } from './plan';
import { Rng, STREAMS, WeightedTable } from './random';
import { isDutyCrime, maleSuspectShare, suspectWeights, victimWeights } from './traits';

export interface Identity {
  name: string;
  male: boolean;
  /** YYYYMMDD */
  birthDate: string;
  birthDivision: string;
  order: number;
  /** Where the person lives: the judicial office there runs their community corrections. */
  residence: { division: Division; town: string };
}

export interface Person extends Identity {
  /** 0-based, in order of first appearance. */
  index: number;
  personId: string;
}

type AgeBand = readonly [number, number];
const SUSPECT_AGES = new WeightedTable<AgeBand>([
  [[16, 19], 5], [[20, 29], 28], [[30, 39], 28], [[40, 49], 22], [[50, 59], 12], [[60, 74], 5],
]);
const OFFICIAL_AGES = new WeightedTable<AgeBand>([[[35, 44], 30], [[45, 54], 45], [[55, 62], 25]]);
const VICTIM_AGES = new WeightedTable<AgeBand>([[[18, 29], 25], [[30, 44], 30], [[45, 59], 25], [[60, 84], 20]]);

const MAX_SUSPECT_AGE = 75;
const RECIDIVISM_RATE = 0.065;
/** A recidivist's earlier case was filed at least this long before. */
const RECIDIVISM_GAP_MS = 180 * DAY_MS;

export function personIdOf(index: number): string {
  return `P${String(index + 1).padStart(8, '0')}`;
}

function birthDate(rng: Rng, filedAt: Ms, band: AgeBand): string {
  const age = rng.int(band[0], band[1]);
  // Between 1 and 364 days before the birthday `age` years back: exactly `age` at filing.
  return chinaDateDigits(plusMonths(filedAt, -12 * age) - rng.int(1, 364) * DAY_MS);
}

function birthDivision(rng: Rng, caseDivisionCode: string): string {
  if (rng.chance(0.15)) return rng.pick(OTHER_DIVISION_CODES);
  return rng.chance(0.7) ? caseDivisionCode : rng.pick(ZIBO_DIVISIONS).code;
}

function identity(rng: Rng, plan: CasePlan, caseIndex: number, male: boolean, band: AgeBand): Identity {
  const home = caseDivision(plan, caseIndex);
  const born = birthDivision(rng, home.code);
  const division = divisionByCode(born) ?? home;
  return {
    name: chineseName(rng, male),
    male,
    birthDate: birthDate(rng, filedAtOf(plan, caseIndex), band),
    birthDivision: born,
    order: rng.int(0, 499) * 2 + (male ? 1 : 0),
    residence: { division, town: rng.pick(division.towns) },
  };
}

export function suspectIdentity(plan: CasePlan, caseIndex: number, slot: number): Identity {
  const rng = Rng.derive(plan.seed, caseIndex, STREAMS.suspect + slot);
  const offence = caseOffence(plan, caseIndex);
  const male = rng.chance(maleSuspectShare(offence));
  const ages = isDutyCrime(offence) ? OFFICIAL_AGES : SUSPECT_AGES;
  return identity(rng, plan, caseIndex, male, ages.draw(rng));
}

export function victimIdentity(plan: CasePlan, caseIndex: number, slot: number): Identity {
  const rng = Rng.derive(plan.seed, caseIndex, STREAMS.victim + slot);
  const male = caseOffence(plan, caseIndex).name === '强奸罪' ? false : rng.chance(0.5);
  return identity(rng, plan, caseIndex, male, VICTIM_AGES.draw(rng));
}

export function ageAt(birth: string, at: Ms): number {
  return Math.floor((Number(chinaDateDigits(at)) - Number(birth)) / 10000);
}

export interface PeopleLayout {
  /** Per suspect slot: the case where a recidivist first appeared (as that case's first suspect), or null. */
  suspectOrigins: Array<number | null>;
  victims: number;
  /** People appearing for the first time in this case. */
  newPersons: number;
}

function drawCount(rng: Rng, weights: readonly [number, number, number], offset: number): number {
  return new WeightedTable(weights.map((weight, index) => [index + offset, weight] as const)).draw(rng);
}

/** How many cases were filed at least RECIDIVISM_GAP_MS before case i (filedAt is sorted). */
function earlierCases(plan: CasePlan, i: number): number {
  const limit = filedAtOf(plan, i) - RECIDIVISM_GAP_MS;
  let lo = 0;
  let hi = i;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (filedAtOf(plan, mid) <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The case where case j's first suspect first appeared; null for officials (no repeat offenders there). */
function originOf(plan: CasePlan, j: number): number | null {
  if (isDutyCrime(caseOffence(plan, j))) return null;
  return peopleLayout(plan, j).suspectOrigins[0] ?? j;
}

function recidivistOrigin(plan: CasePlan, rng: Rng, i: number, taken: Set<number>): number | null {
  if (!rng.chance(RECIDIVISM_RATE)) return null;
  const candidates = earlierCases(plan, i);
  if (candidates === 0) return null;
  const origin = originOf(plan, rng.int(0, candidates - 1));
  if (origin === null || taken.has(origin)) return null;
  const age = ageAt(suspectIdentity(plan, origin, 0).birthDate, filedAtOf(plan, i));
  return age <= MAX_SUSPECT_AGE ? origin : null;
}

export function peopleLayout(plan: CasePlan, i: number): PeopleLayout {
  const rng = Rng.derive(plan.seed, i, STREAMS.people);
  const offence = caseOffence(plan, i);
  const suspects = drawCount(rng, suspectWeights(offence), 1);
  const victims = drawCount(rng, victimWeights(offence), 0);
  const taken = new Set<number>();
  const suspectOrigins: Array<number | null> = [];
  for (let slot = 0; slot < suspects; slot++) {
    const origin = isDutyCrime(offence) ? null : recidivistOrigin(plan, rng, i, taken);
    if (origin !== null) taken.add(origin);
    suspectOrigins.push(origin);
  }
  const newSuspects = suspectOrigins.filter((origin) => origin === null).length;
  return { suspectOrigins, victims, newPersons: newSuspects + victims };
}

/**
 * Person numbering shared by both passes: where each case's new people start, and the ID-number
 * order digits moved to avoid a collision (two people born the same day in the same place).
 */
export class PersonRegistry {
  readonly firstIndex: Uint32Array;
  private readonly orderOverrides = new Map<number, number>();
  private seenIdNumbers: Set<string> | null = new Set();
  private total = 0;

  constructor(cases: number) {
    this.firstIndex = new Uint32Array(cases);
  }

  /** Pass 1: numbers the case's new people and settles their ID numbers. */
  register(plan: CasePlan, i: number, layout: PeopleLayout): void {
    this.firstIndex[i] = this.total;
    this.total += layout.newPersons;
    const seen = this.seenIdNumbers;
    if (!seen) throw new Error('person registry already sealed');
    for (const person of casePeople(plan, i, layout, this).newPersons) {
      let order = person.order;
      while (seen.has(makeIdNumber(person.birthDivision, person.birthDate, order))) order = (order + 2) % 1000;
      if (order !== person.order) this.orderOverrides.set(person.index, order);
      seen.add(makeIdNumber(person.birthDivision, person.birthDate, order));
    }
  }

  /** After pass 1 the set of seen numbers is no longer needed. */
  seal(): void {
    this.seenIdNumbers = null;
  }

  idNumber(person: Person): string {
    const order = this.orderOverrides.get(person.index) ?? person.order;
    return makeIdNumber(person.birthDivision, person.birthDate, order);
  }
}

export interface CasePeople {
  suspects: Person[];
  victims: Person[];
  /** Suspects and victims met for the first time, in person-number order. */
  newPersons: Person[];
}

export function casePeople(plan: CasePlan, i: number, layout: PeopleLayout, registry: PersonRegistry): CasePeople {
  let next = registry.firstIndex[i] ?? 0;
  const newPersons: Person[] = [];
  const fresh = (found: Identity): Person => {
    const person = { ...found, index: next, personId: personIdOf(next) };
    next++;
    newPersons.push(person);
    return person;
  };
  const suspects = layout.suspectOrigins.map((origin, slot) => {
    if (origin === null) return fresh(suspectIdentity(plan, i, slot));
    const index = registry.firstIndex[origin] ?? 0;
    return { ...suspectIdentity(plan, origin, 0), index, personId: personIdOf(index) };
  });
  const victims = Array.from({ length: layout.victims }, (_, slot) => fresh(victimIdentity(plan, i, slot)));
  return { suspects, victims, newPersons };
}
