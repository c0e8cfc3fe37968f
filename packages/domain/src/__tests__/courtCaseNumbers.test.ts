import {
  ALL_CASE_TYPE_CODES,
  CASE_TYPE_CODES,
  formatCourtCaseNumber,
  parseCourtCaseNumber,
} from '../caseNumbers';

describe('parseCourtCaseNumber', () => {
  const expected = { year: 2017, courtCode: '鲁03', caseType: '刑初', serial: 12 };

  it.each([
    ['full-width parentheses', '（2017）鲁03刑初12号'],
    ['ASCII parentheses', '(2017)鲁03刑初12号'],
    ['mixed parentheses', '（2017)鲁03刑初12号'],
    ['mixed the other way', '(2017）鲁03刑初12号'],
    ['surrounding whitespace', '  （2017）鲁03刑初12号\n'],
    ['inner whitespace, including a full-width space', '（ 2017 ）鲁03\u3000刑初 12 号'],
    ['the old 字第 form', '（2017）鲁03刑初字第12号'],
    ['a zero-padded serial', '（2017）鲁03刑初012号'],
  ])('reads %s', (_label, input) => {
    expect(parseCourtCaseNumber(input)).toEqual(expected);
  });

  it('reads the example of the old form from another province', () => {
    expect(parseCourtCaseNumber('（2016）津0116刑初字第8号')).toEqual({
      year: 2016,
      courtCode: '津0116',
      caseType: '刑初',
      serial: 8,
    });
  });

  it('reads high court and Supreme People\'s Court numbers', () => {
    expect(parseCourtCaseNumber('（2018）鲁刑终100号')).toMatchObject({ courtCode: '鲁', caseType: '刑终' });
    expect(parseCourtCaseNumber('（2019）最高法刑核3号')).toMatchObject({ courtCode: '最高法', caseType: '刑核' });
  });

  it('prefers the longest case-type code (执恢, not 执)', () => {
    expect(parseCourtCaseNumber('（2018）鲁0303执恢15号')).toMatchObject({ caseType: '执恢', serial: 15 });
    expect(parseCourtCaseNumber('（2018）鲁0303执15号')).toMatchObject({ caseType: '执', serial: 15 });
  });

  it.each([
    ['an unknown case-type code', '（2017）鲁03刑一12号'],
    ['a missing 号', '（2017）鲁03刑初12'],
    ['a missing year', '鲁03刑初12号'],
    ['a two-digit year', '（17）鲁03刑初12号'],
    ['a year before 1949', '（1948）鲁03刑初12号'],
    ['a year after 2100', '（2101）鲁03刑初12号'],
    ['serial zero', '（2017）鲁03刑初0号'],
    ['three court digits', '（2017）鲁030刑初12号'],
    ['an unknown province', '（2017）X03刑初12号'],
    ['no serial', '（2017）鲁03刑初号'],
    ['trailing text', '（2017）鲁03刑初12号之一'],
    ['garbage', 'hello'],
    ['an empty string', ''],
  ])('rejects %s', (_label, input) => {
    expect(parseCourtCaseNumber(input)).toBeNull();
  });
});

describe('formatCourtCaseNumber', () => {
  it('writes the canonical full-width form', () => {
    expect(formatCourtCaseNumber({ year: 2017, courtCode: '鲁0303', caseType: '刑初', serial: 12 })).toBe(
      '（2017）鲁0303刑初12号',
    );
  });

  it('round-trips through the parser, dropping 字第 and leading zeros', () => {
    const parsed = parseCourtCaseNumber('(2016) 津0116刑初字第008号');
    expect(parsed && formatCourtCaseNumber(parsed)).toBe('（2016）津0116刑初8号');
  });
});

describe('case-type codes', () => {
  it('lists every code of every group exactly once, at most 3 characters', () => {
    const grouped = Object.values(CASE_TYPE_CODES).flat();
    expect([...ALL_CASE_TYPE_CODES].sort()).toEqual([...grouped].sort());
    expect(new Set(ALL_CASE_TYPE_CODES).size).toBe(ALL_CASE_TYPE_CODES.length);
    expect(ALL_CASE_TYPE_CODES).toHaveLength(26);
    for (const code of ALL_CASE_TYPE_CODES) expect(code.length).toBeLessThanOrEqual(3);
  });

  it('parses a number of every case type', () => {
    for (const caseType of ALL_CASE_TYPE_CODES) {
      expect(parseCourtCaseNumber(`（2020）鲁0303${caseType}7号`)).toMatchObject({ caseType, serial: 7 });
    }
  });
});
