/**
 * Test helpers that build codes by hand, bypassing sealDocument's checks: what a forger holding a
 * real private key, or a broken encoder, could produce. Byte strings are built from cbor2's own
 * encode() (not this package's encoder) or written out byte by byte.
 */
import { sign } from 'node:crypto';
import { cdeEncodeOptions, decode, encode, Tag } from 'cbor2';
import { decodeBase32, encodeBase32 } from '../base32';
import type { CourtKey } from '../keys';
import { sealDocumentKindCode, type SealPayload } from '../payload';

export const PREFIX = 'ZBJ1:';

/** Deterministic CBOR straight from cbor2. */
export function cbor(value: unknown): Uint8Array {
  return encode(value, cdeEncodeOptions);
}

export function kidBytesOf(kid: string): Uint8Array {
  return new Uint8Array(Buffer.from(kid, 'base64url'));
}

export function protectedHeaderOf(kid: string): Uint8Array {
  return cbor(new Map<number, unknown>([[1, -8], [4, kidBytesOf(kid)]]));
}

/** The documented payload map of a SealPayload (kid is not in it). */
export function payloadMapOf(payload: SealPayload): Map<number, unknown> {
  return new Map<number, unknown>([
    [1, payload.v],
    [2, payload.doc],
    [3, payload.no],
    [4, payload.court],
    [5, sealDocumentKindCode(payload.kind)],
    [6, payload.issued],
    [7, new Uint8Array(Buffer.from(payload.sha, 'base64url'))],
  ]);
}

export function sigStructureOf(protectedBytes: Uint8Array, payloadBytes: Uint8Array): Uint8Array {
  return cbor(['Signature1', protectedBytes, new Uint8Array(0), payloadBytes]);
}

export function signWith(key: CourtKey, protectedBytes: Uint8Array, payloadBytes: Uint8Array): Uint8Array {
  if (!key.privateKey) throw new Error('test key lacks its private key');
  return new Uint8Array(sign(null, sigStructureOf(protectedBytes, payloadBytes), key.privateKey));
}

export function codeOf(messageBytes: Uint8Array): string {
  return PREFIX + encodeBase32(messageBytes);
}

/** The tagged COSE_Sign1 bytes, canonical unless the caller passes odd parts. */
export function messageOf(parts: {
  protectedBytes: Uint8Array;
  payloadBytes: Uint8Array;
  signature: Uint8Array;
  unprotected?: Map<unknown, unknown>;
}): Uint8Array {
  return cbor(
    new Tag(18, [parts.protectedBytes, parts.unprotected ?? new Map(), parts.payloadBytes, parts.signature]),
  );
}

/** Signs exactly these protected and payload bytes with a real key and wraps them in a code. */
export function forgeCode(
  key: CourtKey,
  payloadBytes: Uint8Array,
  protectedBytes: Uint8Array = protectedHeaderOf(key.kid),
  unprotected?: Map<unknown, unknown>,
): string {
  const signature = signWith(key, protectedBytes, payloadBytes);
  return codeOf(messageOf({ protectedBytes, payloadBytes, signature, unprotected }));
}

/** A code for this payload, signed by `key`, with the payload map edited first. */
export function forgePayload(
  key: CourtKey,
  payload: SealPayload,
  edit: (map: Map<number, unknown>) => void = () => undefined,
): string {
  const map = payloadMapOf(payload);
  edit(map);
  return forgeCode(key, cbor(map), protectedHeaderOf(key.kid));
}

/** The COSE bytes behind a code text. */
export function bytesOf(code: string): Uint8Array {
  const bytes = decodeBase32(code.slice(PREFIX.length));
  if (!bytes) throw new Error('not a base32 code');
  return bytes;
}

/** The parts of a code, read with a plain cbor2 decode. */
export function partsOf(code: string): { protectedBytes: Uint8Array; payloadBytes: Uint8Array; signature: Uint8Array } {
  const tag = decode(bytesOf(code)) as Tag;
  const [protectedBytes, , payloadBytes, signature] = tag.contents as Uint8Array[];
  if (!protectedBytes || !payloadBytes || !signature) throw new Error('not a COSE_Sign1 code');
  return { protectedBytes, payloadBytes, signature };
}

/** CBOR head (major type, argument) in the shortest form, or a forced longer form. */
export function head(majorType: number, argument: number, forcedBytes?: 1 | 2 | 4): Uint8Array {
  const mt = majorType << 5;
  const size = forcedBytes ?? (argument < 24 ? 0 : argument < 0x100 ? 1 : argument < 0x10000 ? 2 : 4);
  if (size === 0) return Uint8Array.of(mt | argument);
  const out = new Uint8Array(1 + size);
  out[0] = mt | (size === 1 ? 24 : size === 2 ? 25 : 26);
  for (let i = 0; i < size; i++) out[size - i] = (argument >>> (8 * i)) & 0xff;
  return out;
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts));
}
