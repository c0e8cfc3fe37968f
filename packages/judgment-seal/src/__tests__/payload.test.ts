import {
  canonicalDocumentText,
  documentSha256,
  encodeSealPayload,
  isRealIsoDate,
  validateSealPayload,
  type SealPayload,
} from '../payload';

const VALID: SealPayload = {
  v: 1,
  kid: 'AAAAAAAAAAA',
  doc: 'doc-1',
  no: '（2017）鲁0303刑初12号',
  court: '鲁0303',
  kind: 'JUDGMENT',
  issued: '2017-06-12',
  sha: documentSha256('text'),
};

describe('canonicalDocumentText', () => {
  it('makes CRLF, CR and LF line breaks and trailing spaces hash the same', () => {
    const lf = '第一行\n第二行\n\n第三行';
    const variants = [
      '第一行\r\n第二行\r\n\r\n第三行',
      '第一行\r第二行\r\r第三行',
      '第一行  \n第二行\t\n \n第三行\u3000',
      '\n\n第一行\n第二行\n\n第三行\n\n',
    ];
    for (const variant of variants) {
      expect(canonicalDocumentText(variant)).toBe(lf);
      expect(documentSha256(variant)).toBe(documentSha256(lf));
    }
  });

  it('normalises to NFC', () => {
    expect(documentSha256('Cafe\u0301')).toBe(documentSha256('Caf\u00e9'));
  });

  it('keeps leading indentation and inner blank lines, and a changed character changes the hash', () => {
    expect(canonicalDocumentText('\u3000\u3000本院认为')).toBe('\u3000\u3000本院认为');
    expect(documentSha256('甲\n\n乙')).not.toBe(documentSha256('甲\n乙'));
    expect(documentSha256('判处有期徒刑三年')).not.toBe(documentSha256('判处有期徒刑五年'));
    expect(documentSha256('  本院')).not.toBe(documentSha256('本院'));
  });

  it('is base64url SHA-256 of 43 characters', () => {
    expect(documentSha256('')).toBe('47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU');
  });
});

describe('validateSealPayload', () => {
  it('accepts a well-formed payload', () => {
    expect(validateSealPayload({ ...VALID })).toEqual({ ok: true, payload: VALID });
  });

  const bad: Array<[string, unknown]> = [
    ['not an object', 'x'],
    ['an array', [VALID]],
    ['an extra field', { ...VALID, name: '张三' }],
    ['a missing field', { ...VALID, sha: undefined }],
    ['version 2', { ...VALID, v: 2 }],
    ['version as text', { ...VALID, v: '1' }],
    ['a short kid', { ...VALID, kid: 'AAAA' }],
    ['an empty document id', { ...VALID, doc: '' }],
    ['a document id with a control character', { ...VALID, doc: 'a\u0000b' }],
    ['a document id with whitespace', { ...VALID, doc: 'a b' }],
    ['an unparseable 案号', { ...VALID, no: '鲁0303刑初12号' }],
    ['a non-canonical 案号', { ...VALID, no: '(2017)鲁0303刑初12号' }],
    ['a 案号 with 字第', { ...VALID, no: '（2017）鲁0303刑初字第12号' }],
    ['a 案号 of another court', { ...VALID, no: '（2017）鲁0302刑初12号' }],
    ['an unknown court', { ...VALID, court: '鲁9999', no: '（2017）鲁9999刑初12号' }],
    ['an unknown kind', { ...VALID, kind: 'VERDICT' }],
    ['an impossible date', { ...VALID, issued: '2017-02-30' }],
    ['a date with time', { ...VALID, issued: '2017-06-12T00:00:00Z' }],
    ['a short hash', { ...VALID, sha: VALID.sha.slice(1) }],
    ['a hash with padding', { ...VALID, sha: `${VALID.sha.slice(0, 42)}=` }],
    ['a hash with spare bits set', { ...VALID, sha: `${VALID.sha.slice(0, 42)}B` }],
  ];
  it.each(bad)('refuses %s', (_label, value) => {
    expect(validateSealPayload(value).ok).toBe(false);
  });

  it('checks real calendar dates', () => {
    expect(isRealIsoDate('2016-02-29')).toBe(true);
    expect(isRealIsoDate('2017-02-29')).toBe(false);
    expect(isRealIsoDate('2017-13-01')).toBe(false);
  });

  it('encodes in a fixed key order without whitespace', () => {
    const shuffled = Object.fromEntries(Object.entries(VALID).reverse()) as unknown as SealPayload;
    expect(encodeSealPayload(shuffled)).toBe(encodeSealPayload(VALID));
    expect(encodeSealPayload(VALID)).not.toMatch(/\s/);
    expect(encodeSealPayload(VALID).startsWith('{"v":1,"kid":')).toBe(true);
  });
});
