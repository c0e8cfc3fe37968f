/**
 * Verifying a scanned certificate code: first the signature against the procuratorates' published
 * keys (@hub/judgment-seal, which trusts nothing in the code before that), then the registry: is
 * there an answered check under that id, with that number, issuer and issue date.
 */
import { procuratorateByCode } from '@hub/domain';
import { verifyCertificateSeal, type CertificateResult, type IssuerTrustList, type SealStatus } from '@hub/judgment-seal';
import { parseSha256Argument } from '@hub/subgraph-kit';
import { chinaIsoDate } from '@hub/domain';
import type { BriberyCheckDoc } from './serviceModels';

export type CertificateVerificationStatus = SealStatus | 'HASH_MISMATCH' | 'UNKNOWN_CERTIFICATE';

export interface CertificateVerificationResult {
  status: CertificateVerificationStatus;
  reason: string;
  signatureValid: boolean;
  keyId?: string | null;
  certificateNumber?: string | null;
  procuratorateName?: string | null;
  issuedOn?: string | null;
  result?: CertificateResult | null;
  signedTextSha256?: string | null;
  check?: BriberyCheckDoc | null;
}

export async function verifyCertificateCode(
  code: string,
  documentSha256: string | null | undefined,
  deps: { trustList: () => IssuerTrustList; findCheck: (id: string) => Promise<BriberyCheckDoc | null> },
): Promise<CertificateVerificationResult> {
  const heldSha = documentSha256 == null ? null : parseSha256Argument(documentSha256, 'the certificate');
  const checked = await verifyCertificateSeal(code, deps.trustList());
  if (checked.status !== 'VALID' || !checked.payload) return { status: checked.status, reason: checked.reason, signatureValid: false };
  const { payload } = checked;
  const signed = {
    signatureValid: true,
    keyId: payload.kid,
    certificateNumber: payload.no,
    procuratorateName: procuratorateByCode(payload.issuer)?.name ?? null,
    issuedOn: payload.issued,
    result: payload.result,
    signedTextSha256: Buffer.from(payload.sha, 'base64url').toString('hex'),
  };
  const check = await deps.findCheck(payload.doc);
  const registered =
    check?.status === 'ANSWERED' &&
    check.certificateNumber === payload.no &&
    check.procuratorateCode === payload.issuer &&
    !!check.answeredAt &&
    chinaIsoDate(check.answeredAt) === payload.issued;
  if (!check || !registered) {
    return { ...signed, status: 'UNKNOWN_CERTIFICATE', reason: 'the signature is genuine, but the registry has no such certificate', check: null };
  }
  if (heldSha !== null && heldSha !== payload.sha) {
    return { ...signed, status: 'HASH_MISMATCH', reason: 'the certificate text you hold is not the text that was signed', check };
  }
  return { ...signed, status: 'VALID', reason: 'genuine: signed by the issuing procuratorate and registered', check };
}
