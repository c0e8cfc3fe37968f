/** The CBOR layer: this package's encoder matches cbor2's, and the strict decoder refuses. */
import { randomBytes } from 'node:crypto';
import { Tag } from 'cbor2';
import {
  decodeCborStrict,
  encodeCbor,
  encodeCoseSign1,
  encodeProtectedHeader,
  parseCoseSign1,
  parseProtectedHeader,
  sigStructure,
} from '../cose';
import { cbor, concat, head } from './forge';

const hex = (text: string): Uint8Array => new Uint8Array(Buffer.from(text.replace(/\s/g, ''), 'hex'));

describe('encodeCbor', () => {
  it('writes the same bytes as cbor2 encode() with cdeEncodeOptions', () => {
    const values: unknown[] = [
      0, 23, 24, 255, 256, 65535, 65536, -1, -8, -24, -25, -257, 2 ** 32, Number.MAX_SAFE_INTEGER,
      '', 'a', '（2017）鲁0303刑初12号', 'x'.repeat(300),
      new Uint8Array(0), new Uint8Array(randomBytes(64)), new Uint8Array(300),
      [], [1, [2, [3]]], ['Signature1', new Uint8Array(3), new Uint8Array(0), new Uint8Array(5)],
      new Map(),
      new Map<unknown, unknown>([[7, 'g'], [1, 'a'], [-1, 'n'], [24, 'x'], [-25, 'y'], [4, 'd']]),
      new Map<unknown, unknown>([['b', 1], [10, 2], ['a', 3], [new Uint8Array([1]), 4], [-3, 5], ['aa', 6]]),
      new Map<unknown, unknown>([[1, new Map<unknown, unknown>([[3, 1], [2, 2]])]]),
      new Tag(18, [new Uint8Array(2), new Map(), new Uint8Array(3), new Uint8Array(64)]),
      new Tag(98, new Map([[1, 2]])),
    ];
    for (const value of values) expect(encodeCbor(value)).toEqual(cbor(value));
  });

  it('refuses maps whose keys encode the same', () => {
    expect(() => encodeCbor(new Map<unknown, unknown>([[1, 'a'], [1n, 'b']]))).toThrow();
  });
});

describe('decodeCborStrict', () => {
  it('accepts deterministic encodings', () => {
    expect(decodeCborStrict(hex('a2 01 27 04 42 0102'))).toEqual(new Map<number, unknown>([[1, -8], [4, hex('0102')]]));
    expect(decodeCborStrict(hex('d2 80'))).toEqual(new Tag(18, []));
  });

  const refused: Array<[string, string]> = [
    ['an integer in a longer form than needed', '18 01'],
    ['a length in a longer form than needed', '58 01 00'],
    ['a 16-bit length for a short string', '79 0001 61'],
    ['an indefinite-length array', '9f 01 ff'],
    ['an indefinite-length byte string', '5f 41 00 ff'],
    ['an indefinite-length map', 'bf 01 02 ff'],
    ['unsorted map keys', 'a2 02 00 01 00'],
    ['duplicate map keys', 'a2 01 00 01 00'],
    ['a half float', 'f9 3c00'],
    ['a double float', 'fb 3ff0000000000000'],
    ['a simple value', 'f0'],
    ['undefined', 'f7'],
    ['a 65-bit negative integer', '3b ffffffffffffffff'],
    ['trailing bytes', '01 00'],
    ['a truncated string', '63 6162'],
    ['a huge declared length', '5b ffffffffffffffff'],
    ['invalid UTF-8', '62 fffe'],
    ['an empty input', ''],
    ['deep nesting', '81 81 81 81 81 81 81 01'],
    ['a tag in a longer form than needed', 'd8 12 80'],
  ];
  it.each(refused)('refuses %s', (_label, bytes) => {
    expect(() => decodeCborStrict(hex(bytes))).toThrow();
  });

  it('leaves tags inert: no date, bignum, embedded CBOR or set decoders run', () => {
    expect(decodeCborStrict(hex('c1 01'))).toEqual(new Tag(1, 1));
    expect(decodeCborStrict(hex('c2 41 01'))).toEqual(new Tag(2, hex('01')));
    expect(decodeCborStrict(hex('d8 18 41 01'))).toEqual(new Tag(24, hex('01')));
  });

  it('decodes maps as Map, also with text keys', () => {
    const value = decodeCborStrict(cbor(new Map([['__proto__', 1]])));
    expect(value).toBeInstanceOf(Map);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('COSE_Sign1 parts', () => {
  const kid = hex('0102030405060708');
  const protectedBytes = encodeProtectedHeader(kid);
  const payloadBytes = cbor(new Map([[1, 1]]));
  const signature = new Uint8Array(randomBytes(64));

  it('encodes the protected header as {1: -8, 4: kid}', () => {
    expect(protectedBytes).toEqual(hex('a2 01 27 04 48 0102030405060708'));
    expect(parseProtectedHeader(protectedBytes)).toEqual({ ok: true, kid });
  });

  it('encodes Sig_structure as RFC 9052 §4.4 says', () => {
    expect(sigStructure(protectedBytes, payloadBytes)).toEqual(
      concat(hex('84 6a'), new Uint8Array(Buffer.from('Signature1')), hex('4d'), protectedBytes, hex('40 43'), payloadBytes),
    );
  });

  it('parses a message by its canonical form and by the strict decoder alike', () => {
    const message = encodeCoseSign1({ protectedBytes, payloadBytes, signature });
    expect(parseCoseSign1(message)).toEqual({ ok: true, message: { protectedBytes, payloadBytes, signature } });
    // A protected header of another length takes the decoder's path; the parts still come back.
    const longerHeader = cbor(new Map<number, unknown>([[1, -8], [4, kid], [5, new Uint8Array(1)]]));
    const other = encodeCoseSign1({ protectedBytes: longerHeader, payloadBytes, signature });
    expect(parseCoseSign1(other)).toEqual({
      ok: true,
      message: { protectedBytes: longerHeader, payloadBytes, signature },
    });
    expect(parseProtectedHeader(longerHeader).ok).toBe(false);
  });

  it('finds payloads with 1-, 2- and 3-byte length heads', () => {
    for (const length of [0, 23, 24, 255, 256, 400]) {
      const payload = new Uint8Array(length).fill(7);
      const message = encodeCoseSign1({ protectedBytes, payloadBytes: payload, signature });
      const parsed = parseCoseSign1(message);
      expect(parsed.ok && parsed.message.payloadBytes).toEqual(payload);
    }
  });

  const bstr = (bytes: Uint8Array, forced?: 1 | 2): Uint8Array => concat(head(2, bytes.length, forced), bytes);
  const refusedMessages: Array<[string, () => Uint8Array]> = [
    ['an untagged array', () => concat(hex('84'), bstr(protectedBytes), hex('a0'), bstr(payloadBytes), bstr(signature))],
    ['tag 98 (COSE_Sign)', () => concat(hex('d8 62 84'), bstr(protectedBytes), hex('a0'), bstr(payloadBytes), bstr(signature))],
    ['tag 18 in a long form', () => concat(hex('d8 12 84'), bstr(protectedBytes), hex('a0'), bstr(payloadBytes), bstr(signature))],
    ['an indefinite-length array', () => concat(hex('d2 9f'), bstr(protectedBytes), hex('a0'), bstr(payloadBytes), bstr(signature), hex('ff'))],
    ['three items', () => concat(hex('d2 83'), bstr(protectedBytes), hex('a0'), bstr(payloadBytes))],
    ['five items', () => concat(hex('d2 85'), bstr(protectedBytes), hex('a0'), bstr(payloadBytes), bstr(signature), hex('00'))],
    ['a long-form payload length', () => concat(hex('d2 84'), bstr(protectedBytes), hex('a0'), bstr(payloadBytes, 1), bstr(signature))],
    ['a long-form signature length', () => concat(hex('d2 84'), bstr(protectedBytes), hex('a0'), bstr(payloadBytes), bstr(signature, 2))],
    ['a long-form protected length', () => concat(hex('d2 84'), bstr(protectedBytes, 1), hex('a0'), bstr(payloadBytes), bstr(signature))],
    ['a trailing byte', () => concat(encodeCoseSign1({ protectedBytes, payloadBytes, signature }), hex('00'))],
    ['a 63-byte signature', () => encodeCoseSign1({ protectedBytes, payloadBytes, signature: signature.subarray(1) })],
    ['a 65-byte signature', () => encodeCoseSign1({ protectedBytes, payloadBytes, signature: concat(signature, hex('00')) })],
    ['a text payload', () => concat(hex('d2 84'), bstr(protectedBytes), hex('a0 61 41'), bstr(signature))],
    ['a nil payload (detached)', () => concat(hex('d2 84'), bstr(protectedBytes), hex('a0 f6'), bstr(signature))],
    ['a non-empty unprotected header', () => concat(hex('d2 84'), bstr(protectedBytes), hex('a1 04 41 00'), bstr(payloadBytes), bstr(signature))],
    ['an unprotected header that is not a map', () => concat(hex('d2 84'), bstr(protectedBytes), hex('80'), bstr(payloadBytes), bstr(signature))],
    ['a protected header that is a map, not a byte string', () => concat(hex('d2 84'), protectedBytes, hex('a0'), bstr(payloadBytes), bstr(signature))],
  ];
  it.each(refusedMessages)('refuses %s', (_label, build) => {
    expect(parseCoseSign1(build()).ok).toBe(false);
  });

  const refusedHeaders: Array<[string, Uint8Array]> = [
    ['alg ES256', cbor(new Map<number, unknown>([[1, -7], [4, kid]]))],
    ['alg as text', cbor(new Map<number, unknown>([[1, 'EdDSA'], [4, kid]]))],
    ['no alg', cbor(new Map<number, unknown>([[4, kid]]))],
    ['no kid', cbor(new Map<number, unknown>([[1, -8]]))],
    ['a 7-byte kid', cbor(new Map<number, unknown>([[1, -8], [4, kid.subarray(1)]]))],
    ['a 9-byte kid', cbor(new Map<number, unknown>([[1, -8], [4, concat(kid, hex('00'))]]))],
    ['a text kid', cbor(new Map<number, unknown>([[1, -8], [4, 'AQIDBAUGBwg']]))],
    ['crit', cbor(new Map<number, unknown>([[1, -8], [2, [4]], [4, kid]]))],
    ['a content type', cbor(new Map<number, unknown>([[1, -8], [3, 0], [4, kid]]))],
    ['a text label', cbor(new Map<unknown, unknown>([[1, -8], [4, kid], ['x', 1]]))],
    ['keys out of order', concat(hex('a2 04 48'), kid, hex('01 27'))],
    ['a long-form alg', concat(hex('a2 01 38 07 04 48'), kid)],
    ['an empty header', new Uint8Array(0)],
    ['an empty map', hex('a0')],
    ['an array', cbor([1, -8, 4, kid])],
  ];
  it.each(refusedHeaders)('refuses a protected header with %s', (_label, bytes) => {
    expect(parseProtectedHeader(bytes).ok).toBe(false);
  });
});

describe('the fast payload reader agrees with cbor2', () => {
  const { decodeSmallMapStrict, decodeCborStrict, encodeCbor } = jest.requireActual('../cose') as typeof import('../cose');
  const payload = encodeCbor(
    new Map<number, unknown>([
      [1, 1],
      [2, 'ZB2017000123-1'],
      [3, '（2017）鲁0303刑初12号'],
      [4, '鲁0303'],
      [5, 3],
      [6, '2017-06-12'],
      [7, new Uint8Array(32).fill(7)],
    ]),
  );

  test('reads a payload to the same map cbor2 decodes', () => {
    expect(decodeSmallMapStrict(payload)).toEqual(decodeCborStrict(payload));
  });

  test('every one-byte change and every truncation is either refused or read exactly as cbor2 reads it', () => {
    for (let i = 0; i < payload.length; i++) {
      for (const delta of [1, 0x20, 0x80, 0xff]) {
        const mutated = Uint8Array.from(payload);
        mutated[i] = (mutated[i]! + delta) & 0xff;
        let strict: unknown;
        try {
          strict = decodeCborStrict(mutated);
        } catch {
          strict = undefined;
        }
        let fast: unknown;
        try {
          fast = decodeSmallMapStrict(mutated);
        } catch {
          fast = undefined;
        }
        // The fast reader never accepts what the strict one refuses.
        if (strict === undefined) expect(fast).toBeUndefined();
        else if (fast !== undefined) expect(fast).toEqual(strict);
      }
      expect(() => decodeSmallMapStrict(payload.subarray(0, i))).toThrow();
    }
    expect(() => decodeSmallMapStrict(Uint8Array.from([...payload, 0]))).toThrow();
  });
});
