/**
 * What a judgment seal signs (DESIGN.md §6), its CBOR encoding, and the strict validator applied
 * to it after the signature has been checked. On the wire the payload is a CBOR map with small
 * integer keys (every byte lands in the QR); the kid is not in it but in the COSE protected
 * header, which the signature covers too. See seal.ts for the whole format.
 */
import { createHash } from 'node:crypto';
import { courtByCode, formatCourtCaseNumber, parseCourtCaseNumber } from '@hub/domain';
import { decodeSmallMapStrict, encodeCbor } from './cose';

export const SEAL_FORMAT_VERSION = 1;

export const SEAL_DOCUMENT_KINDS = ['JUDGMENT', 'RULING', 'CORRECTION_RULING'] as const;
export type SealDocumentKind = (typeof SEAL_DOCUMENT_KINDS)[number];

export interface SealPayload {
  /** Format version; a new version gets a new code prefix too. */
  v: typeof SEAL_FORMAT_VERSION;
  /** Key id of the signing court key, base64url; on the wire it is the COSE header's kid. */
  kid: string;
  /** Document id in the court subgraph. */
  doc: string;
  /** 案号 in its canonical spelling, e.g. （2017）鲁0303刑初12号. */
  no: string;
  /** Code of the issuing court, e.g. 鲁0303. */
  court: string;
  kind: SealDocumentKind;
  /** Issue date, YYYY-MM-DD (a calendar date in China, UTC+8). */
  issued: string;
  /** base64url SHA-256 of the canonical text (see canonicalDocumentText); 32 bytes on the wire. */
  sha: string;
}

/** The fields of SealPayload, all required. */
const PAYLOAD_KEYS = ['v', 'kid', 'doc', 'no', 'court', 'kind', 'issued', 'sha'] as const;

/** CBOR map keys of the wire payload (kid travels in the COSE header instead). */
export const SEAL_PAYLOAD_CBOR_KEYS = {
  v: 1,
  doc: 2,
  no: 3,
  court: 4,
  kind: 5,
  issued: 6,
  sha: 7,
} as const;

/** Document kinds on the wire: 1 JUDGMENT, 2 RULING, 3 CORRECTION_RULING. */
export function sealDocumentKindCode(kind: SealDocumentKind): number {
  return SEAL_DOCUMENT_KINDS.indexOf(kind) + 1;
}

/** 8 bytes of SHA-256 in base64url without padding. */
export const KID_PATTERN = /^[A-Za-z0-9_-]{11}$/;
/**
 * 32 bytes in base64url without padding: the 43rd character carries only 4 bits, so only the 16
 * characters whose low 2 bits are zero are canonical; any other would be a second spelling.
 */
const SHA256_PATTERN = /^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/;
/** Opaque ids: no whitespace, no control/format/unassigned characters, bounded length. */
const DOCUMENT_ID_PATTERN = /^[^\s\p{C}]{1,64}$/u;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The text whose hash a seal binds. The rules remove only differences that a reader cannot see
 * and that editors or transports introduce, so the same judgment hashes the same everywhere:
 * 1. Unicode NFC (precomposed vs. combining forms of the same character);
 * 2. line breaks CRLF and lone CR become LF;
 * 3. trailing whitespace at the end of each line is removed (JavaScript `\s`, which includes
 *    the full-width space U+3000 and no-break space);
 * 4. blank lines at the start and end of the text are removed, and there is no final newline.
 * Everything else counts: leading indentation (e.g. 首行缩进), blank lines between paragraphs,
 * and every visible character.
 */
export function canonicalDocumentText(text: string): string {
  const lines = text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/u, ''));
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start] === '') start++;
  while (end > start && lines[end - 1] === '') end--;
  return lines.slice(start, end).join('\n');
}

/** base64url (no padding) SHA-256 of the UTF-8 canonical text. */
export function documentSha256(text: string): string {
  return createHash('sha256').update(canonicalDocumentText(text), 'utf8').digest('base64url');
}

/** Whether a YYYY-MM-DD string names a real calendar date (no 2023-02-30). */
export function isRealIsoDate(value: string): boolean {
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

export type PayloadCheck = { ok: true; payload: SealPayload } | { ok: false; reason: string };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Accepts exactly the shape of SealPayload: the given keys and no others, each with its type and
 * format. Reasons name the field but never echo its value (it may be hostile or personal).
 */
export function validateSealPayload(value: unknown): PayloadCheck {
  if (!isPlainObject(value)) return { ok: false, reason: 'payload is not an object' };
  const keys = Object.keys(value);
  const extra = keys.filter((key) => !(PAYLOAD_KEYS as readonly string[]).includes(key));
  if (extra.length > 0) return { ok: false, reason: 'payload has unexpected fields' };
  const missing = PAYLOAD_KEYS.filter((key) => !keys.includes(key));
  if (missing.length > 0) return { ok: false, reason: `payload lacks ${missing.join(', ')}` };

  const { v, kid, doc, no, court, kind, issued, sha } = value;
  if (v !== SEAL_FORMAT_VERSION) return { ok: false, reason: 'unsupported payload version' };
  if (typeof kid !== 'string' || !KID_PATTERN.test(kid)) return { ok: false, reason: 'bad kid' };
  if (typeof doc !== 'string' || !DOCUMENT_ID_PATTERN.test(doc)) {
    return { ok: false, reason: 'bad document id' };
  }
  if (typeof court !== 'string' || !courtByCode(court)) return { ok: false, reason: 'unknown court' };
  if (typeof no !== 'string') return { ok: false, reason: 'bad case number' };
  const caseNumber = parseCourtCaseNumber(no);
  if (!caseNumber || formatCourtCaseNumber(caseNumber) !== no) {
    return { ok: false, reason: 'case number is not a canonical 案号' };
  }
  // A court decides its own cases, so the 案号's court code names the issuing court.
  if (caseNumber.courtCode !== court) {
    return { ok: false, reason: 'case number belongs to another court' };
  }
  if (typeof kind !== 'string' || !(SEAL_DOCUMENT_KINDS as readonly string[]).includes(kind)) {
    return { ok: false, reason: 'bad document kind' };
  }
  if (typeof issued !== 'string' || !isRealIsoDate(issued)) {
    return { ok: false, reason: 'bad issue date' };
  }
  if (typeof sha !== 'string' || !SHA256_PATTERN.test(sha)) {
    return { ok: false, reason: 'bad document hash' };
  }
  return {
    ok: true,
    payload: { v, kid, doc, no, court, kind: kind as SealDocumentKind, issued, sha },
  };
}

/**
 * The payload's CBOR bytes: {1: v, 2: doc, 3: no, 4: court, 5: kind, 6: issued, 7: sha}, in
 * deterministic encoding. Call it on a payload that validateSealPayload accepted.
 */
export function encodeSealPayload(payload: SealPayload): Uint8Array {
  const k = SEAL_PAYLOAD_CBOR_KEYS;
  return encodeCbor(
    new Map<number, unknown>([
      [k.v, payload.v],
      [k.doc, payload.doc],
      [k.no, payload.no],
      [k.court, payload.court],
      [k.kind, sealDocumentKindCode(payload.kind)],
      [k.issued, payload.issued],
      [k.sha, new Uint8Array(Buffer.from(payload.sha, 'base64url'))],
    ]),
  );
}

const CBOR_KEY_COUNT = Object.keys(SEAL_PAYLOAD_CBOR_KEYS).length;

/**
 * Reads signed payload bytes back into a SealPayload (kid: the header's, base64url) and validates
 * it. Only call it after the signature over these bytes has been verified.
 */
export function decodeSealPayload(bytes: Uint8Array, kid: string): PayloadCheck {
  let map: unknown;
  try {
    map = decodeSmallMapStrict(bytes);
  } catch {
    return { ok: false, reason: 'payload is not deterministic CBOR' };
  }
  if (!(map instanceof Map)) return { ok: false, reason: 'payload is not a CBOR map' };
  const k = SEAL_PAYLOAD_CBOR_KEYS;
  const known = Object.values(k) as number[];
  if (map.size !== CBOR_KEY_COUNT || ![...map.keys()].every((key) => known.includes(key as number))) {
    return { ok: false, reason: 'payload has unexpected or missing fields' };
  }
  const kindCode: unknown = map.get(k.kind);
  const sha: unknown = map.get(k.sha);
  if (typeof kindCode !== 'number' || !Number.isInteger(kindCode)) {
    return { ok: false, reason: 'bad document kind' };
  }
  const kind = SEAL_DOCUMENT_KINDS[kindCode - 1];
  if (kindCode < 1 || kind === undefined) return { ok: false, reason: 'bad document kind' };
  if (!(sha instanceof Uint8Array) || sha.length !== 32) {
    return { ok: false, reason: 'bad document hash' };
  }
  return validateSealPayload({
    v: map.get(k.v),
    kid,
    doc: map.get(k.doc),
    no: map.get(k.no),
    court: map.get(k.court),
    kind,
    issued: map.get(k.issued),
    sha: Buffer.from(sha.buffer, sha.byteOffset, sha.length).toString('base64url'),
  });
}
