import {
  ACCEPTED_CASE_NUMBER_FORMATS,
  CaseNumberFormatError,
  normalizeCaseNumber,
} from '../caseNumbers';

function errorFrom(input: string): CaseNumberFormatError {
  try {
    normalizeCaseNumber(input);
  } catch (error) {
    if (error instanceof CaseNumberFormatError) return error;
    throw error;
  }
  throw new Error(`expected ${input} to be rejected`);
}

describe('normalizeCaseNumber', () => {
  it('gives every spelling of a court case number the same key and canonical form', () => {
    const spellings = [
      '（2017）鲁0303刑初12号',
      '(2017)鲁0303刑初12号',
      '（2017)鲁0303刑初12号',
      ' ( 2017 ) 鲁0303 刑初 12 号 ',
      '（2017）鲁0303刑初字第12号',
      '(2017)鲁0303刑初字第0012号',
    ];
    for (const spelling of spellings) {
      expect(normalizeCaseNumber(spelling)).toEqual({
        kind: 'COURT_CASE',
        key: 'COURT:鲁0303:2017:刑初:12',
        canonical: '（2017）鲁0303刑初12号',
      });
    }
  });

  it('tells different court cases apart', () => {
    const keys = [
      '（2017）鲁0303刑初12号',
      '（2017）鲁0303刑初13号',
      '（2017）鲁0303刑终12号',
      '（2018）鲁0303刑初12号',
      '（2017）鲁0302刑初12号',
    ].map((input) => normalizeCaseNumber(input).key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('normalises police case numbers to upper case', () => {
    const expected = {
      kind: 'POLICE_CASE',
      key: 'POLICE:A3703030000002017030012',
      canonical: 'A3703030000002017030012',
    };
    expect(normalizeCaseNumber('a3703030000002017030012')).toEqual(expected);
    expect(normalizeCaseNumber(' A 370303000000 201703 0012')).toEqual(expected);
  });

  it('gives document numbers one key whatever the brackets and padding', () => {
    const police = ['淄公张立字（2017）00951号', '淄公张立字〔2017〕951号', '淄公张立字(2017)0951号'];
    for (const spelling of police) {
      expect(normalizeCaseNumber(spelling)).toEqual({
        kind: 'DOCUMENT',
        key: 'DOC:淄公张立字:2017:951',
        canonical: '淄公张立字〔2017〕951号',
      });
    }
    expect(normalizeCaseNumber('淄张检刑诉〔2017〕123号').key).toBe('DOC:淄张检刑诉:2017:123');
  });

  it.each([
    ['an empty string', ''],
    ['only whitespace', '   '],
    ['garbage', 'not a number'],
    ['a wrong case type', '（2017）鲁0303刑X12号'],
    ['a missing 号', '（2017）鲁0303刑初12'],
    ['65 characters', `（2017）鲁0303刑初12号${' '.repeat(49)}`],
  ])('rejects %s with a CaseNumberFormatError', (_label, input) => {
    expect(() => normalizeCaseNumber(input)).toThrow(CaseNumberFormatError);
  });

  it('draws the length limit at 64 characters of raw input', () => {
    const padded = (spaces: number): string => `（2017）鲁0303刑初12号${' '.repeat(spaces)}`;
    expect(padded(48)).toHaveLength(64);
    expect(normalizeCaseNumber(padded(48)).kind).toBe('COURT_CASE');
    expect(padded(49)).toHaveLength(65);
    expect(() => normalizeCaseNumber(padded(49))).toThrow(/at most 64 characters/);
  });

  it('explains what was expected and lists every accepted format', () => {
    const error = errorFrom('ABC');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('CaseNumberFormatError');
    expect(error.acceptedFormats).toBe(ACCEPTED_CASE_NUMBER_FORMATS);
    expect(error.message).toMatch(/^Expected a case number/);
    for (const format of ACCEPTED_CASE_NUMBER_FORMATS) expect(error.message).toContain(format);
  });

  it('has an example of each kind in the accepted formats, and the examples are accepted', () => {
    const text = ACCEPTED_CASE_NUMBER_FORMATS.join('\n');
    for (const example of ['（2017）鲁0303刑初12号', '（2016）津0116刑初字第8号', 'A3703030000002017030012', '淄张检刑诉〔2017〕123号']) {
      expect(text).toContain(example);
      expect(() => normalizeCaseNumber(example)).not.toThrow();
    }
  });

  it('does not echo overlong input', () => {
    const input = `${'淄'.repeat(60)}SECRET-TAIL`;
    const error = errorFrom(input);
    expect(error.message).not.toContain('SECRET-TAIL');
    expect(error.message).toContain('at most 64 characters');
  });

  it('masks an ID number pasted by mistake', () => {
    const error = errorFrom('370303198506121236');
    expect(error.message).not.toContain('19850612');
    expect(error.message).toContain('370303********1236');
  });
});

describe('prisoner numbers', () => {
  test('a 10-digit prisoner number is its own kind, spaces trimmed', () => {
    expect(normalizeCaseNumber(' 3703171234 ')).toEqual({ kind: 'PRISONER', key: 'PRISONER:3703171234', canonical: '3703171234' });
  });

  test('9 or 11 digits are no prisoner number', () => {
    expect(() => normalizeCaseNumber('370317123')).toThrow(CaseNumberFormatError);
    expect(() => normalizeCaseNumber('37031712345')).toThrow(CaseNumberFormatError);
  });
});
