/**
 * Yearly figures of the justice services per district or county and for the whole city, computed
 * from the imported records when they are imported, so that answering them is one read by key
 * (what a later `Query.metrics` needs to stay cheap). The definitions are the ones documented on
 * `JusticeStatistics` in schema.graphql.
 */
import { chinaYearOf, ZIBO_CITY, ZIBO_DIVISIONS } from '@hub/domain';
import type { CorrectionDoc, JudicialOfficeDoc, LegalAidDoc, MediationCaseDoc, StatisticsDoc } from './serviceModels';

export interface StatisticsInput {
  offices: readonly JudicialOfficeDoc[];
  corrections: readonly CorrectionDoc[];
  mediationCases: readonly MediationCaseDoc[];
  legalAid: readonly LegalAidDoc[];
}

type Counts = Omit<StatisticsDoc, '_id' | 'year' | 'divisionCode'>;

const ZERO: Counts = {
  offices: 0,
  starOffices: 0,
  disputesReceived: 0,
  disputesMediated: 0,
  disputesSettled: 0,
  courtReferrals: 0,
  judicialConfirmations: 0,
  peopleUnderCorrections: 0,
  correctionsIntakes: 0,
  correctionsEnded: 0,
  correctionWarnings: 0,
  legalAidAppointments: 0,
};


export function statisticsId(year: number, divisionCode: string): string {
  return `${year}-${divisionCode}`;
}

/** The years any record falls in, first to last, with every year between. */
function yearsOf(input: StatisticsInput): number[] {
  const years = [
    ...input.corrections.flatMap((c) => [c.startedAt, ...(c.endedAt ? [c.endedAt] : [])]),
    ...input.mediationCases.flatMap((m) => [m.receivedAt, ...(m.concludedAt ? [m.concludedAt] : [])]),
    ...input.legalAid.map((a) => a.appointedAt),
  ].map(chinaYearOf);
  if (years.length === 0) return [];
  const first = Math.min(...years);
  return Array.from({ length: Math.max(...years) - first + 1 }, (_, k) => first + k);
}

function countsFor(input: StatisticsInput, year: number, inDivision: (code: string) => boolean): Counts {
  const inYear = (at: Date | null | undefined) => !!at && chinaYearOf(at) === year;
  const counts = { ...ZERO };
  for (const office of input.offices.filter((o) => inDivision(o.divisionCode))) {
    counts.offices++;
    if (office.star && office.star.awardedYear <= year) counts.starOffices++;
  }
  for (const m of input.mediationCases.filter((x) => inDivision(x.divisionCode))) {
    if (inYear(m.receivedAt)) counts.disputesReceived++;
    if (m.outcome !== 'PENDING' && inYear(m.concludedAt)) {
      counts.disputesMediated++;
      if (m.outcome === 'SETTLED') counts.disputesSettled++;
    }
    if (inYear(m.courtReferral?.referredAt)) counts.courtReferrals++;
    if (m.judicialConfirmation?.confirmed && inYear(m.judicialConfirmation.decidedAt)) counts.judicialConfirmations++;
  }
  const people = new Set<string>();
  for (const c of input.corrections.filter((x) => inDivision(x.divisionCode))) {
    const started = chinaYearOf(c.startedAt);
    const ended = c.endedAt ? chinaYearOf(c.endedAt) : Infinity;
    if (started <= year && ended >= year) people.add(c.personId);
    if (started === year) counts.correctionsIntakes++;
    if (ended === year) counts.correctionsEnded++;
    counts.correctionWarnings += c.events.filter((e) => e.type === 'WARNED' && inYear(e.at)).length;
  }
  counts.peopleUnderCorrections = people.size;
  counts.legalAidAppointments = input.legalAid.filter((a) => inDivision(a.divisionCode) && inYear(a.appointedAt)).length;
  return counts;
}

/** One document per year for each district and county and for the city (370300). */
export function computeStatistics(input: StatisticsInput): StatisticsDoc[] {
  const docs: StatisticsDoc[] = [];
  for (const year of yearsOf(input)) {
    for (const division of ZIBO_DIVISIONS) {
      docs.push({ _id: statisticsId(year, division.code), year, divisionCode: division.code, ...countsFor(input, year, (code) => code === division.code) });
    }
    docs.push({ _id: statisticsId(year, ZIBO_CITY.code), year, divisionCode: ZIBO_CITY.code, ...countsFor(input, year, () => true) });
  }
  return docs;
}

export function mediationSuccessRate(statistics: Pick<StatisticsDoc, 'disputesMediated' | 'disputesSettled'>): number | null {
  return statistics.disputesMediated === 0 ? null : statistics.disputesSettled / statistics.disputesMediated;
}

/**
 * The figures of a year and division for `CityMetrics`: the stored statistics (one read by key), or,
 * for a year the data does not reach, zero counts with the star offices that held their title then.
 */
export async function figuresFor(
  key: { year: number; divisionCode: string },
  load: (id: string) => Promise<StatisticsDoc | null>,
  offices: () => Promise<Array<Pick<JudicialOfficeDoc, 'divisionCode' | 'star'>>>,
): Promise<Counts> {
  const stored = await load(statisticsId(key.year, key.divisionCode));
  if (stored) return stored;
  const inDivision = (o: Pick<JudicialOfficeDoc, 'divisionCode'>) => key.divisionCode === ZIBO_CITY.code || o.divisionCode === key.divisionCode;
  const own = (await offices()).filter(inDivision);
  return { ...ZERO, offices: own.length, starOffices: own.filter((o) => o.star && o.star.awardedYear <= key.year).length };
}
