/**
 * The browser verifier (browser/verifyJudgmentCode.mjs) run in Node: WebCrypto's Ed25519 and
 * cbor2, against codes from sealDocument. Jest loads the .mjs through jest.esm-to-cjs.js.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as BrowserVerifier from '../../browser/verifyJudgmentCode.mjs';
import { createCourtKeyStore } from '../keys';
import { sealDocument, verifySeal } from '../seal';
import { verificationUrl } from '../qr';
import type { TrustList } from '../trustList';
import { AFTER_ISSUE, BASE_URL, KEY_START, sealWorld, temporaryKeyDirectory, typicalPayload, type SealWorld } from './fixtures';
import {
  bytesOf,
  cbor,
  codeOf,
  concat,
  forgeCode,
  forgePayload,
  kidBytesOf,
  messageOf,
  partsOf,
  payloadMapOf,
  protectedHeaderOf,
} from './forge';

let verifyJudgmentCode: typeof BrowserVerifier.verifyJudgmentCode;
let world: SealWorld;
let trust: TrustList;
/** The trust list as the page gets it: parsed from the published JSON. */
let jwks: unknown;
let code: string;

beforeAll(async () => {
  ({ verifyJudgmentCode } = await import('../../browser/verifyJudgmentCode.mjs'));
  world = sealWorld();
  trust = world.store.trustList();
  jwks = JSON.parse(JSON.stringify(trust));
  code = await sealDocument(typicalPayload(world.zhangdian), world.zhangdian);
});
afterAll(() => world.cleanup());

const browser = (input: unknown, list: unknown = jwks, now: Date = AFTER_ISSUE) => verifyJudgmentCode(input, list, now);

/** Both verifiers give the same status (and payload) for the input. */
async function expectSameAsNode(input: string, list: TrustList = trust, now: Date = AFTER_ISSUE): Promise<string> {
  const [inBrowser, inNode] = await Promise.all([
    verifyJudgmentCode(input, JSON.parse(JSON.stringify(list)), now),
    verifySeal(input, list, { now }),
  ]);
  expect({ input, status: inBrowser.status, payload: inBrowser.payload }).toEqual({
    input,
    status: inNode.status,
    payload: inNode.payload,
  });
  return inBrowser.status;
}

it('is a browser module: ES module syntax, cbor2 and WebCrypto only, no Node APIs', () => {
  const source = readFileSync(join(__dirname, '../../browser/verifyJudgmentCode.mjs'), 'utf8');
  const imports = [...source.matchAll(/^import .* from '([^']+)';$/gm)].map((match) => match[1]);
  expect(imports).toEqual(['cbor2']);
  expect(source).toMatch(/^export async function verifyJudgmentCode\(input, jwks, now = new Date\(\)\)/m);
  expect(source).not.toMatch(/\b(require|Buffer|process|node:)\b|__dirname/);
  expect(source).toContain("crypto.subtle.verify({ name: 'Ed25519' }");
});

it('also runs untranspiled, as a native ES module importing the real cbor2', () => {
  const script = `
    import { verifyJudgmentCode } from ${JSON.stringify(join(__dirname, '../../browser/verifyJudgmentCode.mjs'))};
    const { code, jwks, now } = JSON.parse(process.env.SEAL_TEST_INPUT);
    const results = await Promise.all([code, code.slice(0, -2) + (code.endsWith('AA') ? 'BA' : 'AA')].map((input) => verifyJudgmentCode(input, jwks, new Date(now))));
    console.log(JSON.stringify(results.map((result) => result.status)));
  `;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: join(__dirname, '../../browser'),
    env: { ...process.env, SEAL_TEST_INPUT: JSON.stringify({ code, jwks, now: AFTER_ISSUE.toISOString() }) },
    encoding: 'utf8',
  });
  expect(JSON.parse(output)).toEqual(['VALID', 'INVALID_SIGNATURE']);
});

describe('statuses', () => {
  it('VALID, with the same payload as verifySeal', async () => {
    const result = await browser(code);
    expect(result).toEqual({
      status: 'VALID',
      payload: typicalPayload(world.zhangdian),
      reason: 'signature valid; signed by the issuing court',
    });
    expect(await expectSameAsNode(code)).toBe('VALID');
  });

  it('VALID from a scanned URL, its percent-encoded form, or with whitespace', async () => {
    for (const input of [
      verificationUrl(BASE_URL, code),
      `${BASE_URL}?c=${encodeURIComponent(code)}`,
      `${BASE_URL}?lang=zh&c=${code}`,
      `\n ${code} `,
    ]) {
      expect((await browser(input)).status).toBe('VALID');
    }
  });

  it('VALID for every document kind and a rotated key on its rotation day', async () => {
    for (const kind of ['JUDGMENT', 'RULING', 'CORRECTION_RULING'] as const) {
      const sealed = await sealDocument(typicalPayload(world.zhangdian, { kind }), world.zhangdian);
      expect((await browser(sealed)).payload?.kind).toBe(kind);
    }
    const { dir, cleanup } = temporaryKeyDirectory();
    try {
      const store = createCourtKeyStore(dir);
      const old = store.ensureCourtKey('鲁0303', KEY_START);
      const rotation = new Date('2019-03-01T10:00:00+08:00');
      const current = store.rotateCourtKey('鲁0303', rotation);
      const list = store.trustList();
      const later = new Date('2020-01-01T00:00:00+08:00');
      const sameDayOld = await sealDocument(typicalPayload(old, { issued: '2019-03-01' }), old);
      const sameDayNew = await sealDocument(typicalPayload(current, { issued: '2019-03-01' }), current);
      const stolen = { ...old, notAfter: null };
      const afterRetirement = await sealDocument(typicalPayload(stolen, { issued: '2019-06-01' }), stolen);
      expect(await expectSameAsNode(sameDayOld, list, later)).toBe('VALID');
      expect(await expectSameAsNode(sameDayNew, list, later)).toBe('VALID');
      expect(await expectSameAsNode(afterRetirement, list, later)).toBe('KEY_NOT_VALID_AT_ISSUE');
    } finally {
      cleanup();
    }
  });

  it('UNKNOWN_KEY for a key not in the list, or listed under a kid not derived from it', async () => {
    const other = sealWorld();
    try {
      const foreign = await sealDocument(typicalPayload(other.zhangdian), other.zhangdian);
      expect(await expectSameAsNode(foreign)).toBe('UNKNOWN_KEY');
    } finally {
      other.cleanup();
    }
    const entry = trust.keys.find((jwk) => jwk.kid === world.zhangdian.kid);
    const second = trust.keys.find((jwk) => jwk.kid !== world.zhangdian.kid);
    if (!entry || !second) throw new Error('fixture lacks keys');
    const mislabelled: TrustList = { keys: [{ ...entry, kid: second.kid }, { ...second, kid: entry.kid }] };
    expect(await expectSameAsNode(code, mislabelled)).toBe('UNKNOWN_KEY');
    const duplicated: TrustList = { keys: [...trust.keys, entry] };
    expect(await expectSameAsNode(code, duplicated)).toBe('UNKNOWN_KEY');
    // The same key bytes under a second spelling of x (spare bits set) are not accepted either.
    const b64url = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const respelled = entry.x.slice(0, 42) + b64url[b64url.indexOf(entry.x.slice(42)) | 1];
    expect(await expectSameAsNode(code, { keys: [{ ...entry, x: respelled }] })).toBe('UNKNOWN_KEY');
    expect((await browser(code, { keys: [] })).status).toBe('UNKNOWN_KEY');
  });

  it('INVALID_SIGNATURE for a changed signature or payload, a swapped kid, or another court\'s key', async () => {
    const { protectedBytes, payloadBytes, signature } = partsOf(code);
    const flipped = new Uint8Array(signature);
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    const otherDay = cbor(payloadMapOf(typicalPayload(world.zhangdian, { issued: '2017-06-13' })));
    for (const tampered of [
      codeOf(messageOf({ protectedBytes, payloadBytes, signature: flipped })),
      codeOf(messageOf({ protectedBytes, payloadBytes: otherDay, signature })),
      codeOf(messageOf({ protectedBytes: protectedHeaderOf(world.zichuan.kid), payloadBytes, signature })),
      forgePayload(world.zichuan, typicalPayload(world.zhangdian)),
    ]) {
      expect(await expectSameAsNode(tampered)).toBe('INVALID_SIGNATURE');
    }
  });

  it('KEY_NOT_VALID_AT_ISSUE for a backdated document or one dated after now', async () => {
    const backdated = forgePayload(world.zhangdian, typicalPayload(world.zhangdian, { issued: '2016-12-30' }));
    expect(await expectSameAsNode(backdated)).toBe('KEY_NOT_VALID_AT_ISSUE');
    const beforeIssue = new Date('2017-06-11T12:00:00+08:00');
    expect(await expectSameAsNode(code, trust, beforeIssue)).toBe('KEY_NOT_VALID_AT_ISSUE');
    // The issue day runs in China time: 2017-06-12 00:30 at UTC+8 is still 2017-06-11 in UTC.
    expect(await expectSameAsNode(code, trust, new Date('2017-06-12T00:30:00+08:00'))).toBe('VALID');
  });

  it('MALFORMED for hostile, truncated, oversized or wrongly encoded input, without throwing', async () => {
    const kid = kidBytesOf(world.zhangdian.kid);
    const payloadBytes = cbor(payloadMapOf(typicalPayload(world.zhangdian)));
    const inputs = [
      '',
      'ZBJ1:',
      code.toLowerCase(),
      `${code}=`,
      code.slice(0, -1),
      code.slice(0, 100),
      code + ' '.repeat(1024),
      `${BASE_URL}?c=${code}&c=${code}`,
      `javascript:alert(1)//?c=${code}`,
      codeOf(concat(bytesOf(code), Uint8Array.of(0))),
      forgeCode(world.zhangdian, payloadBytes, cbor(new Map<number, unknown>([[1, -7], [4, kid]]))),
      forgeCode(world.zhangdian, payloadBytes, cbor(new Map<number, unknown>([[1, -8], [2, [4]], [4, kid]]))),
      forgeCode(world.zhangdian, payloadBytes, protectedHeaderOf(world.zhangdian.kid), new Map([[4, kid]])),
      forgeCode(world.zhangdian, concat(Uint8Array.of(0xbf), payloadBytes.subarray(1), Uint8Array.of(0xff))),
      forgePayload(world.zhangdian, typicalPayload(world.zhangdian), (map) => map.set(8, '张三')),
      forgePayload(world.zhangdian, typicalPayload(world.zhangdian), (map) => map.set(5, 4)),
      forgePayload(world.zhangdian, typicalPayload(world.zhangdian), (map) => map.set(3, '（2017）鲁0302刑初12号')),
      forgePayload(world.zhangdian, typicalPayload(world.zhangdian), (map) => map.set(3, '（2017）鲁0303刑初012号')),
      forgePayload(world.zhangdian, typicalPayload(world.zhangdian), (map) => map.set(6, '2017-02-29')),
    ];
    for (const input of inputs) expect(await expectSameAsNode(input)).toBe('MALFORMED');
    for (const input of [undefined, null, 42, {}, ['ZBJ1:'], new Uint8Array(4)]) {
      expect(await browser(input)).toMatchObject({ status: 'MALFORMED' });
    }
    for (const list of [null, undefined, {}, { keys: null }, { keys: [null, 1, 'x', {}] }, 'jwks']) {
      expect((await verifyJudgmentCode(code, list, AFTER_ISSUE)).status).toBe('UNKNOWN_KEY');
    }
  });

  it('agrees with verifySeal on every changed byte of a code', async () => {
    const bytes = bytesOf(code);
    const statuses = new Set<string>();
    for (let i = 0; i < bytes.length; i++) {
      const tampered = new Uint8Array(bytes);
      tampered[i] = (tampered[i] ?? 0) ^ (i % 2 === 0 ? 0x01 : 0x40);
      statuses.add(await expectSameAsNode(codeOf(tampered)));
    }
    expect([...statuses].sort()).toEqual(['INVALID_SIGNATURE', 'MALFORMED', 'UNKNOWN_KEY']);
  });

  it('agrees with verifySeal on every truncation of a code', async () => {
    for (let length = 0; length < code.length; length += 5) {
      expect(await expectSameAsNode(code.slice(0, length))).toBe('MALFORMED');
    }
  });
});
