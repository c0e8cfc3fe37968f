/**
 * The published list of court signing keys (a JWKS with the hub's own members) and the lookup a
 * verifier builds from it. A trust list may arrive over the network, so every entry is checked
 * and entries that do not hold up are ignored rather than trusted.
 */
import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { courtByCode } from '@hub/domain';
import { KID_PATTERN } from './payload';

export interface TrustedCourtJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  /** Raw 32-byte public key, base64url. */
  x: string;
  kid: string;
  use: 'sig';
  alg: 'EdDSA';
  /** Hub members: the court the key signs for and the key's validity (seconds since epoch). */
  court: string;
  court_name: string;
  nbf: number;
  /** Absent while the key is the court's current key. */
  exp?: number;
}

export interface TrustList {
  keys: TrustedCourtJwk[];
}

export interface TrustedKey {
  kid: string;
  courtCode: string;
  publicKey: KeyObject;
  notBefore: Date;
  notAfter: Date | null;
}

const ED25519_X_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Key id: first 8 bytes of SHA-256 of the raw public key, base64url (as the EU DCC's kid). */
export function kidForRawPublicKey(raw: Buffer): string {
  return createHash('sha256').update(raw).digest().subarray(0, 8).toString('base64url');
}

function isValidSeconds(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function trustedKeyFrom(entry: unknown): TrustedKey | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const jwk = entry as Record<string, unknown>;
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || jwk.alg !== 'EdDSA' || jwk.use !== 'sig') {
    return null;
  }
  if (typeof jwk.x !== 'string' || !ED25519_X_PATTERN.test(jwk.x)) return null;
  if (typeof jwk.kid !== 'string' || !KID_PATTERN.test(jwk.kid)) return null;
  if (typeof jwk.court !== 'string' || !courtByCode(jwk.court)) return null;
  if (!isValidSeconds(jwk.nbf)) return null;
  if (jwk.exp !== undefined && (!isValidSeconds(jwk.exp) || jwk.exp < jwk.nbf)) return null;
  const raw = Buffer.from(jwk.x, 'base64url');
  // Only the canonical spelling of x (spare bits of its last character zero), as the browser
  // verifier requires too.
  if (raw.length !== 32 || raw.toString('base64url') !== jwk.x) return null;
  // A kid that is not derived from its key could make two lists disagree on which key it names.
  if (kidForRawPublicKey(raw) !== jwk.kid) return null;
  try {
    const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, format: 'jwk' });
    return {
      kid: jwk.kid,
      courtCode: jwk.court,
      publicKey,
      notBefore: new Date(jwk.nbf * 1000),
      notAfter: jwk.exp === undefined ? null : new Date(jwk.exp * 1000),
    };
  } catch {
    return null;
  }
}

// Importing keys costs far more than verifying, so each list object is indexed once.
const indexCache = new WeakMap<TrustList, Map<string, TrustedKey>>();

/** Index of the list's usable keys by kid; a kid listed twice is ambiguous and left out. */
export function indexTrustList(list: TrustList): Map<string, TrustedKey> {
  const cached = indexCache.get(list);
  if (cached) return cached;
  const index = new Map<string, TrustedKey>();
  const duplicates = new Set<string>();
  const entries: unknown = typeof list === 'object' && list !== null ? list.keys : undefined;
  for (const entry of Array.isArray(entries) ? entries : []) {
    const key = trustedKeyFrom(entry);
    if (!key) continue;
    if (index.has(key.kid)) duplicates.add(key.kid);
    index.set(key.kid, key);
  }
  for (const kid of duplicates) index.delete(kid);
  if (typeof list === 'object' && list !== null) indexCache.set(list, index);
  return index;
}

const CHINA_UTC_OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

/** The instants [start, end) of a YYYY-MM-DD calendar day in China (UTC+8, no daylight saving). */
export function chinaDayBounds(isoDate: string): { start: number; end: number } {
  const [year, month, day] = isoDate.split('-').map(Number);
  const start = Date.UTC(year ?? NaN, (month ?? NaN) - 1, day ?? NaN) - CHINA_UTC_OFFSET_MS;
  return { start, end: start + DAY_MS };
}

/**
 * Whether a key could have signed a document issued on `isoDate`. The payload carries a date, not
 * an instant, so the check is whether that day overlaps the key's validity [notBefore, notAfter):
 * on the day of a rotation both the old and the new key are accepted. Validity is also cut off at
 * `now`, so a document dated in the future is refused.
 */
export function keyValidOnDay(
  key: { notBefore: Date; notAfter: Date | null },
  isoDate: string,
  now: Date,
): boolean {
  const { start, end } = chinaDayBounds(isoDate);
  const validUntil = Math.min(key.notAfter?.getTime() ?? Infinity, now.getTime() + 1);
  return start < validUntil && end > key.notBefore.getTime();
}
