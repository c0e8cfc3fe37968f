/**
 * The procuratorates' public services (DESIGN.md §1): the liaison network (service halls, resident
 * offices in towns, contact points in communities, the 12309 hotline), bribery-record checks
 * (行贿犯罪档案查询), defence lawyers' file review (律师阅卷) and complaints and accusations
 * (申诉控告). The export files below are what the procuratorates' service system hands to the hub;
 * the seed generator writes them and only the procuratorate subgraph imports them.
 *
 * Dates are ISO 8601 strings with the China offset, like every export.
 */
import { ZIBO_CITY, ZIBO_DIVISIONS } from './divisions';
import { addDays, addMonths } from './timeLimits';

export const PROCURATORATE_SERVICE_EXPORT_FILES = {
  servicePoints: 'procuratorate-service-points.jsonl',
  briberyRecordChecks: 'procuratorate-bribery-record-checks.jsonl',
  fileReviews: 'procuratorate-file-reviews.jsonl',
  complaints: 'procuratorate-complaints.jsonl',
} as const;

/** The national hotline of the procuratorates (12309检察服务热线). */
export const PROCURATORATE_HOTLINE = '12309';

/** Time limits of the services, as the hub applies them (calendar days and months, China time). */
export const SERVICE_TIME_LIMITS = {
  /** 群众信访件件有回复: a procedural reply (程序性回复) within 7 days of receipt. */
  complaintReplyDays: 7,
  /** …and the handling or its result within 3 months. */
  complaintResultMonths: 3,
  /** A bribery-record check looks back 5 years from the application unless the applicant asks for less. */
  briberyCheckLookBackYears: 5,
  briberyCheckMaxLookBackYears: 10,
} as const;

/** A procuratorate of the city: the city's own (370300) or a district's or county's. */
export interface Procuratorate {
  /** GB/T 2260 code of its division: 370300 for 淄博市人民检察院. */
  code: string;
  name: string;
  /** Place abbreviation + 检 in its document numbers: 淄检, 淄张检. */
  documentBase: string;
  /** The district or county whose residents it serves; the city's serves 张店区, where it sits. */
  seatDivisionCode: string;
}

export const ZIBO_PROCURATORATES: readonly Procuratorate[] = [
  { code: ZIBO_CITY.code, name: '淄博市人民检察院', documentBase: '淄检', seatDivisionCode: '370303' },
  ...ZIBO_DIVISIONS.map((division) => ({
    code: division.code,
    name: division.procuratorate,
    documentBase: `淄${division.shortName}检`,
    seatDivisionCode: division.code,
  })),
];

export function procuratorateByCode(code: string): Procuratorate | undefined {
  return ZIBO_PROCURATORATES.find((procuratorate) => procuratorate.code === code);
}

/** The prefix of a check's certificate number (结果告知函): 淄张检行查 in 淄张检行查〔2018〕45号. */
export function briberyCertificatePrefix(procuratorate: Procuratorate): string {
  return `${procuratorate.documentBase}行查`;
}

/** The prefix of a complaint's receipt number (信访编号): 淄张检控 in 淄张检控〔2018〕12号. */
export function complaintNumberPrefix(procuratorate: Procuratorate): string {
  return `${procuratorate.documentBase}控`;
}

/** When a complaint's procedural reply and its result are due. */
export function complaintDeadlines(receivedAt: Date): { replyDueAt: Date; resultDueAt: Date } {
  return {
    replyDueAt: addDays(receivedAt, SERVICE_TIME_LIMITS.complaintReplyDays),
    resultDueAt: addMonths(receivedAt, SERVICE_TIME_LIMITS.complaintResultMonths),
  };
}

/**
 * A lawyer's practising certificate number (律师执业证号), the hub's lawyer id: 17 digits — the
 * certificate class (1 = full-time), the issuing region (3703 = Zibo), the year first licensed,
 * and further digits. The hub checks the shape only.
 */
export const LAWYER_LICENSE_PATTERN = /^[1-4]\d{16}$/;

const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const ORGANISATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
const CREDIT_CODE_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The 9th character of an organisation code (GB 11714) for its first 8. */
export function organisationCodeCheck(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += CREDIT_CODE_ALPHABET.indexOf(first8.charAt(i)) * (ORGANISATION_CODE_WEIGHTS[i] ?? 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** The 18th character of a unified social credit code (统一社会信用代码, GB 32100-2015) for its first 17. */
export function creditCodeCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_ALPHABET.indexOf(first17.charAt(i)) * (CREDIT_CODE_WEIGHTS[i] ?? 0);
  return CREDIT_CODE_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** A valid code for a company (registration authority 9, type 1) registered in a division; for demo data. */
export function makeCreditCode(divisionCode: string, organisationDigits: string): string {
  if (!/^\d{6}$/.test(divisionCode) || !/^\d{8}$/.test(organisationDigits)) throw new RangeError('Expected a 6-digit division code and 8 digits');
  const first17 = `91${divisionCode}${organisationDigits}${organisationCodeCheck(organisationDigits)}`;
  return first17 + creditCodeCheck(first17);
}

/** Whether a text is a unified social credit code with both check characters right (the text is not echoed anywhere). */
export function isValidCreditCode(code: string): boolean {
  if (!CREDIT_CODE_SHAPE.test(code)) return false;
  return creditCodeCheck(code.slice(0, 17)) === code.charAt(17);
}

export const SERVICE_POINT_KINDS = ['SERVICE_HALL', 'RESIDENT_OFFICE', 'CONTACT_POINT'] as const;
export type ServicePointKind = (typeof SERVICE_POINT_KINDS)[number];

/** procuratorate-service-points.jsonl: one line per place where residents reach a procuratorate. */
export interface ServicePointExport {
  /** `SH370303` (service hall), `RO370303-02` (resident office), `CP370303-07` (contact point). */
  servicePointId: string;
  kind: ServicePointKind;
  /** e.g. 淄博市张店区人民检察院检察服务大厅, 淄博市淄川区人民检察院驻昆仑镇检察室, 昆仑镇检察联络点. */
  name: string;
  /** Division code of the procuratorate that runs it. */
  procuratorateCode: string;
  /** Division code of the district or county where it is. */
  divisionCode: string;
  /** The street (街道) or town (镇) where it is. */
  town: string;
  address: string;
  /** WGS84. */
  latitude: number;
  longitude: number;
  /** e.g. 0533-2186309 */
  phone: string;
  /** e.g. 周一至周五 8:30—12:00，13:30—17:30 */
  openingHours: string;
  /** The towns it serves: a resident office serves several, a contact point its own. */
  servedTowns: string[];
}

export const BRIBERY_CHECK_PURPOSES = ['TENDER', 'QUALIFICATION', 'EMPLOYMENT', 'CREDIT', 'OTHER'] as const;
export type BriberyCheckPurpose = (typeof BRIBERY_CHECK_PURPOSES)[number];

export const BRIBERY_CHECK_STATUSES = ['PENDING', 'ANSWERED', 'REFUSED'] as const;
export type BriberyCheckStatus = (typeof BRIBERY_CHECK_STATUSES)[number];

export type PartyKind = 'PERSON' | 'ORGANISATION';

/** procuratorate-bribery-record-checks.jsonl: one line per application for a bribery-record check. */
export interface BriberyRecordCheckExport {
  /** `XC` + procuratorate code + year + 5-digit serial, e.g. `XC370303201800045`. */
  checkId: string;
  procuratorateCode: string;
  /** Where it was applied for: a service hall, or none for the online service. */
  servicePointId?: string;
  channel: 'SERVICE_HALL' | 'ONLINE';
  appliedAt: string;
  applicant: {
    kind: PartyKind;
    /** An organisation's full name, or a person's name (personal data). */
    name: string;
    creditCode?: string;
  };
  purpose: BriberyCheckPurpose;
  /** e.g. 淄博市张店区人民医院门诊楼改造工程施工投标. */
  purposeDetail: string;
  /** Who is checked. A person's name and resident ID number are personal data: sealed on import, never logged. */
  subject: {
    kind: PartyKind;
    name: string;
    idNumber?: string;
    creditCode?: string;
  };
  /** The look-back period: [periodFrom, periodTo], periodTo being the application date. */
  periodFrom: string;
  periodTo: string;
  status: BriberyCheckStatus;
  /** For ANSWERED: when the certificate (结果告知函) was issued, and its number. */
  answeredAt?: string;
  certificateNumber?: string;
  /** For REFUSED: why, e.g. 申请材料不全. */
  refusedAt?: string;
  refusalReason?: string;
}

export const FILE_REVIEW_STATUSES = ['PENDING', 'APPROVED', 'REFUSED'] as const;
export type FileReviewStatus = (typeof FILE_REVIEW_STATUSES)[number];

/** procuratorate-file-reviews.jsonl: one line per defence lawyer's application to read a case file. */
export interface FileReviewExport {
  /** The case id + `-R` + serial within the case, e.g. `ZB2017000123-R1`. */
  applicationId: string;
  caseId: string;
  procuratorateCode: string;
  lawyer: {
    /** The practising certificate number, the hub's lawyer id (LAWYER_LICENSE_PATTERN). */
    lawyerId: string;
    name: string;
    lawFirm: string;
  };
  /** The suspect the lawyer defends (hub person id). */
  clientPersonId: string;
  appliedAt: string;
  status: FileReviewStatus;
  decidedAt?: string;
  refusalReason?: string;
  /** For APPROVED: when and where the lawyer reads the file, and what is provided. */
  appointment?: {
    at: string;
    servicePointId: string;
    materials: string[];
    /** Electronic file (电子卷宗) handed over on disc rather than read on paper. */
    electronic: boolean;
  };
}

export const INTAKE_CHANNELS = ['SERVICE_HALL', 'HOTLINE_12309', 'ONLINE_12309', 'LETTER', 'CONTACT_POINT', 'RESIDENT_OFFICE'] as const;
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];

export const COMPLAINT_CATEGORIES = ['CONSULTATION', 'COMPLAINT', 'ACCUSATION', 'REPORT', 'LAWYER_RIGHTS', 'JUDICIAL_AID'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

export const COMPLAINT_RESULTS = ['ANSWERED', 'TRANSFERRED', 'UPHELD', 'CORRECTED', 'WITHDRAWN'] as const;
export type ComplaintResult = (typeof COMPLAINT_RESULTS)[number];

/** procuratorate-complaints.jsonl: one line per complaint, accusation, report or hotline ticket. */
export interface ComplaintExport {
  /** `TS` + procuratorate code + year + 5-digit serial, e.g. `TS370303201800012`. */
  complaintId: string;
  /** The receipt number, e.g. 淄张检控〔2018〕12号. */
  number: string;
  procuratorateCode: string;
  channel: IntakeChannel;
  /** For the hall, a contact point or a resident office: which one. */
  servicePointId?: string;
  category: ComplaintCategory;
  /** A short Chinese summary; people appear only in 某 form. */
  summary: string;
  complainant: { kind: PartyKind; name: string };
  /** The case it concerns, when it concerns one the hub holds. */
  caseId?: string;
  receivedAt: string;
  /** The department handling it, e.g. 控告申诉检察部, and the officer. */
  assignedDepartment: string;
  handler: string;
  /** The procedural reply (程序性回复): due 7 days after receipt. */
  repliedAt?: string;
  /** The result: due 3 months after receipt. */
  concludedAt?: string;
  result?: ComplaintResult;
  resultSummary?: string;
}
