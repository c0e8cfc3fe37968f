import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createCourtKeyStore } from '../keys';
import { sealDocument, verifySeal } from '../seal';
import { KEY_START, temporaryKeyDirectory, typicalPayload } from './fixtures';

const ROTATION = new Date('2019-03-01T10:00:00+08:00');
const LATER = new Date('2020-01-01T00:00:00+08:00');

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = temporaryKeyDirectory()));
afterEach(() => cleanup());

it('keeps private keys in 0600 files inside a 0700 directory', () => {
  const store = createCourtKeyStore(dir);
  store.ensureCourtKey('鲁0303', KEY_START);
  store.rotateCourtKey('鲁0303', ROTATION);
  expect(statSync(dir).mode & 0o777).toBe(0o700);
  const files = readdirSync(dir);
  expect(files).toHaveLength(2);
  for (const file of files) expect(statSync(join(dir, file)).mode & 0o777).toBe(0o600);
});

it('derives the kid from the first 8 bytes of SHA-256 of the raw public key', () => {
  const key = createCourtKeyStore(dir).ensureCourtKey('鲁03', KEY_START);
  const raw = Buffer.from(key.publicJwk.x, 'base64url');
  expect(raw).toHaveLength(32);
  expect(key.kid).toBe(createHash('sha256').update(raw).digest().subarray(0, 8).toString('base64url'));
});

it('generates a court\'s first key once and reloads it from disk', async () => {
  const store = createCourtKeyStore(dir);
  const first = store.ensureCourtKey('鲁0303', KEY_START);
  expect(store.ensureCourtKey('鲁0303', LATER).kid).toBe(first.kid);
  const reopened = createCourtKeyStore(dir);
  expect(reopened.trustList()).toEqual(store.trustList());
  const key = reopened.signingKeyFor('鲁0303', LATER);
  if (!key) throw new Error('reloaded store lost its key');
  const code = await sealDocument(typicalPayload(key), key);
  expect((await verifySeal(code, store.trustList(), { now: LATER })).status).toBe('VALID');
  expect(() => store.ensureCourtKey('鲁9999', KEY_START)).toThrow('unknown court');
});

it('publishes public keys only, with court, validity, use and alg', () => {
  const store = createCourtKeyStore(dir);
  const old = store.ensureCourtKey('鲁0303', KEY_START);
  const current = store.rotateCourtKey('鲁0303', ROTATION);
  const list = store.trustList();
  expect(list.keys).toEqual([
    {
      kty: 'OKP', crv: 'Ed25519', x: old.publicJwk.x, kid: old.kid, use: 'sig', alg: 'EdDSA',
      court: '鲁0303', court_name: '张店区人民法院',
      nbf: KEY_START.getTime() / 1000, exp: ROTATION.getTime() / 1000,
    },
    {
      kty: 'OKP', crv: 'Ed25519', x: current.publicJwk.x, kid: current.kid, use: 'sig', alg: 'EdDSA',
      court: '鲁0303', court_name: '张店区人民法院', nbf: ROTATION.getTime() / 1000,
    },
  ]);
  expect(JSON.stringify(list)).not.toMatch(/"d"|PRIVATE/);
});

it('rotates: new documents get the new key, old documents stay VALID', async () => {
  const store = createCourtKeyStore(dir);
  const old = store.ensureCourtKey('鲁0303', KEY_START);
  const oldCode = await sealDocument(typicalPayload(old, { issued: '2018-05-02' }), old);
  const current = store.rotateCourtKey('鲁0303', ROTATION);
  expect(current.kid).not.toBe(old.kid);
  expect(store.signingKeyFor('鲁0303', new Date(ROTATION.getTime() - 1))?.kid).toBe(old.kid);
  expect(store.signingKeyFor('鲁0303', ROTATION)?.kid).toBe(current.kid);
  expect(store.signingKeyFor('鲁0303', new Date('2016-01-01'))).toBeUndefined();

  const newCode = await sealDocument(typicalPayload(current, { issued: '2019-06-01' }), current);
  const trust = store.trustList();
  expect((await verifySeal(oldCode, trust, { now: LATER })).status).toBe('VALID');
  expect((await verifySeal(newCode, trust, { now: LATER })).status).toBe('VALID');
  // On the rotation day both keys are accepted: the payload carries a date, not an instant.
  const sameDay = await sealDocument(typicalPayload(old, { issued: '2019-03-01' }), old);
  expect((await verifySeal(sameDay, trust, { now: LATER })).status).toBe('VALID');
  // Old documents stay valid only while the old key is listed.
  const withoutOld = { keys: trust.keys.filter((jwk) => jwk.kid !== old.kid) };
  expect((await verifySeal(oldCode, withoutOld, { now: LATER })).status).toBe('UNKNOWN_KEY');
});

it('gives KEY_NOT_VALID_AT_ISSUE for a retired key used after its validity', async () => {
  const store = createCourtKeyStore(dir);
  const old = store.ensureCourtKey('鲁0303', KEY_START);
  store.rotateCourtKey('鲁0303', ROTATION);
  await expect(sealDocument(typicalPayload(old, { issued: '2019-06-01' }), old)).rejects.toThrow('not valid');
  // A thief holding the retired private key bypasses sealDocument; the verifier still refuses.
  const stolen = { ...old, notAfter: null };
  const code = await sealDocument(typicalPayload(stolen, { issued: '2019-06-01' }), stolen);
  expect((await verifySeal(code, store.trustList(), { now: LATER })).status).toBe('KEY_NOT_VALID_AT_ISSUE');
});
