import { createPublicKey, verify as verifyEd25519 } from 'node:crypto';
import { decode, Tag } from 'cbor2';
import { encodeBase32 } from '../base32';
import type { CourtKey } from '../keys';
import type { SealPayload } from '../payload';
import { MAX_SEAL_INPUT_LENGTH, sealDocument, verifySeal } from '../seal';
import { verificationUrl } from '../qr';
import type { TrustList } from '../trustList';
import { AFTER_ISSUE, BASE_URL, sealWorld, typicalPayload, type SealWorld } from './fixtures';
import {
  bytesOf,
  cbor,
  codeOf,
  concat,
  forgeCode,
  forgePayload,
  head,
  kidBytesOf,
  messageOf,
  partsOf,
  PREFIX,
  protectedHeaderOf,
  payloadMapOf,
  sigStructureOf,
  signWith,
} from './forge';

let world: SealWorld;
let trust: TrustList;
let code: string;
beforeAll(async () => {
  world = sealWorld();
  trust = world.store.trustList();
  code = await sealDocument(typicalPayload(world.zhangdian), world.zhangdian);
});
afterAll(() => world.cleanup());

const verify = (input: string, list: TrustList = trust) => verifySeal(input, list, { now: AFTER_ISSUE });
const statusOf = async (input: string, list: TrustList = trust) => (await verify(input, list)).status;

describe('round trip', () => {
  it('verifies a sealed judgment as VALID with its payload', async () => {
    const result = await verify(code);
    expect(result.status).toBe('VALID');
    expect(result.payload).toEqual(typicalPayload(world.zhangdian));
  });

  it('writes ZBJ1: and uppercase base32 only, one code per payload', async () => {
    expect(code).toMatch(/^ZBJ1:[A-Z2-7]+$/);
    // Ed25519 is deterministic and the CBOR is too: sealing again gives the same text.
    expect(await sealDocument(typicalPayload(world.zhangdian), world.zhangdian)).toBe(code);
  });

  it('accepts the scanned verification URL, its percent-encoded form and surrounding whitespace', async () => {
    expect(verificationUrl(BASE_URL, code)).toBe(`${BASE_URL}?c=${code}`);
    for (const input of [
      verificationUrl(BASE_URL, code),
      `${BASE_URL}?c=${encodeURIComponent(code)}`,
      `${BASE_URL}?lang=en&c=${code}`,
      `HTTP://LOCALHOST:4000/VERIFY?c=${code}`,
      `  ${code}\n`,
    ]) {
      expect(await statusOf(input)).toBe('VALID');
    }
  });

  it('is the documented COSE_Sign1: a plain cbor2 decode and Node crypto verify it independently', () => {
    const message = decode(bytesOf(code));
    expect(message).toBeInstanceOf(Tag);
    const { tag, contents } = message as Tag;
    expect(tag).toBe(18);
    expect(Array.isArray(contents) && contents.length).toBe(4);
    const [protectedBytes, unprotected, payloadBytes, signature] = contents as [Uint8Array, unknown, Uint8Array, Uint8Array];
    expect(unprotected).toEqual({});
    expect(signature).toHaveLength(64);

    expect(decode(protectedBytes)).toEqual(new Map<number, unknown>([[1, -8], [4, kidBytesOf(world.zhangdian.kid)]]));
    const payload = typicalPayload(world.zhangdian);
    expect(decode(payloadBytes)).toEqual(
      new Map<number, unknown>([
        [1, 1],
        [2, payload.doc],
        [3, payload.no],
        [4, payload.court],
        [5, 1],
        [6, payload.issued],
        [7, new Uint8Array(Buffer.from(payload.sha, 'base64url'))],
      ]),
    );

    const jwk = trust.keys.find((entry) => entry.kid === world.zhangdian.kid);
    if (!jwk) throw new Error('key missing from trust list');
    const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, format: 'jwk' });
    const toBeSigned = sigStructureOf(protectedBytes, payloadBytes);
    expect(verifyEd25519(null, toBeSigned, publicKey, signature)).toBe(true);
    expect(codeOf(messageOf({ protectedBytes, payloadBytes, signature }))).toBe(code);
  });

  it('encodes the document kinds as 1, 2 and 3', async () => {
    for (const [kind, number] of [['JUDGMENT', 1], ['RULING', 2], ['CORRECTION_RULING', 3]] as const) {
      const sealed = await sealDocument(typicalPayload(world.zhangdian, { kind }), world.zhangdian);
      expect((decode(partsOf(sealed).payloadBytes) as Map<number, unknown>).get(5)).toBe(number);
      expect((await verify(sealed)).payload?.kind).toBe(kind);
    }
  });

  it('refuses to seal with a key of another court or a payload that does not validate', async () => {
    await expect(sealDocument(typicalPayload(world.zichuan), world.zichuan)).rejects.toThrow('another court');
    await expect(
      sealDocument(typicalPayload(world.zhangdian, { issued: '2017-02-30' }), world.zhangdian),
    ).rejects.toThrow('bad issue date');
    await expect(
      sealDocument(typicalPayload(world.zhangdian, { issued: '2016-12-31' }), world.zhangdian),
    ).rejects.toThrow('not valid on the issue date');
    await expect(
      sealDocument(typicalPayload(world.zhangdian, { kid: world.zichuan.kid }), world.zhangdian),
    ).rejects.toThrow('kid');
    const publicOnly: CourtKey = { ...world.zhangdian, privateKey: undefined };
    await expect(sealDocument(typicalPayload(world.zhangdian), publicOnly)).rejects.toThrow('public only');
  });
});

describe('tampering', () => {
  it('catches every changed byte of the COSE message', async () => {
    const bytes = bytesOf(code);
    const { protectedBytes } = partsOf(code);
    const kidStart = 3 + protectedBytes.length - 8;
    for (let i = 0; i < bytes.length; i++) {
      for (const mask of [0x01, 0x80, 0xff]) {
        const tampered = new Uint8Array(bytes);
        tampered[i] = (tampered[i] ?? 0) ^ mask;
        const status = await statusOf(codeOf(tampered));
        // A changed kid names no listed key; anything else breaks the structure or the signature.
        const expected = i >= kidStart && i < kidStart + 8 ? ['UNKNOWN_KEY'] : ['INVALID_SIGNATURE', 'MALFORMED'];
        expect(expected).toContain(status);
      }
    }
  });

  it('gives INVALID_SIGNATURE for a changed signature or a changed payload value', async () => {
    const { protectedBytes, payloadBytes, signature } = partsOf(code);
    const flipped = new Uint8Array(signature);
    flipped[10] = (flipped[10] ?? 0) ^ 1;
    expect(await statusOf(codeOf(messageOf({ protectedBytes, payloadBytes, signature: flipped })))).toBe('INVALID_SIGNATURE');
    const map = payloadMapOf(typicalPayload(world.zhangdian, { issued: '2017-06-13' }));
    expect(await statusOf(codeOf(messageOf({ protectedBytes, payloadBytes: cbor(map), signature })))).toBe('INVALID_SIGNATURE');
  });

  it('gives INVALID_SIGNATURE when the header kid is swapped to another court\'s key', async () => {
    const { payloadBytes, signature } = partsOf(code);
    const swapped = messageOf({ protectedBytes: protectedHeaderOf(world.zichuan.kid), payloadBytes, signature });
    expect(await statusOf(codeOf(swapped))).toBe('INVALID_SIGNATURE');
  });

  it('gives INVALID_SIGNATURE for a genuine signature by another court\'s key', async () => {
    // 张店's document, signed with 淄川's key under 淄川's kid.
    const forged = forgePayload(world.zichuan, typicalPayload(world.zhangdian));
    const result = await verify(forged);
    expect(result).toEqual({ status: 'INVALID_SIGNATURE', reason: 'signed with a key of another court' });
  });

  it('gives UNKNOWN_KEY for a kid that is not in the trust list', async () => {
    const other = sealWorld();
    try {
      const foreign = await sealDocument(typicalPayload(other.zhangdian), other.zhangdian);
      expect(await statusOf(foreign)).toBe('UNKNOWN_KEY');
    } finally {
      other.cleanup();
    }
  });

  it('ignores trust list entries whose kid is not derived from their key', async () => {
    const entry = trust.keys.find((jwk) => jwk.kid === world.zhangdian.kid);
    const other = trust.keys.find((jwk) => jwk.kid !== world.zhangdian.kid);
    if (!entry || !other) throw new Error('fixture lacks keys');
    const mislabelled: TrustList = { keys: [{ ...entry, kid: other.kid }, { ...other, kid: entry.kid }] };
    expect(await statusOf(code, mislabelled)).toBe('UNKNOWN_KEY');
  });

  it('gives KEY_NOT_VALID_AT_ISSUE for a document dated before the key existed', async () => {
    const backdated = forgePayload(world.zhangdian, typicalPayload(world.zhangdian, { issued: '2016-12-30' }));
    expect(await statusOf(backdated)).toBe('KEY_NOT_VALID_AT_ISSUE');
  });

  it('gives KEY_NOT_VALID_AT_ISSUE for a document dated after now', async () => {
    const result = await verifySeal(code, trust, { now: new Date('2017-06-11T12:00:00+08:00') });
    expect(result.status).toBe('KEY_NOT_VALID_AT_ISSUE');
    expect(result.payload).toBeUndefined();
  });
});

describe('headers', () => {
  const kid = () => kidBytesOf(world.zhangdian.kid);
  const payloadBytes = () => cbor(payloadMapOf(typicalPayload(world.zhangdian)));
  const signedWithHeader = (header: Map<unknown, unknown> | Uint8Array) =>
    forgeCode(world.zhangdian, payloadBytes(), header instanceof Uint8Array ? header : cbor(header));

  it('accepts the forge helpers\' own well-formed code (so the refusals below are about the header)', async () => {
    expect(await statusOf(signedWithHeader(new Map<unknown, unknown>([[1, -8], [4, kid()]])))).toBe('VALID');
  });

  it('refuses other algorithms, validly signed or not', async () => {
    for (const alg of [-7, -35, -257, 5, 'EdDSA', -9, 0]) {
      expect(await statusOf(signedWithHeader(new Map<unknown, unknown>([[1, alg], [4, kid()]])))).toBe('MALFORMED');
    }
    expect(await statusOf(signedWithHeader(new Map<unknown, unknown>([[4, kid()]])))).toBe('MALFORMED');
  });

  it('refuses header members beyond alg and kid (crit, content type, IV, text labels)', async () => {
    for (const [label, value] of [[2, [4]], [3, 0], [5, new Uint8Array(12)], [6, new Uint8Array(8)], ['b64', false]] as const) {
      const header = new Map<unknown, unknown>([[1, -8], [4, kid()], [label, value]]);
      expect(await statusOf(signedWithHeader(header))).toBe('MALFORMED');
    }
  });

  it('refuses anything in the unprotected header, even the alg and kid', async () => {
    for (const unprotected of [
      new Map<unknown, unknown>([[4, kid()]]),
      new Map<unknown, unknown>([[1, -8]]),
      new Map<unknown, unknown>([[2, [4]]]),
    ]) {
      const forged = forgeCode(world.zhangdian, payloadBytes(), protectedHeaderOf(world.zhangdian.kid), unprotected);
      expect(await statusOf(forged)).toBe('MALFORMED');
    }
    // kid only unprotected, protected header empty: the signature would still be valid.
    const onlyUnprotected = forgeCode(world.zhangdian, payloadBytes(), cbor(new Map([[1, -8]])), new Map([[4, kid()]]));
    expect(await statusOf(onlyUnprotected)).toBe('MALFORMED');
  });

  it('refuses kids of the wrong length or type', async () => {
    for (const badKid of [kid().subarray(1), concat(kid(), Uint8Array.of(0)), world.zhangdian.kid]) {
      expect(await statusOf(signedWithHeader(new Map<unknown, unknown>([[1, -8], [4, badKid]])))).toBe('MALFORMED');
    }
  });

  it('refuses a validly signed header in a non-deterministic encoding', async () => {
    const k = kid();
    for (const header of [
      concat(Uint8Array.of(0xa2, 0x04, 0x48), k, Uint8Array.of(0x01, 0x27)), // keys out of order
      concat(Uint8Array.of(0xa2, 0x01, 0x38, 0x07, 0x04, 0x48), k), // -8 in a long form
      concat(Uint8Array.of(0xa2, 0x01, 0x27, 0x04, 0x58, 0x08), k), // kid length in a long form
      concat(Uint8Array.of(0xbf, 0x01, 0x27, 0x04, 0x48), k, Uint8Array.of(0xff)), // indefinite map
    ]) {
      expect(await statusOf(signedWithHeader(header))).toBe('MALFORMED');
    }
  });
});

describe('payloads', () => {
  const base = () => typicalPayload(world.zhangdian);
  const forged = (edit: (map: Map<number, unknown>) => void, payload: SealPayload = base()) =>
    forgePayload(world.zhangdian, payload, edit);

  it('refuses validly signed payloads with extra, missing or mistyped fields', async () => {
    const edits: Array<(map: Map<number, unknown>) => void> = [
      (map) => map.set(8, '张三'), // personal data
      (map) => map.set(0, world.zhangdian.kid), // a kid in the payload
      (map) => map.delete(7),
      (map) => map.set(1, 2),
      (map) => map.set(1, '1'),
      (map) => map.set(5, 0),
      (map) => map.set(5, 4),
      (map) => map.set(5, 'JUDGMENT'),
      (map) => map.set(7, new Uint8Array(31)),
      (map) => map.set(7, base().sha),
      (map) => map.set(6, '2017-02-30'),
      (map) => map.set(6, 20170612),
      (map) => map.set(2, ''),
      (map) => map.set(2, 'a b'),
      (map) => map.set(2, new Uint8Array(4)),
      (map) => map.set(3, '(2017)鲁0303刑初12号'),
      (map) => map.set(3, '（2017）鲁0302刑初12号'),
      (map) => map.set(4, '鲁9999').set(3, '（2017）鲁9999刑初12号'),
    ];
    for (const edit of edits) {
      const result = await verify(forged(edit));
      expect(result.status).toBe('MALFORMED');
      expect(result.payload).toBeUndefined();
    }
  });

  it('refuses a payload with text keys (the JSON names) instead of integers', async () => {
    const { kid, ...named } = base();
    void kid;
    const forgedCode = forgeCode(world.zhangdian, cbor(new Map(Object.entries(named))));
    expect(await statusOf(forgedCode)).toBe('MALFORMED');
  });

  it('refuses validly signed payloads in a non-deterministic encoding', async () => {
    const canonical = cbor(payloadMapOf(base()));
    const entries = [...payloadMapOf(base())];
    const encodeEntries = (list: Array<[number, unknown]>, mapHead: Uint8Array) =>
      concat(mapHead, ...list.flatMap(([key, value]) => [cbor(key), cbor(value)]));
    const variants = [
      encodeEntries([...entries].reverse(), head(5, 7)), // keys out of order
      encodeEntries(entries, head(5, 7, 1)), // map length in a long form
      encodeEntries([...entries, [7, entries[6]?.[1]]], head(5, 8)), // a duplicate key
      concat(Uint8Array.of(0xbf), canonical.subarray(1), Uint8Array.of(0xff)), // indefinite map
      concat(Uint8Array.of(0xa7, 0x18, 0x01), canonical.subarray(2)), // key 1 in a long form
      concat(canonical, Uint8Array.of(0x00)), // a trailing byte
    ];
    for (const payloadBytes of variants) {
      expect(payloadBytes).not.toEqual(canonical);
      expect(await statusOf(forgeCode(world.zhangdian, payloadBytes))).toBe('MALFORMED');
    }
  });

  it('refuses a text string inside as an indefinite-length string', async () => {
    const map = payloadMapOf(base());
    const doc = new Uint8Array(Buffer.from(base().doc));
    const entries = [...map].map(([key, value]) =>
      key === 2 ? concat(cbor(key), Uint8Array.of(0x7f), head(3, doc.length), doc, Uint8Array.of(0xff)) : concat(cbor(key), cbor(value)),
    );
    expect(await statusOf(forgeCode(world.zhangdian, concat(head(5, 7), ...entries)))).toBe('MALFORMED');
  });
});

describe('encodings of the code text', () => {
  it('refuses lowercase, padding, spare bits and a wrong prefix', async () => {
    const body = code.slice(PREFIX.length);
    const last = body.at(-1) ?? 'A';
    const lastValue = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'.indexOf(last);
    const spare = (body.length * 5) % 8;
    const inputs = [
      PREFIX + body.toLowerCase(),
      `${PREFIX}${body}${'='.repeat((8 - (body.length % 8)) % 8 || 8)}`,
      `zbj1:${body}`,
      `ZBJ2:${body}`,
      `ZBJ1 ${body}`,
      `ZBJ1:${body.slice(0, 20)} ${body.slice(20)}`,
    ];
    if (spare > 0) {
      inputs.push(PREFIX + body.slice(0, -1) + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[lastValue | 1]);
    }
    for (const input of inputs) expect(await statusOf(input)).toBe('MALFORMED');
  });

  it('refuses input over the length limit before parsing, even a valid code padded with spaces', async () => {
    expect(MAX_SEAL_INPUT_LENGTH).toBe(1024);
    const padded = code + ' '.repeat(MAX_SEAL_INPUT_LENGTH - code.length + 1);
    expect(await verify(padded)).toEqual({ status: 'MALFORMED', reason: 'input is too long' });
    expect(await statusOf(code + ' '.repeat(MAX_SEAL_INPUT_LENGTH - code.length))).toBe('VALID');
  });

  it('never echoes the input in its reasons', async () => {
    const marker = 'ZZMARKERZZ';
    for (const input of [
      marker,
      `${PREFIX}${marker}`,
      `${BASE_URL}?c=${PREFIX}${marker}`,
      codeOf(cbor(marker)),
      forgePayload(world.zhangdian, typicalPayload(world.zhangdian), (map) => map.set(8, marker)),
      forgePayload(world.zhangdian, typicalPayload(world.zhangdian, { doc: marker })).replace(/.$/, 'Q'),
    ]) {
      const { reason } = await verify(input);
      expect(reason).not.toContain(marker);
      expect(reason).not.toContain(encodeBase32(new Uint8Array(Buffer.from(marker))));
    }
  });

  it('reads the kid from the header: the payload carries none', async () => {
    const result = await verify(code);
    expect(result.payload?.kid).toBe(world.zhangdian.kid);
    expect((decode(partsOf(code).payloadBytes) as Map<number, unknown>).size).toBe(7);
    expect(signWith(world.zhangdian, partsOf(code).protectedBytes, partsOf(code).payloadBytes)).toEqual(partsOf(code).signature);
  });
});
