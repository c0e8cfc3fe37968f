/**
 * Signing and verifying judgment seals. The design follows the EU Digital COVID Certificate:
 * COSE_Sign1 over CBOR, kid = first 8 bytes of SHA-256 of the key, a published trust list, and a
 * verifier that checks the signature before it trusts any content. README.md has the same spec.
 *
 * Code text = "ZBJ1:" + base32(COSE_Sign1 bytes)
 *   - base32: RFC 4648 alphabet A–Z 2–7, uppercase, no padding, unused trailing bits zero. Every
 *     character (and the prefix) is in the QR alphanumeric set.
 *   - COSE_Sign1 (RFC 9052 §4.2), tagged: 18([protected: bstr, unprotected: {}, payload: bstr,
 *     signature: bstr .size 64])
 *   - protected = CBOR map {1: -8, 4: kid}: alg EdDSA, kid the 8 raw bytes of the key id (the
 *     trust list's kid is their base64url). Nothing else in the protected header; the unprotected
 *     header is the empty map.
 *   - payload = CBOR map {1: v (uint, 1), 2: doc (tstr), 3: no (tstr, 案号), 4: court (tstr court
 *     code), 5: kind (uint: 1 JUDGMENT, 2 RULING, 3 CORRECTION_RULING), 6: issued (tstr
 *     YYYY-MM-DD), 7: sha (bstr, 32 bytes: SHA-256 of canonicalDocumentText)}. SealPayload's kid
 *     is the header's kid; its sha is the base64url of key 7.
 *   - signature = Ed25519 over the CBOR of Sig_structure ["Signature1", protected, h'', payload]
 *     (RFC 9052 §4.4, empty external_aad).
 *   - All CBOR is in deterministic encoding (RFC 8949 §4.2.1: shortest forms, definite lengths,
 *     map keys sorted bytewise). The verifier decodes strictly and also requires that re-encoding
 *     reproduces the bytes exactly, so each signature has exactly one code text.
 *
 * The prefix versions the format as `HC1:` does for the EU DCC. The verifier reads only the
 * protected header before the signature check (to find the key) and answers hostile input with
 * MALFORMED instead of throwing. browser/verifyJudgmentCode.mjs implements the same checks with
 * WebCrypto for the verification page.
 */
import { sign as signEd25519, verify as verifyEd25519 } from 'node:crypto';
import { decodeBase32, encodeBase32 } from './base32';
import {
  encodeCoseSign1,
  encodeProtectedHeader,
  KID_BYTES,
  parseCoseSign1,
  parseProtectedHeader,
  sigStructure,
} from './cose';
import type { CourtKey } from './keys';
import { decodeSealPayload, encodeSealPayload, validateSealPayload, type SealPayload } from './payload';
import { indexTrustList, keyValidOnDay, type TrustList } from './trustList';

export const SEAL_CODE_PREFIX = 'ZBJ1:';
/** Well above a real code or URL (about 300–400 characters) and cheap to check before parsing. */
export const MAX_SEAL_INPUT_LENGTH = 1024;
/** The query parameter of a verification URL that carries the code. */
export const SEAL_URL_PARAMETER = 'c';

export type SealStatus =
  | 'VALID'
  | 'INVALID_SIGNATURE'
  | 'UNKNOWN_KEY'
  | 'KEY_NOT_VALID_AT_ISSUE'
  | 'MALFORMED';

export interface SealVerification {
  status: SealStatus;
  /** Only for VALID: the facts are trusted only when everything checked out. */
  payload?: SealPayload;
  /** For people and logs; never echoes the input. */
  reason: string;
}

/** The 8 key-id bytes behind a base64url kid; throws unless the kid is their canonical spelling. */
function kidBytes(kid: string): Uint8Array {
  const bytes = Buffer.from(kid, 'base64url');
  if (bytes.length !== KID_BYTES || bytes.toString('base64url') !== kid) {
    throw new Error('cannot seal: the key id is not 8 bytes in base64url');
  }
  return new Uint8Array(bytes);
}

/** Signs a payload with the court key; throws on a payload or key that must not be sealed. */
export async function sealDocument(payload: SealPayload, signingKey: CourtKey): Promise<string> {
  const check = validateSealPayload(payload);
  if (!check.ok) throw new Error(`cannot seal: ${check.reason}`);
  if (!signingKey.privateKey) throw new Error(`cannot seal: key ${signingKey.kid} is public only`);
  if (payload.kid !== signingKey.kid) throw new Error('cannot seal: payload kid is not the key\'s');
  if (payload.court !== signingKey.courtCode) {
    throw new Error('cannot seal: the key belongs to another court');
  }
  if (!keyValidOnDay(signingKey, payload.issued, new Date())) {
    throw new Error('cannot seal: the key is not valid on the issue date');
  }
  const protectedBytes = encodeProtectedHeader(kidBytes(signingKey.kid));
  const payloadBytes = encodeSealPayload(check.payload);
  const signature = signEd25519(null, sigStructure(protectedBytes, payloadBytes), signingKey.privateKey);
  return SEAL_CODE_PREFIX + encodeBase32(encodeCoseSign1({ protectedBytes, payloadBytes, signature }));
}

const malformed = (reason: string): SealVerification => ({ status: 'MALFORMED', reason });

/**
 * The code text from either the code itself or a scanned verification URL (`…?c=ZBJ1:…`, or
 * percent-encoded `…?c=ZBJ1%3A…`).
 * Only one level is unwrapped: a URL inside the parameter is not followed.
 */
function extractCode(input: string): string | null {
  const text = input.trim();
  if (text.startsWith(SEAL_CODE_PREFIX)) return text;
  if (!/^https?:\/\//i.test(text)) return null;
  let values: string[];
  try {
    values = new URL(text).searchParams.getAll(SEAL_URL_PARAMETER);
  } catch {
    return null;
  }
  const [value] = values;
  return values.length === 1 && value?.startsWith(SEAL_CODE_PREFIX) ? value : null;
}

async function verifyOrThrow(
  input: unknown,
  trustList: TrustList,
  now: Date,
): Promise<SealVerification> {
  if (typeof input !== 'string') return malformed('input is not text');
  if (input.length > MAX_SEAL_INPUT_LENGTH) return malformed('input is too long');
  const code = extractCode(input);
  if (code === null) return malformed(`no ${SEAL_CODE_PREFIX} code in the input`);

  const bytes = decodeBase32(code.slice(SEAL_CODE_PREFIX.length));
  if (bytes === null) return malformed('the code is not canonical base32');
  const parsed = parseCoseSign1(bytes);
  if (!parsed.ok) return malformed(parsed.reason);
  const { protectedBytes, payloadBytes, signature } = parsed.message;

  // The protected header picks the key, so it is read before verification but only to that end.
  const header = parseProtectedHeader(protectedBytes);
  if (!header.ok) return malformed(header.reason);
  const kid = Buffer.from(header.kid.buffer, header.kid.byteOffset, header.kid.length).toString('base64url');
  const key = indexTrustList(trustList).get(kid);
  if (!key) return { status: 'UNKNOWN_KEY', reason: 'the signing key is not in the trust list' };

  if (!verifyEd25519(null, sigStructure(protectedBytes, payloadBytes), key.publicKey, signature)) {
    return { status: 'INVALID_SIGNATURE', reason: 'the signature does not match the key' };
  }

  // Only now is the payload read: its bytes are exactly what the court signed.
  const check = decodeSealPayload(payloadBytes, key.kid);
  if (!check.ok) return malformed(check.reason);
  const payload = check.payload;

  // A genuine signature by one court's key does not vouch for another court's document.
  if (payload.court !== key.courtCode) {
    return { status: 'INVALID_SIGNATURE', reason: 'signed with a key of another court' };
  }
  if (!keyValidOnDay(key, payload.issued, now)) {
    return {
      status: 'KEY_NOT_VALID_AT_ISSUE',
      reason: 'the key was not valid on the issue date',
    };
  }
  return { status: 'VALID', payload, reason: 'signature valid; signed by the issuing court' };
}

/**
 * Verifies a code text or a scanned verification URL against a trust list. Never throws: anything
 * unexpected counts as MALFORMED.
 */
export async function verifySeal(
  input: string,
  trustList: TrustList,
  opts: { now?: Date } = {},
): Promise<SealVerification> {
  try {
    return await verifyOrThrow(input, trustList, opts.now ?? new Date());
  } catch {
    return malformed('the input could not be read');
  }
}
