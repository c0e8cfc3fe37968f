/**
 * Court signing keys on disk, with rotation. One JSON file per key (its private key as PKCS8 PEM)
 * in a directory only the hub's user can read: in development an ignored folder such as
 * `<repo>/.hub/keys/courts`, in production a mounted secret directory. Nothing here logs key
 * material.
 */
import {
  chmodSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { courtByCode } from '@hub/domain';
import { kidForRawPublicKey, type TrustedCourtJwk, type TrustList } from './trustList';

export interface Ed25519PublicJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
}

export interface CourtKey {
  kid: string;
  courtCode: string;
  notBefore: Date;
  /** null while this is the court's current key. */
  notAfter: Date | null;
  privateKey?: KeyObject;
  publicJwk: Ed25519PublicJwk;
}

export interface CourtKeyStore {
  /** The court's current key, generating its first one if it has none. */
  ensureCourtKey(courtCode: string, now: Date): CourtKey;
  /** Ends the current key's validity at `now` and starts a new key at `now`. */
  rotateCourtKey(courtCode: string, now: Date): CourtKey;
  /** The key valid at that instant, if any. */
  signingKeyFor(courtCode: string, at: Date): CourtKey | undefined;
  /** Public keys of every court, for publishing (e.g. at /.well-known/jwks.json). */
  trustList(): TrustList;
}

/** The on-disk form of a key. */
interface StoredCourtKey {
  kid: string;
  courtCode: string;
  notBefore: string;
  notAfter: string | null;
  publicJwk: Ed25519PublicJwk;
  privateKeyPkcs8Pem: string;
}

const KEY_FILE_SUFFIX = '.key.json';

function publicJwkOf(publicKey: KeyObject): Ed25519PublicJwk {
  const jwk = publicKey.export({ format: 'jwk' });
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') {
    throw new Error('expected an Ed25519 public key');
  }
  return { kty: 'OKP', crv: 'Ed25519', x: jwk.x };
}

function generateCourtKey(courtCode: string, notBefore: Date): CourtKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const publicJwk = publicJwkOf(publicKey);
  const kid = kidForRawPublicKey(Buffer.from(publicJwk.x, 'base64url'));
  return { kid, courtCode, notBefore, notAfter: null, privateKey, publicJwk };
}

function toStored(key: CourtKey): StoredCourtKey {
  if (!key.privateKey) throw new Error(`key ${key.kid} has no private key to store`);
  return {
    kid: key.kid,
    courtCode: key.courtCode,
    notBefore: key.notBefore.toISOString(),
    notAfter: key.notAfter?.toISOString() ?? null,
    publicJwk: key.publicJwk,
    privateKeyPkcs8Pem: key.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
  };
}

/** Reads a key file, checking that its private key matches its public key and kid. */
function fromStored(text: string, fileName: string): CourtKey {
  const stored = JSON.parse(text) as StoredCourtKey;
  const privateKey = createPrivateKey(stored.privateKeyPkcs8Pem);
  const publicJwk = publicJwkOf(createPublicKey(privateKey));
  const kid = kidForRawPublicKey(Buffer.from(publicJwk.x, 'base64url'));
  const notBefore = new Date(stored.notBefore);
  const notAfter = stored.notAfter === null ? null : new Date(stored.notAfter);
  if (
    kid !== stored.kid ||
    publicJwk.x !== stored.publicJwk?.x ||
    !courtByCode(stored.courtCode) ||
    Number.isNaN(notBefore.getTime()) ||
    (notAfter !== null && Number.isNaN(notAfter.getTime()))
  ) {
    throw new Error(`court key file ${fileName} is inconsistent`);
  }
  return { kid, courtCode: stored.courtCode, notBefore, notAfter, privateKey, publicJwk };
}

function isValidAt(key: CourtKey, at: Date): boolean {
  const t = at.getTime();
  return key.notBefore.getTime() <= t && (key.notAfter === null || t < key.notAfter.getTime());
}

function toSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

export function createCourtKeyStore(dir: string): CourtKeyStore {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // mkdir's mode is reduced by the umask and ignored for an existing directory.
  chmodSync(dir, 0o700);

  const keys: CourtKey[] = readdirSync(dir)
    .filter((name) => name.endsWith(KEY_FILE_SUFFIX))
    .map((name) => fromStored(readFileSync(join(dir, name), 'utf8'), name));

  function save(key: CourtKey): void {
    const path = join(dir, `${key.kid}${KEY_FILE_SUFFIX}`);
    const temporary = `${path}.tmp`;
    // Written under a temporary name and renamed, so a crash never leaves half a key file.
    writeFileSync(temporary, JSON.stringify(toStored(key), null, 2), { mode: 0o600 });
    chmodSync(temporary, 0o600);
    renameSync(temporary, path);
  }

  function keysOf(courtCode: string): CourtKey[] {
    return keys
      .filter((key) => key.courtCode === courtCode)
      .sort((a, b) => a.notBefore.getTime() - b.notBefore.getTime());
  }

  function requireCourt(courtCode: string): void {
    if (!courtByCode(courtCode)) throw new Error(`unknown court code ${courtCode}`);
  }

  function addKey(courtCode: string, notBefore: Date): CourtKey {
    const key = generateCourtKey(courtCode, notBefore);
    save(key);
    keys.push(key);
    return key;
  }

  return {
    ensureCourtKey(courtCode, now) {
      requireCourt(courtCode);
      const existing = keysOf(courtCode);
      const current = existing.find((key) => key.notAfter === null) ?? existing.at(-1);
      return current ?? addKey(courtCode, now);
    },

    rotateCourtKey(courtCode, now) {
      requireCourt(courtCode);
      const current = keysOf(courtCode).find((key) => key.notAfter === null);
      if (current) {
        if (now.getTime() <= current.notBefore.getTime()) {
          throw new Error(`cannot rotate key ${current.kid} before its validity starts`);
        }
        current.notAfter = now;
        save(current);
      }
      return addKey(courtCode, now);
    },

    signingKeyFor(courtCode, at) {
      return keysOf(courtCode).find((key) => isValidAt(key, at));
    },

    trustList() {
      const published: TrustedCourtJwk[] = [...keys]
        .sort((a, b) =>
          a.courtCode === b.courtCode
            ? a.notBefore.getTime() - b.notBefore.getTime()
            : a.courtCode < b.courtCode ? -1 : 1,
        )
        .map((key) => ({
          ...key.publicJwk,
          kid: key.kid,
          use: 'sig',
          alg: 'EdDSA',
          court: key.courtCode,
          court_name: courtByCode(key.courtCode)?.name ?? key.courtCode,
          nbf: toSeconds(key.notBefore),
          ...(key.notAfter ? { exp: toSeconds(key.notAfter) } : {}),
        }));
      return { keys: published };
    },
  };
}

