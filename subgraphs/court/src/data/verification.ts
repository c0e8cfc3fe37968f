/**
 * Verifying a scanned judgment code: first the signature against the published court keys
 * (@hub/judgment-seal, which trusts nothing in the code before that), then the registry for what
 * only the court knows now: whether the document still stands, and whether a text someone holds
 * is the text that was signed.
 */
import { verifySeal, type TrustList } from '@hub/judgment-seal';
import { parseSha256Argument } from '@hub/subgraph-kit';
import type { JudgmentDoc } from './models';

export type JudgmentVerificationStatus =
  | 'VALID'
  | 'INVALID_SIGNATURE'
  | 'UNKNOWN_KEY'
  | 'KEY_NOT_VALID_AT_ISSUE'
  | 'MALFORMED'
  | 'SUPERSEDED'
  | 'REVOKED'
  | 'HASH_MISMATCH'
  | 'UNKNOWN_DOCUMENT';

export interface JudgmentVerificationResult {
  status: JudgmentVerificationStatus;
  reason: string;
  signatureValid: boolean;
  keyId?: string | null;
  judgment?: JudgmentDoc | null;
  supersededBy?: JudgmentDoc | null;
  revokedAt?: Date | null;
  revocationReason?: string | null;
  revokedBy?: JudgmentDoc | null;
}

export interface VerificationDeps {
  trustList: () => TrustList;
  findJudgment: (id: string) => Promise<JudgmentDoc | null>;
}

export async function verifyJudgmentCode(
  code: string,
  documentSha256: string | null | undefined,
  deps: VerificationDeps,
): Promise<JudgmentVerificationResult> {
  const heldSha = documentSha256 == null ? null : parseSha256Argument(documentSha256, 'the document');
  const checked = await verifySeal(code, deps.trustList());
  if (checked.status !== 'VALID' || !checked.payload) {
    return { status: checked.status, reason: checked.reason, signatureValid: false };
  }
  const { payload } = checked;
  const signed = { signatureValid: true, keyId: payload.kid };
  const judgment = await deps.findJudgment(payload.doc);
  if (!judgment) {
    return { ...signed, status: 'UNKNOWN_DOCUMENT', reason: 'the signature is genuine, but the court registry has no such document' };
  }
  const registryAgrees =
    judgment.courtCaseNumber === payload.no &&
    judgment.courtCode === payload.court &&
    judgment.kind === payload.kind &&
    judgment.issuedOn === payload.issued;
  if (!registryAgrees || judgment.textSha256 !== payload.sha) {
    // A genuine code whose facts differ from the registry: the registry record changed after signing.
    return { ...signed, status: 'HASH_MISMATCH', reason: 'the registry\'s record of this document differs from what was signed', judgment };
  }
  if (heldSha !== null && heldSha !== payload.sha) {
    return { ...signed, status: 'HASH_MISMATCH', reason: 'the document text you hold is not the text that was signed', judgment };
  }
  if (judgment.revocation) {
    return {
      ...signed,
      status: 'REVOKED',
      reason: 'the document was set aside by a higher court',
      judgment,
      revokedAt: judgment.revocation.revokedAt,
      revocationReason: judgment.revocation.reason,
      revokedBy: await deps.findJudgment(judgment.revocation.byId),
    };
  }
  if (judgment.supersededById) {
    return {
      ...signed,
      status: 'SUPERSEDED',
      reason: 'the document was superseded by a correction ruling',
      judgment,
      supersededBy: await deps.findJudgment(judgment.supersededById),
    };
  }
  return { ...signed, status: 'VALID', reason: 'genuine: signed by the issuing court, and in force', judgment };
}
