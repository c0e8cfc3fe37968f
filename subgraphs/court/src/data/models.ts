import { Schema, type Connection, type Model } from 'mongoose';
import type { SentenceKind } from '@hub/domain';
import { timelineEventSchema, type TimelineEventDoc } from '@hub/subgraph-kit';

/** A federation reference to a case or person: the id is all this subgraph needs. */
export interface CaseRef {
  id: string;
}
export interface PersonRef {
  id: string;
}

export interface VerdictDoc {
  documentNumber: string;
  kind: 'JUDGMENT' | 'RULING';
  issuedAt: Date;
  outcome: SentenceKind;
  termMonths?: number | null;
  suspended: boolean;
  probationMonths?: number | null;
  fineYuan?: number | null;
  charges: string[];
  appealOutcome?: 'UPHELD' | 'REVISED' | 'REMANDED' | null;
}

export type JudgmentKind = 'JUDGMENT' | 'RULING' | 'CORRECTION_RULING';

/**
 * A decision document of a court case, embedded in it (a court case has one to three). The text is
 * the authoritative document with the parties' real names; outside the text, names are kept only
 * masked.
 */
export interface JudgmentDoc {
  /** Document id, e.g. `ZB2017000123-1`. */
  id: string;
  caseId: string;
  courtCaseNumber: string;
  courtCode: string;
  documentNumber: string;
  kind: JudgmentKind;
  issuedAt: Date;
  /** The China calendar date of issue, YYYY-MM-DD: what the seal signs. */
  issuedOn: string;
  parties: Array<{ role: 'DEFENDANT' | 'APPELLANT'; personId: string; maskedName: string }>;
  prosecutor?: string | null;
  text: string;
  /** base64url SHA-256 of the canonical text (see @hub/judgment-seal). */
  textSha256: string;
  supersedesId?: string | null;
  supersededById?: string | null;
  revocation?: { revokedAt: Date; byId: string; reason: string } | null;
  /** The signed code the QR carries, and the key that signed it. */
  seal: { kid: string; code: string };
}

export type JudgmentPartyDoc = JudgmentDoc['parties'][number];
export type JudgmentRevocationDoc = NonNullable<JudgmentDoc['revocation']>;

/** Where a document lives: document id → case id, so a scanned code finds its court file by primary key. */
export interface JudgmentIndexDoc {
  _id: string;
  caseId: string;
}

/** Where a defendant's court files are: person id → case ids, so a bribery-record check finds them by key. */
export interface DefendantIndexDoc {
  _id: string;
  caseIds: string[];
}

/** One court case under its 案号 (first or second instance). */
export interface CourtCaseDoc {
  caseId: string;
  number: string;
  courtCode: string;
  caseType: string;
  instance: 'FIRST' | 'SECOND';
  procedure: 'ORDINARY' | 'SUMMARY' | 'FAST_TRACK';
  registeredAt: Date;
  registeredOnTheSpot: boolean;
  defendantIds: string[];
  hearings: Array<{ at: Date; courtroom: string }>;
  verdict?: VerdictDoc | null;
  effectiveAt?: Date | null;
  deliveredForExecutionAt?: Date | null;
  status: 'PENDING' | 'DECIDED' | 'APPEALED' | 'EFFECTIVE';
  events: TimelineEventDoc[];
  /** Its decision documents in issue order. */
  documents: JudgmentDoc[];
}

/**
 * The courts' file of one criminal matter: every court case of it (first instance, appeal) embedded
 * under the unified case id, because they are always read together and a case has only a few.
 * Reading by `_id` alone is what the embedded engine answers from its primary key. The 案号 of each
 * court case is indexed (unique) for lookups on a real MongoDB.
 */
export interface CourtFileDoc {
  _id: string;
  courtCases: CourtCaseDoc[];
  /** All court events of the matter, oldest first (what the timeline needs, without unpacking cases). */
  events: TimelineEventDoc[];
}

const verdictSchema = new Schema<VerdictDoc>(
  {
    documentNumber: { type: String, required: true },
    kind: { type: String, required: true },
    issuedAt: { type: Date, required: true },
    outcome: { type: String, required: true },
    termMonths: Number,
    suspended: { type: Boolean, required: true },
    probationMonths: Number,
    fineYuan: Number,
    charges: { type: [String], default: [] },
    appealOutcome: String,
  },
  { _id: false },
);

const judgmentSchema = new Schema<JudgmentDoc>(
  {
    id: { type: String, required: true },
    caseId: { type: String, required: true },
    courtCaseNumber: { type: String, required: true },
    courtCode: { type: String, required: true },
    documentNumber: { type: String, required: true },
    kind: { type: String, required: true },
    issuedAt: { type: Date, required: true },
    issuedOn: { type: String, required: true },
    parties: {
      type: [new Schema({ role: String, personId: String, maskedName: String }, { _id: false })],
      default: [],
    },
    prosecutor: String,
    text: { type: String, required: true },
    textSha256: { type: String, required: true },
    supersedesId: String,
    supersededById: String,
    revocation: new Schema({ revokedAt: Date, byId: String, reason: String }, { _id: false }),
    seal: { type: new Schema({ kid: String, code: String }, { _id: false }), required: true },
  },
  { _id: false },
);

const courtCaseSchema = new Schema<CourtCaseDoc>(
  {
    caseId: { type: String, required: true },
    number: { type: String, required: true },
    courtCode: { type: String, required: true },
    caseType: { type: String, required: true },
    instance: { type: String, required: true },
    procedure: { type: String, required: true },
    registeredAt: { type: Date, required: true },
    registeredOnTheSpot: { type: Boolean, required: true },
    defendantIds: { type: [String], default: [] },
    hearings: { type: [new Schema({ at: Date, courtroom: String }, { _id: false })], default: [] },
    verdict: verdictSchema,
    effectiveAt: Date,
    deliveredForExecutionAt: Date,
    status: { type: String, required: true },
    events: { type: [timelineEventSchema], default: [] },
    documents: { type: [judgmentSchema], default: [] },
  },
  { _id: false },
);

const courtFileSchema = new Schema<CourtFileDoc>(
  {
    _id: { type: String, required: true },
    courtCases: { type: [courtCaseSchema], default: [] },
    events: { type: [timelineEventSchema], default: [] },
  },
  { collection: 'court_files', versionKey: false },
);
courtFileSchema.index({ 'courtCases.number': 1 }, { unique: true });
courtFileSchema.index({ 'courtCases.courtCode': 1, 'courtCases.registeredAt': -1 });

const judgmentIndexSchema = new Schema<JudgmentIndexDoc>(
  { _id: { type: String, required: true }, caseId: { type: String, required: true } },
  { collection: 'judgment_index', versionKey: false },
);

const defendantIndexSchema = new Schema<DefendantIndexDoc>(
  { _id: { type: String, required: true }, caseIds: { type: [String], default: [] } },
  { collection: 'defendant_index', versionKey: false },
);

export interface CourtModels {
  CourtFile: Model<CourtFileDoc>;
  JudgmentIndex: Model<JudgmentIndexDoc>;
  DefendantIndex: Model<DefendantIndexDoc>;
}

export function createModels(connection: Connection): CourtModels {
  return {
    CourtFile: connection.model<CourtFileDoc>('CourtFile', courtFileSchema),
    JudgmentIndex: connection.model<JudgmentIndexDoc>('JudgmentIndex', judgmentIndexSchema),
    DefendantIndex: connection.model<DefendantIndexDoc>('DefendantIndex', defendantIndexSchema),
  };
}
