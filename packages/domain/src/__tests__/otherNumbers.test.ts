import {
  formatDocumentNumber,
  formatPoliceCaseNumber,
  parseDocumentNumber,
  parsePoliceCaseNumber,
} from '../caseNumbers';

describe('police case numbers', () => {
  const expected = { agencyCode: '370303000000', year: 2017, month: 3, serial: 12 };

  it.each([
    ['the canonical form', 'A3703030000002017030012'],
    ['a lowercase a', 'a3703030000002017030012'],
    ['whitespace', ' A 370303000000 201703 0012 '],
  ])('reads %s', (_label, input) => {
    expect(parsePoliceCaseNumber(input)).toEqual(expected);
  });

  it.each([
    ['a missing A', '3703030000002017030012'],
    ['an 11-digit agency code', 'A370303000002017030012'],
    ['month 13', 'A3703030000002017130012'],
    ['month 00', 'A3703030000002017000012'],
    ['serial 0000', 'A3703030000002017030000'],
    ['a 5-digit serial', 'A37030300000020170300012'],
    ['a different letter', 'B3703030000002017030012'],
  ])('rejects %s', (_label, input) => {
    expect(parsePoliceCaseNumber(input)).toBeNull();
  });

  it('formats with zero padding and round-trips', () => {
    expect(formatPoliceCaseNumber(expected)).toBe('A3703030000002017030012');
    expect(parsePoliceCaseNumber(formatPoliceCaseNumber({ ...expected, month: 11, serial: 951 }))).toEqual({
      ...expected,
      month: 11,
      serial: 951,
    });
  });

  it('refuses to format values the fixed-width format cannot hold', () => {
    expect(() => formatPoliceCaseNumber({ ...expected, serial: 10000 })).toThrow(RangeError);
    expect(() => formatPoliceCaseNumber({ ...expected, month: 0 })).toThrow(RangeError);
    expect(() => formatPoliceCaseNumber({ ...expected, agencyCode: '3703' })).toThrow(RangeError);
  });
});

describe('document numbers', () => {
  it.each([
    ['淄张检刑诉〔2017〕123号', { prefix: '淄张检刑诉', year: 2017, serial: 123 }],
    ['淄张检刑受〔2017〕45号', { prefix: '淄张检刑受', year: 2017, serial: 45 }],
    ['淄公张立字（2017）00951号', { prefix: '淄公张立字', year: 2017, serial: 951 }],
    ['淄公张拘字〔2017〕12号', { prefix: '淄公张拘字', year: 2017, serial: 12 }],
    ['淄张司矫〔2018〕45号', { prefix: '淄张司矫', year: 2018, serial: 45 }],
    ['淄张司矫(2018)45号', { prefix: '淄张司矫', year: 2018, serial: 45 }],
    ['淄张司矫[2018]45号', { prefix: '淄张司矫', year: 2018, serial: 45 }],
    ['淄张司矫【2018】45号', { prefix: '淄张司矫', year: 2018, serial: 45 }],
    [' 淄张检 刑诉 〔2017〕 123 号 ', { prefix: '淄张检刑诉', year: 2017, serial: 123 }],
  ])('reads %s', (input, expected) => {
    expect(parseDocumentNumber(input)).toEqual(expected);
  });

  it.each([
    ['a one-character prefix', '淄〔2017〕1号'],
    ['a 13-character prefix', '一二三四五六七八九十一二三〔2017〕1号'],
    ['Latin letters in the prefix', 'ZB检刑诉〔2017〕1号'],
    ['a missing 号', '淄张检刑诉〔2017〕123'],
    ['a year without brackets', '淄张检刑诉2017123号'],
    ['serial zero', '淄张检刑诉〔2017〕0号'],
    ['a year out of range', '淄张检刑诉〔1900〕5号'],
  ])('rejects %s', (_label, input) => {
    expect(parseDocumentNumber(input)).toBeNull();
  });

  it('formats with 〔〕 and no padding by default', () => {
    expect(formatDocumentNumber({ prefix: '淄张检刑诉', year: 2017, serial: 123 })).toBe('淄张检刑诉〔2017〕123号');
  });

  it('formats the police style on request', () => {
    expect(
      formatDocumentNumber({ prefix: '淄公张立字', year: 2017, serial: 951 }, { brackets: '（）', serialDigits: 5 }),
    ).toBe('淄公张立字（2017）00951号');
  });
});
