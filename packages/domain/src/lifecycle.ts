/**
 * The vocabulary of a criminal case's life (DESIGN.md §2), shared by every service.
 * GraphQL enums in the subgraphs use exactly these names.
 */

export const AGENCIES = ['POLICE', 'PROCURATORATE', 'COURT', 'JUSTICE'] as const;
export type Agency = (typeof AGENCIES)[number];

/** Where a case stands now, as the cross-agency index sees it. */
export const CASE_STAGES = [
  'INVESTIGATION', // filed by the police, not yet transferred for prosecution
  'PROSECUTION_REVIEW', // with the procuratorate (arrest review happens during INVESTIGATION)
  'TRIAL', // registered at a court of first instance, no judgment yet
  'APPEAL', // appealed or protested, second instance pending
  'EXECUTION', // judgment effective, sentence being served (prison or community corrections)
  'CLOSED', // withdrawn, not prosecuted, acquitted, exempted, or sentence completed
] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

/** Why a CLOSED case closed. */
export const CLOSURE_REASONS = [
  'WITHDRAWN', // 撤销案件 by the police
  'NOT_PROSECUTED', // 不起诉
  'ACQUITTED', // 无罪
  'EXEMPTED', // 免予刑事处罚 or fine only, nothing to execute
  'SENTENCE_COMPLETED', // 刑满释放 or community corrections ended
] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

/** Every event type of every agency, with the agency that records it and a Chinese title. */
export const TIMELINE_EVENT_TYPES = {
  // police
  REPORTED: { agency: 'POLICE', title: '报案受理' },
  CASE_FILED: { agency: 'POLICE', title: '立案侦查' },
  DETAINED: { agency: 'POLICE', title: '刑事拘留' },
  BAIL_GRANTED: { agency: 'POLICE', title: '取保候审' },
  ARREST_REQUESTED: { agency: 'POLICE', title: '提请批准逮捕' },
  ARREST_EXECUTED: { agency: 'POLICE', title: '执行逮捕' },
  TRANSFERRED_FOR_PROSECUTION: { agency: 'POLICE', title: '移送审查起诉' },
  SUPPLEMENTARY_INVESTIGATION_RETURNED: { agency: 'POLICE', title: '补充侦查完毕重新移送' },
  CASE_WITHDRAWN: { agency: 'POLICE', title: '撤销案件' },
  // procuratorate
  ARREST_APPROVED: { agency: 'PROCURATORATE', title: '批准逮捕' },
  ARREST_DENIED: { agency: 'PROCURATORATE', title: '不批准逮捕' },
  PROSECUTION_REVIEW_STARTED: { agency: 'PROCURATORATE', title: '受理审查起诉' },
  LAWYER_FILE_REVIEW_APPROVED: { agency: 'PROCURATORATE', title: '准许律师阅卷' },
  RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION: { agency: 'PROCURATORATE', title: '退回补充侦查' },
  NOT_PROSECUTED: { agency: 'PROCURATORATE', title: '不起诉决定' },
  INDICTED: { agency: 'PROCURATORATE', title: '提起公诉' },
  PROTESTED: { agency: 'PROCURATORATE', title: '提出抗诉' },
  // court
  FIRST_INSTANCE_REGISTERED: { agency: 'COURT', title: '一审立案' },
  HEARING_HELD: { agency: 'COURT', title: '开庭审理' },
  FIRST_INSTANCE_JUDGMENT: { agency: 'COURT', title: '一审宣判' },
  APPEAL_FILED: { agency: 'COURT', title: '提起上诉' },
  SECOND_INSTANCE_REGISTERED: { agency: 'COURT', title: '二审立案' },
  SECOND_INSTANCE_JUDGMENT: { agency: 'COURT', title: '二审宣判' },
  JUDGMENT_EFFECTIVE: { agency: 'COURT', title: '判决生效' },
  DELIVERED_FOR_EXECUTION: { agency: 'COURT', title: '交付执行' },
  // justice administration
  LEGAL_AID_APPOINTED: { agency: 'JUSTICE', title: '指派法律援助律师' },
  PRISON_ADMITTED: { agency: 'JUSTICE', title: '收监' },
  SENTENCE_COMMUTED: { agency: 'JUSTICE', title: '减刑' },
  PAROLED: { agency: 'JUSTICE', title: '假释' },
  RELEASED: { agency: 'JUSTICE', title: '刑满释放' },
  CORRECTIONS_INTAKE: { agency: 'JUSTICE', title: '社区矫正报到' },
  CORRECTIONS_ENDED: { agency: 'JUSTICE', title: '社区矫正解除' },
} as const satisfies Record<string, { agency: Agency; title: string }>;
export type TimelineEventType = keyof typeof TIMELINE_EVENT_TYPES;

/** The order of event types within one instant: the natural order of the procedure. */
export const TIMELINE_EVENT_ORDER: readonly TimelineEventType[] = Object.keys(
  TIMELINE_EVENT_TYPES,
) as TimelineEventType[];

/** A person's role in a case. */
export const PARTY_ROLES = ['SUSPECT', 'DEFENDANT', 'VICTIM', 'WITNESS'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

/** Sentences a court can impose (主刑 and the outcomes without one). */
export const SENTENCE_KINDS = [
  'DEATH', // 死刑 (very rare; demo data has none carried out)
  'LIFE_IMPRISONMENT', // 无期徒刑
  'FIXED_TERM_IMPRISONMENT', // 有期徒刑
  'CRIMINAL_DETENTION', // 拘役
  'PUBLIC_SURVEILLANCE', // 管制 (served as community corrections)
  'FINE_ONLY', // 单处罚金
  'EXEMPTED', // 免予刑事处罚
  'ACQUITTED', // 无罪
] as const;
export type SentenceKind = (typeof SENTENCE_KINDS)[number];
