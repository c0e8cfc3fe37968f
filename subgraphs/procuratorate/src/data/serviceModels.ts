/**
 * The procuratorate's public services as stored. Every collection is read by its primary key (the
 * embedded engine answers nothing else from an index): a check by its id, a complaint by its id,
 * all file-review applications of a case in one document keyed by the case id (the timeline and the
 * case view read them together), a lawyer's admissions in one document keyed by the lawyer id. The
 * few lists that filter (complaints, checks) read their collection once per request.
 */
import { Schema, type Connection, type Model } from 'mongoose';
import type {
  BriberyCheckPurpose,
  BriberyCheckStatus,
  ComplaintCategory,
  ComplaintResult,
  FileReviewStatus,
  IntakeChannel,
  PartyKind,
  ServicePointKind,
} from '@hub/domain';

export interface ServicePointDoc {
  _id: string;
  kind: ServicePointKind;
  name: string;
  procuratorateCode: string;
  divisionCode: string;
  town: string;
  address: string;
  location: { latitude: number; longitude: number };
  phone: string;
  openingHours: string;
  servedTowns: string[];
}

/**
 * A bribery-record check. A person subject's name and ID number are sealed (protection.ts) and
 * kept masked for display; an organisation's name and credit code are not personal data.
 */
export interface BriberyCheckDoc {
  _id: string;
  procuratorateCode: string;
  servicePointId?: string | null;
  channel: 'SERVICE_HALL' | 'ONLINE';
  appliedAt: Date;
  applicant: { kind: PartyKind; name: string; creditCode?: string | null };
  purpose: BriberyCheckPurpose;
  purposeDetail: string;
  subject: {
    kind: PartyKind;
    /** An organisation's name, or a person's masked name. */
    name: string;
    maskedIdNumber?: string | null;
    creditCode?: string | null;
    sealedName?: string | null;
    sealedIdNumber?: string | null;
  };
  periodFrom: Date;
  periodTo: Date;
  status: BriberyCheckStatus;
  answeredAt?: Date | null;
  certificateNumber?: string | null;
  refusedAt?: Date | null;
  refusalReason?: string | null;
}

export interface FileReviewDoc {
  id: string;
  caseId: string;
  procuratorateCode: string;
  lawyer: { lawyerId: string; name: string; lawFirm: string };
  clientPersonId: string;
  appliedAt: Date;
  status: FileReviewStatus;
  decidedAt?: Date | null;
  refusalReason?: string | null;
  appointment?: { at: Date; servicePointId: string; materials: string[]; electronic: boolean } | null;
}

/** Every file-review application of one case, keyed by the case id; `revision` guards read-modify-write. */
export interface FileReviewFileDoc {
  _id: string;
  applications: FileReviewDoc[];
  revision: number;
}

export interface LawyerAdmissionDoc {
  caseId: string;
  applicationId: string;
  admittedAt: Date;
}

/** A lawyer and the cases the lawyer is admitted to, keyed by the practising certificate number. */
export interface LawyerDoc {
  _id: string;
  name: string;
  lawFirm: string;
  admissions: LawyerAdmissionDoc[];
}

export interface ComplaintDoc {
  _id: string;
  number: string;
  procuratorateCode: string;
  channel: IntakeChannel;
  servicePointId?: string | null;
  category: ComplaintCategory;
  summary: string;
  /** The name only masked: complainants are not parties of the hub's cases. */
  complainant: { kind: PartyKind; name: string };
  caseId?: string | null;
  receivedAt: Date;
  assignedDepartment: string;
  handler: string;
  replyDueAt: Date;
  repliedAt?: Date | null;
  resultDueAt: Date;
  concludedAt?: Date | null;
  result?: ComplaintResult | null;
  resultSummary?: string | null;
}

/** `export`: the as-of instant of the imported data. Counters: the last serial of each number series. */
export interface ServiceMetaDoc {
  _id: string;
  asOf?: Date | null;
  seq?: number | null;
}

const servicePointSchema = new Schema<ServicePointDoc>(
  {
    _id: { type: String, required: true },
    kind: { type: String, required: true },
    name: { type: String, required: true },
    procuratorateCode: { type: String, required: true },
    divisionCode: { type: String, required: true },
    town: { type: String, required: true },
    address: { type: String, required: true },
    location: { type: new Schema({ latitude: Number, longitude: Number }, { _id: false }), required: true },
    phone: { type: String, required: true },
    openingHours: { type: String, required: true },
    servedTowns: { type: [String], default: [] },
  },
  { collection: 'service_points', versionKey: false },
);

const partySchema = new Schema({ kind: String, name: String, creditCode: String }, { _id: false });

const briberyCheckSchema = new Schema<BriberyCheckDoc>(
  {
    _id: { type: String, required: true },
    procuratorateCode: { type: String, required: true },
    servicePointId: String,
    channel: { type: String, required: true },
    appliedAt: { type: Date, required: true },
    applicant: { type: partySchema, required: true },
    purpose: { type: String, required: true },
    purposeDetail: { type: String, required: true },
    subject: {
      type: new Schema(
        { kind: String, name: String, maskedIdNumber: String, creditCode: String, sealedName: String, sealedIdNumber: String },
        { _id: false },
      ),
      required: true,
    },
    periodFrom: { type: Date, required: true },
    periodTo: { type: Date, required: true },
    status: { type: String, required: true },
    answeredAt: Date,
    certificateNumber: String,
    refusedAt: Date,
    refusalReason: String,
  },
  { collection: 'bribery_record_checks', versionKey: false },
);
// For a real MongoDB: lists by procuratorate and date, and the certificate number (the embedded engine scans anyway).
briberyCheckSchema.index({ procuratorateCode: 1, appliedAt: -1 });
briberyCheckSchema.index({ certificateNumber: 1 });

const fileReviewSchema = new Schema<FileReviewDoc>(
  {
    id: { type: String, required: true },
    caseId: { type: String, required: true },
    procuratorateCode: { type: String, required: true },
    lawyer: { type: new Schema({ lawyerId: String, name: String, lawFirm: String }, { _id: false }), required: true },
    clientPersonId: { type: String, required: true },
    appliedAt: { type: Date, required: true },
    status: { type: String, required: true },
    decidedAt: Date,
    refusalReason: String,
    appointment: new Schema({ at: Date, servicePointId: String, materials: [String], electronic: Boolean }, { _id: false }),
  },
  { _id: false },
);

const fileReviewFileSchema = new Schema<FileReviewFileDoc>(
  {
    _id: { type: String, required: true },
    applications: { type: [fileReviewSchema], default: [] },
    revision: { type: Number, required: true, default: 0 },
  },
  { collection: 'file_reviews', versionKey: false },
);

const lawyerSchema = new Schema<LawyerDoc>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    lawFirm: { type: String, required: true },
    admissions: { type: [new Schema({ caseId: String, applicationId: String, admittedAt: Date }, { _id: false })], default: [] },
  },
  { collection: 'lawyers', versionKey: false },
);

const complaintSchema = new Schema<ComplaintDoc>(
  {
    _id: { type: String, required: true },
    number: { type: String, required: true },
    procuratorateCode: { type: String, required: true },
    channel: { type: String, required: true },
    servicePointId: String,
    category: { type: String, required: true },
    summary: { type: String, required: true },
    complainant: { type: new Schema({ kind: String, name: String }, { _id: false }), required: true },
    caseId: String,
    receivedAt: { type: Date, required: true },
    assignedDepartment: { type: String, required: true },
    handler: { type: String, required: true },
    replyDueAt: { type: Date, required: true },
    repliedAt: Date,
    resultDueAt: { type: Date, required: true },
    concludedAt: Date,
    result: String,
    resultSummary: String,
  },
  { collection: 'complaints', versionKey: false },
);
complaintSchema.index({ procuratorateCode: 1, receivedAt: -1 });
complaintSchema.index({ caseId: 1 });

const serviceMetaSchema = new Schema<ServiceMetaDoc>(
  { _id: { type: String, required: true }, asOf: Date, seq: Number },
  { collection: 'service_meta', versionKey: false },
);

export interface ServiceModels {
  ServicePoint: Model<ServicePointDoc>;
  BriberyCheck: Model<BriberyCheckDoc>;
  FileReviewFile: Model<FileReviewFileDoc>;
  Lawyer: Model<LawyerDoc>;
  Complaint: Model<ComplaintDoc>;
  ServiceMeta: Model<ServiceMetaDoc>;
}

export function createServiceModels(connection: Connection): ServiceModels {
  return {
    ServicePoint: connection.model<ServicePointDoc>('ServicePoint', servicePointSchema),
    BriberyCheck: connection.model<BriberyCheckDoc>('BriberyCheck', briberyCheckSchema),
    FileReviewFile: connection.model<FileReviewFileDoc>('FileReviewFile', fileReviewFileSchema),
    Lawyer: connection.model<LawyerDoc>('Lawyer', lawyerSchema),
    Complaint: connection.model<ComplaintDoc>('Complaint', complaintSchema),
    ServiceMeta: connection.model<ServiceMetaDoc>('ServiceMeta', serviceMetaSchema),
  };
}

/** The meta document that holds the imported data's as-of instant. */
export const EXPORT_META_ID = 'export';

/** A federation reference (a person, a judgment): the id is all this subgraph holds. */
export interface EntityRef {
  id: string;
}

export type BriberyCheckSubjectDoc = BriberyCheckDoc['subject'];
export type LawyerRefDoc = FileReviewDoc['lawyer'];
export type FileReviewAppointmentDoc = NonNullable<FileReviewDoc['appointment']>;
