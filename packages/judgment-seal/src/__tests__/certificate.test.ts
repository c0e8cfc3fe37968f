import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeBase32, encodeBase32 } from '../base32';
import {
  CERTIFICATE_CODE_PREFIX,
  decodeCertificatePayload,
  sealCertificate,
  verifyCertificateSeal,
  type CertificatePayload,
} from '../certificate';
import { encodeCbor, encodeCoseSign1, parseCoseSign1 } from '../cose';
import { createIssuerKeyStore, indexIssuerTrustList, type IssuerKey, type IssuerKeyStore } from '../issuerKeys';
import { documentSha256 } from '../payload';
import { qrSegments, verificationUrl } from '../qr';
import { sealDocument, verifySeal } from '../seal';
import { AFTER_ISSUE, sealWorld, typicalPayload } from './fixtures';

const LETTER = '淄博市张店区人民检察院\n行贿犯罪档案查询结果告知函\n淄张检行查〔2017〕45号\n\n经查询，未发现被查询人有行贿犯罪记录。';
const KEY_START = new Date('2017-01-01T00:00:00+08:00');

let root: string;
let store: IssuerKeyStore;
let zhangdian: IssuerKey;
let zichuan: IssuerKey;

function payload(key: IssuerKey, overrides: Partial<CertificatePayload> = {}): CertificatePayload {
  return {
    v: 1,
    kid: key.kid,
    doc: 'XC370303201700123',
    no: '淄张检行查〔2017〕45号',
    issuer: '370303',
    kind: 'BRIBERY_RECORD_CERTIFICATE',
    issued: '2017-06-12',
    sha: documentSha256(LETTER),
    result: 'NO_RECORD',
    ...overrides,
  };
}

const verify = (input: string) => verifyCertificateSeal(input, store.trustList(), { now: AFTER_ISSUE });

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'issuer-keys-'));
  store = createIssuerKeyStore(join(root, 'procuratorates'));
  zhangdian = store.ensureKey('370303', KEY_START);
  zichuan = store.ensureKey('370302', KEY_START);
});
afterAll(() => rmSync(root, { recursive: true }));

test('a sealed certificate verifies as VALID with its payload, the result included; sealing is deterministic', async () => {
  const code = await sealCertificate(payload(zhangdian, { result: 'RECORD_FOUND' }), zhangdian);
  expect(code).toMatch(/^ZBC1:[A-Z2-7]+$/);
  expect(await sealCertificate(payload(zhangdian, { result: 'RECORD_FOUND' }), zhangdian)).toBe(code);
  const result = await verify(verificationUrl('https://hub.example/verify', code));
  expect(result).toMatchObject({ status: 'VALID', payload: payload(zhangdian, { result: 'RECORD_FOUND' }) });
});

test('refuses to seal a number of another procuratorate, an unknown issuer, another issuer\'s key or a date before the key', async () => {
  await expect(sealCertificate(payload(zhangdian, { no: '淄川检行查〔2017〕45号' }), zhangdian)).rejects.toThrow(/not the issuer's/);
  await expect(sealCertificate(payload(zhangdian, { issuer: '110101' }), zhangdian)).rejects.toThrow(/unknown issuer/);
  await expect(sealCertificate(payload(zhangdian, { issuer: '370302', no: '淄川检行查〔2017〕45号' }), zhangdian)).rejects.toThrow(/another issuer/);
  await expect(sealCertificate(payload(zhangdian, { issued: '2016-12-30' }), zhangdian)).rejects.toThrow(/not valid on the issue date/);
});

test('a genuine signature by another procuratorate, an unknown key, a changed byte and a judgment code are all refused', async () => {
  const code = await sealCertificate(payload(zhangdian), zhangdian);
  // Zichuan's key over Zhangdian's certificate: the signature is genuine but not the issuer's.
  const parsed = parseCoseSign1(decodeBase32(code.slice(CERTIFICATE_CODE_PREFIX.length))!);
  if (!parsed.ok) throw new Error(parsed.reason);
  const foreign = await sealCertificate(payload(zichuan, { issuer: '370302', no: '淄川检行查〔2017〕45号' }), zichuan);
  const foreignParsed = parseCoseSign1(decodeBase32(foreign.slice(CERTIFICATE_CODE_PREFIX.length))!);
  if (!foreignParsed.ok) throw new Error(foreignParsed.reason);
  const spliced = CERTIFICATE_CODE_PREFIX + encodeBase32(encodeCoseSign1({ ...parsed.message, protectedBytes: foreignParsed.message.protectedBytes }));
  expect((await verify(spliced)).status).toBe('INVALID_SIGNATURE');

  const otherRoot = mkdtempSync(join(tmpdir(), 'issuer-keys-other-'));
  try {
    const stranger = createIssuerKeyStore(otherRoot).ensureKey('370303', KEY_START);
    expect((await verify(await sealCertificate(payload(stranger), stranger))).status).toBe('UNKNOWN_KEY');
  } finally {
    rmSync(otherRoot, { recursive: true });
  }

  const at = Math.floor(code.length / 2);
  const flipped = code.slice(0, at) + (code[at] === 'Q' ? 'R' : 'Q') + code.slice(at + 1);
  expect(['INVALID_SIGNATURE', 'MALFORMED']).toContain((await verify(flipped)).status);

  const court = sealWorld();
  try {
    const judgmentCode = await sealDocument(typicalPayload(court.zhangdian), court.zhangdian);
    expect((await verify(judgmentCode)).status).toBe('MALFORMED');
    // …and a certificate is not a judgment either, whatever trust list the court verifier gets.
    expect((await verifySeal(code, court.store.trustList(), { now: AFTER_ISSUE })).status).toBe('MALFORMED');
  } finally {
    court.cleanup();
  }
  expect((await verify('ZBC1:')).status).toBe('MALFORMED');
  expect((await verify(`ZBC1:${'A'.repeat(2000)}`)).status).toBe('MALFORMED');
});

test('the payload decoder refuses missing fields and a result code it does not know', () => {
  expect(decodeCertificatePayload(encodeCbor(new Map()), zhangdian.kid)).toEqual({ ok: false, reason: 'payload has unexpected or missing fields' });
  const good = payload(zhangdian);
  const wire = (result: number) =>
    encodeCbor(new Map<number, unknown>([[1, 1], [2, good.doc], [3, good.no], [4, good.issuer], [5, 1], [6, good.issued], [7, new Uint8Array(Buffer.from(good.sha, 'base64url'))], [8, result]]));
  expect(decodeCertificatePayload(wire(0), zhangdian.kid)).toEqual({ ok: true, payload: good });
  expect(decodeCertificatePayload(wire(2), zhangdian.kid)).toEqual({ ok: false, reason: 'bad result' });
});

test('keys rotate, are stored 0600 under their own suffix, and the trust list names the procuratorate', () => {
  const dir = join(root, 'procuratorates');
  const rotatedAt = new Date('2018-01-01T00:00:00+08:00');
  const next = store.rotateKey('370303', rotatedAt);
  expect(store.signingKeyFor('370303', new Date('2017-06-12T10:00:00+08:00'))?.kid).toBe(zhangdian.kid);
  expect(store.signingKeyFor('370303', new Date('2018-06-12T10:00:00+08:00'))?.kid).toBe(next.kid);
  const files = readdirSync(dir);
  expect(files.every((name) => name.endsWith('.issuer-key.json'))).toBe(true);
  for (const name of files) expect(statSync(join(dir, name)).mode & 0o777).toBe(0o600);
  const list = store.trustList();
  expect(list.keys.find((key) => key.kid === next.kid)).toMatchObject({ issuer: '370303', issuer_name: '淄博市张店区人民检察院', alg: 'EdDSA' });
  expect(JSON.stringify(list)).not.toMatch(/PRIVATE|"d"/);
  expect(indexIssuerTrustList(list).size).toBe(list.keys.length);
  // A reloaded store sees the same keys.
  expect(createIssuerKeyStore(dir).trustList()).toEqual(list);
});

test('a certificate URL is written as byte prefix + alphanumeric code in the QR', async () => {
  const code = await sealCertificate(payload(zhangdian), zhangdian);
  const segments = qrSegments(verificationUrl('https://hub.example/verify', code));
  expect(segments.map((segment) => segment.mode)).toEqual(['byte', 'alphanumeric']);
});
