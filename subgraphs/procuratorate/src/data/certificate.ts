/**
 * The certificate of a bribery-record check (行贿犯罪档案查询结果告知函): its text, stated from the
 * convictions the court subgraph found (`courtFindings`, brought by the gateway through @requires),
 * and its seal. The text is a function of the check and the findings only, and Ed25519 is
 * deterministic, so the same check renders to the same letter and the same code every time; a
 * certificate is signed when it is rendered, with the key valid at its issue.
 */
import { GraphQLError } from 'graphql';
import { procuratorateByCode } from '@hub/domain';
import { documentSha256, renderQr, sealCertificate, verificationUrl, type CertificateResult, type RenderedQr } from '@hub/judgment-seal';
import { chinaIsoDate } from '@hub/domain';
import { arabicDate, chineseDate } from './chineseText';
import type { BriberyCheckDoc } from './serviceModels';
import { certificateKeyFor, type CertificateSigning } from './signing';

/** A conviction as the court subgraph sends it in a representation: `effectiveAt` is the serialised DateTime. */
export interface WireFinding {
  judgmentId: string;
  documentNumber: string;
  courtName: string;
  charges: string[];
  sentence: string;
  effectiveAt: string | Date;
  finalCaseNumber: string;
}

/** A check as resolvers receive it: the stored check, plus the court's findings when the gateway brought them. */
export type CheckParent = BriberyCheckDoc & { courtFindings?: WireFinding[] };

export interface CertificateQrSource {
  code: string;
  url: string;
  rendering?: Promise<RenderedQr>;
}

export interface RenderedCertificate {
  number: string;
  procuratorateName: string;
  issuedAt: Date;
  issuedOn: string;
  result: CertificateResult;
  findings: WireFinding[];
  text: string;
  /** Lowercase hex. */
  textSha256: string;
  signingKeyId: string;
  qr: CertificateQrSource;
}

const instant = (value: string | Date) => (value instanceof Date ? value : new Date(value));

/** Oldest first, then by number: the same findings always read in the same order. */
export function orderedFindings(findings: readonly WireFinding[]): WireFinding[] {
  return [...findings].sort(
    (a, b) => instant(a.effectiveAt).getTime() - instant(b.effectiveAt).getTime() || (a.documentNumber < b.documentNumber ? -1 : a.documentNumber > b.documentNumber ? 1 : 0),
  );
}

function subjectLine(check: BriberyCheckDoc): string {
  const { subject } = check;
  if (subject.kind === 'PERSON') return `被查询人：${subject.name}（公民身份号码：${subject.maskedIdNumber ?? '未登记'}）`;
  return `被查询单位：${subject.name}${subject.creditCode ? `（统一社会信用代码：${subject.creditCode}）` : ''}`;
}

function findingLine(finding: WireFinding, k: number): string {
  const effective = instant(finding.effectiveAt);
  // A conviction upheld on appeal took effect with the second instance's ruling.
  const final = finding.finalCaseNumber !== finding.documentNumber ? `经${finding.finalCaseNumber}刑事裁定维持，` : '';
  return `${k + 1}. ${finding.courtName}${finding.documentNumber}刑事判决认定被查询人犯${finding.charges.join('、')}，${finding.sentence}；该判决${final}于${arabicDate(effective)}发生法律效力。`;
}

/** The letter. People appear only masked; the organisation limit is stated where it applies. */
export function certificateText(check: BriberyCheckDoc, procuratorateName: string, findings: readonly WireFinding[]): string {
  const number = check.certificateNumber as string;
  const answeredAt = check.answeredAt as Date;
  const you = check.applicant.kind === 'ORGANISATION' ? '你单位' : '你';
  const result =
    findings.length === 0
      ? ['查询结果：在查询期间内，未发现被查询' + (check.subject.kind === 'PERSON' ? '人' : '单位') + '有行贿犯罪记录。']
      : ['查询结果：在查询期间内，发现被查询人有以下行贿犯罪记录：', ...findings.map(findingLine)];
  const limits =
    check.subject.kind === 'ORGANISATION'
      ? ['说明：本次查询所依据的人民法院生效裁判数据仅载明自然人被告人，对单位的查询结果以此为限。']
      : [];
  return [
    procuratorateName,
    '行贿犯罪档案查询结果告知函',
    number,
    '',
    `${check.applicant.name}：`,
    `${you}于${arabicDate(check.appliedAt)}提出的行贿犯罪档案查询申请收悉。本院依据申请人提供的被查询人信息，对其在${arabicDate(check.periodFrom)}至${arabicDate(check.periodTo)}期间是否有行贿犯罪记录（行贿罪、单位行贿罪、对非国家工作人员行贿罪、介绍贿赂罪的生效有罪判决）进行了查询。`,
    subjectLine(check),
    `查询用途：${check.purposeDetail}`,
    ...result,
    ...limits,
    '本告知函仅反映查询期间内人民法院生效裁判所载情况，仅供申请用途使用。',
    '特此告知。',
    '',
    procuratorateName,
    chineseDate(answeredAt),
  ].join('\n');
}

/** The rendered and signed certificate of an answered check; null before it is answered. */
export async function renderCertificate(check: CheckParent, signing: CertificateSigning): Promise<RenderedCertificate | null> {
  if (check.status !== 'ANSWERED' || !check.answeredAt || !check.certificateNumber) return null;
  if (!check.courtFindings) {
    // Only the gateway can bring the court's findings (@requires); a certificate without them would lie.
    throw new GraphQLError('The certificate needs the court subgraph\'s findings; ask for it through the gateway.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
  const procuratorateName = procuratorateByCode(check.procuratorateCode)?.name ?? check.procuratorateCode;
  const findings = orderedFindings(check.courtFindings);
  const text = certificateText(check, procuratorateName, findings);
  const issuedAt = check.answeredAt;
  const issuedOn = chinaIsoDate(issuedAt);
  const sha = documentSha256(text);
  const result: CertificateResult = findings.length > 0 ? 'RECORD_FOUND' : 'NO_RECORD';
  const key = certificateKeyFor(signing, check.procuratorateCode, issuedAt);
  const code = await sealCertificate(
    { v: 1, kid: key.kid, doc: check._id, no: check.certificateNumber, issuer: check.procuratorateCode, kind: 'BRIBERY_RECORD_CERTIFICATE', issued: issuedOn, sha, result },
    key,
  );
  return {
    number: check.certificateNumber,
    procuratorateName,
    issuedAt,
    issuedOn,
    result,
    findings,
    text,
    textSha256: Buffer.from(sha, 'base64url').toString('hex'),
    signingKeyId: key.kid,
    qr: { code, url: verificationUrl(signing.verifyBaseUrl, code) },
  };
}

/** Renderings are made only when a query asks for them, once per request. */
export function renderedQr(source: CertificateQrSource): Promise<RenderedQr> {
  source.rendering ??= renderQr(source.url);
  return source.rendering;
}
