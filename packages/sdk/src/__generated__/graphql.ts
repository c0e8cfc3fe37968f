/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The four agencies of the city's political-legal system. */
export const Agency = {
  /** 人民法院: the courts. */
  COURT: 'COURT',
  /** 司法行政机关: the justice administration (prisons, community corrections). */
  JUSTICE: 'JUSTICE',
  /** 公安机关: the police. */
  POLICE: 'POLICE',
  /** 人民检察院: the procuratorate. */
  PROCURATORATE: 'PROCURATORATE'
} as const;

export type Agency = typeof Agency[keyof typeof Agency];
/** What the court of second instance did with the first-instance decision. */
export const AppealOutcome = {
  /** 发回重审: sent back for retrial. */
  REMANDED: 'REMANDED',
  /** 改判: decision revised. */
  REVISED: 'REVISED',
  /** 驳回上诉，维持原判: appeal dismissed, decision upheld. */
  UPHELD: 'UPHELD'
} as const;

export type AppealOutcome = typeof AppealOutcome[keyof typeof AppealOutcome];
/** The procuratorate's answer to a request to approve an arrest. */
export const ArrestDecisionKind = {
  /** 批准逮捕. */
  APPROVED: 'APPROVED',
  /** 不批准逮捕. */
  DENIED: 'DENIED'
} as const;

export type ArrestDecisionKind = typeof ArrestDecisionKind[keyof typeof ArrestDecisionKind];
/** Which cases to list. All conditions must hold. */
export type CaseFilter = {
  /** Only cases registered at this court, e.g. `鲁0303`. */
  courtCode?: string | null | undefined;
  /** Only cases of this district or county (GB/T 2260 code, e.g. `370303`). */
  divisionCode?: string | null | undefined;
  /** Only cases filed at or after this instant. */
  filedFrom?: string | null | undefined;
  /** Only cases filed before this instant. */
  filedTo?: string | null | undefined;
  /** Only cases this person is in. */
  personId?: string | number | null | undefined;
  /** Only cases at this stage. */
  stage?: CaseStage | null | undefined;
};

/** Where a case stands now, as the cross-agency index sees it. */
export const CaseStage = {
  /** 二审: appealed or protested; the second instance is pending. */
  APPEAL: 'APPEAL',
  /** 结案: closed (see closureReason). */
  CLOSED: 'CLOSED',
  /** 执行: the judgment is effective and the sentence is being served. */
  EXECUTION: 'EXECUTION',
  /** 侦查: with the police (including arrest review by the procuratorate). */
  INVESTIGATION: 'INVESTIGATION',
  /** 审查起诉: with the procuratorate for prosecution review, or returned for supplementary investigation. */
  PROSECUTION_REVIEW: 'PROSECUTION_REVIEW',
  /** 审判: registered at a court of first instance, no judgment yet. */
  TRIAL: 'TRIAL'
} as const;

export type CaseStage = typeof CaseStage[keyof typeof CaseStage];
/** Why a closed case closed. */
export const ClosureReason = {
  /** 无罪: the defendants were acquitted. */
  ACQUITTED: 'ACQUITTED',
  /** 免予刑事处罚 or a fine only: nothing left to execute. */
  EXEMPTED: 'EXEMPTED',
  /** 不起诉: not prosecuted. */
  NOT_PROSECUTED: 'NOT_PROSECUTED',
  /** 刑满释放 or corrections ended: the sentence was completed. */
  SENTENCE_COMPLETED: 'SENTENCE_COMPLETED',
  /** 撤销案件: withdrawn by the police. */
  WITHDRAWN: 'WITHDRAWN'
} as const;

export type ClosureReason = typeof ClosureReason[keyof typeof ClosureReason];
/** The coercive measure in force for a suspect. */
export const CoerciveMeasure = {
  /** 逮捕: arrest. */
  ARREST: 'ARREST',
  /** 取保候审: bail pending trial. */
  BAIL: 'BAIL',
  /** 刑事拘留: criminal detention. */
  DETENTION: 'DETENTION',
  /** No measure in force. */
  NONE: 'NONE',
  /** 监视居住: residential surveillance. */
  RESIDENTIAL_SURVEILLANCE: 'RESIDENTIAL_SURVEILLANCE'
} as const;

export type CoerciveMeasure = typeof CoerciveMeasure[keyof typeof CoerciveMeasure];
/** Where a court case stands. */
export const CourtCaseStatus = {
  /** Decided and appealed or protested. */
  APPEALED: 'APPEALED',
  /** Decided; the appeal window is open. */
  DECIDED: 'DECIDED',
  /** The decision has taken legal effect. */
  EFFECTIVE: 'EFFECTIVE',
  /** Registered, no decision yet. */
  PENDING: 'PENDING'
} as const;

export type CourtCaseStatus = typeof CourtCaseStatus[keyof typeof CourtCaseStatus];
/** A court's level in the hierarchy. */
export const CourtLevel = {
  /** 基层人民法院: a basic (district or county) court. */
  BASIC: 'BASIC',
  /** 高级人民法院: a provincial high court. */
  HIGH: 'HIGH',
  /** 中级人民法院: an intermediate court. */
  INTERMEDIATE: 'INTERMEDIATE'
} as const;

export type CourtLevel = typeof CourtLevel[keyof typeof CourtLevel];
/** The kind of a court's decision document. */
export const DecisionKind = {
  /** 判决书: a judgment. */
  JUDGMENT: 'JUDGMENT',
  /** 裁定书: a ruling. */
  RULING: 'RULING'
} as const;

export type DecisionKind = typeof DecisionKind[keyof typeof DecisionKind];
/** Where a sentence is executed. */
export const ExecutionKind = {
  /** 社区矫正: in community corrections, under a judicial office. */
  COMMUNITY_CORRECTIONS: 'COMMUNITY_CORRECTIONS',
  /** 监狱: in prison. */
  PRISON: 'PRISON'
} as const;

export type ExecutionKind = typeof ExecutionKind[keyof typeof ExecutionKind];
/** Where the execution of a sentence stands. */
export const ExecutionStatus = {
  /** Community corrections ended. */
  ENDED: 'ENDED',
  /** Released on parole (under community corrections until the term ends). */
  PAROLED: 'PAROLED',
  /** Released from prison at the end of the sentence. */
  RELEASED: 'RELEASED',
  /** Serving the sentence or under corrections. */
  SERVING: 'SERVING'
} as const;

export type ExecutionStatus = typeof ExecutionStatus[keyof typeof ExecutionStatus];
/** A person's sex as recorded in the resident ID number. */
export const Gender = {
  /** Female (even order digit). */
  FEMALE: 'FEMALE',
  /** Male (odd order digit). */
  MALE: 'MALE'
} as const;

export type Gender = typeof Gender[keyof typeof Gender];
/** Which instance a court case is. */
export const Instance = {
  /** 一审: first instance (case type 刑初). */
  FIRST: 'FIRST',
  /** 二审: second instance on appeal or protest (case type 刑终). */
  SECOND: 'SECOND'
} as const;

export type Instance = typeof Instance[keyof typeof Instance];
/** The kind of a court decision document. */
export const JudgmentKind = {
  /** 补正裁定书: a ruling that corrects a clerical error in an earlier document and supersedes it. */
  CORRECTION_RULING: 'CORRECTION_RULING',
  /** 判决书: a judgment. */
  JUDGMENT: 'JUDGMENT',
  /** 裁定书: a ruling. */
  RULING: 'RULING'
} as const;

export type JudgmentKind = typeof JudgmentKind[keyof typeof JudgmentKind];
/** How a party appears in a decision document. */
export const JudgmentPartyRole = {
  /** 上诉人（原审被告人）: an appellant at second instance. */
  APPELLANT: 'APPELLANT',
  /** 被告人: a defendant at first instance. */
  DEFENDANT: 'DEFENDANT'
} as const;

export type JudgmentPartyRole = typeof JudgmentPartyRole[keyof typeof JudgmentPartyRole];
/** Whether a decision document still stands. */
export const JudgmentStatus = {
  /** In force: neither superseded nor set aside. */
  IN_FORCE: 'IN_FORCE',
  /** Set aside (撤销) by a higher court (see `revocation`). */
  REVOKED: 'REVOKED',
  /** Superseded by a correction ruling (see `supersededBy`). */
  SUPERSEDED: 'SUPERSEDED'
} as const;

export type JudgmentStatus = typeof JudgmentStatus[keyof typeof JudgmentStatus];
/** The outcome of verifying a scanned judgment code. */
export const JudgmentVerificationStatus = {
  /** Genuine code, but the document text you hold (its SHA-256) is not the text that was signed. */
  HASH_MISMATCH: 'HASH_MISMATCH',
  /** The signature does not match the published key, or the key belongs to another court: forged or altered. */
  INVALID_SIGNATURE: 'INVALID_SIGNATURE',
  /** Signed with a court key that was not valid on the document's issue date. */
  KEY_NOT_VALID_AT_ISSUE: 'KEY_NOT_VALID_AT_ISSUE',
  /** Not a judgment code: truncated, wrongly encoded, oversized or otherwise unreadable. */
  MALFORMED: 'MALFORMED',
  /** Genuine, but set aside by a higher court. */
  REVOKED: 'REVOKED',
  /** Genuine, but superseded by a correction ruling (see `supersededBy`). */
  SUPERSEDED: 'SUPERSEDED',
  /** Genuine signature, but the court's registry has no such document. */
  UNKNOWN_DOCUMENT: 'UNKNOWN_DOCUMENT',
  /** Signed with a key that is not in the published list. */
  UNKNOWN_KEY: 'UNKNOWN_KEY',
  /** Genuine: signed by the issuing court with a published key, in force, and (if a hash was given) the text matches. */
  VALID: 'VALID'
} as const;

export type JudgmentVerificationStatus = typeof JudgmentVerificationStatus[keyof typeof JudgmentVerificationStatus];
/** The legal ground of a decision not to prosecute. */
export const NonProsecutionGround = {
  /** 酌定不起诉: a minor offence for which no punishment is needed. */
  DISCRETIONARY: 'DISCRETIONARY',
  /** 存疑不起诉: insufficient evidence after supplementary investigation. */
  INSUFFICIENT_EVIDENCE: 'INSUFFICIENT_EVIDENCE',
  /** 法定不起诉: no crime, or prosecution barred by law. */
  STATUTORY: 'STATUTORY'
} as const;

export type NonProsecutionGround = typeof NonProsecutionGround[keyof typeof NonProsecutionGround];
/** A person's role in a case. */
export const PartyRole = {
  /** 被告人: a defendant, indicted before a court. */
  DEFENDANT: 'DEFENDANT',
  /** 犯罪嫌疑人: a suspect, not (yet) indicted. */
  SUSPECT: 'SUSPECT',
  /** 被害人: a victim. */
  VICTIM: 'VICTIM',
  /** 证人: a witness. */
  WITNESS: 'WITNESS'
} as const;

export type PartyRole = typeof PartyRole[keyof typeof PartyRole];
/** Where the police's handling of a case stands. */
export const PoliceCaseStatus = {
  /** Under investigation. */
  INVESTIGATING: 'INVESTIGATING',
  /** Transferred to the procuratorate for prosecution. */
  TRANSFERRED: 'TRANSFERRED',
  /** Withdrawn by the police (撤销案件). */
  WITHDRAWN: 'WITHDRAWN'
} as const;

export type PoliceCaseStatus = typeof PoliceCaseStatus[keyof typeof PoliceCaseStatus];
/** Where the procuratorate's handling of a case stands. */
export const ProsecutionStatus = {
  /** 审查逮捕: reviewing a request to approve an arrest. */
  ARREST_REVIEW: 'ARREST_REVIEW',
  /** 提起公诉: indicted. */
  INDICTED: 'INDICTED',
  /** 不起诉: not prosecuted; the case is closed. */
  NOT_PROSECUTED: 'NOT_PROSECUTED',
  /** 审查起诉: reviewing the case for prosecution. */
  PROSECUTION_REVIEW: 'PROSECUTION_REVIEW',
  /** 退回补充侦查: returned to the police for supplementary investigation. */
  SUPPLEMENTARY_INVESTIGATION: 'SUPPLEMENTARY_INVESTIGATION'
} as const;

export type ProsecutionStatus = typeof ProsecutionStatus[keyof typeof ProsecutionStatus];
/** The outcome a court pronounced. */
export const SentenceKind = {
  /** 无罪: acquitted. */
  ACQUITTED: 'ACQUITTED',
  /** 拘役: criminal detention. */
  CRIMINAL_DETENTION: 'CRIMINAL_DETENTION',
  /** 死刑: death penalty. */
  DEATH: 'DEATH',
  /** 免予刑事处罚: convicted, exempted from punishment. */
  EXEMPTED: 'EXEMPTED',
  /** 单处罚金: a fine only. */
  FINE_ONLY: 'FINE_ONLY',
  /** 有期徒刑: fixed-term imprisonment. */
  FIXED_TERM_IMPRISONMENT: 'FIXED_TERM_IMPRISONMENT',
  /** 无期徒刑: life imprisonment. */
  LIFE_IMPRISONMENT: 'LIFE_IMPRISONMENT',
  /** 管制: public surveillance (served in community corrections). */
  PUBLIC_SURVEILLANCE: 'PUBLIC_SURVEILLANCE'
} as const;

export type SentenceKind = typeof SentenceKind[keyof typeof SentenceKind];
/** What happened at a timeline event, across all four agencies. */
export const TimelineEventType = {
  /** 提起上诉: a defendant appealed. */
  APPEAL_FILED: 'APPEAL_FILED',
  /** 批准逮捕: the procuratorate approved an arrest. */
  ARREST_APPROVED: 'ARREST_APPROVED',
  /** 不批准逮捕: the procuratorate denied an arrest. */
  ARREST_DENIED: 'ARREST_DENIED',
  /** 执行逮捕: an approved arrest was executed. */
  ARREST_EXECUTED: 'ARREST_EXECUTED',
  /** 提请批准逮捕: the police asked the procuratorate to approve an arrest. */
  ARREST_REQUESTED: 'ARREST_REQUESTED',
  /** 取保候审: a suspect was released on bail pending trial. */
  BAIL_GRANTED: 'BAIL_GRANTED',
  /** 立案侦查: the police filed the case for investigation. */
  CASE_FILED: 'CASE_FILED',
  /** 撤销案件: the police withdrew the case. */
  CASE_WITHDRAWN: 'CASE_WITHDRAWN',
  /** 社区矫正解除: community corrections ended. */
  CORRECTIONS_ENDED: 'CORRECTIONS_ENDED',
  /** 社区矫正报到: reported to the judicial office for community corrections. */
  CORRECTIONS_INTAKE: 'CORRECTIONS_INTAKE',
  /** 交付执行: the sentenced person was delivered for execution. */
  DELIVERED_FOR_EXECUTION: 'DELIVERED_FOR_EXECUTION',
  /** 刑事拘留: a suspect was placed in criminal detention. */
  DETAINED: 'DETAINED',
  /** 一审宣判: the first-instance judgment was pronounced. */
  FIRST_INSTANCE_JUDGMENT: 'FIRST_INSTANCE_JUDGMENT',
  /** 一审立案: a court of first instance registered the case. */
  FIRST_INSTANCE_REGISTERED: 'FIRST_INSTANCE_REGISTERED',
  /** 开庭审理: a hearing was held. */
  HEARING_HELD: 'HEARING_HELD',
  /** 提起公诉: the procuratorate indicted the suspect before a court. */
  INDICTED: 'INDICTED',
  /** 判决生效: the judgment took legal effect. */
  JUDGMENT_EFFECTIVE: 'JUDGMENT_EFFECTIVE',
  /** 准许律师阅卷: the procuratorate admitted a defence lawyer to read the case file (律师阅卷). */
  LAWYER_FILE_REVIEW_APPROVED: 'LAWYER_FILE_REVIEW_APPROVED',
  /** 指派法律援助律师: the legal-aid centre appointed a lawyer to a defendant. */
  LEGAL_AID_APPOINTED: 'LEGAL_AID_APPOINTED',
  /** 不起诉决定: the procuratorate decided not to prosecute. */
  NOT_PROSECUTED: 'NOT_PROSECUTED',
  /** 假释: released on parole. */
  PAROLED: 'PAROLED',
  /** 收监: admitted to prison. */
  PRISON_ADMITTED: 'PRISON_ADMITTED',
  /** 受理审查起诉: the procuratorate accepted the case for prosecution review. */
  PROSECUTION_REVIEW_STARTED: 'PROSECUTION_REVIEW_STARTED',
  /** 提出抗诉: the procuratorate protested a judgment. */
  PROTESTED: 'PROTESTED',
  /** 刑满释放: released at the end of the sentence. */
  RELEASED: 'RELEASED',
  /** 报案受理: a report was received. */
  REPORTED: 'REPORTED',
  /** 退回补充侦查: the case was returned to the police for supplementary investigation (at most twice). */
  RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION: 'RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION',
  /** 二审宣判: the second-instance judgment or ruling was pronounced. */
  SECOND_INSTANCE_JUDGMENT: 'SECOND_INSTANCE_JUDGMENT',
  /** 二审立案: the court of second instance registered the appeal or protest. */
  SECOND_INSTANCE_REGISTERED: 'SECOND_INSTANCE_REGISTERED',
  /** 减刑: the sentence was commuted. */
  SENTENCE_COMMUTED: 'SENTENCE_COMMUTED',
  /** 补充侦查完毕重新移送: supplementary investigation finished and the case was sent back to the procuratorate. */
  SUPPLEMENTARY_INVESTIGATION_RETURNED: 'SUPPLEMENTARY_INVESTIGATION_RETURNED',
  /** 移送审查起诉: the case was transferred to the procuratorate for prosecution. */
  TRANSFERRED_FOR_PROSECUTION: 'TRANSFERRED_FOR_PROSECUTION'
} as const;

export type TimelineEventType = typeof TimelineEventType[keyof typeof TimelineEventType];
/** The trial procedure. */
export const TrialProcedure = {
  /** 速裁程序: fast-track procedure (within 10 days). */
  FAST_TRACK: 'FAST_TRACK',
  /** 普通程序: ordinary procedure (judgment within 2 months, at most 3). */
  ORDINARY: 'ORDINARY',
  /** 简易程序: summary procedure (within 20 days). */
  SUMMARY: 'SUMMARY'
} as const;

export type TrialProcedure = typeof TrialProcedure[keyof typeof TrialProcedure];
export type CaseByNumberQueryVariables = Exact<{
  number: string;
}>;


export type CaseByNumberQuery = { caseByNumber: { id: string, stage: CaseStage, closureReason: ClosureReason | null, offence: string, divisionCode: string, filedAt: string, courtCodes: Array<string>, numbers: Array<{ agency: Agency, kind: string, number: string }> } | null };

export type CaseDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseDetailsQuery = { case: { id: string, stage: CaseStage, closureReason: ClosureReason | null, offence: string, divisionCode: string, filedAt: string, courtCodes: Array<string>, numbers: Array<{ agency: Agency, kind: string, number: string }>, parties: Array<{ role: PartyRole, person: { id: string, maskedName: string, maskedIdNumber: string, gender: Gender } }>, policeCase: { number: string, agencyCode: string, agencyName: string, divisionCode: string, offence: string, reportedAt: string, filedAt: string, status: PoliceCaseStatus, suspects: Array<{ measure: CoerciveMeasure, detainedAt: string | null, arrestedAt: string | null, person: { id: string, maskedName: string, maskedIdNumber: string, gender: Gender } }> } | null, prosecution: { number: string, procuratorateName: string, divisionCode: string, status: ProsecutionStatus, reviewStartedAt: string | null, supplementaryInvestigations: number, arrestDecision: { decision: ArrestDecisionKind, decidedAt: string, documentNumber: string } | null, indictment: { documentNumber: string, indictedAt: string, charges: Array<string> } | null, nonProsecution: { documentNumber: string, decidedAt: string, ground: NonProsecutionGround } | null, protest: { documentNumber: string, protestedAt: string } | null } | null, courtCases: Array<{ number: string, caseType: string, instance: Instance, procedure: TrialProcedure, registeredAt: string, registeredOnTheSpot: boolean, effectiveAt: string | null, deliveredForExecutionAt: string | null, status: CourtCaseStatus, court: { code: string, name: string, level: CourtLevel, divisionCode: string }, defendants: Array<{ id: string, maskedName: string, maskedIdNumber: string, gender: Gender }>, hearings: Array<{ at: string, courtroom: string }>, verdict: { documentNumber: string, kind: DecisionKind, issuedAt: string, outcome: SentenceKind, termMonths: number | null, suspended: boolean, probationMonths: number | null, fineYuan: number | null, charges: Array<string>, appealOutcome: AppealOutcome | null } | null }> | null, executions: Array<{ kind: ExecutionKind, recordNumber: string, institutionName: string, divisionCode: string, startedAt: string, plannedEndAt: string | null, endedAt: string | null, status: ExecutionStatus, person: { id: string, maskedName: string, maskedIdNumber: string, gender: Gender } }> | null } | null };

export type CaseTimelineQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseTimelineQuery = { case: { id: string, stage: CaseStage, closureReason: ClosureReason | null, offence: string, divisionCode: string, filedAt: string, courtCodes: Array<string>, timeline: Array<{ at: string, agency: Agency, type: TimelineEventType, title: string, documentNumber: string | null }> } | null };

export type SearchCasesQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchCasesQuery = { cases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, stage: CaseStage, closureReason: ClosureReason | null, offence: string, divisionCode: string, filedAt: string, courtCodes: Array<string> } }> } };

export type CourtsQueryVariables = Exact<{ [key: string]: never; }>;


export type CourtsQuery = { courts: Array<{ code: string, name: string, level: CourtLevel, divisionCode: string }> };

export type CaseSummaryFragment = { id: string, stage: CaseStage, closureReason: ClosureReason | null, offence: string, divisionCode: string, filedAt: string, courtCodes: Array<string> };

export type TimelineEventFieldsFragment = { at: string, agency: Agency, type: TimelineEventType, title: string, documentNumber: string | null };

export type PersonSummaryFragment = { id: string, maskedName: string, maskedIdNumber: string, gender: Gender };

export type CourtFieldsFragment = { code: string, name: string, level: CourtLevel, divisionCode: string };

export type VerdictFieldsFragment = { documentNumber: string, kind: DecisionKind, issuedAt: string, outcome: SentenceKind, termMonths: number | null, suspended: boolean, probationMonths: number | null, fineYuan: number | null, charges: Array<string>, appealOutcome: AppealOutcome | null };

export type PublicJudgmentFieldsFragment = { id: string, documentNumber: string, kind: JudgmentKind, caseNumber: string, issuedOn: string, maskedParties: Array<string>, verificationUrl: string, court: { code: string, name: string } };

export type JudgmentSummaryFragment = { id: string, documentNumber: string, kind: JudgmentKind, caseNumber: string, issuedAt: string, issuedOn: string, status: JudgmentStatus, textSha256: string, signingKeyId: string, parties: Array<{ role: JudgmentPartyRole, maskedName: string }>, supersededBy: { id: string, documentNumber: string } | null, revocation: { revokedAt: string, reason: string, by: { id: string, documentNumber: string } } | null };

export type CaseJudgmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseJudgmentsQuery = { case: { id: string, courtCases: Array<{ number: string, court: { code: string, name: string, level: CourtLevel, divisionCode: string }, judgments: Array<{ id: string, documentNumber: string, kind: JudgmentKind, caseNumber: string, issuedAt: string, issuedOn: string, status: JudgmentStatus, textSha256: string, signingKeyId: string, qr: { text: string, url: string, svg: string, pngBase64: string, version: number, modules: number }, parties: Array<{ role: JudgmentPartyRole, maskedName: string }>, supersededBy: { id: string, documentNumber: string } | null, revocation: { revokedAt: string, reason: string, by: { id: string, documentNumber: string } } | null }> }> | null } | null };

export type JudgmentByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type JudgmentByIdQuery = { judgment: { prosecutor: string | null, text: string, id: string, documentNumber: string, kind: JudgmentKind, caseNumber: string, issuedAt: string, issuedOn: string, status: JudgmentStatus, textSha256: string, signingKeyId: string, court: { code: string, name: string, level: CourtLevel, divisionCode: string }, qr: { text: string, url: string }, parties: Array<{ role: JudgmentPartyRole, maskedName: string }>, supersededBy: { id: string, documentNumber: string } | null, revocation: { revokedAt: string, reason: string, by: { id: string, documentNumber: string } } | null } | null };

export type VerifyJudgmentQueryVariables = Exact<{
  code: string;
  documentSha256?: string | null | undefined;
}>;


export type VerifyJudgmentQuery = { verifyJudgment: { status: JudgmentVerificationStatus, reason: string, signatureValid: boolean, keyId: string | null, revokedAt: string | null, revocationReason: string | null, judgment: { id: string, documentNumber: string, kind: JudgmentKind, caseNumber: string, issuedOn: string, maskedParties: Array<string>, verificationUrl: string, court: { code: string, name: string } } | null, supersededBy: { id: string, documentNumber: string, kind: JudgmentKind, caseNumber: string, issuedOn: string, maskedParties: Array<string>, verificationUrl: string, court: { code: string, name: string } } | null, revokedBy: { id: string, documentNumber: string, kind: JudgmentKind, caseNumber: string, issuedOn: string, maskedParties: Array<string>, verificationUrl: string, court: { code: string, name: string } } | null } };

export type CourtSigningKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type CourtSigningKeysQuery = { courtSigningKeys: Array<{ kid: string, algorithm: string, publicKey: string, notBefore: string, notAfter: string | null, court: { code: string, name: string } }> };

export type PersonCasesQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonCasesQuery = { person: { id: string, maskedName: string, maskedIdNumber: string, gender: Gender, cases: Array<{ role: PartyRole, case: { id: string, stage: CaseStage, closureReason: ClosureReason | null, offence: string, divisionCode: string, filedAt: string, courtCodes: Array<string> } }> } | null };

export const CaseSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"closureReason"}},{"kind":"Field","name":{"kind":"Name","value":"offence"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"courtCodes"}}]}}]} as unknown as DocumentNode<CaseSummaryFragment, unknown>;
export const TimelineEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}}]}}]} as unknown as DocumentNode<TimelineEventFieldsFragment, unknown>;
export const PersonSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maskedName"}},{"kind":"Field","name":{"kind":"Name","value":"maskedIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}}]}}]} as unknown as DocumentNode<PersonSummaryFragment, unknown>;
export const CourtFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourtFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Court"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}}]}}]} as unknown as DocumentNode<CourtFieldsFragment, unknown>;
export const VerdictFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerdictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Verdict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"suspended"}},{"kind":"Field","name":{"kind":"Name","value":"probationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"fineYuan"}},{"kind":"Field","name":{"kind":"Name","value":"charges"}},{"kind":"Field","name":{"kind":"Name","value":"appealOutcome"}}]}}]} as unknown as DocumentNode<VerdictFieldsFragment, unknown>;
export const PublicJudgmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicJudgmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicJudgment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"court"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"maskedParties"}},{"kind":"Field","name":{"kind":"Name","value":"verificationUrl"}}]}}]} as unknown as DocumentNode<PublicJudgmentFieldsFragment, unknown>;
export const JudgmentSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JudgmentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Judgment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"textSha256"}},{"kind":"Field","name":{"kind":"Name","value":"signingKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"maskedName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supersededBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}}]}}]}}]}}]} as unknown as DocumentNode<JudgmentSummaryFragment, unknown>;
export const CaseByNumberDocument = {"__meta__":{"hash":"sha256:c4ef6036524f5f1d40e57e4b875a71b623f36ad8c9a673b75ba36e9dcb9a83d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseByNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseByNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummary"}},{"kind":"Field","name":{"kind":"Name","value":"numbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"closureReason"}},{"kind":"Field","name":{"kind":"Name","value":"offence"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"courtCodes"}}]}}]} as unknown as DocumentNode<CaseByNumberQuery, CaseByNumberQueryVariables>;
export const CaseDetailsDocument = {"__meta__":{"hash":"sha256:88c43845c1453e71e27b0f1620e216c9f3d578b6b5cc8d36c44181a58422c6cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummary"}},{"kind":"Field","name":{"kind":"Name","value":"numbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"policeCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"offence"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"detainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"arrestedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"prosecution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"procuratorateName"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"arrestDecision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supplementaryInvestigations"}},{"kind":"Field","name":{"kind":"Name","value":"indictment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"indictedAt"}},{"kind":"Field","name":{"kind":"Name","value":"charges"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nonProsecution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}}]}},{"kind":"Field","name":{"kind":"Name","value":"protest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"protestedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"court"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourtFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOnTheSpot"}},{"kind":"Field","name":{"kind":"Name","value":"defendants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hearings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"courtroom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerdictFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredForExecutionAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"executions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recordNumber"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEndAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"closureReason"}},{"kind":"Field","name":{"kind":"Name","value":"offence"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"courtCodes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maskedName"}},{"kind":"Field","name":{"kind":"Name","value":"maskedIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourtFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Court"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerdictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Verdict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"suspended"}},{"kind":"Field","name":{"kind":"Name","value":"probationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"fineYuan"}},{"kind":"Field","name":{"kind":"Name","value":"charges"}},{"kind":"Field","name":{"kind":"Name","value":"appealOutcome"}}]}}]} as unknown as DocumentNode<CaseDetailsQuery, CaseDetailsQueryVariables>;
export const CaseTimelineDocument = {"__meta__":{"hash":"sha256:2f592f875b1addcf26868a614bffcf171c1ff9e10b7434c94c76c9a29599fe9f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummary"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineEventFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"closureReason"}},{"kind":"Field","name":{"kind":"Name","value":"offence"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"courtCodes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}}]}}]} as unknown as DocumentNode<CaseTimelineQuery, CaseTimelineQueryVariables>;
export const SearchCasesDocument = {"__meta__":{"hash":"sha256:7bb439288d38a673a84c7ca3b2d6ff1ec4523adaa6a5a3cd1c75a5ecb0357b4a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"closureReason"}},{"kind":"Field","name":{"kind":"Name","value":"offence"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"courtCodes"}}]}}]} as unknown as DocumentNode<SearchCasesQuery, SearchCasesQueryVariables>;
export const CourtsDocument = {"__meta__":{"hash":"sha256:033263ca793b5aec124366aa9123211cc3355b9c6628c9452f01fb036cbd8f0d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Courts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourtFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourtFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Court"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}}]}}]} as unknown as DocumentNode<CourtsQuery, CourtsQueryVariables>;
export const CaseJudgmentsDocument = {"__meta__":{"hash":"sha256:bf8cd088041bd7f6a2857c6a1716b64144cbe4cf9c5b84844a98d278180a4d61"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseJudgments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"courtCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"court"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourtFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"judgments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JudgmentSummary"}},{"kind":"Field","name":{"kind":"Name","value":"qr"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"svg"}},{"kind":"Field","name":{"kind":"Name","value":"pngBase64"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"modules"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourtFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Court"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JudgmentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Judgment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"textSha256"}},{"kind":"Field","name":{"kind":"Name","value":"signingKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"maskedName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supersededBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}}]}}]}}]}}]} as unknown as DocumentNode<CaseJudgmentsQuery, CaseJudgmentsQueryVariables>;
export const JudgmentByIdDocument = {"__meta__":{"hash":"sha256:1d4f444d3db0381a58a8bfbb05f1eb3d5f41e8ab774ee797dac099e397c55b68"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JudgmentById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"judgment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JudgmentSummary"}},{"kind":"Field","name":{"kind":"Name","value":"court"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourtFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prosecutor"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"qr"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JudgmentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Judgment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"textSha256"}},{"kind":"Field","name":{"kind":"Name","value":"signingKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"maskedName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supersededBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourtFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Court"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}}]}}]} as unknown as DocumentNode<JudgmentByIdQuery, JudgmentByIdQueryVariables>;
export const VerifyJudgmentDocument = {"__meta__":{"hash":"sha256:01c30f81770ce7802f365734bc2600c1fabf898a229c730ba2cd89a82b873a82"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyJudgment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentSha256"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyJudgment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"documentSha256"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentSha256"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"signatureValid"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"judgment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicJudgmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supersededBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicJudgmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"revokedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicJudgmentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicJudgmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicJudgment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"court"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"maskedParties"}},{"kind":"Field","name":{"kind":"Name","value":"verificationUrl"}}]}}]} as unknown as DocumentNode<VerifyJudgmentQuery, VerifyJudgmentQueryVariables>;
export const CourtSigningKeysDocument = {"__meta__":{"hash":"sha256:59fdae48bc120a5d43ae1ec7cd3051aed02d051b491b0bf69f5c9dfac136233b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourtSigningKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courtSigningKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kid"}},{"kind":"Field","name":{"kind":"Name","value":"court"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"publicKey"}},{"kind":"Field","name":{"kind":"Name","value":"notBefore"}},{"kind":"Field","name":{"kind":"Name","value":"notAfter"}}]}}]}}]} as unknown as DocumentNode<CourtSigningKeysQuery, CourtSigningKeysQueryVariables>;
export const PersonCasesDocument = {"__meta__":{"hash":"sha256:998219c127b35ada504a74f51a84f9ed3bfc2a13473b677f37a76c50c47ad499"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonSummary"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maskedName"}},{"kind":"Field","name":{"kind":"Name","value":"maskedIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"closureReason"}},{"kind":"Field","name":{"kind":"Name","value":"offence"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"courtCodes"}}]}}]} as unknown as DocumentNode<PersonCasesQuery, PersonCasesQueryVariables>;