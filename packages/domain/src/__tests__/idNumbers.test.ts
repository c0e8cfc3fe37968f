import {
  idCheckCharacter,
  isValidIdNumber,
  makeIdNumber,
  maskIdNumber,
  validateIdNumber,
} from '../idNumbers';

// Check characters worked out by hand from the GB 11643 weights, e.g. for 11010519491231002X:
// 1·7+1·9+0·10+1·5+0·8+5·4+1·2+9·1+4·6+9·3+1·7+2·9+3·10+1·5+0·8+0·4+2·2 = 167, 167 mod 11 = 2 → X.
const FEMALE_1949 = '11010519491231002X';
const MALE_1985 = '370303198506121236';
// Correct check character (195 mod 11 = 8 → 4) but born before 1900.
const BORN_1880 = '440524188001010014';

describe('idCheckCharacter', () => {
  it('computes the check characters of known numbers', () => {
    expect(idCheckCharacter('11010519491231002')).toBe('X');
    expect(idCheckCharacter('44052418800101001')).toBe('4');
    expect(idCheckCharacter('37030319850612123')).toBe('6');
  });

  // Only the last two digits (weights 4 and 2) are non-zero, so each remainder is easy to see.
  it.each([
    ['00', 0, '1'],
    ['06', 1, '0'],
    ['01', 2, 'X'],
    ['07', 3, '9'],
    ['02', 4, '8'],
    ['08', 5, '7'],
    ['03', 6, '6'],
    ['09', 7, '5'],
    ['04', 8, '4'],
    ['50', 9, '3'],
    ['05', 10, '2'],
  ])('maps last digits %s (remainder %i) to %s', (lastTwo, _remainder, check) => {
    expect(idCheckCharacter(`000000000000000${lastTwo}`)).toBe(check);
  });

  it('rejects input that is not 17 digits', () => {
    expect(() => idCheckCharacter('1234')).toThrow(RangeError);
    expect(() => idCheckCharacter('1101051949123100X')).toThrow(RangeError);
  });
});

describe('validateIdNumber', () => {
  it('accepts valid numbers and reads division, birth date and gender', () => {
    expect(validateIdNumber(FEMALE_1949)).toEqual({
      ok: true,
      idNumber: FEMALE_1949,
      divisionCode: '110105',
      birthDate: '19491231',
      gender: 'FEMALE',
    });
    expect(validateIdNumber(MALE_1985)).toMatchObject({
      ok: true,
      divisionCode: '370303',
      birthDate: '19850612',
      gender: 'MALE',
    });
  });

  it('accepts a lowercase x and returns the upper-case form', () => {
    const result = validateIdNumber('11010519491231002x');
    expect(result).toMatchObject({ ok: true, idNumber: '11010519491231002X' });
  });

  it('rejects birth dates before 1900 even with a correct check character', () => {
    const result = validateIdNumber(BORN_1880);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/1900/);
  });

  it('rejects a wrong check character without echoing the number', () => {
    const wrong = '110105194912310021';
    const result = validateIdNumber(wrong);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toMatch(/check character/);
      expect(result.reason).not.toContain('11010519491231002');
    }
  });

  it.each([
    ['too short', '1101051949123100X'],
    ['too long', '11010519491231002XX'],
    ['letters inside', '1101051949A231002X'],
    ['X not at the end', '1101051949123100X2'],
    ['empty', ''],
  ])('rejects a malformed number (%s)', (_label, id) => {
    expect(validateIdNumber(id).ok).toBe(false);
  });

  it.each([
    ['February 30', '19850230'],
    ['month 13', '19851301'],
    ['day 00', '19850600'],
    ['February 29 of a non-leap year', '19010229'],
  ])('rejects an impossible birth date (%s)', (_label, birthDate) => {
    const first17 = `370303${birthDate}123`;
    const result = validateIdNumber(first17 + idCheckCharacter(first17));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/calendar date/);
  });

  it('accepts February 29 of a leap year', () => {
    expect(isValidIdNumber(makeIdNumber('370303', '20000229', 12))).toBe(true);
  });

  describe('with the clock at 00:30 on 15 June 2020 in China (still 14 June in UTC)', () => {
    beforeEach(() => {
      jest.useFakeTimers({ now: new Date('2020-06-15T00:30:00+08:00') });
    });
    afterEach(() => {
      jest.useRealTimers();
    });

    it('accepts someone born today in China', () => {
      expect(isValidIdNumber(makeIdNumber('370303', '20200615', 1))).toBe(true);
    });

    it('rejects a birth date after today', () => {
      const result = validateIdNumber(makeIdNumber('370303', '20200616', 1));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(/future/);
    });
  });
});

describe('makeIdNumber', () => {
  it('builds numbers that validate, with the gender given by the order', () => {
    const male = makeIdNumber('370303', '19850612', 123);
    expect(male).toBe('370303198506121236');
    expect(validateIdNumber(makeIdNumber('370321', '19900101', 8))).toMatchObject({
      ok: true,
      gender: 'FEMALE',
    });
  });

  it('pads the order to three digits', () => {
    expect(makeIdNumber('370303', '19850612', 7).slice(14, 17)).toBe('007');
  });

  it('refuses inputs that cannot form a number', () => {
    expect(() => makeIdNumber('37030', '19850612', 1)).toThrow(RangeError);
    expect(() => makeIdNumber('370303', '19850230', 1)).toThrow(RangeError);
    expect(() => makeIdNumber('370303', '19850612', 1000)).toThrow(RangeError);
    expect(() => makeIdNumber('370303', '19850612', 1.5)).toThrow(RangeError);
  });
});

describe('maskIdNumber', () => {
  it('keeps the first 6 and last 4 characters', () => {
    expect(maskIdNumber('370303198506121236')).toBe('370303********1236');
    expect(maskIdNumber('11010519491231002x')).toBe('110105********002X');
  });

  it('hides short input completely', () => {
    expect(maskIdNumber('1234567')).toBe('*******');
  });
});
