import { decode } from 'cbor2';
import {
  canonicalDocumentText,
  decodeSealPayload,
  documentSha256,
  encodeSealPayload,
  isRealIsoDate,
  validateSealPayload,
  type SealPayload,
} from '../payload';
import { cbor, payloadMapOf } from './forge';

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

});

describe('CBOR payload', () => {
  it('encodes {1: v, 2: doc, 3: no, 4: court, 5: kind, 6: issued, 7: sha} with keys in order', () => {
    const bytes = encodeSealPayload(VALID);
    expect(bytes).toEqual(cbor(payloadMapOf(VALID)));
    const map = decode(bytes) as Map<number, unknown>;
    expect([...map.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(map.get(5)).toBe(1);
    expect(map.get(7)).toEqual(new Uint8Array(Buffer.from(VALID.sha, 'base64url')));
    expect(bytes[0]).toBe(0xa7); // a map of 7, keys 1..7 as single bytes
  });

  it('does not depend on the order of the object\'s properties', () => {
    const shuffled = Object.fromEntries(Object.entries(VALID).reverse()) as unknown as SealPayload;
    expect(encodeSealPayload(shuffled)).toEqual(encodeSealPayload(VALID));
  });

  it('round-trips through decodeSealPayload with the header\'s kid', () => {
    expect(decodeSealPayload(encodeSealPayload(VALID), VALID.kid)).toEqual({ ok: true, payload: VALID });
    for (const kind of ['RULING', 'CORRECTION_RULING'] as const) {
      const payload = { ...VALID, kind };
      expect(decodeSealPayload(encodeSealPayload(payload), VALID.kid)).toEqual({ ok: true, payload });
    }
  });

  it('refuses maps that are not exactly the documented shape', () => {
    const variants: Array<(map: Map<unknown, unknown>) => unknown> = [
      (map) => map.set(8, 'x'),
      (map) => map.delete(1),
      (map) => map.set(5, 0),
      (map) => map.set(5, 4),
      (map) => map.set(5, 1.5),
      (map) => map.set(7, new Uint8Array(33)),
      (map) => map.set(7, VALID.sha),
      (map) => map.set(1, 2),
      (map) => map.set(4, '鲁9999'),
    ];
    for (const edit of variants) {
      const map: Map<unknown, unknown> = payloadMapOf(VALID);
      edit(map);
      expect(decodeSealPayload(cbor(map), VALID.kid).ok).toBe(false);
    }
    expect(decodeSealPayload(cbor([1, 2]), VALID.kid).ok).toBe(false);
    expect(decodeSealPayload(cbor(new Map(Object.entries(VALID))), VALID.kid).ok).toBe(false);
    expect(decodeSealPayload(new Uint8Array([0xa7]), VALID.kid).ok).toBe(false);
  });
});
