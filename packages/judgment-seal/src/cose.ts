/**
 * The CBOR and COSE_Sign1 (RFC 9052) pieces of the seal format; seal.ts documents the format as a
 * whole. Encoding is deterministic (CBOR core deterministic encoding: preferred integer and length
 * forms, definite lengths, map keys in bytewise order). Decoding is strict and then checked by
 * re-encoding: bytes that do not re-encode to themselves are refused, so every value has exactly
 * one encoding and every signature exactly one code text.
 */
import {
  cdeDecodeOptions,
  cdeEncodeOptions,
  decode,
  defaultEncodeOptions,
  Tag,
  TypeEncoderMap,
  Writer,
  type DecodeOptions,
  type RequiredEncodeOptions,
} from 'cbor2';
import { writeInt, writeUnknown } from 'cbor2/encoder';
import { sortCoreDeterministic, type KeyValueEncoded } from 'cbor2/sorts';

/** COSE_Sign1's CBOR tag. */
export const COSE_SIGN1_TAG = 18;
/** COSE header labels (RFC 9052 §3.1) and the EdDSA algorithm id (RFC 9053 §2.2). */
export const COSE_HEADER_ALG = 1;
export const COSE_HEADER_KID = 4;
export const COSE_ALG_EDDSA = -8;
/** Key ids are the first 8 bytes of SHA-256 of the raw public key. */
export const KID_BYTES = 8;
export const ED25519_SIGNATURE_BYTES = 64;

const CBOR_MAJOR_TYPE_MAP = 5;
/** map(2) 1 -8 4 bytes(8) <kid>. */
const PROTECTED_HEADER_BYTES = 5 + KID_BYTES;

/**
 * cbor2's `encode()` merges its option objects into a new Writer on every call, and its Map
 * encoder calls `encode()` once per key to sort them. On Node 20 each such merge of ~25 option
 * properties costs ~20 µs, which made a 7-key map cost ~200 µs and the verifier miss its
 * throughput target. So the options are merged once here, values are written with cbor2's
 * `writeUnknown` into a Writer built with a one-property option object, and Maps are written by
 * the small encoder below: same bytes (cbor2's core deterministic key sort, its writers), one
 * Writer per map instead of an option merge per map key. The tests check these bytes against
 * cbor2's own `encode(value, cdeEncodeOptions)`.
 */
const ENCODE_TYPES = new TypeEncoderMap();
const ENCODE_OPTIONS: RequiredEncodeOptions = {
  ...defaultEncodeOptions,
  ...cdeEncodeOptions,
  sortKeys: sortCoreDeterministic,
  rejectDuplicateKeys: true,
  rejectUndefined: true,
  types: ENCODE_TYPES,
};
const WRITER_OPTIONS = { chunkSize: 256 };

function writeCbor(value: unknown): Uint8Array {
  const writer = new Writer(WRITER_OPTIONS);
  writeUnknown(value, writer, ENCODE_OPTIONS);
  return writer.read();
}

ENCODE_TYPES.registerEncoder(Map, (map: Map<unknown, unknown>, writer: Writer, opts: RequiredEncodeOptions) => {
  if (map.size === 0) {
    writeInt(0, writer, CBOR_MAJOR_TYPE_MAP);
    return undefined;
  }
  // All keys go through one Writer; each key's bytes are then a slice of its output.
  const keyWriter = new Writer(WRITER_OPTIONS);
  const ends: number[] = [];
  for (const key of map.keys()) {
    writeUnknown(key, keyWriter, opts);
    ends.push(keyWriter.length);
  }
  const keyBytes = keyWriter.read();
  const entries: KeyValueEncoded[] = [];
  let start = 0;
  let i = 0;
  for (const [key, value] of map) {
    const end = ends[i++] ?? start;
    entries.push([key, value, keyBytes.subarray(start, end)]);
    start = end;
  }
  entries.sort(sortCoreDeterministic);
  for (let j = 1; j < entries.length; j++) {
    if (sortCoreDeterministic(entries[j - 1] as KeyValueEncoded, entries[j] as KeyValueEncoded) === 0) {
      throw new Error('duplicate map key');
    }
  }
  writeInt(entries.length, writer, CBOR_MAJOR_TYPE_MAP);
  for (const [, value, encodedKey] of entries) {
    writer.write(encodedKey);
    writeUnknown(value, writer, opts);
  }
  return undefined;
});

const STRICT_DECODE_OPTIONS: DecodeOptions = {
  ...cdeDecodeOptions, // definite lengths only, preferred (shortest) forms, sorted unique map keys
  rejectDuplicateKeys: true,
  rejectBigInts: true,
  rejectLargeNegatives: true,
  rejectFloats: true,
  rejectSimple: true,
  rejectUndefined: true,
  // Tags stay inert Tag objects: no registered decoder (dates, embedded CBOR, sets...) ever runs.
  ignoreGlobalTags: true,
  // Maps come back as Map with their CBOR keys, never as objects (no __proto__ surprises).
  preferMap: true,
  // The deepest valid item is a value in the payload map inside the tag's array: depth 2.
  maxDepth: 4,
};

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Deterministic CBOR (RFC 8949 §4.2.1 core deterministic encoding, as cbor2's cdeEncodeOptions).
 * Byte strings must be plain Uint8Array: cbor2 would write a Buffer as a map.
 */
export function encodeCbor(value: unknown): Uint8Array {
  return writeCbor(value);
}

/**
 * Decodes one CBOR item that is in deterministic encoding, throwing on anything else (malformed,
 * trailing bytes, indefinite lengths, long forms, unsorted or duplicate keys, floats, simple
 * values, any non-canonical spelling the strict options let through).
 */
export function decodeCborStrict(bytes: Uint8Array): unknown {
  const value = decode(bytes, STRICT_DECODE_OPTIONS);
  if (!sameBytes(encodeCbor(value), bytes)) throw new Error('CBOR is not in deterministic encoding');
  return value;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reads a signed payload: one CBOR map whose keys are small unsigned integers and whose values are
 * unsigned integers, text strings or byte strings — the only shape a seal payload has — then
 * requires that cbor2 encodes what was read to exactly the same bytes, so the result is as strict
 * as decodeCborStrict. It exists for speed: cbor2's decode() costs ~40 µs per call on Node 20
 * (a fifth of a whole verification); this reader costs a few. Anything else throws.
 */
export function decodeSmallMapStrict(bytes: Uint8Array): Map<number, number | string | Uint8Array> {
  let pos = 0;
  const head = (): { major: number; value: number } => {
    const first = bytes[pos++];
    if (first === undefined) throw new Error('truncated CBOR');
    const major = first >> 5;
    const info = first & 0x1f;
    if (info < 24) return { major, value: info };
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : 0;
    // 8-byte lengths and indefinite lengths never occur in a payload.
    if (size === 0 || pos + size > bytes.length) throw new Error('unsupported or truncated CBOR head');
    let value = 0;
    for (let i = 0; i < size; i++) value = value * 256 + (bytes[pos++] as number);
    return { major, value };
  };
  const take = (length: number): Uint8Array => {
    if (pos + length > bytes.length) throw new Error('truncated CBOR string');
    const part = bytes.subarray(pos, pos + length);
    pos += length;
    return part;
  };
  const map = head();
  if (map.major !== 5) throw new Error('not a CBOR map');
  const result = new Map<number, number | string | Uint8Array>();
  for (let i = 0; i < map.value; i++) {
    const key = head();
    if (key.major !== 0) throw new Error('map key is not an unsigned integer');
    const value = head();
    if (value.major === 0) result.set(key.value, value.value);
    else if (value.major === 2) result.set(key.value, new Uint8Array(take(value.value)));
    else if (value.major === 3) result.set(key.value, strictUtf8.decode(take(value.value)));
    else throw new Error('unexpected CBOR value type in a payload');
  }
  if (pos !== bytes.length) throw new Error('trailing bytes after the payload');
  // Duplicate keys, unsorted keys and long forms all re-encode differently.
  if (result.size !== map.value || !sameBytes(encodeCbor(result), bytes)) throw new Error('CBOR is not in deterministic encoding');
  return result;
}

/** A decoded COSE_Sign1: the two byte strings as signed, and the signature. */
export interface CoseSign1 {
  protectedBytes: Uint8Array;
  payloadBytes: Uint8Array;
  signature: Uint8Array;
}

function isBytes(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array;
}

/** A plain Uint8Array (copied if need be): cbor2 writes a Buffer as a map, not as a byte string. */
function plainBytes(bytes: Uint8Array): Uint8Array {
  return bytes.constructor === Uint8Array ? bytes : new Uint8Array(bytes);
}

/** 18([protected, {}, payload, signature]) with an empty unprotected header. */
export function encodeCoseSign1(message: CoseSign1): Uint8Array {
  return encodeCbor(
    new Tag(COSE_SIGN1_TAG, [
      plainBytes(message.protectedBytes),
      new Map(),
      plainBytes(message.payloadBytes),
      plainBytes(message.signature),
    ]),
  );
}

/** d2 84 4d <protected header> a0: tag 18, array(4), bstr(13), {} — then the payload bstr. */
const ENVELOPE_HEAD_BYTES = 3 + PROTECTED_HEADER_BYTES + 1;
/** 58 40 <signature>: bstr(64). */
const ENVELOPE_TAIL_BYTES = 2 + ED25519_SIGNATURE_BYTES;

/**
 * The parts of a message that is exactly the deterministic encoding of
 * 18([protected(13 bytes), {}, payload, signature(64 bytes)]), or null. Every accepted code has
 * this form, and for it the strict decode in parseCoseSign1 would find the same parts; this check
 * costs a few microseconds where cbor2's decode() costs ~40 µs on Node 20. The parts are taken by
 * position (the payload's length header is 1, 2 or 3 bytes, told by its first byte) and accepted
 * only if re-encoding them reproduces the input byte for byte.
 */
function splitCanonicalCoseSign1(bytes: Uint8Array): CoseSign1 | null {
  const lengthByte = bytes[ENVELOPE_HEAD_BYTES];
  if (lengthByte === undefined) return null;
  const lengthHeader = lengthByte < 0x58 ? 1 : lengthByte === 0x58 ? 2 : 3;
  const payloadStart = ENVELOPE_HEAD_BYTES + lengthHeader;
  const payloadEnd = bytes.length - ENVELOPE_TAIL_BYTES;
  if (payloadEnd < payloadStart) return null;
  const message: CoseSign1 = {
    protectedBytes: bytes.subarray(3, 3 + PROTECTED_HEADER_BYTES),
    payloadBytes: bytes.subarray(payloadStart, payloadEnd),
    signature: bytes.subarray(payloadEnd + 2),
  };
  return sameBytes(encodeCoseSign1(message), bytes) ? message : null;
}

/**
 * The structure of a tagged COSE_Sign1 with an empty unprotected header and a 64-byte signature,
 * or a reason. The payload stays opaque bytes: it is read only after the signature checks out.
 */
export function parseCoseSign1(bytes: Uint8Array): { ok: true; message: CoseSign1 } | { ok: false; reason: string } {
  const canonical = splitCanonicalCoseSign1(bytes);
  if (canonical) return { ok: true, message: canonical };
  let value: unknown;
  try {
    value = decodeCborStrict(bytes);
  } catch {
    return { ok: false, reason: 'not deterministic CBOR' };
  }
  if (!(value instanceof Tag) || value.tag !== COSE_SIGN1_TAG) {
    return { ok: false, reason: 'not a tagged COSE_Sign1 message' };
  }
  const contents: unknown = value.contents;
  if (!Array.isArray(contents) || contents.length !== 4) {
    return { ok: false, reason: 'COSE_Sign1 must be an array of four items' };
  }
  const [protectedBytes, unprotected, payloadBytes, signature] = contents as unknown[];
  if (!isBytes(protectedBytes) || !isBytes(payloadBytes) || !isBytes(signature)) {
    return { ok: false, reason: 'COSE_Sign1 items have the wrong types' };
  }
  // Anything unprotected could be swapped without breaking the signature: nothing is allowed.
  if (!(unprotected instanceof Map) || unprotected.size !== 0) {
    return { ok: false, reason: 'the unprotected header must be empty' };
  }
  if (signature.length !== ED25519_SIGNATURE_BYTES) {
    return { ok: false, reason: 'not an Ed25519 signature' };
  }
  return { ok: true, message: { protectedBytes, payloadBytes, signature } };
}

/** The protected header {1: -8, 4: kid}. */
export function encodeProtectedHeader(kid: Uint8Array): Uint8Array {
  return encodeCbor(
    new Map<number, unknown>([
      [COSE_HEADER_ALG, COSE_ALG_EDDSA],
      [COSE_HEADER_KID, plainBytes(kid)],
    ]),
  );
}

/**
 * The kid of a protected header that is exactly {1: -8, 4: kid(8 bytes)}, or a reason. No crit,
 * content type, IV or any other member: each could change how the message must be read.
 */
export function parseProtectedHeader(bytes: Uint8Array): { ok: true; kid: Uint8Array } | { ok: false; reason: string } {
  // The one accepted header for a kid has one encoding, a2 01 27 04 48 <kid>: when the bytes are
  // that re-encoding, the strict decode below would accept them, so it is skipped (it is the
  // costliest step after the signature check). Anything else is decoded only to name the reason.
  if (bytes.length === PROTECTED_HEADER_BYTES) {
    const kid = bytes.subarray(bytes.length - KID_BYTES);
    if (sameBytes(encodeProtectedHeader(kid), bytes)) return { ok: true, kid };
  }
  let value: unknown;
  try {
    value = decodeCborStrict(bytes);
  } catch {
    return { ok: false, reason: 'protected header is not deterministic CBOR' };
  }
  if (!(value instanceof Map)) return { ok: false, reason: 'protected header is not a map' };
  if (value.get(COSE_HEADER_ALG) !== COSE_ALG_EDDSA) {
    return { ok: false, reason: 'algorithm refused: only EdDSA is accepted' };
  }
  const kid: unknown = value.get(COSE_HEADER_KID);
  if (!isBytes(kid) || kid.length !== KID_BYTES) {
    return { ok: false, reason: 'protected header lacks a valid kid' };
  }
  if (value.size !== 2) return { ok: false, reason: 'protected header has members other than alg and kid' };
  return { ok: true, kid };
}

/** Sig_structure (RFC 9052 §4.4) for COSE_Sign1 without external AAD: what Ed25519 signs. */
export function sigStructure(protectedBytes: Uint8Array, payloadBytes: Uint8Array): Uint8Array {
  return encodeCbor([
    'Signature1',
    plainBytes(protectedBytes),
    new Uint8Array(0),
    plainBytes(payloadBytes),
  ]);
}
