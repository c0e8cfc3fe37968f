import { createHmac } from 'node:crypto';
import { CompactSign, compactVerify, importJWK } from 'jose';
import type { CourtKey } from '../keys';
import { encodeSealPayload, type SealPayload } from '../payload';
import { sealDocument, verifySeal } from '../seal';
import { verificationUrl } from '../qr';
import type { TrustList } from '../trustList';
import { AFTER_ISSUE, BASE_URL, sealWorld, typicalPayload, type SealWorld } from './fixtures';

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');

/** Signs whatever a forger likes with a real private key, bypassing sealDocument's checks. */
async function signRaw(payload: SealPayload | string, key: CourtKey, kid = key.kid): Promise<string> {
  const json = typeof payload === 'string' ? payload : encodeSealPayload(payload);
  if (!key.privateKey) throw new Error('test key lacks its private key');
  const jws = await new CompactSign(new TextEncoder().encode(json))
    .setProtectedHeader({ alg: 'EdDSA', kid })
    .sign(key.privateKey);
  return `ZBJ1:${jws}`;
}

function parts(code: string): [string, string, string] {
  const [header = '', payload = '', signature = ''] = code.slice('ZBJ1:'.length).split('.');
  return [header, payload, signature];
}

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

describe('round trip', () => {
  it('verifies a sealed judgment as VALID with its payload', async () => {
    const result = await verify(code);
    expect(result.status).toBe('VALID');
    expect(result.payload).toEqual(typicalPayload(world.zhangdian));
  });

  it('accepts the whole scanned verification URL and surrounding whitespace', async () => {
    expect((await verify(verificationUrl(BASE_URL, code))).status).toBe('VALID');
    expect((await verify(`${BASE_URL}?lang=en&c=${code}`)).status).toBe('VALID');
    expect((await verify(`  ${code}\n`)).status).toBe('VALID');
  });

  it('is a standard JWS: jose\'s compactVerify accepts it with the published JWK', async () => {
    const jwk = trust.keys.find((entry) => entry.kid === world.zhangdian.kid);
    if (!jwk) throw new Error('key missing from trust list');
    const result = await compactVerify(code.slice('ZBJ1:'.length), await importJWK(jwk, 'EdDSA'), {
      algorithms: ['EdDSA'],
    });
    expect(JSON.parse(new TextDecoder().decode(result.payload))).toEqual(typicalPayload(world.zhangdian));
  });

  it('signs a protected header with alg and kid only', () => {
    expect(JSON.parse(Buffer.from(parts(code)[0], 'base64url').toString())).toEqual({
      alg: 'EdDSA',
      kid: world.zhangdian.kid,
    });
  });

  it('refuses to seal with a key of another court or a payload that does not validate', async () => {
    await expect(sealDocument(typicalPayload(world.zichuan), world.zichuan)).rejects.toThrow('another court');
    await expect(
      sealDocument(typicalPayload(world.zhangdian, { issued: '2017-02-30' }), world.zhangdian),
    ).rejects.toThrow('bad issue date');
    await expect(
      sealDocument(typicalPayload(world.zhangdian, { issued: '2016-12-31' }), world.zhangdian),
    ).rejects.toThrow('not valid on the issue date');
  });
});

describe('tampering', () => {
  it('catches every single-character change in the payload part', async () => {
    const [header, payload, signature] = parts(code);
    for (let i = 0; i < payload.length; i++) {
      const replacement = payload[i] === 'A' ? 'B' : 'A';
      const tampered = `ZBJ1:${header}.${payload.slice(0, i)}${replacement}${payload.slice(i + 1)}.${signature}`;
      const { status } = await verify(tampered);
      expect(['INVALID_SIGNATURE', 'MALFORMED']).toContain(status);
    }
  });

  it('gives INVALID_SIGNATURE when the header kid is swapped to another court\'s key', async () => {
    const [, payload, signature] = parts(code);
    const header = b64(JSON.stringify({ alg: 'EdDSA', kid: world.zichuan.kid }));
    expect((await verify(`ZBJ1:${header}.${payload}.${signature}`)).status).toBe('INVALID_SIGNATURE');
  });

  it('gives INVALID_SIGNATURE for a genuine signature by another court\'s key', async () => {
    const forged = await signRaw(typicalPayload(world.zichuan), world.zichuan);
    expect((await verify(forged)).status).toBe('INVALID_SIGNATURE');
  });

  it('gives MALFORMED when the signed payload names another kid than the header', async () => {
    const forged = await signRaw(typicalPayload(world.zichuan, { court: '鲁0303' }), world.zhangdian);
    expect((await verify(forged)).status).toBe('MALFORMED');
  });

  it('gives UNKNOWN_KEY for a kid that is not in the trust list', async () => {
    const other = sealWorld();
    try {
      const foreign = await sealDocument(typicalPayload(other.zhangdian), other.zhangdian);
      expect((await verify(foreign)).status).toBe('UNKNOWN_KEY');
    } finally {
      other.cleanup();
    }
  });

  it('ignores trust list entries whose kid is not derived from their key', async () => {
    const entry = trust.keys.find((jwk) => jwk.kid === world.zhangdian.kid);
    const other = trust.keys.find((jwk) => jwk.kid !== world.zhangdian.kid);
    if (!entry || !other) throw new Error('fixture lacks keys');
    const mislabelled: TrustList = { keys: [{ ...entry, kid: other.kid }, { ...other, kid: entry.kid }] };
    expect((await verify(code, mislabelled)).status).toBe('UNKNOWN_KEY');
  });

  it('gives KEY_NOT_VALID_AT_ISSUE for a document dated before the key existed', async () => {
    const backdated = await signRaw(typicalPayload(world.zhangdian, { issued: '2016-12-30' }), world.zhangdian);
    expect((await verify(backdated)).status).toBe('KEY_NOT_VALID_AT_ISSUE');
  });

  it('gives KEY_NOT_VALID_AT_ISSUE for a document dated after now', async () => {
    const result = await verifySeal(code, trust, { now: new Date('2017-06-11T12:00:00+08:00') });
    expect(result.status).toBe('KEY_NOT_VALID_AT_ISSUE');
    expect(result.payload).toBeUndefined();
  });

  it('refuses alg none and HS256 headers, including HMAC keyed with the public key', async () => {
    const [, payload, signature] = parts(code);
    const publicX = trust.keys.find((jwk) => jwk.kid === world.zhangdian.kid)?.x ?? '';
    for (const alg of ['none', 'HS256', 'ES256', 'eddsa']) {
      const header = b64(JSON.stringify({ alg, kid: world.zhangdian.kid }));
      const hmac = createHmac('sha256', publicX).update(`${header}.${payload}`).digest('base64url');
      for (const candidate of [`${header}.${payload}.${signature}`, `${header}.${payload}.${hmac}`, `${header}.${payload}.`]) {
        expect((await verify(`ZBJ1:${candidate}`)).status).toBe('MALFORMED');
      }
    }
  });

  it('refuses header members beyond alg and kid', async () => {
    const [, payload, signature] = parts(code);
    const header = b64(JSON.stringify({ alg: 'EdDSA', kid: world.zhangdian.kid, crit: ['b64'], b64: false }));
    expect((await verify(`ZBJ1:${header}.${payload}.${signature}`)).status).toBe('MALFORMED');
  });

  it('refuses a signed payload with extra fields (e.g. personal data)', async () => {
    const json = encodeSealPayload(typicalPayload(world.zhangdian)).replace('}', ',"name":"张三"}');
    expect((await verify(await signRaw(json, world.zhangdian))).status).toBe('MALFORMED');
  });
});
