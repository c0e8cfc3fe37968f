/**
 * The export files: what each agency's own system hands to the hub. The seed generator writes
 * them and each subgraph's importer reads only its own. One JSON object per line (JSON Lines),
 * UTF-8, in a folder holding `manifest.json`, `police.jsonl`, `procuratorate.jsonl`,
 * `court.jsonl`, `justice.jsonl`, `cases.jsonl` and `persons.jsonl`, and the agencies' service
 * files (procuratorateServices.ts, justiceServices.ts).
 *
 * Dates are ISO 8601 strings with the China offset, e.g. `2017-03-04T09:30:00+08:00`.
 * Every record carries the unified case id (`caseId`), the key all agencies share.
 */
import type {
  Agency,
  CaseStage,
  ClosureReason,
  PartyRole,
  SentenceKind,
  TimelineEventType,
} from './lifecycle';
import { PROCURATORATE_SERVICE_EXPORT_FILES } from './procuratorateServices';
import { JUSTICE_SERVICE_EXPORT_FILES } from './justiceServices';

export const EXPORT_FILES = {
  manifest: 'manifest.json',
  police: 'police.jsonl',
  procuratorate: 'procuratorate.jsonl',
  court: 'court.jsonl',
  justice: 'justice.jsonl',
  cases: 'cases.jsonl',
  persons: 'persons.jsonl',
  // The procuratorates' public services (procuratorateServices.ts), imported by the procuratorate subgraph.
  ...PROCURATORATE_SERVICE_EXPORT_FILES,
  // The justice administration's services (justiceServices.ts), imported by the justice subgraph.
  ...JUSTICE_SERVICE_EXPORT_FILES,
} as const;

export interface ExportManifest {
  formatVersion: 1;
  generator: string;
  seed: number;
  cases: number;
  /** The instant the export was taken: nothing in the files happens after it. */
  asOf: string;
  counts: Record<Exclude<keyof typeof EXPORT_FILES, 'manifest'>, number>;
}

/** One entry of an agency's own event list for a case. */
export interface ExportEvent {
  at: string;
  type: TimelineEventType;
  /** Chinese title shown in the timeline, e.g. `刑事拘留（张某）`. No ID numbers; names only in 某 form. */
  title: string;
  /** The agency document that records the event, when there is one. */
  documentNumber?: string;
}

/** police.jsonl: the police's record of a case. */
export interface PoliceCaseExport {
  caseId: string;
  /** `A` + 12-digit agency code + YYYYMM (filing month) + 4-digit serial. */
  caseNumber: string;
  /** 12-digit code of the handling police agency (division code + 6 digits). */
  agencyCode: string;
  /** e.g. 淄博市公安局张店分局 */
  agencyName: string;
  /** GB/T 2260 division code of the district or county, e.g. 370303. */
  divisionCode: string;
  /** Charge as filed, e.g. 盗窃罪. */
  offence: string;
  reportedAt: string;
  filedAt: string;
  status: 'INVESTIGATING' | 'TRANSFERRED' | 'WITHDRAWN';
  suspects: Array<{
    personId: string;
    /** Coercive measure in force at export time. */
    measure: 'NONE' | 'DETENTION' | 'ARREST' | 'BAIL' | 'RESIDENTIAL_SURVEILLANCE';
    detainedAt?: string;
    arrestedAt?: string;
  }>;
  victimIds: string[];
  events: ExportEvent[];
}

/** procuratorate.jsonl: the procuratorate's record of a case (from the first arrest request on). */
export interface ProsecutionExport {
  caseId: string;
  /** The procuratorate's acceptance number, e.g. `淄张检刑受〔2017〕123号`. */
  caseNumber: string;
  /** e.g. 淄博市张店区人民检察院 */
  procuratorateName: string;
  /** 370303 for a district procuratorate, 370300 for the city procuratorate. */
  divisionCode: string;
  status:
    | 'ARREST_REVIEW'
    | 'PROSECUTION_REVIEW'
    | 'SUPPLEMENTARY_INVESTIGATION'
    | 'INDICTED'
    | 'NOT_PROSECUTED';
  arrestDecision?: { decision: 'APPROVED' | 'DENIED'; decidedAt: string; documentNumber: string };
  reviewStartedAt?: string;
  /** 0, 1 or 2. */
  supplementaryInvestigations: number;
  indictment?: { documentNumber: string; indictedAt: string; charges: string[] };
  nonProsecution?: { documentNumber: string; decidedAt: string; ground: 'STATUTORY' | 'DISCRETIONARY' | 'INSUFFICIENT_EVIDENCE' };
  protest?: { documentNumber: string; protestedAt: string };
  events: ExportEvent[];
}

/** court.jsonl: one line per court case (first instance, second instance, ...). */
export interface CourtCaseExport {
  caseId: string;
  /** 案号 in the canonical full-width form, e.g. `（2017）鲁0303刑初12号`. */
  caseNumber: string;
  courtCode: string;
  courtName: string;
  /** 刑初 or 刑终 (others reserved). */
  caseType: string;
  instance: 'FIRST' | 'SECOND';
  procedure: 'ORDINARY' | 'SUMMARY' | 'FAST_TRACK';
  registeredAt: string;
  /** Registered on the day the papers arrived (当场立案). */
  registeredOnTheSpot: boolean;
  defendantIds: string[];
  hearings: Array<{ at: string; courtroom: string }>;
  judgment?: {
    documentNumber: string;
    kind: 'JUDGMENT' | 'RULING';
    issuedAt: string;
    verdict: SentenceKind;
    /** Term in months for imprisonment, detention or surveillance. */
    termMonths?: number;
    suspended: boolean;
    probationMonths?: number;
    fineYuan?: number;
    charges: string[];
    /** For second instance: upheld, or revised (改判), or sent back (发回重审). */
    appealOutcome?: 'UPHELD' | 'REVISED' | 'REMANDED';
  };
  /** The instant the judgment took effect (no appeal in time, or second instance decided). */
  effectiveAt?: string;
  deliveredForExecutionAt?: string;
  status: 'PENDING' | 'DECIDED' | 'APPEALED' | 'EFFECTIVE';
  events: ExportEvent[];
  /** The decision documents of this court case (judgment or ruling, correction rulings), in issue order. */
  documents: CourtDocumentExport[];
}

/** The kinds of court decision documents. */
export const COURT_DOCUMENT_KINDS = ['JUDGMENT', 'RULING', 'CORRECTION_RULING'] as const;
export type CourtDocumentKind = (typeof COURT_DOCUMENT_KINDS)[number];

/**
 * A decision document (判决书, 裁定书, 补正裁定书) as the court's document system exports it: the
 * authoritative text with the parties' real names. Importers keep names only in masked form
 * outside the text.
 */
export interface CourtDocumentExport {
  /** Unique document id, e.g. `ZB2017000123-1` (court case 1 of the matter); `-1-1` for its first correction. */
  documentId: string;
  /** The document's number: the 案号, or `案号之一` for a correction ruling. */
  documentNumber: string;
  kind: CourtDocumentKind;
  /** The instant it was pronounced or issued. */
  issuedAt: string;
  parties: Array<{ role: 'DEFENDANT' | 'APPELLANT'; personId: string; name: string }>;
  /** The public prosecutor (公诉机关) or protesting procuratorate (抗诉机关), when there is one. */
  prosecutor?: string;
  /** The full text; line breaks are LF. */
  text: string;
  /** For a correction ruling: the document it corrects and supersedes. */
  supersedesDocumentId?: string;
  /** Set when a higher court set the document aside (撤销原判). */
  revocation?: { revokedAt: string; byDocumentId: string; reason: string };
}

/** justice.jsonl: the justice administration's record of executing a sentence. */
export interface ExecutionExport {
  caseId: string;
  personId: string;
  kind: 'PRISON' | 'COMMUNITY_CORRECTIONS';
  /** Prisoner number (e.g. `3703171234`) or corrections file number (e.g. `淄张司矫〔2018〕45号`). */
  recordNumber: string;
  /** e.g. 山东省淄博监狱 or 张店区司法局马尚司法所 */
  institutionName: string;
  divisionCode: string;
  startedAt: string;
  /** Planned end of the sentence or corrections term; `9999-12-31T00:00:00+08:00` for life imprisonment. */
  plannedEndAt: string;
  endedAt?: string;
  status: 'SERVING' | 'PAROLED' | 'RELEASED' | 'ENDED';
  events: ExportEvent[];
}

/** cases.jsonl: the hub's own cross-agency index of a case. */
export interface CaseIndexExport {
  caseId: string;
  stage: CaseStage;
  closureReason?: ClosureReason;
  offence: string;
  divisionCode: string;
  filedAt: string;
  /** Every court that registered the case (first instance, appeal). */
  courtCodes: string[];
  /** Every number any agency gave the case or its documents. */
  numbers: Array<{ agency: Agency; kind: string; number: string }>;
  parties: Array<{ personId: string; role: PartyRole }>;
}

/** persons.jsonl: the people in the cases, with their real identity (protected on import). */
export interface PersonExport {
  personId: string;
  name: string;
  /** 18-character GB 11643 resident ID number with a valid check character. */
  idNumber: string;
  gender: 'MALE' | 'FEMALE';
}
