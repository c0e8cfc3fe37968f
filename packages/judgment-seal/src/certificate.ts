/**
 * Certificate seals: the judgment seal's format (seal.ts) for documents that procuratorates issue,
 * today the result letter of a bribery-record check (行贿犯罪档案查询结果告知函). Same COSE_Sign1
 * over deterministic CBOR, same Ed25519 and kid, same strict verifier that reads nothing before
 * the signature checks out, against the issuers' trust list (issuerKeys.ts) instead of the courts'.
 *
 * Code text = "ZBC1:" + base32(COSE_Sign1)
 *   payload = CBOR map {1: v (uint, 1), 2: doc (tstr, the check id), 3: no (tstr, the certificate
 *   number, e.g. 淄张检行查〔2018〕45号), 4: issuer (tstr, the procuratorate's division code),
 *   5: kind (uint: 1 BRIBERY_RECORD_CERTIFICATE), 6: issued (tstr YYYY-MM-DD, China),
 *   7: sha (bstr, 32 bytes: SHA-256 of canonicalDocumentText of the letter), 8: result (uint:
 *   0 NO_RECORD, 1 RECORD_FOUND)}.
 * The result is in the payload so that an offline verifier can show it; the letter's text, which
 * names the judgments found, is bound by the hash. A judgment code is not a certificate code and
 * the other way round: the prefixes differ and so do the trust lists.
 */
import { sign as signEd25519, verify as verifyEd25519 } from 'node:crypto';
import { briberyCertificatePrefix, parseDocumentNumber, procuratorateByCode } from '@hub/domain';
import { decodeBase32, encodeBase32 } from './base32';
import { decodeCborStrict, encodeCbor, encodeCoseSign1, encodeProtectedHeader, KID_BYTES, parseCoseSign1, parseProtectedHeader, sigStructure } from './cose';
import { indexIssuerTrustList, type IssuerKey, type IssuerTrustList } from './issuerKeys';
import { isRealIsoDate, KID_PATTERN } from './payload';
import { MAX_SEAL_INPUT_LENGTH, SEAL_URL_PARAMETER, type SealStatus } from './seal';
import { keyValidOnDay } from './trustList';

export const CERTIFICATE_CODE_PREFIX = 'ZBC1:';
export const CERTIFICATE_FORMAT_VERSION = 1;
export const CERTIFICATE_KINDS = ['BRIBERY_RECORD_CERTIFICATE'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];
export const CERTIFICATE_RESULTS = ['NO_RECORD', 'RECORD_FOUND'] as const;
export type CertificateResult = (typeof CERTIFICATE_RESULTS)[number];

export interface CertificatePayload {
  v: typeof CERTIFICATE_FORMAT_VERSION;
  /** Key id of the issuer's key, base64url; on the wire it is the COSE header's kid. */
  kid: string;
  /** The document id in the issuer's subgraph (a bribery-record check id). */
  doc: string;
  /** The certificate number, e.g. 淄张检行查〔2018〕45号. */
  no: string;
  /** The issuing procuratorate's division code, e.g. 370303. */
  issuer: string;
  kind: CertificateKind;
  /** Issue date, YYYY-MM-DD in China. */
  issued: string;
  /** base64url SHA-256 of the canonical text (documentSha256). */
  sha: string;
  result: CertificateResult;
}

export const CERTIFICATE_PAYLOAD_CBOR_KEYS = { v: 1, doc: 2, no: 3, issuer: 4, kind: 5, issued: 6, sha: 7, result: 8 } as const;

const PAYLOAD_KEYS = ['v', 'kid', 'doc', 'no', 'issuer', 'kind', 'issued', 'sha', 'result'] as const;
const DOCUMENT_ID_PATTERN = /^[^\s\p{C}]{1,64}$/u;
const SHA256_PATTERN = /^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/;
const MAX_NUMBER_LENGTH = 64;

export type CertificateCheck = { ok: true; payload: CertificatePayload } | { ok: false; reason: string };

/** Exactly the shape of CertificatePayload; the number must be the issuer's own. Reasons never echo values. */
export function validateCertificatePayload(value: unknown): CertificateCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'payload is not an object' };
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.some((key) => !(PAYLOAD_KEYS as readonly string[]).includes(key))) return { ok: false, reason: 'payload has unexpected fields' };
  const missing = PAYLOAD_KEYS.filter((key) => !keys.includes(key));
  if (missing.length > 0) return { ok: false, reason: `payload lacks ${missing.join(', ')}` };
  const { v, kid, doc, no, issuer, kind, issued, sha, result } = record;
  if (v !== CERTIFICATE_FORMAT_VERSION) return { ok: false, reason: 'unsupported payload version' };
  if (typeof kid !== 'string' || !KID_PATTERN.test(kid)) return { ok: false, reason: 'bad kid' };
  if (typeof doc !== 'string' || !DOCUMENT_ID_PATTERN.test(doc)) return { ok: false, reason: 'bad document id' };
  const procuratorate = typeof issuer === 'string' ? procuratorateByCode(issuer) : undefined;
  if (!procuratorate) return { ok: false, reason: 'unknown issuer' };
  if (typeof kind !== 'string' || !(CERTIFICATE_KINDS as readonly string[]).includes(kind)) return { ok: false, reason: 'bad document kind' };
  if (typeof no !== 'string' || no.length > MAX_NUMBER_LENGTH) return { ok: false, reason: 'bad certificate number' };
  const number = parseDocumentNumber(no);
  // A procuratorate numbers its own certificates: the prefix names the issuer.
  if (!number || number.prefix !== briberyCertificatePrefix(procuratorate)) return { ok: false, reason: 'certificate number is not the issuer\'s' };
  if (typeof issued !== 'string' || !isRealIsoDate(issued)) return { ok: false, reason: 'bad issue date' };
  if (typeof sha !== 'string' || !SHA256_PATTERN.test(sha)) return { ok: false, reason: 'bad document hash' };
  if (typeof result !== 'string' || !(CERTIFICATE_RESULTS as readonly string[]).includes(result)) return { ok: false, reason: 'bad result' };
  return {
    ok: true,
    payload: { v, kid, doc, no, issuer: issuer as string, kind: kind as CertificateKind, issued, sha, result: result as CertificateResult },
  };
}

export function encodeCertificatePayload(payload: CertificatePayload): Uint8Array {
  const k = CERTIFICATE_PAYLOAD_CBOR_KEYS;
  return encodeCbor(
    new Map<number, unknown>([
      [k.v, payload.v],
      [k.doc, payload.doc],
      [k.no, payload.no],
      [k.issuer, payload.issuer],
      [k.kind, CERTIFICATE_KINDS.indexOf(payload.kind) + 1],
      [k.issued, payload.issued],
      [k.sha, new Uint8Array(Buffer.from(payload.sha, 'base64url'))],
      [k.result, CERTIFICATE_RESULTS.indexOf(payload.result)],
    ]),
  );
}

/** Signed payload bytes back into a payload (kid: the header's); only after the signature checked out. */
export function decodeCertificatePayload(bytes: Uint8Array, kid: string): CertificateCheck {
  let map: unknown;
  try {
    map = decodeCborStrict(bytes);
  } catch {
    return { ok: false, reason: 'payload is not deterministic CBOR' };
  }
  const k = CERTIFICATE_PAYLOAD_CBOR_KEYS;
  const known = Object.values(k) as number[];
  if (!(map instanceof Map) || map.size !== known.length || ![...map.keys()].every((key) => known.includes(key as number))) {
    return { ok: false, reason: 'payload has unexpected or missing fields' };
  }
  const kindCode: unknown = map.get(k.kind);
  const resultCode: unknown = map.get(k.result);
  const sha: unknown = map.get(k.sha);
  const kind = typeof kindCode === 'number' && Number.isInteger(kindCode) && kindCode >= 1 ? CERTIFICATE_KINDS[kindCode - 1] : undefined;
  const result = typeof resultCode === 'number' && Number.isInteger(resultCode) && resultCode >= 0 ? CERTIFICATE_RESULTS[resultCode] : undefined;
  if (!kind) return { ok: false, reason: 'bad document kind' };
  if (!result) return { ok: false, reason: 'bad result' };
  if (!(sha instanceof Uint8Array) || sha.length !== 32) return { ok: false, reason: 'bad document hash' };
  return validateCertificatePayload({
    v: map.get(k.v),
    kid,
    doc: map.get(k.doc),
    no: map.get(k.no),
    issuer: map.get(k.issuer),
    kind,
    issued: map.get(k.issued),
    sha: Buffer.from(sha.buffer, sha.byteOffset, sha.length).toString('base64url'),
    result,
  });
}

function kidBytes(kid: string): Uint8Array {
  const bytes = Buffer.from(kid, 'base64url');
  if (bytes.length !== KID_BYTES || bytes.toString('base64url') !== kid) throw new Error('cannot seal: the key id is not 8 bytes in base64url');
  return new Uint8Array(bytes);
}

/** Signs a certificate with the issuer's key; throws on a payload or key that must not be sealed. */
export async function sealCertificate(payload: CertificatePayload, signingKey: IssuerKey): Promise<string> {
  const check = validateCertificatePayload(payload);
  if (!check.ok) throw new Error(`cannot seal: ${check.reason}`);
  if (!signingKey.privateKey) throw new Error(`cannot seal: key ${signingKey.kid} is public only`);
  if (payload.kid !== signingKey.kid) throw new Error('cannot seal: payload kid is not the key\'s');
  if (payload.issuer !== signingKey.issuer) throw new Error('cannot seal: the key belongs to another issuer');
  if (!keyValidOnDay(signingKey, payload.issued, new Date())) throw new Error('cannot seal: the key is not valid on the issue date');
  const protectedBytes = encodeProtectedHeader(kidBytes(signingKey.kid));
  const payloadBytes = encodeCertificatePayload(check.payload);
  const signature = signEd25519(null, sigStructure(protectedBytes, payloadBytes), signingKey.privateKey);
  return CERTIFICATE_CODE_PREFIX + encodeBase32(encodeCoseSign1({ protectedBytes, payloadBytes, signature }));
}

export interface CertificateSealVerification {
  status: SealStatus;
  /** Only for VALID. */
  payload?: CertificatePayload;
  /** For people and logs; never echoes the input. */
  reason: string;
}

const malformed = (reason: string): CertificateSealVerification => ({ status: 'MALFORMED', reason });

/** The code from the code itself or a scanned verification URL (`…?c=ZBC1:…`, also percent-encoded). */
function extractCode(input: string): string | null {
  const text = input.trim();
  if (text.startsWith(CERTIFICATE_CODE_PREFIX)) return text;
  if (!/^https?:\/\//i.test(text)) return null;
  try {
    const values = new URL(text).searchParams.getAll(SEAL_URL_PARAMETER);
    const [value] = values;
    return values.length === 1 && value?.startsWith(CERTIFICATE_CODE_PREFIX) ? value : null;
  } catch {
    return null;
  }
}

function verifyOrThrow(input: unknown, trustList: IssuerTrustList, now: Date): CertificateSealVerification {
  if (typeof input !== 'string') return malformed('input is not text');
  if (input.length > MAX_SEAL_INPUT_LENGTH) return malformed('input is too long');
  const code = extractCode(input);
  if (code === null) return malformed(`no ${CERTIFICATE_CODE_PREFIX} code in the input`);
  const bytes = decodeBase32(code.slice(CERTIFICATE_CODE_PREFIX.length));
  if (bytes === null) return malformed('the code is not canonical base32');
  const parsed = parseCoseSign1(bytes);
  if (!parsed.ok) return malformed(parsed.reason);
  const { protectedBytes, payloadBytes, signature } = parsed.message;
  const header = parseProtectedHeader(protectedBytes);
  if (!header.ok) return malformed(header.reason);
  const kid = Buffer.from(header.kid.buffer, header.kid.byteOffset, header.kid.length).toString('base64url');
  const key = indexIssuerTrustList(trustList).get(kid);
  if (!key) return { status: 'UNKNOWN_KEY', reason: 'the signing key is not in the trust list' };
  if (!verifyEd25519(null, sigStructure(protectedBytes, payloadBytes), key.publicKey, signature)) {
    return { status: 'INVALID_SIGNATURE', reason: 'the signature does not match the key' };
  }
  const check = decodeCertificatePayload(payloadBytes, key.kid);
  if (!check.ok) return malformed(check.reason);
  if (check.payload.issuer !== key.issuer) return { status: 'INVALID_SIGNATURE', reason: 'signed with a key of another issuer' };
  if (!keyValidOnDay(key, check.payload.issued, now)) return { status: 'KEY_NOT_VALID_AT_ISSUE', reason: 'the key was not valid on the issue date' };
  return { status: 'VALID', payload: check.payload, reason: 'signature valid; signed by the issuing procuratorate' };
}

/** Verifies a certificate code or its verification URL against the issuers' trust list. Never throws. */
export async function verifyCertificateSeal(input: string, trustList: IssuerTrustList, opts: { now?: Date } = {}): Promise<CertificateSealVerification> {
  try {
    return verifyOrThrow(input, trustList, opts.now ?? new Date());
  } catch {
    return malformed('the input could not be read');
  }
}
