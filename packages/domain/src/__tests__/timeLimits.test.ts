import { LEGAL_TIME_LIMITS, addDays, addMonths, chinaDateParts, daysBetween, toChinaIso } from '../timeLimits';

const china = (text: string): Date => new Date(`${text}+08:00`);

describe('toChinaIso', () => {
  it('writes the China wall-clock time with its offset', () => {
    expect(toChinaIso(china('2017-03-04T09:30:00'))).toBe('2017-03-04T09:30:00+08:00');
  });

  it('moves to the next China day when UTC is still on the previous one', () => {
    expect(toChinaIso(new Date('2017-03-03T20:30:00Z'))).toBe('2017-03-04T04:30:00+08:00');
    expect(toChinaIso(new Date('2016-12-31T16:00:00Z'))).toBe('2017-01-01T00:00:00+08:00');
  });

  it('drops milliseconds and rejects invalid dates', () => {
    expect(toChinaIso(new Date('2017-03-04T01:30:00.999Z'))).toBe('2017-03-04T09:30:00+08:00');
    expect(() => toChinaIso(new Date('nope'))).toThrow(RangeError);
  });
});

describe('chinaDateParts', () => {
  it('gives the calendar date in China', () => {
    expect(chinaDateParts(new Date('2017-03-03T16:00:00Z'))).toEqual({ year: 2017, month: 3, day: 4 });
    expect(chinaDateParts(new Date('2017-03-03T15:59:59Z'))).toEqual({ year: 2017, month: 3, day: 3 });
  });
});

describe('addDays', () => {
  it('adds whole days at the same wall-clock time, backwards too', () => {
    expect(toChinaIso(addDays(china('2017-02-27T10:00:00'), 3))).toBe('2017-03-02T10:00:00+08:00');
    expect(toChinaIso(addDays(china('2017-03-01T10:00:00'), -1))).toBe('2017-02-28T10:00:00+08:00');
  });
});

describe('addMonths', () => {
  it('clamps to the end of a shorter month (Jan 31 + 1 month)', () => {
    expect(toChinaIso(addMonths(china('2017-01-31T10:00:00'), 1))).toBe('2017-02-28T10:00:00+08:00');
    expect(toChinaIso(addMonths(china('2016-01-31T10:00:00'), 1))).toBe('2016-02-29T10:00:00+08:00');
    expect(toChinaIso(addMonths(china('2017-08-31T10:00:00'), 1))).toBe('2017-09-30T10:00:00+08:00');
  });

  it('works on the China date, not the UTC date', () => {
    // 01:00 on 31 January in China is still 30 January in UTC.
    expect(toChinaIso(addMonths(china('2017-01-31T01:00:00'), 1))).toBe('2017-02-28T01:00:00+08:00');
  });

  it('crosses years and goes backwards', () => {
    expect(toChinaIso(addMonths(china('2017-12-15T08:00:00'), 2))).toBe('2018-02-15T08:00:00+08:00');
    expect(toChinaIso(addMonths(china('2017-03-31T08:00:00'), -1))).toBe('2017-02-28T08:00:00+08:00');
  });
});

describe('daysBetween', () => {
  it('counts China calendar days, not 24-hour periods', () => {
    expect(daysBetween(china('2017-03-01T23:00:00'), china('2017-03-04T09:00:00'))).toBe(3);
    // Same China day although the UTC dates differ.
    expect(daysBetween(china('2017-03-01T07:00:00'), china('2017-03-01T09:00:00'))).toBe(0);
    expect(daysBetween(china('2017-03-01T23:59:00'), china('2017-03-02T00:01:00'))).toBe(1);
  });

  it('is negative when the second date is earlier', () => {
    expect(daysBetween(china('2017-03-10T12:00:00'), china('2017-03-01T12:00:00'))).toBe(-9);
  });

  it('agrees with addDays across a leap day', () => {
    const start = china('2016-02-20T15:00:00');
    expect(daysBetween(start, addDays(start, LEGAL_TIME_LIMITS.appealJudgmentDays))).toBe(10);
    expect(toChinaIso(addDays(start, LEGAL_TIME_LIMITS.appealJudgmentDays))).toBe('2016-03-01T15:00:00+08:00');
  });
});

describe('LEGAL_TIME_LIMITS', () => {
  it('carries the limits of DESIGN.md §2', () => {
    expect(LEGAL_TIME_LIMITS).toMatchObject({
      arrestRequestDays: 3,
      arrestRequestExtendedDays: 7,
      arrestRequestGangDays: 30,
      arrestDecisionDays: 7,
      custodyAfterArrestMonths: 2,
      prosecutionReviewMonths: 1,
      prosecutionReviewExtensionDays: 15,
      supplementaryInvestigationMonths: 1,
      maxSupplementaryInvestigations: 2,
      firstInstanceMonths: 2,
      firstInstanceMaxMonths: 3,
      summaryProcedureDays: 20,
      fastTrackDays: 10,
      appealJudgmentDays: 10,
      appealRulingDays: 5,
      secondInstanceMonths: 2,
      prisonDeliveryMonths: 1,
      correctionsReportDays: 10,
    });
  });
});
