/**
 * The justice administration's grass-roots services (DESIGN.md §1): the judicial offices (司法所)
 * of every town and street, the community corrections they run (社区矫正), people's mediation
 * (人民调解) with litigation-mediation docking (诉调对接), one legal adviser for every village
 * (一村一法律顾问) and legal aid for criminal defendants (法律援助).
 *
 * Export files: what the justice administration's own systems hand to the hub, one JSON object
 * per line, next to `justice.jsonl` (the executions). Dates are ISO 8601 with the China offset.
 */
import { ZIBO_DIVISIONS, type Division } from './divisions';
import type { ExportEvent } from './exports';

export const JUSTICE_SERVICE_EXPORT_FILES = {
  judicialOffices: 'judicial-offices.jsonl',
  legalAdvisers: 'legal-advisers.jsonl',
  communityCorrections: 'community-corrections.jsonl',
  mediationCommittees: 'mediation-committees.jsonl',
  mediationCases: 'mediation-cases.jsonl',
  legalAid: 'legal-aid.jsonl',
} as const;

/** A street (街道, urban) or a town (镇, rural): each has one judicial office. */
export type TownKind = 'STREET' | 'TOWN';

/** Where a judicial office sits: one per town or street of Zibo's districts and counties. */
export interface JudicialOfficeSite {
  /** `SFS` + the town code, e.g. `SFS370303007`. */
  id: string;
  /**
   * The hub's 9-digit town code: the division code and the town's 1-based position in the
   * division's list (not the statistics bureau's code).
   */
  townCode: string;
  /** e.g. 马尚街道 */
  town: string;
  townKind: TownKind;
  division: Division;
  /** The office's name as executions record it, e.g. 淄博市张店区司法局马尚街道司法所. */
  name: string;
}

function sitesOf(division: Division): JudicialOfficeSite[] {
  return division.towns.map((town, index) => {
    const townCode = `${division.code}${String(index + 1).padStart(3, '0')}`;
    return {
      id: `SFS${townCode}`,
      townCode,
      town,
      townKind: town.endsWith('街道') ? 'STREET' : 'TOWN',
      division,
      name: `${division.justiceBureau}${town}司法所`,
    };
  });
}

/** Every judicial office of the city, district by district in the order of ZIBO_DIVISIONS. */
export const JUDICIAL_OFFICE_SITES: readonly JudicialOfficeSite[] = ZIBO_DIVISIONS.flatMap(sitesOf);

const SITES_BY_ID = new Map(JUDICIAL_OFFICE_SITES.map((site) => [site.id, site]));
const SITES_BY_NAME = new Map(JUDICIAL_OFFICE_SITES.map((site) => [site.name, site]));

export function judicialOfficeById(id: string): JudicialOfficeSite | undefined {
  return SITES_BY_ID.get(id);
}

/** The office a community-corrections execution names in its `institutionName`. */
export function judicialOfficeByName(name: string): JudicialOfficeSite | undefined {
  return SITES_BY_NAME.get(name);
}

/** Where a legal-aid centre (法律援助中心) sits: each district and county, and the city. */
export function legalAidCentreName(division: Division | null): string {
  return division ? `${division.justiceBureau.replace(/司法局$/, '')}法律援助中心` : '淄博市法律援助中心';
}

// ─── judicial-offices.jsonl ──────────────────────────────────────────────────────────────────

export const OFFICE_STAFF_ROLES = ['DIRECTOR', 'DEPUTY_DIRECTOR', 'JUDICIAL_ASSISTANT', 'CORRECTIONS_SOCIAL_WORKER', 'AUXILIARY'] as const;
export type OfficeStaffRole = (typeof OFFICE_STAFF_ROLES)[number];

/** 规范化建设等级: the standardisation level an office was last assessed at. */
export const STANDARDISATION_GRADES = ['PROVINCIAL', 'MUNICIPAL', 'COUNTY', 'NOT_YET'] as const;
export type StandardisationGrade = (typeof STANDARDISATION_GRADES)[number];

/** The areas of a judicial office's responsibility list (责任清单). */
export const RESPONSIBILITY_AREAS = [
  'PEOPLES_MEDIATION',
  'COMMUNITY_CORRECTIONS',
  'RESETTLEMENT',
  'LEGAL_PUBLICITY',
  'LEGAL_SERVICES',
  'LEGAL_AID',
  'LEGAL_ADVICE_TO_GOVERNMENT',
  'GOVERNANCE',
] as const;
export type ResponsibilityArea = (typeof RESPONSIBILITY_AREAS)[number];

export interface OfficeStaffExport {
  /** `<officeId>-S<n>`, e.g. `SFS370303007-S1`. */
  staffId: string;
  /** Public officials: shown in full. */
  name: string;
  role: OfficeStaffRole;
  /** Chinese post title, e.g. 所长, 司法助理员. */
  title: string;
  /** A civil servant of the office's establishment (政法专项编制), else a contracted worker. */
  civilServant: boolean;
  /** Year the person joined the office. */
  since: number;
}

export interface JudicialOfficeExport {
  officeId: string;
  name: string;
  divisionCode: string;
  townCode: string;
  town: string;
  townKind: TownKind;
  address: string;
  /** Office telephone, e.g. 0533-2281234. */
  phone: string;
  staff: OfficeStaffExport[];
  standardisation: { grade: StandardisationGrade; assessedYear: number };
  /** 星级司法所: absent for an office without the title. */
  star?: { stars: 3 | 4 | 5; awardedYear: number };
  /** 责任清单: each duty with the staff who carry it. */
  responsibilities: Array<{ area: ResponsibilityArea; duty: string; basis: string; staffIds: string[] }>;
  /** The villages (村) and residents' communities (社区) of the town. */
  villages: Array<{ name: string; kind: 'VILLAGE' | 'COMMUNITY' }>;
}

// ─── legal-advisers.jsonl ────────────────────────────────────────────────────────────────────

export type LegalProfession = 'LAWYER' | 'GRASSROOTS_LEGAL_WORKER';

/** 一村一法律顾问: every village and community of the town has exactly one adviser. */
export interface LegalAdviserExport {
  /** `GW` + town code + `-` + serial, e.g. `GW370303007-03`. */
  adviserId: string;
  officeId: string;
  /** Practising lawyers and legal workers: shown in full. */
  name: string;
  profession: LegalProfession;
  /** The law firm (律师事务所) or legal service office (法律服务所). */
  organisation: string;
  /** Names of the villages and communities served, all of the office's town. */
  villages: string[];
  /** When the adviser contract was signed. */
  since: string;
}

// ─── community-corrections.jsonl ─────────────────────────────────────────────────────────────

export const CORRECTION_CATEGORIES = ['SUSPENDED_SENTENCE', 'PUBLIC_SURVEILLANCE', 'PAROLE', 'TEMPORARY_EXECUTION_OUTSIDE_PRISON'] as const;
export type CorrectionCategory = (typeof CORRECTION_CATEGORIES)[number];

export const CORRECTION_EVENT_TYPES = {
  INTAKE: '入矫报到',
  REPORTED: '定期报到',
  WARNED: '警告',
  ENDED: '解除矫正',
} as const;
export type CorrectionEventType = keyof typeof CORRECTION_EVENT_TYPES;

export type SupervisionLevel = 'STRICT' | 'ORDINARY' | 'LENIENT';

/**
 * One person's community corrections at the judicial office where they live. Each record is the
 * office's side of a COMMUNITY_CORRECTIONS execution in justice.jsonl: same case, person,
 * file number and dates.
 */
export interface CommunityCorrectionExport {
  /** `JZ-<caseId>-<personId>`. */
  correctionId: string;
  caseId: string;
  personId: string;
  officeId: string;
  divisionCode: string;
  /** The corrections file number, the execution's record number, e.g. `淄张司矫〔2018〕45号`. */
  recordNumber: string;
  category: CorrectionCategory;
  /** The court decision document being executed (court.jsonl `documentId`), e.g. `ZB2017000123-1`. */
  judgmentId: string;
  /** Its court case's 案号. */
  courtCaseNumber: string;
  /** The office staff member in charge (`staffId`). */
  officerStaffId: string;
  startedAt: string;
  plannedEndAt: string;
  endedAt?: string;
  status: 'UNDER_CORRECTIONS' | 'ENDED';
  /** The supervision level at the export instant (or at the end). */
  supervisionLevel: SupervisionLevel;
  events: Array<{ at: string; type: CorrectionEventType; title: string; documentNumber?: string; note?: string }>;
}

// ─── mediation-committees.jsonl ──────────────────────────────────────────────────────────────

export const MEDIATION_COMMITTEE_KINDS = [
  'TOWN',
  'POLICE_STATION',
  'COURT',
  'PROCURATORATE',
  'MEDICAL',
  'TRAFFIC',
  'LABOUR',
  'PROPERTY_MANAGEMENT',
  'MARRIAGE_FAMILY',
] as const;
export type MediationCommitteeKind = (typeof MEDIATION_COMMITTEE_KINDS)[number];

export interface MediatorExport {
  /** `<committeeId>-<nn>`, e.g. `TWH370303004-07`. */
  mediatorId: string;
  /** Shown in full: mediators sign agreements with their names. */
  name: string;
  /** Every mediator in the export is a full-time (专职) mediator. */
  fullTime: true;
  since: number;
}

export interface MediationCommitteeExport {
  /** `TWH` + division code + 3-digit serial, e.g. `TWH370303004`. */
  committeeId: string;
  name: string;
  kind: MediationCommitteeKind;
  divisionCode: string;
  /** The judicial office that guides it (town committees and police-station rooms). */
  officeId?: string;
  /** Where a stationed mediation room sits, e.g. 张店区人民法院 or 淄博市公安局张店分局马尚派出所. */
  stationedAt?: string;
  mediators: MediatorExport[];
}

// ─── mediation-cases.jsonl ───────────────────────────────────────────────────────────────────

export const DISPUTE_KINDS = [
  'MARRIAGE_FAMILY',
  'NEIGHBOURHOOD',
  'LAND',
  'LABOUR',
  'MEDICAL',
  'TRAFFIC',
  'PROPERTY_MANAGEMENT',
  'DEMOLITION',
  'CONTRACT_DEBT',
  'DAMAGES',
  'OTHER',
] as const;
export type DisputeKind = (typeof DISPUTE_KINDS)[number];

export const MEDIATION_SOURCES = ['PARTY_APPLICATION', 'COMMITTEE_INITIATIVE', 'COURT_REFERRAL', 'POLICE_REFERRAL', 'PROCURATORATE_REFERRAL'] as const;
export type MediationSource = (typeof MEDIATION_SOURCES)[number];

export const MEDIATION_OUTCOMES = ['SETTLED', 'NOT_SETTLED', 'PENDING'] as const;
export type MediationOutcome = (typeof MEDIATION_OUTCOMES)[number];

export interface MediationCaseExport {
  /** `TJ` + year received + `-` + division code + `-` + 5-digit serial, e.g. `TJ2017-370303-00042`. */
  mediationId: string;
  committeeId: string;
  mediatorIds: string[];
  officeId?: string;
  divisionCode: string;
  kind: DisputeKind;
  source: MediationSource;
  /** What the dispute is about, one sentence; people only in 某 form. */
  summary: string;
  /** People only in 某 form; organisations by name. */
  parties: Array<{ role: 'APPLICANT' | 'RESPONDENT'; kind: 'PERSON' | 'ORGANISATION'; name: string }>;
  receivedAt: string;
  concludedAt?: string;
  outcome: MediationOutcome;
  agreement?: {
    form: 'WRITTEN' | 'ORAL';
    /** Written agreements only, e.g. `马尚调〔2017〕12号`. */
    number?: string;
    signedAt: string;
    terms: string;
    amountYuan?: number;
    /** Whether it had been carried out by the export instant. */
    performed: boolean;
  };
  /** 诉调对接: a court diverted the dispute to mediation. */
  courtReferral?: {
    courtCode: string;
    referredAt: string;
    /** Before registration (诉前委派) or during proceedings (诉中委托). */
    stage: 'PRE_FILING' | 'POST_FILING';
    /** The civil case (民初) of a post-filing referral. */
    civilCaseNumber?: string;
    /** When the file went back to the court with the outcome. */
    returnedAt?: string;
  };
  /** 司法确认: the court's confirmation of the agreement (民特). */
  judicialConfirmation?: {
    courtCode: string;
    caseNumber: string;
    appliedAt: string;
    decidedAt?: string;
    confirmed?: boolean;
  };
}

// ─── legal-aid.jsonl ─────────────────────────────────────────────────────────────────────────

export const LEGAL_AID_GROUNDS = ['MINOR', 'LIFE_OR_DEATH_PENALTY_POSSIBLE', 'DISABILITY', 'FINANCIAL_HARDSHIP'] as const;
export type LegalAidGround = (typeof LEGAL_AID_GROUNDS)[number];

/**
 * A legal-aid lawyer appointed (指派) to a criminal defendant at first instance, when the court
 * asked the legal-aid centre for one. Its event is part of the case's justice timeline.
 */
export interface LegalAidExport {
  /** `FY-<caseId>-<personId>`. */
  appointmentId: string;
  caseId: string;
  personId: string;
  courtCaseNumber: string;
  courtCode: string;
  /** e.g. 淄博市张店区法律援助中心, or 淄博市法律援助中心 for the intermediate court. */
  centre: string;
  /** The centre's division: a district or county, or 370300 for the city. */
  divisionCode: string;
  ground: LegalAidGround;
  lawyer: { name: string; lawFirm: string };
  appointedAt: string;
  /** The appointment notice (指派通知书), e.g. `淄张法援指〔2017〕12号`. */
  documentNumber: string;
  events: ExportEvent[];
}
