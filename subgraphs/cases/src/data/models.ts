import { Schema, type Connection, type Model } from 'mongoose';
import type { Agency, CaseStage, ClosureReason, PartyRole } from '@hub/domain';
import type { AccessLogEntryView, TimelineEvent } from '@hub/subgraph-kit';

export interface CasePartyDoc {
  personId: string;
  role: PartyRole;
}

/** The hub's cross-agency index entry of a case, keyed by the unified case id. */
export interface CaseDoc {
  _id: string;
  stage: CaseStage;
  closureReason?: ClosureReason | null;
  offence: string;
  divisionCode: string;
  filedAt: Date;
  courtCodes: string[];
  numbers: Array<{ agency: Agency; kind: string; number: string }>;
  parties: CasePartyDoc[];
}

/** What the gateway adds to a case reference when it asks for the timeline (`@requires`). */
export interface AgencyEventLists {
  policeEvents?: ReadonlyArray<WireEvent>;
  procuratorateEvents?: ReadonlyArray<WireEvent>;
  courtEvents?: ReadonlyArray<WireEvent>;
  justiceEvents?: ReadonlyArray<WireEvent>;
  /** Each agency's access log entries about the case, when the gateway fetched them for `accessLog`. */
  policeAccessLog?: ReadonlyArray<WireAccessEntry>;
  procuratorateAccessLog?: ReadonlyArray<WireAccessEntry>;
  courtAccessLog?: ReadonlyArray<WireAccessEntry>;
  justiceAccessLog?: ReadonlyArray<WireAccessEntry>;
}

/** An access log entry as it arrives in a representation: `at` is the serialised DateTime. */
export type WireAccessEntry = Omit<AccessLogEntryView, 'at'> & { at: string | Date };

/** An event as it arrives in a representation: `at` is the serialised DateTime. */
export type WireEvent = Omit<TimelineEvent, 'at'> & { at: string | Date };

export type CaseParent = CaseDoc & AgencyEventLists;

/**
 * Every number of every agency, normalised, pointing at its case: `_id` is the lookup key
 * (e.g. `COURT:鲁0303:2017:刑初:12`), so `caseByNumber` is a read by primary key.
 */
export interface CaseNumberDoc {
  _id: string;
  caseId: string;
  agency: Agency;
  kind: string;
  number: string;
}

export interface PersonCaseDoc {
  caseId: string;
  role: PartyRole;
}

/** A person, with identity sealed (see protection.ts) and masked forms for display. */
export interface PersonDoc {
  _id: string;
  maskedName: string;
  maskedIdNumber: string;
  gender: 'MALE' | 'FEMALE';
  sealedName: string;
  sealedIdNumber: string;
  idNumberDigest: string;
  /** The person's cases, most recently filed first (kept here so a person is one read). */
  cases: PersonCaseDoc[];
}

const caseSchema = new Schema<CaseDoc>(
  {
    _id: { type: String, required: true },
    stage: { type: String, required: true },
    closureReason: String,
    offence: { type: String, required: true },
    divisionCode: { type: String, required: true },
    filedAt: { type: Date, required: true },
    courtCodes: { type: [String], default: [] },
    numbers: { type: [new Schema({ agency: String, kind: String, number: String }, { _id: false })], default: [] },
    parties: { type: [new Schema({ personId: String, role: String }, { _id: false })], default: [] },
  },
  { collection: 'cases', versionKey: false },
);
// The list's sort order and its filters, for a real MongoDB (the embedded engine scans regardless).
caseSchema.index({ filedAt: -1, _id: -1 });
caseSchema.index({ stage: 1, filedAt: -1 });
caseSchema.index({ courtCodes: 1, filedAt: -1 });
caseSchema.index({ 'parties.personId': 1 });

const caseNumberSchema = new Schema<CaseNumberDoc>(
  {
    _id: { type: String, required: true },
    caseId: { type: String, required: true },
    agency: { type: String, required: true },
    kind: { type: String, required: true },
    number: { type: String, required: true },
  },
  { collection: 'case_numbers', versionKey: false },
);
caseNumberSchema.index({ caseId: 1 });

const personSchema = new Schema<PersonDoc>(
  {
    _id: { type: String, required: true },
    maskedName: { type: String, required: true },
    maskedIdNumber: { type: String, required: true },
    gender: { type: String, required: true },
    sealedName: { type: String, required: true },
    sealedIdNumber: { type: String, required: true },
    idNumberDigest: { type: String, required: true, unique: true },
    cases: { type: [new Schema({ caseId: String, role: String }, { _id: false })], default: [] },
  },
  { collection: 'persons', versionKey: false },
);

/**
 * Where a resident ID number's keyed digest leads: `_id` is the digest, so matching a bribery-record
 * check's subject to a person is a read by primary key.
 */
export interface PersonDigestDoc {
  _id: string;
  personId: string;
}

const personDigestSchema = new Schema<PersonDigestDoc>(
  { _id: { type: String, required: true }, personId: { type: String, required: true } },
  { collection: 'person_id_digests', versionKey: false },
);

export interface CasesModels {
  Case: Model<CaseDoc>;
  CaseNumber: Model<CaseNumberDoc>;
  Person: Model<PersonDoc>;
  PersonDigest: Model<PersonDigestDoc>;
}

export function createModels(connection: Connection): CasesModels {
  return {
    Case: connection.model<CaseDoc>('Case', caseSchema),
    CaseNumber: connection.model<CaseNumberDoc>('CaseNumber', caseNumberSchema),
    Person: connection.model<PersonDoc>('Person', personSchema),
    PersonDigest: connection.model<PersonDigestDoc>('PersonDigest', personDigestSchema),
  };
}
