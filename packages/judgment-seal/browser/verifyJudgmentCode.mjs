// Judgment seal verifier for the verification web page (runs in browsers; no Node APIs).
//
// Same format, statuses and rules as verifySeal in ../src/seal.ts (see ../README.md):
//   code text = "ZBJ1:" + base32 (RFC 4648, A–Z 2–7, no padding) of the CBOR of
//   18([protected {1: -8, 4: kid(8 bytes)}, unprotected {}, payload, signature(64 bytes)]),
//   payload = {1: v, 2: doc, 3: no, 4: court, 5: kind, 6: issued, 7: sha(32 bytes)},
//   Ed25519 over ["Signature1", protected, h'', payload].
// The signature is checked before anything in the payload is read; every failure is a status, the
// function never throws, and reasons never echo the input.
//
// Dependencies: cbor2 (the page maps the bare specifier `cbor2` with an import map) and WebCrypto
// with Ed25519 (crypto.subtle).
import { decode, encode } from 'cbor2';

export const SEAL_CODE_PREFIX = 'ZBJ1:';
export const MAX_SEAL_INPUT_LENGTH = 1024;
const SEAL_URL_PARAMETER = 'c';

const COSE_SIGN1_TAG = 18;
const COSE_HEADER_ALG = 1;
const COSE_HEADER_KID = 4;
const COSE_ALG_EDDSA = -8;
const KID_BYTES = 8;
const ED25519_SIGNATURE_BYTES = 64;
const SHA256_BYTES = 32;
const DOCUMENT_KINDS = ['JUDGMENT', 'RULING', 'CORRECTION_RULING'];
const PAYLOAD_KEYS = { v: 1, doc: 2, no: 3, court: 4, kind: 5, issued: 6, sha: 7 };

/** cbor2 decode: deterministic encoding only, no tag decoders, maps as Map. */
const STRICT_DECODE_OPTIONS = {
  cde: true, // definite lengths, preferred (shortest) forms, sorted map keys
  rejectDuplicateKeys: true,
  rejectBigInts: true,
  rejectLargeNegatives: true,
  rejectFloats: true,
  rejectSimple: true,
  rejectUndefined: true,
  ignoreGlobalTags: true,
  preferMap: true,
  maxDepth: 4,
};
const DETERMINISTIC_ENCODE_OPTIONS = { cde: true };

/** The browser has no court table: court codes of Shandong (鲁, 鲁03, 鲁0303). */
const COURT_CODE_PATTERN = /^鲁(?:\d{2}(?:\d{2})?)?$/;
const KID_PATTERN = /^[A-Za-z0-9_-]{11}$/;
const ED25519_X_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const DOCUMENT_ID_PATTERN = /^[^\s\p{C}]{1,64}$/u;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Case-type codes of 案号 (as @hub/domain's CASE_TYPE_CODES), longest first. */
const CASE_TYPE_CODES = [
  '刑初', '刑终', '刑监', '刑申', '刑抗', '刑再', '刑核', '刑更',
  '民初', '民终', '民申', '民再', '民特', '民督', '民破',
  '行初', '行终', '行审',
  '执恢', '执保', '执异', '执复', '执监', '执',
  '法赔', '委赔',
];
/** A canonical 案号 of a Shandong court: full-width parentheses, no 字第, no leading zeros. */
const CASE_NUMBER_PATTERN = new RegExp(
  `^（(\\d{4})）(鲁(?:\\d{4}|\\d{2})?)(?:${CASE_TYPE_CODES.join('|')})([1-9]\\d{0,8})号$`,
);

const CHINA_UTC_OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const BASE64URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const malformed = (reason) => ({ status: 'MALFORMED', reason });

/** Strict RFC 4648 base32: alphabet only, no padding, producible length, zero spare bits. */
function decodeBase32(text) {
  if (![true, false, true, false, true, true, false, true][text.length % 8]) return null;
  const out = new Uint8Array(Math.floor((text.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let written = 0;
  for (let i = 0; i < text.length; i++) {
    const value = BASE32_ALPHABET.indexOf(text[i]);
    if (value < 0) return null;
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[written++] = (buffer >>> bits) & 0xff;
    }
  }
  if ((buffer & ((1 << bits) - 1)) !== 0) return null;
  return out;
}

function encodeBase64url(bytes) {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += BASE64URL_ALPHABET[(buffer >>> bits) & 63];
    }
  }
  if (bits > 0) out += BASE64URL_ALPHABET[(buffer << (6 - bits)) & 63];
  return out;
}

/** Unpadded base64url, canonical spelling only (spare bits zero); null otherwise. */
function decodeBase64url(text) {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let written = 0;
  for (let i = 0; i < text.length; i++) {
    const value = BASE64URL_ALPHABET.indexOf(text[i]);
    if (value < 0) return null;
    buffer = ((buffer << 6) | value) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[written++] = (buffer >>> bits) & 0xff;
    }
  }
  if ((buffer & ((1 << bits) - 1)) !== 0) return null;
  return out;
}

function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const isBytes = (value) => value instanceof Uint8Array;

/** One CBOR item in deterministic encoding (re-encoding must give the same bytes), or throws. */
function decodeCborStrict(bytes) {
  const value = decode(bytes, STRICT_DECODE_OPTIONS);
  if (!sameBytes(encode(value, DETERMINISTIC_ENCODE_OPTIONS), bytes)) {
    throw new Error('CBOR is not in deterministic encoding');
  }
  return value;
}

function tryDecode(bytes) {
  try {
    return { ok: true, value: decodeCborStrict(bytes) };
  } catch {
    return { ok: false };
  }
}

/** The code text from the code itself or a verification URL (`…?c=ZBJ1:…`, or `ZBJ1%3A`). */
function extractCode(input) {
  const text = input.trim();
  if (text.startsWith(SEAL_CODE_PREFIX)) return text;
  if (!/^https?:\/\//i.test(text)) return null;
  let values;
  try {
    values = new URL(text).searchParams.getAll(SEAL_URL_PARAMETER);
  } catch {
    return null;
  }
  const [value] = values;
  return values.length === 1 && value.startsWith(SEAL_CODE_PREFIX) ? value : null;
}

const isValidSeconds = (value) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** A usable trust-list entry: checked shape, kid derived from the key, key imported. */
async function trustedKeyFrom(entry) {
  if (typeof entry !== 'object' || entry === null) return null;
  const { kty, crv, alg, use, x, kid, court, nbf, exp } = entry;
  if (kty !== 'OKP' || crv !== 'Ed25519' || alg !== 'EdDSA' || use !== 'sig') return null;
  if (typeof x !== 'string' || !ED25519_X_PATTERN.test(x)) return null;
  if (typeof kid !== 'string' || !KID_PATTERN.test(kid)) return null;
  if (typeof court !== 'string' || !COURT_CODE_PATTERN.test(court)) return null;
  if (!isValidSeconds(nbf)) return null;
  if (exp !== undefined && (!isValidSeconds(exp) || exp < nbf)) return null;
  const raw = decodeBase64url(x);
  if (raw === null || raw.length !== 32) return null;
  // A kid that is not derived from its key could make two lists disagree on which key it names.
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', raw));
  if (encodeBase64url(digest.subarray(0, KID_BYTES)) !== kid) return null;
  try {
    const publicKey = await crypto.subtle.importKey(
      'jwk',
      { kty: 'OKP', crv: 'Ed25519', x },
      { name: 'Ed25519' },
      false,
      ['verify'],
    );
    return {
      kid,
      courtCode: court,
      publicKey,
      notBefore: nbf * 1000,
      notAfter: exp === undefined ? null : exp * 1000,
    };
  } catch {
    return null;
  }
}

// Importing keys costs more than verifying, so each trust list object is indexed once.
const indexCache = new WeakMap();

/** The list's usable keys by kid; a kid listed twice is ambiguous and left out. */
function indexTrustList(jwks) {
  const isObject = typeof jwks === 'object' && jwks !== null;
  const cached = isObject ? indexCache.get(jwks) : undefined;
  if (cached) return cached;
  const index = (async () => {
    const entries = isObject && Array.isArray(jwks.keys) ? jwks.keys : [];
    const keys = await Promise.all(entries.map((entry) => trustedKeyFrom(entry).catch(() => null)));
    const byKid = new Map();
    const duplicates = new Set();
    for (const key of keys) {
      if (!key) continue;
      if (byKid.has(key.kid)) duplicates.add(key.kid);
      byKid.set(key.kid, key);
    }
    for (const kid of duplicates) byKid.delete(kid);
    return byKid;
  })();
  if (isObject) indexCache.set(jwks, index);
  return index;
}

function isRealIsoDate(value) {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1949 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

/**
 * Whether the key's validity [notBefore, notAfter) overlaps the issue day in China (UTC+8), cut
 * off at `now` so that a document dated in the future is refused.
 */
function keyValidOnDay(key, isoDate, now) {
  const [year, month, day] = isoDate.split('-').map(Number);
  const start = Date.UTC(year, month - 1, day) - CHINA_UTC_OFFSET_MS;
  const end = start + DAY_MS;
  const validUntil = Math.min(key.notAfter ?? Infinity, now.getTime() + 1);
  return start < validUntil && end > key.notBefore;
}

/** Reads the signed payload map into the SealPayload shape, or a reason. */
function readPayload(bytes, kid) {
  const decoded = tryDecode(bytes);
  if (!decoded.ok) return { ok: false, reason: 'payload is not deterministic CBOR' };
  const map = decoded.value;
  if (!(map instanceof Map)) return { ok: false, reason: 'payload is not a CBOR map' };
  const known = Object.values(PAYLOAD_KEYS);
  if (map.size !== known.length || ![...map.keys()].every((key) => known.includes(key))) {
    return { ok: false, reason: 'payload has unexpected or missing fields' };
  }
  const v = map.get(PAYLOAD_KEYS.v);
  const doc = map.get(PAYLOAD_KEYS.doc);
  const no = map.get(PAYLOAD_KEYS.no);
  const court = map.get(PAYLOAD_KEYS.court);
  const kindCode = map.get(PAYLOAD_KEYS.kind);
  const issued = map.get(PAYLOAD_KEYS.issued);
  const sha = map.get(PAYLOAD_KEYS.sha);
  if (v !== 1) return { ok: false, reason: 'unsupported payload version' };
  if (typeof doc !== 'string' || !DOCUMENT_ID_PATTERN.test(doc)) {
    return { ok: false, reason: 'bad document id' };
  }
  if (typeof court !== 'string' || !COURT_CODE_PATTERN.test(court)) {
    return { ok: false, reason: 'unknown court' };
  }
  const caseNumber = typeof no === 'string' ? CASE_NUMBER_PATTERN.exec(no) : null;
  const caseYear = Number(caseNumber?.[1]);
  if (!caseNumber || caseYear < 1949 || caseYear > 2100) {
    return { ok: false, reason: 'case number is not a canonical 案号' };
  }
  // A court decides its own cases, so the 案号's court code names the issuing court.
  if (caseNumber[2] !== court) return { ok: false, reason: 'case number belongs to another court' };
  const kind = Number.isInteger(kindCode) && kindCode >= 1 ? DOCUMENT_KINDS[kindCode - 1] : undefined;
  if (kind === undefined) return { ok: false, reason: 'bad document kind' };
  if (typeof issued !== 'string' || !isRealIsoDate(issued)) {
    return { ok: false, reason: 'bad issue date' };
  }
  if (!isBytes(sha) || sha.length !== SHA256_BYTES) return { ok: false, reason: 'bad document hash' };
  return {
    ok: true,
    payload: { v, kid, doc, no, court, kind, issued, sha: encodeBase64url(sha) },
  };
}

async function verifyOrThrow(input, jwks, now) {
  if (typeof input !== 'string') return malformed('input is not text');
  if (input.length > MAX_SEAL_INPUT_LENGTH) return malformed('input is too long');
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) return malformed('no valid current time');
  const code = extractCode(input);
  if (code === null) return malformed(`no ${SEAL_CODE_PREFIX} code in the input`);
  const bytes = decodeBase32(code.slice(SEAL_CODE_PREFIX.length));
  if (bytes === null) return malformed('the code is not canonical base32');

  const message = tryDecode(bytes);
  if (!message.ok) return malformed('not deterministic CBOR');
  const tag = message.value;
  if (typeof tag !== 'object' || tag === null || tag.tag !== COSE_SIGN1_TAG) {
    return malformed('not a tagged COSE_Sign1 message');
  }
  const contents = tag.contents;
  if (!Array.isArray(contents) || contents.length !== 4) {
    return malformed('COSE_Sign1 must be an array of four items');
  }
  const [protectedBytes, unprotected, payloadBytes, signature] = contents;
  if (!isBytes(protectedBytes) || !isBytes(payloadBytes) || !isBytes(signature)) {
    return malformed('COSE_Sign1 items have the wrong types');
  }
  if (!(unprotected instanceof Map) || unprotected.size !== 0) {
    return malformed('the unprotected header must be empty');
  }
  if (signature.length !== ED25519_SIGNATURE_BYTES) return malformed('not an Ed25519 signature');

  // The protected header picks the key, so it is read before verification but only to that end.
  const header = tryDecode(protectedBytes);
  if (!header.ok) return malformed('protected header is not deterministic CBOR');
  if (!(header.value instanceof Map)) return malformed('protected header is not a map');
  if (header.value.get(COSE_HEADER_ALG) !== COSE_ALG_EDDSA) {
    return malformed('algorithm refused: only EdDSA is accepted');
  }
  const kidBytes = header.value.get(COSE_HEADER_KID);
  if (!isBytes(kidBytes) || kidBytes.length !== KID_BYTES) {
    return malformed('protected header lacks a valid kid');
  }
  if (header.value.size !== 2) return malformed('protected header has members other than alg and kid');

  const key = (await indexTrustList(jwks)).get(encodeBase64url(kidBytes));
  if (!key) return { status: 'UNKNOWN_KEY', reason: 'the signing key is not in the trust list' };

  const toBeSigned = encode(
    ['Signature1', protectedBytes, new Uint8Array(0), payloadBytes],
    DETERMINISTIC_ENCODE_OPTIONS,
  );
  if (!(await crypto.subtle.verify({ name: 'Ed25519' }, key.publicKey, signature, toBeSigned))) {
    return { status: 'INVALID_SIGNATURE', reason: 'the signature does not match the key' };
  }

  // Only now is the payload read: its bytes are exactly what the court signed.
  const check = readPayload(payloadBytes, key.kid);
  if (!check.ok) return malformed(check.reason);
  const payload = check.payload;
  // A genuine signature by one court's key does not vouch for another court's document.
  if (payload.court !== key.courtCode) {
    return { status: 'INVALID_SIGNATURE', reason: 'signed with a key of another court' };
  }
  if (!keyValidOnDay(key, payload.issued, now)) {
    return { status: 'KEY_NOT_VALID_AT_ISSUE', reason: 'the key was not valid on the issue date' };
  }
  return { status: 'VALID', payload, reason: 'signature valid; signed by the issuing court' };
}

/**
 * Verifies a code text or a scanned verification URL against a trust list (the JWKS published
 * by the hub). Resolves to { status, reason, payload? }; payload only for VALID. Never rejects.
 */
export async function verifyJudgmentCode(input, jwks, now = new Date()) {
  try {
    return await verifyOrThrow(input, jwks, now);
  } catch {
    return malformed('the input could not be read');
  }
}
