import { ZIBO_DIVISIONS } from '@hub/domain';
import { freshExport, type LoadedExport } from './support/fixture';

function share(part: number, whole: number): number {
  if (whole === 0) throw new Error('share of nothing');
  return part / whole;
}

describe('shares over 2,000 cases', () => {
  let data: LoadedExport;
  beforeAll(async () => {
    data = await freshExport(2000, 2019);
  });
  afterAll(() => data.cleanup());

  const closed = (reason: string): number => data.cases.filter((index) => index.closureReason === reason).length;
  const firstJudgments = (): LoadedExport['court'] =>
    data.court.filter((record) => record.instance === 'FIRST' && record.judgment !== undefined);

  it('withdraws 3-8% of cases and does not prosecute 4-11%', () => {
    expect(share(closed('WITHDRAWN'), data.cases.length)).toBeGreaterThan(0.03);
    expect(share(closed('WITHDRAWN'), data.cases.length)).toBeLessThan(0.08);
    expect(share(closed('NOT_PROSECUTED'), data.cases.length)).toBeGreaterThan(0.04);
    expect(share(closed('NOT_PROSECUTED'), data.cases.length)).toBeLessThan(0.11);
  });

  it('sees 6-15% of first-instance judgments appealed or protested, and under 1% acquittals', () => {
    const judged = firstJudgments();
    const appealed = judged.filter((record) => record.status === 'APPEALED');
    expect(share(appealed.length, judged.length)).toBeGreaterThan(0.06);
    expect(share(appealed.length, judged.length)).toBeLessThan(0.15);
    const acquitted = judged.filter((record) => record.judgment?.verdict === 'ACQUITTED');
    expect(share(acquitted.length, judged.length)).toBeLessThan(0.01);
  });

  it('suspends about a third of detention and imprisonment terms up to 3 years, each with probation at least the term', () => {
    const short = firstJudgments().filter((record) => {
      const judgment = record.judgment;
      const custodial = judgment?.verdict === 'CRIMINAL_DETENTION' || judgment?.verdict === 'FIXED_TERM_IMPRISONMENT';
      return custodial && (judgment?.termMonths ?? Infinity) <= 36;
    });
    const suspended = short.filter((record) => record.judgment?.suspended);
    expect(share(suspended.length, short.length)).toBeGreaterThan(0.25);
    expect(share(suspended.length, short.length)).toBeLessThan(0.45);
    for (const { judgment } of suspended) {
      expect(judgment?.probationMonths).toBeGreaterThanOrEqual(judgment?.termMonths ?? Infinity);
    }
    const longSuspended = data.court.filter((record) => record.judgment?.suspended && (record.judgment.termMonths ?? 0) > 36);
    expect(longSuspended).toEqual([]);
  });

  it('registers 93-98% of court cases on the spot', () => {
    const onTheSpot = data.court.filter((record) => record.registeredOnTheSpot);
    expect(share(onTheSpot.length, data.court.length)).toBeGreaterThan(0.93);
    expect(share(onTheSpot.length, data.court.length)).toBeLessThan(0.98);
  });

  it('returns about 12% of reviewed cases for supplementary investigation once and about 3% twice', () => {
    const reviewed = data.procuratorate.filter((record) => record.reviewStartedAt !== undefined);
    const once = reviewed.filter((record) => record.supplementaryInvestigations === 1).length;
    const twice = reviewed.filter((record) => record.supplementaryInvestigations === 2).length;
    expect(share(once, reviewed.length)).toBeGreaterThan(0.07);
    expect(share(once, reviewed.length)).toBeLessThan(0.17);
    expect(share(twice, reviewed.length)).toBeGreaterThan(0.005);
    expect(share(twice, reviewed.length)).toBeLessThan(0.06);
  });

  it('spreads cases over the districts by population: 张店 most, 高青 fewest', () => {
    const counts = new Map(ZIBO_DIVISIONS.map((division) => [division.code, 0]));
    for (const index of data.cases) counts.set(index.divisionCode, (counts.get(index.divisionCode) ?? 0) + 1);
    expect(counts.size).toBe(ZIBO_DIVISIONS.length);
    const ranked = [...counts.entries()].sort((x, y) => y[1] - x[1]).map(([code]) => code);
    expect(ranked[0]).toBe('370303');
    expect(ranked.at(-1)).toBe('370322');
  });

  it('files cases from 2016 to 2018 and hears grave ones at the intermediate court', () => {
    expect(data.cases.every((index) => index.filedAt >= '2016-01-01' && index.filedAt < '2019-01-01')).toBe(true);
    const offences = new Map(data.cases.map((index) => [index.caseId, index.offence]));
    for (const record of data.court.filter((court) => court.instance === 'FIRST')) {
      const grave = offences.get(record.caseId) === '故意杀人罪';
      if (grave) expect(record.courtCode).toBe('鲁03');
      else expect(record.courtCode).toMatch(/^鲁03\d\d$/);
    }
  });
});
