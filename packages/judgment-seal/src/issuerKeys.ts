/**
 * Signing keys of issuers other than courts — today the procuratorates, which sign bribery-record
 * certificates (certificate.ts) — with rotation and a published trust list, on the model of the
 * court keys (keys.ts, trustList.ts): one 0600 JSON file per key in a directory only the hub's user
 * can read, kid = first 8 bytes of SHA-256 of the raw Ed25519 public key. Files end in
 * `.issuer-key.json`, so a court key directory and an issuer key directory never read each
 * other's files. Nothing here logs key material.
 */
import { chmodSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { procuratorateByCode } from '@hub/domain';
import type { Ed25519PublicJwk } from './keys';
import { KID_PATTERN } from './payload';
import { kidForRawPublicKey } from './trustList';

/** The name of an issuer code, or undefined for a code that is not an issuer. */
export type IssuerDirectory = (code: string) => string | undefined;

/** The city's procuratorates, by the division code of each (370300 for 淄博市人民检察院). */
export const PROCURATORATE_ISSUERS: IssuerDirectory = (code) => procuratorateByCode(code)?.name;

export interface IssuerKey {
  kid: string;
  /** The issuer's code, e.g. 370303. */
  issuer: string;
  notBefore: Date;
  /** null while this is the issuer's current key. */
  notAfter: Date | null;
  privateKey?: KeyObject;
  publicJwk: Ed25519PublicJwk;
}

/** A published issuer key: a JWK with the hub's members `issuer`, `issuer_name`, `nbf` and, once retired, `exp` (seconds). */
export interface TrustedIssuerJwk extends Ed25519PublicJwk {
  kid: string;
  use: 'sig';
  alg: 'EdDSA';
  issuer: string;
  issuer_name: string;
  nbf: number;
  exp?: number;
}

export interface IssuerTrustList {
  keys: TrustedIssuerJwk[];
}

export interface TrustedIssuerKey {
  kid: string;
  issuer: string;
  publicKey: KeyObject;
  notBefore: Date;
  notAfter: Date | null;
}

export interface IssuerKeyStore {
  /** The issuer's current key, generating its first one if it has none. */
  ensureKey(issuer: string, now: Date): IssuerKey;
  /** Ends the current key's validity at `now` and starts a new key at `now`. */
  rotateKey(issuer: string, now: Date): IssuerKey;
  /** The key valid at that instant, if any. */
  signingKeyFor(issuer: string, at: Date): IssuerKey | undefined;
  /** Every issuer's public keys, for publishing. */
  trustList(): IssuerTrustList;
}

interface StoredIssuerKey {
  kid: string;
  issuer: string;
  notBefore: string;
  notAfter: string | null;
  publicJwk: Ed25519PublicJwk;
  privateKeyPkcs8Pem: string;
}

const KEY_FILE_SUFFIX = '.issuer-key.json';
const ED25519_X_PATTERN = /^[A-Za-z0-9_-]{43}$/;

function publicJwkOf(publicKey: KeyObject): Ed25519PublicJwk {
  const jwk = publicKey.export({ format: 'jwk' });
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new Error('expected an Ed25519 public key');
  return { kty: 'OKP', crv: 'Ed25519', x: jwk.x };
}

function fromStored(text: string, fileName: string, issuers: IssuerDirectory): IssuerKey {
  const stored = JSON.parse(text) as StoredIssuerKey;
  const privateKey = createPrivateKey(stored.privateKeyPkcs8Pem);
  const publicJwk = publicJwkOf(createPublicKey(privateKey));
  const kid = kidForRawPublicKey(Buffer.from(publicJwk.x, 'base64url'));
  const notBefore = new Date(stored.notBefore);
  const notAfter = stored.notAfter === null ? null : new Date(stored.notAfter);
  if (
    kid !== stored.kid ||
    publicJwk.x !== stored.publicJwk?.x ||
    !issuers(stored.issuer) ||
    Number.isNaN(notBefore.getTime()) ||
    (notAfter !== null && Number.isNaN(notAfter.getTime()))
  ) {
    throw new Error(`issuer key file ${fileName} is inconsistent`);
  }
  return { kid, issuer: stored.issuer, notBefore, notAfter, privateKey, publicJwk };
}

const isValidAt = (key: IssuerKey, at: Date) =>
  key.notBefore.getTime() <= at.getTime() && (key.notAfter === null || at.getTime() < key.notAfter.getTime());

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

export function createIssuerKeyStore(dir: string, issuers: IssuerDirectory = PROCURATORATE_ISSUERS): IssuerKeyStore {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const keys: IssuerKey[] = readdirSync(dir)
    .filter((name) => name.endsWith(KEY_FILE_SUFFIX))
    .map((name) => fromStored(readFileSync(join(dir, name), 'utf8'), name, issuers));

  function save(key: IssuerKey): void {
    if (!key.privateKey) throw new Error(`key ${key.kid} has no private key to store`);
    const stored: StoredIssuerKey = {
      kid: key.kid,
      issuer: key.issuer,
      notBefore: key.notBefore.toISOString(),
      notAfter: key.notAfter?.toISOString() ?? null,
      publicJwk: key.publicJwk,
      privateKeyPkcs8Pem: key.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    };
    const path = join(dir, `${key.kid}${KEY_FILE_SUFFIX}`);
    // Written under a temporary name and renamed, so a crash never leaves half a key file.
    writeFileSync(`${path}.tmp`, JSON.stringify(stored, null, 2), { mode: 0o600 });
    chmodSync(`${path}.tmp`, 0o600);
    renameSync(`${path}.tmp`, path);
  }

  const keysOf = (issuer: string) => keys.filter((key) => key.issuer === issuer).sort((a, b) => a.notBefore.getTime() - b.notBefore.getTime());

  function requireIssuer(issuer: string): void {
    if (!issuers(issuer)) throw new Error(`unknown issuer ${issuer}`);
  }

  function addKey(issuer: string, notBefore: Date): IssuerKey {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const publicJwk = publicJwkOf(publicKey);
    const key: IssuerKey = { kid: kidForRawPublicKey(Buffer.from(publicJwk.x, 'base64url')), issuer, notBefore, notAfter: null, privateKey, publicJwk };
    save(key);
    keys.push(key);
    return key;
  }

  return {
    ensureKey(issuer, now) {
      requireIssuer(issuer);
      const existing = keysOf(issuer);
      return existing.find((key) => key.notAfter === null) ?? existing.at(-1) ?? addKey(issuer, now);
    },
    rotateKey(issuer, now) {
      requireIssuer(issuer);
      const current = keysOf(issuer).find((key) => key.notAfter === null);
      if (current) {
        if (now.getTime() <= current.notBefore.getTime()) throw new Error(`cannot rotate key ${current.kid} before its validity starts`);
        current.notAfter = now;
        save(current);
      }
      return addKey(issuer, now);
    },
    signingKeyFor: (issuer, at) => keysOf(issuer).find((key) => isValidAt(key, at)),
    trustList() {
      const published = [...keys]
        .sort((a, b) => (a.issuer === b.issuer ? a.notBefore.getTime() - b.notBefore.getTime() : a.issuer < b.issuer ? -1 : 1))
        .map(
          (key): TrustedIssuerJwk => ({
            ...key.publicJwk,
            kid: key.kid,
            use: 'sig',
            alg: 'EdDSA',
            issuer: key.issuer,
            issuer_name: issuers(key.issuer) ?? key.issuer,
            nbf: seconds(key.notBefore),
            ...(key.notAfter ? { exp: seconds(key.notAfter) } : {}),
          }),
        );
      return { keys: published };
    },
  };
}

const isValidSeconds = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** An entry of a list that may come over the network: anything that does not hold up is ignored. */
function trustedIssuerKeyFrom(entry: unknown, issuers: IssuerDirectory): TrustedIssuerKey | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const jwk = entry as Record<string, unknown>;
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || jwk.alg !== 'EdDSA' || jwk.use !== 'sig') return null;
  if (typeof jwk.x !== 'string' || !ED25519_X_PATTERN.test(jwk.x)) return null;
  if (typeof jwk.kid !== 'string' || !KID_PATTERN.test(jwk.kid)) return null;
  if (typeof jwk.issuer !== 'string' || !issuers(jwk.issuer)) return null;
  if (!isValidSeconds(jwk.nbf) || (jwk.exp !== undefined && (!isValidSeconds(jwk.exp) || jwk.exp < jwk.nbf))) return null;
  const raw = Buffer.from(jwk.x, 'base64url');
  if (raw.length !== 32 || raw.toString('base64url') !== jwk.x || kidForRawPublicKey(raw) !== jwk.kid) return null;
  try {
    const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, format: 'jwk' });
    return { kid: jwk.kid, issuer: jwk.issuer, publicKey, notBefore: new Date(jwk.nbf * 1000), notAfter: jwk.exp === undefined ? null : new Date(jwk.exp * 1000) };
  } catch {
    return null;
  }
}

const indexCache = new WeakMap<IssuerTrustList, Map<string, TrustedIssuerKey>>();

/** The list's usable keys by kid, built once per list object; a kid listed twice is ambiguous and left out. */
export function indexIssuerTrustList(list: IssuerTrustList, issuers: IssuerDirectory = PROCURATORATE_ISSUERS): Map<string, TrustedIssuerKey> {
  const cached = indexCache.get(list);
  if (cached) return cached;
  const index = new Map<string, TrustedIssuerKey>();
  const duplicates = new Set<string>();
  const entries: unknown = typeof list === 'object' && list !== null ? list.keys : undefined;
  for (const entry of Array.isArray(entries) ? entries : []) {
    const key = trustedIssuerKeyFrom(entry, issuers);
    if (!key) continue;
    if (index.has(key.kid)) duplicates.add(key.kid);
    index.set(key.kid, key);
  }
  for (const kid of duplicates) index.delete(kid);
  if (typeof list === 'object' && list !== null) indexCache.set(list, index);
  return index;
}
