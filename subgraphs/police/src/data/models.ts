import { Schema, type Connection, type Model } from 'mongoose';
import { timelineEventSchema, type TimelineEventDoc } from '@hub/subgraph-kit';

/** A federation reference to a case or person: the id is all this subgraph needs. */
export interface CaseRef {
  id: string;
}
export interface PersonRef {
  id: string;
}

export interface SuspectDoc {
  personId: string;
  measure: 'NONE' | 'DETENTION' | 'ARREST' | 'BAIL' | 'RESIDENTIAL_SURVEILLANCE';
  detainedAt?: Date | null;
  arrestedAt?: Date | null;
}

/**
 * The police's record of one case. `_id` is the unified case id: the hub reads a case's record by
 * its key alone, which the embedded engine answers from its primary key; the police's own number
 * is indexed for lookups on a real MongoDB.
 */
export interface PoliceCaseDoc {
  _id: string;
  number: string;
  agencyCode: string;
  agencyName: string;
  divisionCode: string;
  offence: string;
  reportedAt: Date;
  filedAt: Date;
  status: 'INVESTIGATING' | 'TRANSFERRED' | 'WITHDRAWN';
  suspects: SuspectDoc[];
  victimIds: string[];
  events: TimelineEventDoc[];
}

const suspectSchema = new Schema<SuspectDoc>(
  {
    personId: { type: String, required: true },
    measure: { type: String, required: true },
    detainedAt: Date,
    arrestedAt: Date,
  },
  { _id: false },
);

const policeCaseSchema = new Schema<PoliceCaseDoc>(
  {
    _id: { type: String, required: true },
    number: { type: String, required: true, unique: true },
    agencyCode: { type: String, required: true },
    agencyName: { type: String, required: true },
    divisionCode: { type: String, required: true },
    offence: { type: String, required: true },
    reportedAt: { type: Date, required: true },
    filedAt: { type: Date, required: true },
    status: { type: String, required: true },
    suspects: { type: [suspectSchema], default: [] },
    victimIds: { type: [String], default: [] },
    events: { type: [timelineEventSchema], default: [] },
  },
  { collection: 'police_cases', versionKey: false },
);
policeCaseSchema.index({ agencyCode: 1, filedAt: -1 });

export interface PoliceModels {
  PoliceCase: Model<PoliceCaseDoc>;
}

export function createModels(connection: Connection): PoliceModels {
  return { PoliceCase: connection.model<PoliceCaseDoc>('PoliceCase', policeCaseSchema) };
}
